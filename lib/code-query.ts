/**
 * Recognises an entity code typed any usual way, so search can answer with that entity alone:
 * "OSP 22", "osp22", "OSP-22", "objectif 22", "هدف ٢٢" → "OSP 22"; "10.11", "10-11",
 * "action 10.11", "إجراء ١٠٫١١" → "10.11". Arabic-Indic (٠–٩) and Persian (۰–۹) digits count
 * as digits. A lone number ("22", "2020") is no code: it is searched as text.
 */
const OBJECTIVE_WORDS = ['osp', 'objective', 'objectif', 'هدف', 'الهدف'];
const ACTION_WORDS = ['action', 'إجراء', 'الإجراء'];

/** Western digits for Arabic-Indic and Persian ones, and "." for the Arabic decimal separator: the site writes Western digits in every language (ar-MA). */
export function westernDigits(text: string): string {
  return text
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/٫/g, '.');
}

const objectivePattern = new RegExp(`^(?:${OBJECTIVE_WORDS.join('|')})\\s*[-_.]?\\s*0*([1-9]\\d*)$`, 'u');
const actionPattern = new RegExp(`^(?:(?:${ACTION_WORDS.join('|')})\\s*)?0*([1-9]\\d*)\\s*[.\\-_ ]\\s*0*([1-9]\\d*)$`, 'u');

export function codeInQuery(query: string): string | undefined {
  const q = westernDigits(query.trim().toLowerCase());
  const objective = objectivePattern.exec(q);
  if (objective) return `OSP ${objective[1]}`;
  const action = actionPattern.exec(q);
  if (action) return `${action[1]}.${action[2]}`;
  return undefined;
}
