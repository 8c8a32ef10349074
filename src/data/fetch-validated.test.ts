import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from '../domain/zod';
import { DataLoadError, fetchValidated } from './fetch-validated';

const tiesSchema = z.object({ ties: z.array(z.object({ id: z.string() })) });
const schema = async () => tiesSchema;
const serve = (body: string) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status: 200 })),
  );
const digest = (body: string) => createHash('sha256').update(body).digest('hex');

afterEach(() => vi.unstubAllGlobals());

describe('fetchValidated', () => {
  it('validates a file whose digest is not the built one, and names the problem', async () => {
    const body = JSON.stringify({ ties: [{ id: 7 }] });
    serve(body);
    const load = fetchValidated('/data/atlas.json', schema, undefined, digest('another file'));
    await expect(load).rejects.toBeInstanceOf(DataLoadError);
    serve(body);
    await expect(fetchValidated('/data/atlas.json', schema, undefined, digest('another file'))).rejects.toThrow(
      'atlas.json: unexpected content at ties.0.id',
    );
  });

  it('takes the very file the build validated without importing its schema or validating it again', async () => {
    const body = JSON.stringify({ ties: [{ id: 'fta-asean' }] });
    serve(body);
    // The schema is not even imported: its loader would fail the load.
    const notLoaded = vi.fn(async (): Promise<typeof tiesSchema> => {
      throw new Error('the schema was imported');
    });
    await expect(fetchValidated('/data/atlas.json', notLoaded, undefined, digest(body))).resolves.toEqual({ ties: [{ id: 'fta-asean' }] });
    expect(notLoaded).not.toHaveBeenCalled();
  });

  it('validates in full without a built digest, and reports truncated JSON as such', async () => {
    serve(JSON.stringify({ ties: [{ id: 'x' }] }));
    await expect(fetchValidated('/data/atlas.json', schema)).resolves.toEqual({ ties: [{ id: 'x' }] });
    const body = JSON.stringify({ ties: [{ id: 'x' }] });
    serve(body.slice(0, 10));
    await expect(fetchValidated('/data/atlas.json', schema, undefined, digest(body))).rejects.toThrow('not valid JSON');
  });

  it('reports a schema that could not be downloaded as a load error, not a crash', async () => {
    serve(JSON.stringify({ ties: [] }));
    const offline = async (): Promise<typeof tiesSchema> => {
      throw new TypeError('Failed to fetch dynamically imported module');
    };
    const load = fetchValidated('/data/atlas.json', offline, undefined, digest('another file'));
    await expect(load).rejects.toMatchObject({ name: 'DataLoadError', kind: 'network' });
  });
});
