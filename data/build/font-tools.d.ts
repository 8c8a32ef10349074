/** fontverter (a dev dependency, also used by subset-font) ships no types; the one call the font tests make. */
declare module 'fontverter' {
  const fontverter: { convert(font: Buffer, toFormat: 'sfnt' | 'woff' | 'woff2'): Promise<Buffer> };
  export default fontverter;
}
