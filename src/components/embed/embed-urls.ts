/** The addresses an embedded view links to and is embedded at: pure, from the state and the page's base address. */
import type { Embed, UiState } from '../../state/ui-state';
import { serializeUrlState } from '../../state/url-codec';

/** The full atlas showing the same state: the address without `embed` and `chart`. */
export const fullViewUrl = (ui: UiState, base: string) => `${base}${serializeUrlState({ ...ui, embed: null })}`;

export const embedUrl = (ui: UiState, part: Embed, base: string) => `${base}${serializeUrlState({ ...ui, embed: part })}`;

/** Attribute values are escaped, so a hostile base address cannot break out of the snippet. */
const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function iframeCode(src: string, title: string): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="560" style="border:0" loading="lazy"></iframe>`;
}
