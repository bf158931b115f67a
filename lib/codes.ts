/**
 * Entity codes as the source writes them ("OSP 5", "3.4") and their URL forms
 * ("osp-5", "3-4"). This is the only place that converts between the two.
 */

/** "OSP 5" → 5. */
export function objectiveNumber(code: string): number {
  const match = /^OSP (\d+)$/.exec(code);
  if (!match) throw new Error(`Not an objective code: "${code}"`);
  return Number(match[1]);
}

/** 5 → "OSP 5". */
export function objectiveCode(n: number): string {
  return `OSP ${n}`;
}

/** "OSP 5" → "osp-5". */
export function objectiveSlug(code: string): string {
  return `osp-${objectiveNumber(code)}`;
}

/** "osp-5" → "OSP 5"; undefined for anything else. */
export function objectiveCodeFromSlug(slug: string): string | undefined {
  const match = /^osp-([1-9]\d*)$/.exec(slug);
  return match ? objectiveCode(Number(match[1])) : undefined;
}

/** "3.4" → "3-4". */
export function actionSlug(code: string): string {
  return code.replace('.', '-');
}

/** "3-4" → "3.4"; undefined for anything else. */
export function actionCodeFromSlug(slug: string): string | undefined {
  const match = /^([1-9]\d*)-([1-9]\d*)$/.exec(slug);
  return match ? `${match[1]}.${match[2]}` : undefined;
}

/** The programme number an action code starts with: "10.11" → 10. */
export function actionProgrammeNumber(code: string): number {
  return Number(code.split('.')[0]);
}

function numericParts(code: string): number[] {
  return (code.match(/\d+/g) ?? []).map(Number);
}

/**
 * Orders codes by their numbers, part by part: "3.4" < "10.2" < "10.11", "OSP 2" < "OSP 10".
 * A plain string sort would put "10.11" before "10.2".
 */
export function compareCodes(a: string, b: string): number {
  const pa = numericParts(a);
  const pb = numericParts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return a.localeCompare(b);
}
