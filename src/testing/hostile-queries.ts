/**
 * Test support (never imported by the app): a seeded generator of random and hostile query
 * strings for the URL codec, shared by the unit fuzz test and the browser sample. Each query comes
 * with what a correct parser must make of it, per parameter: a valid value is kept (in canonical
 * form), an invalid one falls back to the default, whatever the other parameters hold.
 */
import type { Iso2 } from '../domain/primitives';
import { TIE_TYPES, type TieType } from '../domain/tie-types';
import { DEFAULT_UI_STATE, type UiState } from '../state/ui-state';

/** mulberry32: small, fast, and the same sequence on every machine for a given seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
const chance = (rng: Rng, p: number) => rng() < p;

export interface HostileQuery {
  /** What goes after the path, starting with "?" (sometimes omitted) and maybe a "#fragment". */
  query: string;
  /** What parsing must give for each parameter. */
  expected: UiState;
}

export interface HostileOptions {
  /** Economies the parser is told exist; valid selections are drawn from these. */
  known: readonly Iso2[];
  /** Upper bound for the length of a huge value (browsers and servers cap URL length). */
  maxHuge: number;
  /** Whether to append a hostile #fragment (only meaningful in a browser). */
  fragments: boolean;
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "javascript:alert('x')",
  '<svg/onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
  'constructor',
  'toString',
  '../../etc/passwd',
  '\u0000',
  '\u202Eevil',
  '🇭🇰🇳🇿',
  'ＮＺ',
  'null',
  'undefined',
  'NaN',
  '[object Object]',
];
const RAW_GARBAGE = ['%', '%%', '%G1', '%E0%A4%A', '%ED%A0%80', '%00', '%FF%FE', '%25%32%35', '%C0%AE%C0%AE'];
const JUNK_ENTRIES = [
  '',
  '=',
  '==',
  '=x',
  'a=b=c',
  '__proto__=1',
  'constructor=x',
  'Economy=NZ',
  'TYPES=fta',
  'economy%20=NZ',
  'types[]=fta',
  'view.=about',
  '%=%',
  '&',
];

function garbage(rng: Rng): string {
  const pool = 'abcXYZ019 <>"\'`{}|\\^~!$()*,;:@/?\u00e9\u4e2d\u0301\u200b\ud83d\ude00\u0007';
  let s = pick(rng, ['<', '%', '"', '\u200b', '{']); // never a valid value by accident
  const n = 1 + Math.floor(rng() * 12);
  for (let i = 0; i < n; i++) s += pick(rng, [...pool]);
  return s;
}

function huge(rng: Rng, max: number, unit: string): string {
  return unit.repeat(Math.max(1, Math.floor((max * (0.5 + rng() / 2)) / unit.length)));
}

interface Entry {
  key: string;
  /** Already encoded for the query string. */
  value: string;
  /** For economy/types/view entries: the parsed value, or "invalid". */
  meaning?: { param: keyof UiState; value: unknown } | { param: keyof UiState; invalid: true };
}

/** Encodes a value the ways real links do: percent-encoding, "+" for spaces, or every byte encoded. */
function encodeValue(rng: Rng, value: string): string {
  let encoded: string;
  try {
    encoded = encodeURIComponent(value);
  } catch {
    return '%ED%A0%80'; // a lone surrogate cannot be encoded: send the invalid UTF-8 it would become
  }
  if (chance(rng, 0.15)) encoded = encoded.replace(/%20/g, '+');
  if (chance(rng, 0.15))
    encoded = [...new TextEncoder().encode(value)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  return encoded;
}

function encodeKey(rng: Rng, key: string): string {
  return chance(rng, 0.1) ? [...key].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('') : key;
}

function economyEntry(rng: Rng, o: HostileOptions): Entry {
  if (chance(rng, 0.45)) {
    const iso2 = pick(rng, o.known);
    return { key: 'economy', value: encodeValue(rng, iso2), meaning: { param: 'selected', value: iso2 } };
  }
  const bad = pick(rng, [
    () => 'ZZ', // well-formed but unknown
    () => pick(rng, o.known).toLowerCase(),
    () => `${pick(rng, o.known)}X`,
    () => ` ${pick(rng, o.known)}`,
    () => pick(rng, HOSTILE),
    () => huge(rng, o.maxHuge, 'A'),
    () => garbage(rng),
  ])();
  const value = chance(rng, 0.15) ? pick(rng, RAW_GARBAGE) : encodeValue(rng, bad);
  return { key: 'economy', value, meaning: { param: 'selected', invalid: true } };
}

function typesEntry(rng: Rng, o: HostileOptions): Entry {
  if (chance(rng, 0.1)) return { key: 'types', value: 'none', meaning: { param: 'types', value: [] } };
  if (chance(rng, 0.4)) {
    const parts = Array.from({ length: 1 + Math.floor(rng() * 6) }, () => pick(rng, TIE_TYPES) as string);
    if (chance(rng, 0.2)) parts.push(''); // "fta,,cdta" and trailing commas are tolerated
    if (chance(rng, 0.05)) parts.push(...huge(rng, o.maxHuge, 'fta,').split(','));
    const chosen = TIE_TYPES.filter((t) => parts.includes(t));
    const raw = parts.join(',');
    return { key: 'types', value: chance(rng, 0.5) ? raw : encodeValue(rng, raw), meaning: { param: 'types', value: chosen } };
  }
  const bad = pick(rng, [
    () => 'bogus',
    () => `${pick(rng, TIE_TYPES)},bogus`,
    () => pick(rng, TIE_TYPES).toUpperCase(),
    () => 'none,fta',
    () => ',',
    () => '',
    () => pick(rng, HOSTILE),
    () => `${huge(rng, o.maxHuge, 'fta,')}x`,
    () => garbage(rng),
  ])();
  const value = chance(rng, 0.15) ? pick(rng, RAW_GARBAGE) : encodeValue(rng, bad);
  return { key: 'types', value, meaning: { param: 'types', invalid: true } };
}

function viewEntry(rng: Rng): Entry {
  if (chance(rng, 0.4)) {
    const view = pick(rng, ['about', 'atlas', 'table'] as const);
    return { key: 'view', value: view, meaning: { param: 'view', value: view } };
  }
  const bad = pick(rng, ['About', 'settings', '', 'about ', 'Table', ...HOSTILE]);
  return {
    key: 'view',
    value: chance(rng, 0.15) ? pick(rng, RAW_GARBAGE) : encodeValue(rng, bad),
    meaning: { param: 'view', invalid: true },
  };
}

function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** `count` queries from `seed`: the same seed always gives the same queries. */
export function hostileQueries(seed: number, count: number, options: HostileOptions): HostileQuery[] {
  const rng = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const entries: Entry[] = [];
    const makers = [() => economyEntry(rng, options), () => typesEntry(rng, options), () => viewEntry(rng)];
    for (const make of makers) {
      if (chance(rng, 0.7)) entries.push(make());
      if (chance(rng, 0.2)) entries.push(make()); // a repeated key: the first occurrence counts
    }
    const junk = Math.floor(rng() * 4);
    for (let i = 0; i < junk; i++) {
      const raw = chance(rng, 0.5)
        ? pick(rng, JUNK_ENTRIES)
        : `${pick(rng, ['x', 'utm_source', 'q', 'economy_', 'type'])}=${pick(rng, [...RAW_GARBAGE, encodeValue(rng, garbage(rng))])}`;
      entries.push({ key: raw, value: '' });
    }
    shuffle(rng, entries);

    const expected: UiState = { ...DEFAULT_UI_STATE };
    const seen = new Set<string>();
    for (const e of entries) {
      if (!e.meaning || seen.has(e.meaning.param)) continue;
      seen.add(e.meaning.param);
      if (!('invalid' in e.meaning)) Object.assign(expected, { [e.meaning.param]: e.meaning.value as TieType[] });
    }
    const text = entries.map((e) => (e.meaning ? `${encodeKey(rng, e.key)}=${e.value}` : e.key)).join(chance(rng, 0.2) ? '&&' : '&');
    const fragment = options.fragments && chance(rng, 0.3) ? `#${pick(rng, ['<script>alert(1)</script>', 'economy=NZ', '%', '🇭🇰'])}` : '';
    return { query: `${chance(rng, 0.9) ? '?' : ''}${text}${fragment}`, expected };
  });
}
