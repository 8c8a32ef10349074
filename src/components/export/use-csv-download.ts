import { useCallback } from 'react';
import { toCsv } from '../../domain/csv-export';
import { useDataVersion } from '../../data/changes-query';
import { useI18n } from '../../i18n/use-i18n';
import { saveBlob } from '../ui/save-blob';
import { csvPackageFiles, type CsvPackageInput } from './csv-package';

export type CsvDownload = Pick<CsvPackageInput, 'name' | 'title' | 'columns' | 'rows' | 'filters' | 'asOf'>;

/**
 * Downloads a CSV as a small zip with its datapackage.json and README.txt (as Our World in Data's
 * grapher does): the CSV stays a plain CSV, and what produced it travels with it.
 */
export function useCsvDownload(): (d: CsvDownload) => Promise<void> {
  const { m, fmt, lang } = useI18n();
  const dataVersion = useDataVersion();
  return useCallback(
    async (d: CsvDownload) => {
      // The address when the button is pressed: the view that produced the file.
      const link = window.location.href;
      const created = new Date();
      const [version, { zipTexts }] = await Promise.all([dataVersion(), import('./zip')]);
      const files = csvPackageFiles({ ...d, version, link, created: created.toISOString(), lang }, toCsv(d.rows, d.columns), m, fmt);
      saveBlob(new Blob([zipTexts(files, created)], { type: 'application/zip' }), `${d.name}.zip`);
    },
    [m, fmt, lang, dataVersion],
  );
}
