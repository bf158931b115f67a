/** A problem in one content file, reported with the file and the field. */
export interface ContentIssue {
  /** Path relative to content/, e.g. "snia/objectives/osp-05.mdx". */
  file: string;
  /** Dotted field path, "(body)" for the MDX body, "(file)" for the file as a whole. */
  field: string;
  message: string;
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

  add(file: string, field: string, message: string): void {
    this.issues.push({ file, field, message });
  }

  throwIfAny(): void {
    if (this.issues.length > 0) throw new ContentError(this.issues);
  }
}
