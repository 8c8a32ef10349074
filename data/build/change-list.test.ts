import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atlasSchema } from '../../src/domain/records';
import { en } from '../../src/i18n/messages/en';
import { COMPARED_COLLECTIONS, changeList, changeRows } from './change-list';
import { buildData } from './build';
import { dataVersion, previousRelease, releaseChanges } from './release';
import { tieRow, writeSourceTree } from './test-sources';

const tie = (over: Record<string, unknown> = {}) => ({
  agreementId: 'cdta-ru',
  agreementName: 'Russia CDTA',
  partner: 'RU',
  status: 'signed',
  signed: '2016-01-18',
  inForce: null,
  otherSources: [],
  ...over,
});
const atlas = (over: Record<string, unknown> = {}) => ({ asOf: '2026-12-01', ties: [tie()], offices: [], missions: [], ...over });

describe('change list between two releases', () => {
  it('is empty for the same data', () => {
    expect(changeList(atlas(), atlas())).toEqual([]);
  });

  it('lists a changed record field by field, with the value before and after', () => {
    const next = atlas({
      ties: [tie({ status: 'in_force', inForce: '2016-07-29', otherSources: ['https://a.example', 'https://b.example'] })],
    });
    expect(changeList(atlas(), next)).toEqual([
      {
        kind: 'changed',
        collection: 'ties',
        id: 'cdta-ru/RU',
        label: 'Russia CDTA (RU)',
        fields: [
          { field: 'inForce', before: '', after: '2016-07-29' },
          { field: 'otherSources', before: '', after: 'https://a.example; https://b.example' },
          { field: 'status', before: 'signed', after: 'in_force' },
        ],
      },
    ]);
  });

  it('lists added and removed records by collection and id', () => {
    const mission = { missionId: 'ce-2025-me', name: 'Visit to the Middle East', start: '2025-05-10' };
    const next = atlas({ ties: [tie({ partner: 'BY', agreementName: 'Belarus CDTA', agreementId: 'cdta-by' })], missions: [mission] });
    expect(changeList(atlas(), next).map((c) => [c.kind, c.collection, c.id, c.label])).toEqual([
      ['added', 'ties', 'cdta-by/BY', 'Belarus CDTA (BY)'],
      ['removed', 'ties', 'cdta-ru/RU', 'Russia CDTA (RU)'],
      ['added', 'missions', 'ce-2025-me', 'Visit to the Middle East'],
    ]);
  });

  it('compares a previous release written before a schema change: a new field is a change from empty', () => {
    const next = atlas({ ties: [tie({ inForceSource: 'https://www.ird.gov.hk/x' })] });
    expect(changeList(atlas(), next)[0].fields).toEqual([{ field: 'inForceSource', before: '', after: 'https://www.ird.gov.hk/x' }]);
  });

  it('gives one CSV row per changed field and one per added or removed record', () => {
    const next = atlas({
      ties: [tie({ status: 'in_force', inForce: '2016-07-29' })],
      offices: [{ officeId: 'eto-dubai', name: 'ETO Dubai' }],
    });
    expect(changeRows(changeList(atlas(), next))).toEqual([
      {
        change: 'changed',
        collection: 'ties',
        id: 'cdta-ru/RU',
        label: 'Russia CDTA (RU)',
        field: 'inForce',
        before: '',
        after: '2016-07-29',
      },
      {
        change: 'changed',
        collection: 'ties',
        id: 'cdta-ru/RU',
        label: 'Russia CDTA (RU)',
        field: 'status',
        before: 'signed',
        after: 'in_force',
      },
      { change: 'added', collection: 'offices', id: 'eto-dubai', label: 'ETO Dubai', field: '', before: '', after: '' },
    ]);
  });
});

describe('releases', () => {
  const v1 = JSON.stringify(atlas());
  const v2 = JSON.stringify(atlas({ asOf: '2026-12-05', ties: [tie({ status: 'in_force' })] }));

  it('versions a release by its as-of date and content, the same for the same bytes', () => {
    expect(dataVersion(v1)).toMatch(/^2026-12-01\.[0-9a-f]{8}$/);
    expect(dataVersion(v1)).toBe(dataVersion(JSON.stringify(atlas())));
    expect(dataVersion(v2)).not.toBe(dataVersion(v1));
  });

  it('compares every build with the kept previous release until a new release is started', () => {
    const v3 = JSON.stringify(atlas({ asOf: '2026-12-06' }));
    expect(previousRelease(v3, v2, v1)).toBe(v1);
    expect(previousRelease(v2, v2, v1)).toBe(v1);
    expect(previousRelease(v3, v2, v1, true)).toBe(v2);
    expect(previousRelease(v2, v1, null)).toBe(v1);
    expect(previousRelease(v1, v1, null)).toBeNull();
    expect(previousRelease(v1, null, null)).toBeNull();
  });

  it('names both versions and their as-of dates', () => {
    const release = releaseChanges(v2, v1);
    expect(release).toMatchObject({
      version: dataVersion(v2),
      asOf: '2026-12-05',
      previous: { version: dataVersion(v1), asOf: '2026-12-01' },
    });
    expect(release.changes.map((c) => c.fields.map((f) => f.field))).toEqual([['status']]);
    expect(releaseChanges(v1, null)).toMatchObject({ previous: null, changes: [] });
  });
});

describe('data build: each build is a release compared with the one before', () => {
  it('writes the changes since the committed atlas.json into changes.json, changes.csv and the manifest', () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-release-'));
    const first = buildData(writeSourceTree(), root);
    mkdirSync(join(root, 'public', 'data'), { recursive: true });
    writeFileSync(join(root, 'public', 'data', 'atlas.json'), first['atlas.json']);
    const second = buildData(
      writeSourceTree({ ties: { fta: [tieRow({ status: 'signed', in_force: '', searched: 'TID page checked.' })] } }),
      root,
    );
    const changes = JSON.parse(second['changes.json']);
    expect(changes.previous.version).toBe(dataVersion(first['atlas.json']));
    expect(changes.changes).toEqual([
      expect.objectContaining({
        kind: 'changed',
        id: 'fta-nz/NZ',
        fields: expect.arrayContaining([{ field: 'status', before: 'in_force', after: 'signed' }]),
      }),
    ]);
    expect(second['changes.csv']).toContain('changed,ties,fta-nz/NZ,Hong Kong–New Zealand CEP (NZ),status,in_force,signed');
    expect(JSON.parse(second['manifest.json'])).toMatchObject({ version: changes.version, previousVersion: changes.previous.version });
  }, 30_000);
});

describe('About names what the change list compares', () => {
  it('every compared collection and every field of its records has words (the messages’ types carry them to both Chinese files)', () => {
    const shape = atlasSchema.shape as unknown as Record<string, { element: { shape: Record<string, unknown> } }>;
    const fields = COMPARED_COLLECTIONS.flatMap((c) => Object.keys(shape[c]!.element.shape));
    expect(fields.length).toBeGreaterThan(40);
    expect(fields.filter((f) => !(f in en.release.fields))).toEqual([]);
    expect(COMPARED_COLLECTIONS.filter((c) => !(c in en.release.collections))).toEqual([]);
  });
});
