import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { usedCjkChars } from './cjk-chars';

const ROOT = join(__dirname, '..', '..');

describe('the shipped CJK font subset', () => {
  it('covers every Chinese character the interface and the data use (else run npm run fonts:build)', () => {
    const shipped = new Set(readFileSync(join(ROOT, 'src/assets/fonts/atlas-cjk.chars.txt'), 'utf8').trim());
    expect(usedCjkChars(ROOT).filter((c) => !shipped.has(c))).toEqual([]);
  });
});
