import { AttributionControl, NavigationControl, useMap } from '@vis.gl/react-maplibre';
import type { Map as MaplibreMap } from 'maplibre-gl';
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

/**
 * Points an existing map's UI strings at a new language. MapLibre reads `locale` once, when the map
 * is made, and has no setter; the controls below are keyed by language, so they are added again
 * after this (an earlier sibling's effect runs first) and read the new strings.
 */
function MapUiLanguage({ lang }: { lang: Locale }) {
  const { current } = useMap();
  const { m } = useI18n();
  useEffect(() => {
    const map = current?.getMap() as (MaplibreMap & { _locale: Record<string, string> }) | undefined;
    if (!map) return;
    Object.assign(map._locale, mapUiLocale(m));
    map.getCanvas().setAttribute('aria-label', m.map.ui.mapTitle);
  }, [current, m, lang]);
  return null;
}

/** Zoom buttons and the boundaries credit, in the reader's language. Memoised: they change with the language only. */
export const MapControls = memo(function MapControls() {
  const { m, lang } = useI18n();
  return (
    <>
      <MapUiLanguage lang={lang} />
      <NavigationControl key={`nav-${lang}`} position="top-right" showCompass={false} />
      <AttributionControl key={`credit-${lang}`} compact customAttribution={boundariesCredit(m, lang)} />
    </>
  );
});
