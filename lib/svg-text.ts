/**
 * SVG <text> does not wrap: split a label into lines of at most `max` characters, at spaces;
 * a word longer than a line is cut into pieces, so no line runs out of its box.
 */
export function wrapLabel(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).flatMap((word) => word.match(new RegExp(`.{1,${max}}`, 'gu')) ?? []);
  for (const word of words) {
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
