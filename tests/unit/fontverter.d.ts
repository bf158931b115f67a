/** fontverter ships no types: the one call the font test makes. */
declare module 'fontverter' {
  const fontverter: {
    convert(buffer: Uint8Array, toFormat: 'truetype' | 'sfnt' | 'woff' | 'woff2', fromFormat?: string): Promise<Buffer>;
  };
  export default fontverter;
}
