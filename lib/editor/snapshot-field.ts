/**
 * A source record's snapshot (content/sources/<id>.txt: the text every quote, number and
 * official title is checked against) is part of the record for whoever adds a source: the
 * editor shows it as one more field of the record's form, and the backend keeps it in its
 * own file. Without it, no new source could be added in the editor (a record without its
 * snapshot stops the build).
 */
import YAML from 'yaml';
import { snapshotFile } from '../content/snapshots';
import { readFrontmatter, splitFrontmatter } from './frontmatter';

export const SNAPSHOT_FIELD = 'snapshotText';

/** The record's text as the editor receives it: its frontmatter with the snapshot field added. */
export function withSnapshotField(record: string, snapshot: string | undefined): string {
  const parts = splitFrontmatter(record);
  if (!parts || snapshot === undefined) return record;
  const doc = YAML.parseDocument(parts.yaml);
  doc.set(SNAPSHOT_FIELD, snapshot);
  return `---\n${doc.toString({ lineWidth: 0 })}---${parts.rest}`;
}

/**
 * What the editor sent, split: the record without the snapshot field, and the snapshot file
 * to write (undefined when the form left the field out).
 */
export function splitSnapshotField(raw: string, fallbackId: string): { record: string; snapshot?: { file: string; text: string } } {
  const parsed = readFrontmatter(raw);
  const data = { ...(parsed.data as Record<string, unknown> | null) };
  const text = data[SNAPSHOT_FIELD];
  if (!(SNAPSHOT_FIELD in data)) return { record: raw };
  delete data[SNAPSHOT_FIELD];
  const record = `---\n${YAML.stringify(data, { lineWidth: 0 })}---\n${parsed.body}`;
  const id = typeof data.id === 'string' && data.id ? data.id : fallbackId;
  // One newline at the end, as the files are kept; an emptied field stays empty (the checks say so).
  const snapshot = typeof text === 'string' && text.trim() ? `${text.replace(/\s+$/, '')}\n` : '';
  return { record, snapshot: { file: snapshotFile({ id }), text: snapshot } };
}
