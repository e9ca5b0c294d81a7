// The part of opentype.js the measuring tests compare against (the package ships no types).
declare module 'opentype.js' {
  interface Font {
    unitsPerEm: number;
    getAdvanceWidth(
      text: string,
      fontSize: number,
      options?: { kerning?: boolean; features?: Record<string, boolean> },
    ): number;
  }
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
}
