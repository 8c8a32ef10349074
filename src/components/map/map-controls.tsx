import { NavigationControl, useControl, useMap } from '@vis.gl/react-maplibre';
import type { AttributionControl as AttributionControlInstance, Map as MaplibreMap } from 'maplibre-gl';
import { memo, useEffect } from 'react';
import type { Locale } from '../../domain/locales';
import type { Messages } from '../../i18n/messages/en';
import { useI18n } from '../../i18n/use-i18n';

/** MapLibre's own UI strings in the reader's language (its `locale` option: titles and aria-labels of its controls, the canvas's label). */
export function mapUiLocale(m: Messages): Record<string, string> {
  const ui = m.map.ui;
  return {
    'Map.Title': ui.mapTitle,
    'NavigationControl.ZoomIn': ui.zoomIn,
    'NavigationControl.ZoomOut': ui.zoomOut,
    'NavigationControl.ResetBearing': ui.resetBearing,
    'AttributionControl.ToggleAttribution': ui.toggleAttribution,
    'AttributionControl.MapFeedback': ui.mapFeedback,
  };
}

/** The credit as MapLibre shows it (its attribution is HTML): the source's name is a proper name, marked English. */
export const boundariesCredit = (m: Messages, lang: Locale) =>
  m.map.boundariesCredit(lang === 'en' ? 'Natural Earth' : '<span lang="en">Natural Earth</span>');

/** MapLibre's controls' buttons (its public class names) and the UI string each is titled with. */
const BUTTON_STRINGS = [
  ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
  ['.maplibregl-ctrl-compass', 'NavigationControl.ResetBearing'],
  ['.maplibregl-ctrl-attrib-button', 'AttributionControl.ToggleAttribution'],
] as const;

/**
 * Points an existing map's UI strings at a new language and retitles its controls in place.
 * MapLibre reads `locale` once, when the map is made, and has no setter; making the controls again
 * for each language cost the switch a removal, a new control and a forced layout of the page.
 */
function MapUiLanguage({ lang }: { lang: Locale }) {
  const { current } = useMap();
  const { m } = useI18n();
  useEffect(() => {
    const map = current?.getMap() as (MaplibreMap & { _locale: Record<string, string> }) | undefined;
    if (!map) return;
    const strings = mapUiLocale(m);
    Object.assign(map._locale, strings);
    map.getCanvas().setAttribute('aria-label', m.map.ui.mapTitle);
    for (const [selector, key] of BUTTON_STRINGS) {
      map
        .getContainer()
        .querySelectorAll(selector)
        .forEach((button) => {
          button.setAttribute('title', strings[key]!);
          button.setAttribute('aria-label', strings[key]!);
        });
    }
  }, [current, m, lang]);
  return null;
}

/** MapLibre's private attribution refresh: the credit's text is changed in place for a new language. */
type CreditControl = AttributionControlInstance & { _updateAttributions(): void };

/** The boundaries credit, made once; a new language changes its text, not the control. */
function BoundariesCredit({ credit }: { credit: string }) {
  const control = useControl(({ mapLib }) => new mapLib.AttributionControl({ compact: true, customAttribution: credit })) as CreditControl;
  useEffect(() => {
    // Before the next frame, not in React's commit: MapLibre's refresh measures the map, which in the
    // commit forced a layout of the whole page in the new language, done again after React's later
    // changes (traced: 58 ms of the first switch to Chinese). In the frame it is the frame's layout.
    const frame = requestAnimationFrame(() => retitleCredit(control, credit));
    return () => cancelAnimationFrame(frame);
  }, [control, credit]);
  return null;
}

function retitleCredit(control: CreditControl, credit: string): void {
  if (control.options.customAttribution === credit) return;
  control.options.customAttribution = credit;
  // Only while added (it has a map): a control not yet added reads its options when it is.
  if (control._map) control._updateAttributions();
}

/** Zoom buttons and the boundaries credit, in the reader's language. Memoised: they change with the language only. */
export const MapControls = memo(function MapControls() {
  const { m, lang } = useI18n();
  return (
    <>
      <MapUiLanguage lang={lang} />
      <NavigationControl position="top-right" showCompass={false} />
      <BoundariesCredit credit={boundariesCredit(m, lang)} />
    </>
  );
});
