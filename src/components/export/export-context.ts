import { createContext, useContext } from 'react';
import type { ExportState } from './export-caption';

/**
 * The view an export is made from (its state, as-of date and groupings), provided once by the app:
 * a chart's download buttons name the filters without every chart taking them as props. A function,
 * called when a download is asked for: the state of that moment, and no re-render of every chart's
 * buttons on each input.
 */
export const ExportContext = createContext<(() => ExportState) | null>(null);

export const useExportState = () => useContext(ExportContext);
