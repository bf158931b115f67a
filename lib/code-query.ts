/**
 * Recognises an entity code typed any usual way, so search can put that entity first:
 * "OSP 22", "osp22", "OSP-22", "osp 22" → "OSP 22"; "10.11", "10-11", "action 10.11" → "10.11".
 */
export function codeInQuery(query: string): string | undefined {
  const q = query.trim().toLowerCase();
  const objective = /^(?:osp|objective)\s*[-_.]?\s*0*([1-9]\d*)$/.exec(q);
  if (objective) return `OSP ${objective[1]}`;
  const action = /^(?:action\s*)?0*([1-9]\d*)\s*[.\-_ ]\s*0*([1-9]\d*)$/.exec(q);
  if (action) return `${action[1]}.${action[2]}`;
  return undefined;
}
