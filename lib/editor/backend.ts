/**
 * The editor's storage: Decap CMS's local-backend protocol (what its `proxy` backend POSTs:
 * `{action, params}`, the actions decap-server's local_fs mode answers), implemented over
 * content/ with two differences that are the point of having our own: paths are mapped to
 * the site's layout (lib/editor/collections.ts), and a save is checked by the build's own
 * content checks first. Any problem answers 422 with the build's messages and writes
 * nothing; a valid save writes only the files that changed.
 *
 * Some changes are only valid together: a new donor funds no project until a project lists
 * it, and a project cannot list a donor that does not exist yet. A save whose only problems
 * another document's change can answer (ContentIssue.elsewhere) is therefore HELD: not
 * written, but shown to the editor as if it were (listed, opened, offered in pickers), and
 * checked with every later save. The save that completes it writes them all at once. Held
 * changes live in this server's memory only: stopping the editor drops them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { entityTable } from '../content/entities';
import type { ContentIssue } from '../content/errors';
import { snapshotFile } from '../content/snapshots';
import { defaultLocale, isLocale, type Locale } from '../site';
import { editorCollection, editorPath, localesOf, realFile, type RealFile } from './collections';
import { mergedFile } from './merge';
import { splitSnapshotField, withSnapshotField } from './snapshot-field';
import { formatIssue, issuesWithChanges, resolveInside, writeInside } from './validate';

export interface BackendReply {
  status: number;
  body: unknown;
}

/** An issue as the editor shows it: on the field of the entry being saved, or as a message. */
export interface EditorIssue extends ContentIssue {
  /** As the build prints it: "content/<file> › <field>: <reason>". */
  text: string;
  /** The language of the file it is in. */
  locale: Locale;
  /** The entry's top-level field it belongs to ("body" for the body); absent for the file as a whole. */
  entryField?: string;
  /** True when it is in one of the files being saved. */
  inEntry: boolean;
}

const refuse = (status: number, error: string, extra: object = {}): BackendReply => ({ status, body: { error, ...extra } });
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

function localeOfFile(file: string): Locale {
  const match = /^i18n\/([^/]+)\//.exec(file);
  return match && isLocale(match[1]!) ? match[1] : defaultLocale;
}

function entryFieldOf(field: string): string | undefined {
  if (field === '(body)') return 'body';
  if (field.startsWith('(')) return undefined;
  return field.split('.')[0];
}

export class ContentBackend {
  /** Saves waiting for the change that completes them: content/-relative path → text. */
  private readonly held = new Map<string, string>();

  constructor(private readonly contentDir: string) {}

  /** A file as the editor sees it: held text first, then the disk. */
  private read(file: string): string | undefined {
    if (this.held.has(file)) return this.held.get(file);
    return this.readDisk(file);
  }

  private readDisk(file: string): string | undefined {
    const full = resolveInside(this.contentDir, file);
    return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
  }

  /** The held files, relative to content/. */
  heldFiles(): string[] {
    return [...this.held.keys()].sort();
  }

  private entry(editorFile: string, real: RealFile): { data: string | null; file: { path: string; id: string | null } } {
    const record = this.read(real.file);
    const data = record === undefined ? null
      : real.collection.type === 'Source' ? withSnapshotField(record, this.read(snapshotFile({ id: path.posix.basename(real.file, '.mdx') })) ?? '')
      : record;
    return { data, file: { path: editorFile, id: data === null ? null : sha(data) } };
  }

  /** Every entry of a collection, one per language file that exists. */
  entriesByFolder(folder: string): BackendReply {
    const collection = editorCollection(folder);
    if (!collection) return refuse(404, `no collection "${folder}"`);
    const dir = resolveInside(this.contentDir, collection.dir);
    const onDisk = existsSync(dir) ? readdirSync(dir) : [];
    const held = this.heldFiles().filter((f) => path.posix.dirname(f) === collection.dir).map((f) => path.posix.basename(f));
    const names = [...new Set([...onDisk, ...held])].filter((name) => collection.pattern.test(`${collection.dir}/${name}`)).sort();
    const entries = names.flatMap((name) => localesOf(collection).flatMap((locale) => {
      const editorFile = editorPath(collection, `${collection.dir}/${name}`, locale);
      const found = this.entry(editorFile, realFile(editorFile)!);
      return found.data === null ? [] : [found];
    }));
    return { status: 200, body: entries };
  }

  getEntry(editorFile: string): BackendReply {
    const real = realFile(editorFile);
    if (!real) return refuse(404, `"${editorFile}" names no content file`);
    return { status: 200, body: this.entry(editorFile, real) };
  }

  /** The files a save would write (content/-relative path → text), or a refusal. */
  private changesOf(dataFiles: Array<{ path: string; raw: string; newPath?: string }>): Map<string, string> | BackendReply {
    const changes = new Map<string, string>();
    for (const dataFile of dataFiles) {
      const real = realFile(dataFile.path);
      if (!real) return refuse(422, `"${dataFile.path}" names no content file: file names are lowercase letters, digits, hyphens and dots, ending .mdx`);
      if (dataFile.newPath && dataFile.newPath !== dataFile.path) {
        return refuse(422, 'An entry cannot be renamed here: its file name stays; change its id in the file and in every file that refers to it, with a maintainer.');
      }
      const original = this.read(real.file);
      if (original === undefined && real.locale !== defaultLocale && this.read(real.baseFile) === undefined && !changesHasBase(dataFiles, real)) {
        return refuse(422, `content/${real.file} translates content/${real.baseFile}, which does not exist`);
      }
      if (original === undefined && real.collection.single) return refuse(422, `content/${real.file} is the only ${real.collection.name} document and cannot be created`);
      const spec = entityTable[real.collection.type];
      let raw = dataFile.raw;
      if (real.collection.type === 'Source') {
        const { record, snapshot } = splitSnapshotField(raw, path.posix.basename(real.file, '.mdx'));
        raw = record;
        if (snapshot && snapshot.text.trimEnd() !== (this.read(snapshot.file) ?? '').trimEnd()) changes.set(snapshot.file, snapshot.text);
      }
      const text = mergedFile({
        type: real.collection.type, translation: real.locale !== defaultLocale, original, raw,
        fieldOrder: Object.keys(spec.schema.shape),
      });
      if (text !== undefined && text !== original) changes.set(real.file, text);
    }
    return changes;
  }

  /**
   * Validates the whole content with the save (and every held save) applied. No problem:
   * writes them all. Only problems another document can answer: holds the save. Otherwise:
   * refuses it, and nothing changes.
   */
  persistEntry(dataFiles: Array<{ path: string; raw: string; newPath?: string }>): BackendReply {
    const changes = this.changesOf(dataFiles);
    if (!(changes instanceof Map)) return changes;
    const together = new Map([...this.held, ...changes]);
    const togetherIssues = issuesWithChanges(this.contentDir, together);
    if (togetherIssues.length === 0) return this.write(together, true);
    // Not complete with what is held: this save may still stand on its own (or fail on its own).
    // With nothing held, "on its own" is what was just checked.
    const issues = this.held.size === 0 ? togetherIssues : issuesWithChanges(this.contentDir, changes);
    if (issues.length === 0) return this.write(changes, false);
    const saved = new Set(dataFiles.map((d) => realFile(d.path)?.file));
    const shown: EditorIssue[] = issues.map((issue) => ({
      ...issue, text: formatIssue(issue), locale: localeOfFile(issue.file), entryField: entryFieldOf(issue.field), inEntry: saved.has(issue.file),
    }));
    const list = shown.map((i) => i.text).join('\n');
    if (issues.every((i) => i.elsewhere)) {
      for (const [file, text] of changes) this.held.set(file, text);
      return refuse(422, `Held, not written yet: this change needs another one. Save the entry that completes it (for a new donor, add it to a project); both are then written together. Until then:\n${list}`, { issues: shown, held: this.heldFiles().map((f) => `content/${f}`) });
    }
    return refuse(422, `Not saved: the content checks found ${issues.length} problem${issues.length === 1 ? '' : 's'}.\n${list}`, { issues: shown });
  }

  /** Writes files that passed the checks (only those whose text differs from the disk's). */
  private write(files: Map<string, string>, completesHeld: boolean): BackendReply {
    for (const [file, text] of files) {
      if (text !== this.readDisk(file)) writeInside(this.contentDir, file, text);
      this.held.delete(file);
    }
    if (completesHeld) this.held.clear();
    return { status: 200, body: { message: 'entry persisted', written: [...files.keys()].map((f) => `content/${f}`), held: this.heldFiles().map((f) => `content/${f}`) } };
  }

  /** One request of the protocol; never throws for bad input. */
  handle(request: unknown): BackendReply {
    if (!request || typeof request !== 'object') return refuse(400, 'expected a JSON object {action, params}');
    const { action, params = {} } = request as { action?: unknown; params?: Record<string, unknown> };
    const p = (params && typeof params === 'object' ? params : {}) as Record<string, unknown>;
    switch (action) {
      case 'info':
        return { status: 200, body: { repo: path.basename(path.resolve(this.contentDir, '..')), publish_modes: ['simple'], type: 'local_fs' } };
      case 'entriesByFolder':
        return this.entriesByFolder(String(p.folder ?? ''));
      case 'entriesByFiles': {
        const files = Array.isArray(p.files) ? (p.files as Array<{ path?: unknown }>) : [];
        return { status: 200, body: files.map((f) => this.getEntry(String(f?.path ?? '')).body) };
      }
      case 'getEntry':
        return this.getEntry(String(p.path ?? ''));
      case 'persistEntry': {
        // Decap sends dataFiles (one per language with i18n); older clients send one `entry`.
        const files = Array.isArray(p.dataFiles) ? p.dataFiles : p.entry ? [p.entry] : [];
        const valid = files.every((f: unknown) => f && typeof (f as { path?: unknown }).path === 'string' && typeof (f as { raw?: unknown }).raw === 'string');
        if (!valid || files.length === 0) return refuse(400, 'persistEntry needs dataFiles: [{path, raw}]');
        if (Array.isArray(p.assets) && p.assets.length > 0) return refuse(422, 'Images and other media are not part of this site\'s content.');
        return this.persistEntry(files as Array<{ path: string; raw: string; newPath?: string }>);
      }
      case 'getMedia':
        return { status: 200, body: [] };
      case 'getMediaFile':
      case 'persistMedia':
        return refuse(422, 'Images and other media are not part of this site\'s content.');
      case 'deleteFile':
      case 'deleteFiles':
        return refuse(422, 'Entries are not deleted in the editor: other pages may refer to them. Ask a maintainer.');
      case 'getDeployPreview':
        return { status: 200, body: null };
      default:
        return refuse(400, `unknown action ${JSON.stringify(action)}`);
    }
  }
}

/** A translation saved together with its new base file. */
function changesHasBase(dataFiles: Array<{ path: string }>, real: RealFile): boolean {
  return dataFiles.some((d) => realFile(d.path)?.file === real.baseFile);
}
