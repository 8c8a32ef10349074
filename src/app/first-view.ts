import { parseView } from '../state/url-params';

/**
 * Whether the address opens on the map (the default view) rather than the table or About. Known
 * before the data, so the map and its worker can start while the data loads; the rest of the URL
 * state is parsed once the data says which economies and regions exist. Reads `view` exactly as
 * the URL codec does (first value; an unknown value falls back to the map).
 */
export function opensOnMap(search: string): boolean {
  const view = viewInAddress(search);
  return view === undefined || view === 'atlas';
}

/** Whether the address opens on About: the map screen is then not made until the reader leaves it. */
export function opensOnAbout(search: string): boolean {
  return viewInAddress(search) === 'about';
}

function viewInAddress(search: string) {
  const raw = new URLSearchParams(search).get('view');
  return raw === null ? undefined : parseView(raw);
}
