/**
 * The label fonts' files, downloaded once per page. MapLibre downloads the files its style names
 * for each map it creates; a map made again (Table → Map, a retry) gets them from here instead,
 * so it does not ask the network again, and it draws its labels offline too.
 */
const files = new Map<string, Promise<ArrayBuffer>>();

export const FONT_PROTOCOL = 'atlas-font';

/** The style's name for a bundled font file: MapLibre hands requests for it to `loadFontFile`. */
export const fontFileUrl = (url: string) => `${FONT_PROTOCOL}://${url}`;

export async function loadFontFile(styleUrl: string): Promise<ArrayBuffer> {
  const url = styleUrl.slice(`${FONT_PROTOCOL}://`.length);
  let file = files.get(url);
  if (!file) {
    file = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: the server answered ${response.status}`);
      return response.arrayBuffer();
    });
    // A failed download is not kept: the next map asks again.
    file.catch(() => files.delete(url));
    files.set(url, file);
  }
  // A copy: the one kept here must stay whole whatever MapLibre does with its own.
  return (await file).slice(0);
}
