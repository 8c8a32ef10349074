/**
 * Renders validated sources into the files the app loads and offers for download. Pure: the same
 * sources always give byte-identical outputs, so data:check can compare them with what is committed.
 */
import { createHash } from 'node:crypto';
import type { Atlas } from '../../src/domain/records';
import {
  ECONOMIES_CSV_COLUMNS,
  MISSIONS_CSV_COLUMNS,
  OFFICES_CSV_COLUMNS,
  TIES_CSV_COLUMNS,
  economyCsvRow,
  economyNameLookup,
  missionCsvRow,
  officeCsvRow,
  tieCsvRow,
  toCsv,
} from '../../src/domain/csv-export';
import { TIE_TYPES } from '../../src/domain/tie-types';
import { citedSources } from '../../src/selectors/cited-sources';
import { CHANGES_CSV_COLUMNS, changeRows } from './change-list';
import { dataPackage } from './data-package';
import type { Sources } from './read-sources';
import { releaseChanges } from './release';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function assembleAtlas(s: Sources): Atlas {
  const records = <T>(items: { record: T }[]) => items.map((i) => i.record);
  const tieOrder = (t: Atlas['ties'][number]) => `${TIE_TYPES.indexOf(t.tieType)}|${t.agreementId}|${t.partner}`;
  const all = [
    ...s.ties,
    ...s.protocols,
    ...s.offices,
    ...s.missions,
    ...s.beltAndRoad,
    ...s.groupings,
    ...s.milestones,
    ...s.headline,
    ...s.headlineGaps,
    ...s.disagreements,
  ];
  const asOf = all.reduce((max, l) => (l.record.checked > max ? l.record.checked : max), '0000-01-01');
  return {
    asOf,
    economies: records(s.economies)
      .map((e) => ({ iso2: e.iso2, names: e.names, region: e.region, subregion: e.subregion }))
      .sort((a, b) => a.iso2.localeCompare(b.iso2)),
    ties: records(s.ties).sort((a, b) => tieOrder(a).localeCompare(tieOrder(b))),
    protocols: records(s.protocols).sort((a, b) => `${a.agreementId}|${a.signed}`.localeCompare(`${b.agreementId}|${b.signed}`)),
    offices: records(s.offices).sort((a, b) => a.officeId.localeCompare(b.officeId)),
    missions: records(s.missions).sort((a, b) => a.start.localeCompare(b.start)),
    beltAndRoad: records(s.beltAndRoad).sort((a, b) => a.partner.localeCompare(b.partner)),
    groupings: records(s.groupings).sort((a, b) => a.groupingId.localeCompare(b.groupingId)),
    milestones: records(s.milestones).sort((a, b) => `${a.date}|${a.milestoneId}`.localeCompare(`${b.date}|${b.milestoneId}`)),
    headlineTotals: records(s.headline).sort((a, b) => a.metric.localeCompare(b.metric)),
    headlineGaps: records(s.headlineGaps).sort((a, b) => `${a.metric}|${a.item}`.localeCompare(`${b.metric}|${b.item}`)),
    disagreements: records(s.disagreements).sort((a, b) =>
      `${a.recordId}|${a.partner}|${a.field}|${a.value}`.localeCompare(`${b.recordId}|${b.partner}|${b.field}|${b.value}`),
    ),
    // Stories keep their file's order (checked to run 1, 2, 3… in each story); `checked` stays in the source.
    stories: records(s.stories).map((r) => ({
      story: r.story,
      step: r.step,
      year: r.year,
      types: r.types,
      highlight: r.highlight,
      camera: r.camera,
      text: r.text,
      sources: r.sources,
    })),
    // Placed from the geometry, which is built after the records are checked (build.ts).
    geo: { places: [], arcs: [] },
  };
}

/** `previousAtlas` is the previous release's atlas.json (see release.ts), or null for a first release. */
export function renderOutputs(
  atlas: Atlas,
  geojson: object,
  sourceFiles: Record<string, string>,
  previousAtlas: (atlasJson: string) => string | null = () => null,
): Record<string, string> {
  const name = economyNameLookup(atlas.economies);
  const files: Record<string, string> = {
    'atlas.json': `${JSON.stringify(atlas)}\n`,
    'economies.geojson': `${JSON.stringify(geojson)}\n`,
    'ties.csv': toCsv(
      atlas.ties.map((t) => tieCsvRow(t, name)),
      TIES_CSV_COLUMNS,
    ),
    'offices.csv': toCsv(atlas.offices.map(officeCsvRow), OFFICES_CSV_COLUMNS),
    'missions.csv': toCsv(atlas.missions.map(missionCsvRow), MISSIONS_CSV_COLUMNS),
    'economies.csv': toCsv(atlas.economies.map(economyCsvRow), ECONOMIES_CSV_COLUMNS),
  };
  const release = releaseChanges(files['atlas.json'], previousAtlas(files['atlas.json']));
  files['changes.json'] = `${JSON.stringify(release, null, 1)}\n`;
  files['changes.csv'] = toCsv(changeRows(release.changes), CHANGES_CSV_COLUMNS);
  const hashes = Object.fromEntries(Object.entries(files).map(([f, text]) => [f, sha256(text)]));
  files['datapackage.json'] = `${JSON.stringify(dataPackage(atlas, hashes, release.version), null, 2)}\n`;
  const countBy = <T>(items: T[], key: (t: T) => string) =>
    items.reduce<Record<string, number>>((acc, t) => ({ ...acc, [key(t)]: (acc[key(t)] ?? 0) + 1 }), {});
  const manifest = {
    version: release.version,
    previousVersion: release.previous?.version ?? null,
    asOf: atlas.asOf,
    counts: {
      tiesByType: countBy(atlas.ties, (t) => t.tieType),
      agreementsByType: countBy([...new Map(atlas.ties.map((t) => [t.agreementId, t])).values()], (t) => t.tieType),
      protocols: atlas.protocols.length,
      offices: atlas.offices.length,
      missions: atlas.missions.length,
      beltAndRoad: atlas.beltAndRoad.length,
      groupings: atlas.groupings.length,
      milestones: atlas.milestones.length,
    },
    files: Object.fromEntries(Object.entries(files).map(([f, text]) => [f, { sha256: sha256(text), bytes: Buffer.byteLength(text) }])),
    sourceFiles: Object.fromEntries(
      Object.entries(sourceFiles)
        .sort()
        .map(([f, text]) => [f, sha256(text)]),
    ),
    sources: citedSources(atlas),
  };
  files['manifest.json'] = `${JSON.stringify(manifest, null, 2)}\n`;
  return files;
}
