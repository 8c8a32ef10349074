/**
 * Whether the address opens on the map (the default view) rather than the table or About. Known
 * before the data, so the map and its worker can start while the data loads; the full URL state is
 * only parsed once the data says which economies and regions exist.
 */
export function opensOnMap(search: string): boolean {
  return !/[?&]view=(table|about)(&|$)/.test(search);
}
