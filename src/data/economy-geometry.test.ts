import { describe, expect, it } from 'vitest';
import { geometryLoadError, parseEconomyGeometry } from './economy-geometry';
import { DataLoadError } from './fetch-validated';

const point = (iso2: string) => ({
  type: 'Feature',
  properties: { iso2, shape: 'point' },
  geometry: { type: 'Point', coordinates: [114.1, 22.3] },
});

describe('the geometry the map loaded', () => {
  it('is accepted with the fields the app relies on', async () => {
    const geometry = await parseEconomyGeometry({ type: 'FeatureCollection', features: [point('HK'), point('MO')] });
    expect(geometry.features.map((f) => f.properties.iso2)).toEqual(['HK', 'MO']);
  });

  it('is refused with the file and the first bad field named', async () => {
    const bad = point('HK');
    bad.geometry.type = 'LineString';
    const attempt = () => parseEconomyGeometry({ type: 'FeatureCollection', features: [point('MO'), bad] });
    await expect(attempt()).rejects.toThrow(DataLoadError);
    await expect(attempt()).rejects.toThrow(/^economies\.geojson: unexpected content at features\.1\.geometry\.type: /);
  });
});

describe("MapLibre's load failures, in the reader's words", () => {
  it('names the HTTP status of a refused request', () => {
    const ajaxError = Object.assign(new Error('Internal Server Error'), {
      status: 500,
      statusText: 'Internal Server Error',
      url: '/data/economies.geojson',
    });
    expect(geometryLoadError(ajaxError)).toMatchObject({ kind: 'http', message: 'economies.geojson: the server answered 500' });
  });

  it('calls JSON that does not parse truncated, as it arrives from the worker (a plain Error naming JSON)', () => {
    expect(geometryLoadError(new Error('Unexpected end of JSON input')).kind).toBe('parse');
    expect(geometryLoadError(new SyntaxError('Unterminated string in JSON at position 9')).message).toBe(
      'economies.geojson: the file is not valid JSON (it may be truncated)',
    );
  });

  it('calls anything else a failed request', () => {
    expect(geometryLoadError(new TypeError('Failed to fetch'))).toMatchObject({
      kind: 'network',
      message: 'economies.geojson: the network request failed',
    });
    expect(geometryLoadError(undefined).kind).toBe('network');
  });
});
