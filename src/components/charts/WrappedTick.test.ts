import { describe, expect, it } from 'vitest';
import { wrapLabel } from './WrappedTick';

describe('category axis labels wrap to their band', () => {
  it('keeps a label that fits on one line', () => {
    expect(wrapLabel('CDTA', 80)).toEqual(['CDTA']);
  });

  it('breaks English between words and Chinese between characters', () => {
    expect(wrapLabel('Limited tax agreement', 90)).toEqual(['Limited tax', 'agreement']);
    expect(wrapLabel('全面性稅務協定', 60)).toEqual(['全面性稅務', '協定']);
  });

  it('keeps a word wider than the band whole, on its own line', () => {
    expect(wrapLabel('AEO MRA', 10)).toEqual(['AEO', 'MRA']);
  });
});
