/**
 * Turns the file Decap sends on save into the file we write, so a one-field change is a
 * one-field diff a maintainer can review: Decap re-serialises the whole frontmatter (its own
 * key order, quoting and list style), so only the fields whose values changed are applied to
 * the original YAML document (yaml's Document API keeps every other line as it was), and
 * the body's bytes are kept unless its text changed. A translation keeps only its text
 * fields: structure lives in the base file (lib/content/translations.ts).
 */
import { isDeepStrictEqual } from 'node:util';
import YAML, { isSeq } from 'yaml';
import { textFieldsOf, type DocumentTypeName } from '../content/entities';
import { readFrontmatter, splitFrontmatter } from './frontmatter';

const STRINGIFY: YAML.ToStringOptions = { lineWidth: 0, flowCollectionPadding: false, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' };

/** Values an empty form field leaves: no value at all. */
function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** A value without the empty fields a form adds (an untouched optional field is not a change). */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => !isEmpty(v)).map(([k, v]) => [k, withoutEmpty(v)]));
  }
  return value;
}

/** A translation's fields: only the text of its type, nothing structural. */
function textOnly(type: DocumentTypeName, data: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(textFieldsOf(type))) {
    const value = data[name];
    if (isEmpty(value)) continue;
    kept[name] = field.kind === 'objects' && Array.isArray(value)
      ? value.map((item: Record<string, unknown>) => Object.fromEntries(field.fields.filter((f) => !isEmpty(item?.[f])).map((f) => [f, item[f]])))
      : value;
  }
  return kept;
}

function parseDecap(raw: string): { data: Record<string, unknown>; body: string } {
  const { data, body } = readFrontmatter(raw);
  return { data: (data ?? {}) as Record<string, unknown>, body };
}

/** The body as a file ends: one blank line after the frontmatter, one newline at the end. */
function bodyPart(body: string): string {
  const text = body.trim();
  return text ? `\n\n${text}\n` : '\n';
}

export interface Merge {
  type: DocumentTypeName;
  /** A translation (only text fields are written). */
  translation: boolean;
  /** The file's current text, if it exists. */
  original?: string;
  /** What Decap sent: frontmatter and body. */
  raw: string;
  /** The schema's field order, for a new file. */
  fieldOrder: readonly string[];
}

/** The text to write, or undefined when there is nothing to write (an untouched, absent translation). */
export function mergedFile({ type, translation, original, raw, fieldOrder }: Merge): string | undefined {
  const decap = parseDecap(raw);
  const data = withoutEmpty(translation ? textOnly(type, decap.data) : decap.data) as Record<string, unknown>;
  const match = original === undefined ? null : splitFrontmatter(original);
  if (!match) {
    if (translation && original === undefined && Object.keys(data).length === 0 && !decap.body.trim()) return undefined;
    const ordered = Object.fromEntries([
      ...fieldOrder.filter((f) => f in data).map((f) => [f, data[f]]),
      ...Object.keys(data).filter((f) => !fieldOrder.includes(f)).map((f) => [f, data[f]]),
    ]);
    return `---\n${Object.keys(ordered).length ? YAML.stringify(ordered, STRINGIFY) : ''}---${bodyPart(decap.body)}`;
  }
  const doc = YAML.parseDocument(match.yaml);
  const before = (doc.toJS() ?? {}) as Record<string, unknown>;
  const removed = Object.keys(before).filter((key) => !(key in data) && !isEmpty(withoutEmpty(before[key])));
  const changed = Object.entries(data).filter(([key, value]) => !isDeepStrictEqual(withoutEmpty(before[key]), value));
  const oldBody = parseDecap(original!).body;
  const bodyChanged = oldBody.trim() !== decap.body.trim();
  // yaml re-renders every quoted scalar it prints (an escaped "\u2019" becomes "’"): an
  // unchanged file is returned as it was, byte for byte.
  if (removed.length === 0 && changed.length === 0 && !bodyChanged) return original;
  for (const key of removed) doc.delete(key);
  for (const [key, value] of changed) {
    const node = doc.createNode(value);
    const old = doc.get(key, true);
    // Keep a list written inline ([a, b]) inline.
    if (isSeq(old) && old.flow && isSeq(node)) node.flow = true;
    doc.set(key, node);
  }
  const body = bodyChanged ? bodyPart(decap.body) : match.rest;
  const yamlText = doc.contents && Object.keys(doc.toJS() ?? {}).length ? doc.toString(STRINGIFY) : '';
  return `---\n${yamlText}---${body}`;
}
