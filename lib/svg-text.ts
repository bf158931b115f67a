/** SVG <text> does not wrap: split a label into lines of at most `max` characters, at spaces. */
export function wrapLabel(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * SVG coordinates do not follow `dir`: the x of a box of width `w` placed `x` from the
 * reading start of a drawing `total` wide — from the left in English and French, from the
 * right in Arabic.
 */
export function fromReadingStart(total: number, rtl: boolean): (x: number, w?: number) => number {
  return (x, w = 0) => (rtl ? total - x - w : x);
}
