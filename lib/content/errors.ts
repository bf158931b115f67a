/** A problem in one content file, reported with the file and the field. */
export interface ContentIssue {
  /** Path relative to content/, e.g. "snia/objectives/osp-05.mdx". */
  file: string;
  /** Dotted field path, "(body)" for the MDX body, "(file)" for the file as a whole. */
  field: string;
  message: string;
  /**
   * A change to another document can answer it: a reference to a document not written yet,
   * a back-link (a donor funds a project only if the project lists it), a shared action's
   * other half, a strategy total. The editor holds a save whose only problems are such, and
   * writes it with the save that completes it (lib/editor/backend.ts).
   */
  elsewhere?: true;
}

/** Thrown when any content file is invalid, so the build stops before anything is exported. */
export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(
      `Invalid content (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((i) => `  content/${i.file} › ${i.field}: ${i.message}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

/** Collects issues while a check runs; `throwIfAny` ends the run. */
export class IssueList {
  readonly issues: ContentIssue[] = [];

  add(file: string, field: string, message: string, options: { elsewhere?: boolean } = {}): void {
    this.issues.push(options.elsewhere ? { file, field, message, elsewhere: true } : { file, field, message });
  }

  throwIfAny(): void {
    if (this.issues.length > 0) throw new ContentError(this.issues);
  }
}
