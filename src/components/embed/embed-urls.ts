/** The addresses an embedded view links to and is embedded at: pure, from the state and the page's base address. */
import type { Embed, UiState } from '../../state/ui-state';
import { serializeUrlState } from '../../state/url-codec';

/** The full atlas showing the same state: the address without `embed` and `chart`. */
export const fullViewUrl = (ui: UiState, base: string) => `${base}${serializeUrlState({ ...ui, embed: null })}`;

export const embedUrl = (ui: UiState, part: Embed, base: string) => `${base}${serializeUrlState({ ...ui, embed: part })}`;

/** Attribute values are escaped, so a hostile base address cannot break out of the snippet. */
const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The frame's height in pixels: room for the map, its legend and time bar, or one chart with its table's start. */
export const EMBED_HEIGHT = 560;

/** The one place the iframe code is written (the Share dialog's "Embed this view" shows it). */
export function iframeCode(src: string, title: string): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${EMBED_HEIGHT}" style="border:0" loading="lazy"></iframe>`;
}
