/**
 * One wording per objective and action per language: where a programme's text lists an
 * objective or action as a bullet (`- <wording> (<Objective code="OSP 5" />…`), the wording
 * must be the record's own — the official English title, or that language's translation
 * of it — never a second rewording typed into the prose.
 *
 * Running prose is held to the same rule for objectives: any other `<Objective code="…" />`
 * must stand in a sentence that contains the objective's own wording (so the sentence names
 * it in the record's words, or the link component alone names it and the sentence carries
 * the title as it is). A sentence is the text between `.`, `;`, `!`, `?`, `؟`, `؛`, `:` (each
 * followed by a space or the end of the line) or line ends.
 */
import { locales, type Locale } from '../site';
import { IssueList } from './errors';
import type { ContentCollections } from './model';
import type { TranslationSet } from './translations';
import { normaliseWording } from './verbatim';

const LISTED = /^- ([^<\n]+?) \(<(Objective|Action) code="([^"]+)" \/>/gm;

type Names = Map<string, string>;

function namesIn(c: ContentCollections, translations: TranslationSet, locale: Locale): Names {
  // A missing translation is not an error (the page falls back to English, marked): there is
  // then no wording in this language to hold the programme text to.
  const translated = (file: string, field: string, english: string): string | undefined => {
    if (locale === 'en') return english;
    const value = translations.get(locale)?.get(file)?.fields[field];
    return typeof value === 'string' ? value : undefined;
  };
  const names: Names = new Map();
  const set = (key: string, name: string | undefined) => name !== undefined && names.set(key, name);
  for (const o of c.objectives) set(`Objective ${o.code}`, translated(o.file, 'title', o.title));
  for (const a of c.actions) set(`Action ${a.code}`, translated(a.file, 'description', a.description));
  return names;
}

const sameWording = (a: string, b: string) => normaliseWording(a).toLowerCase() === normaliseWording(b).toLowerCase();

/** Issues for every listed wording in `body` that is not the record's own. */
export function checkListedBody(body: string, names: Names, file: string, issues: IssueList): void {
  for (const [, wording = '', kind = '', code = ''] of body.matchAll(LISTED)) {
    const own = names.get(`${kind} ${code}`);
    if (own !== undefined && !sameWording(wording, own)) {
      issues.add(file, '(body)', `lists ${kind.toLowerCase()} ${code} as "${wording}"; use its own wording, "${own}" (one wording per ${kind.toLowerCase()} per language)`);
    }
  }
}

const SENTENCE_END = /[.;!?\u061F\u061B:](?=\s|$)/g;

/** The sentence of `line` around offset `at` (see the module note). */
function sentenceAround(line: string, at: number): string {
  let start = 0;
  let end = line.length;
  for (const m of line.matchAll(SENTENCE_END)) {
    const i = m.index ?? 0;
    if (i < at) start = i + 1;
    else {
      end = i;
      break;
    }
  }
  return line.slice(start, end);
}

const OBJECTIVE = /<Objective code="([^"]+)" \/>/g;

/** Issues for every objective link in running prose (not a listed bullet) whose sentence does not carry the objective's own wording. */
export function checkProseBody(body: string, names: Names, file: string, issues: IssueList): void {
  for (const line of body.split('\n')) {
    const listed = new Set([...line.matchAll(LISTED)].filter((m) => m[2] === 'Objective').map((m) => m[3]));
    for (const m of line.matchAll(OBJECTIVE)) {
      const code = m[1] ?? '';
      const own = names.get(`Objective ${code}`);
      if (own === undefined || listed.has(code)) continue;
      const sentence = sentenceAround(line, m.index ?? 0);
      if (!normaliseWording(sentence).toLowerCase().includes(normaliseWording(own).toLowerCase())) {
        issues.add(file, '(body)', `names objective ${code} in a sentence without its own wording, "${own}": "${normaliseWording(sentence).slice(0, 160)}"; use that wording (one wording per objective per language)`);
      }
    }
  }
}

/** Throws ContentError naming every programme text (base or translation) that rewords a listed objective or action, or an objective in running prose. */
export function checkOneWording(c: ContentCollections, translations: TranslationSet): void {
  const issues = new IssueList();
  for (const locale of locales) {
    const names = namesIn(c, translations, locale);
    for (const p of c.programmes) {
      if (locale === 'en') {
        checkListedBody(p.body.raw, names, p.file, issues);
        checkProseBody(p.body.raw, names, p.file, issues);
      } else {
        const t = translations.get(locale)?.get(p.file);
        if (t) {
          checkListedBody(t.body.raw, names, t.file, issues);
          checkProseBody(t.body.raw, names, t.file, issues);
        }
      }
    }
  }
  issues.throwIfAny();
}
