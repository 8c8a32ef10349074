import cjkFontUrl from '../assets/fonts/atlas-cjk.woff2?url';
import { fontFileUrl, loadFontFile } from './font-files';

/**
 * The bundled CJK subset as a data: URL, for an SVG drawn as an image (a chart's PNG): such an image
 * cannot use the page's fonts or fetch any, so its Chinese text needs the font inside it.
 * Shares the one download of the file with the map's labels.
 */
export async function cjkFontDataUrl(): Promise<string> {
  const bytes = new Uint8Array(await loadFontFile(fontFileUrl(cjkFontUrl)));
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:font/woff2;base64,${btoa(binary)}`;
}
