/**
 * The content language of a body: Markdown plus the site's own link components with literal
 * string props (`<Objective code="OSP 5" />`). A body is DATA: it is parsed into a syntax
 * tree (mdast), checked against an allowlist, and rendered from that tree by
 * components/mdx/mdx-body.tsx. Nothing in it is ever compiled or run — no body can reach
 * `process`, `require`, `import()` or the filesystem, whatever validation misses.
 *
 * The parser knows the whole MDX syntax (ESM, `{expressions}`, JSX) only to name what it
 * refuses: acorn reads an expression to find where it ends, never evaluates it.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { bodyComponentKinds, type BodyComponent } from './entities';

/** The components a body may use, the one prop each takes, and what that prop names: from the entity table. */
export const bodyComponents = bodyComponentKinds;
export type { BodyComponent };

export function isBodyComponent(name: string | null | undefined): name is BodyComponent {
  return !!name && Object.hasOwn(bodyComponents, name);
}

/** A problem in a body, with the line it is on (counted from the body's first line). */
export interface BodyIssue {
  line?: number;
  message: string;
}

/**
 * Markdown constructs a body may hold. Everything else is refused with the reason below, so
 * an editor learns what to write instead.
 */
const ALLOWED = new Set(['root', 'paragraph', 'heading', 'text', 'emphasis', 'strong', 'list', 'listItem', 'link', 'blockquote', 'thematicBreak', 'break', 'inlineCode']);
const REFUSED: Record<string, string> = {
  mdxjsEsm: 'import and export statements are not allowed: a body is text, not code',
  mdxFlowExpression: '{…} expressions are not allowed: a body is text, not code (write the text itself; for a literal brace, rephrase)',
  mdxTextExpression: '{…} expressions are not allowed: a body is text, not code (write the text itself; for a literal brace, rephrase)',
  image: 'images are not allowed in a body (they would load from another site)',
  imageReference: 'images are not allowed in a body (they would load from another site)',
  html: 'raw HTML is not allowed in a body',
  code: 'code blocks are not allowed in a body',
  definition: 'reference-style links ([text][ref]) are not allowed: write [text](https://…)',
  linkReference: 'reference-style links ([text][ref]) are not allowed: write [text](https://…)',
};

/**
 * Deepest nesting of lists and quotes a body may have (the deepest in real content is 1),
 * and the largest body (the longest today is under 3 KB). The parser's time grows faster
 * than the input on some shapes: 250 KB of nested links took 36 s, 2,000 nested list
 * markers on one line 0.9 s. Both limits are checked before parsing, in linear time.
 */
export const MAX_BODY_DEPTH = 8;
export const MAX_BODY_BYTES = 32 * 1024;

/**
 * The deepest nesting any line opens with: its run of quote markers (>) and list markers
 * (-, *, +, 1.), counting every 2 columns of indentation as a level. An upper bound on the
 * tree's depth, cheap enough to run before the parser.
 */
export function prefixNesting(line: string): number {
  const prefix = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/.exec(line)![0];
  const markers = prefix.match(/>|[-*+]|\d{1,9}[.)]/g)?.length ?? 0;
  const indent = (/^[ \t]*/.exec(prefix)![0].replaceAll('\t', '    ').length);
  return markers + Math.floor(indent / 2);
}

/** Where a link may point: the site's own pages (checked separately), https, mail and phone. */
export type LinkTarget = { kind: 'internal'; path: string } | { kind: 'external' };

export function linkTarget(url: string): LinkTarget | { kind: 'refused'; reason: string } {
  if (/^\/(?!\/)/.test(url)) return { kind: 'internal', path: url };
  if (url.startsWith('mailto:')) {
    return /^mailto:[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/.test(url) ? { kind: 'external' } : { kind: 'refused', reason: `"${url}" is not a plain mailto:name@domain address` };
  }
  if (url.startsWith('tel:')) {
    return /^tel:\+[1-9]\d{6,14}$/.test(url) ? { kind: 'external' } : { kind: 'refused', reason: `"${url}" must be an international number like tel:+212537652881` };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'refused', reason: `"${url}" is not an https:, mailto: or tel: URL, nor a site path starting with "/"` };
  }
  if (parsed.protocol !== 'https:') return { kind: 'refused', reason: `"${url}": only https:, mailto: and tel: links are allowed (and site paths starting with "/")` };
  if (parsed.username || parsed.password) return { kind: 'refused', reason: `"${url}" must not carry a user name or password` };
  return { kind: 'external' };
}

/** "line 14: " — the file line of a body line (1 = the body's first line), for messages. */
export function lineNote(bodyStartLine: number, bodyLine: number | undefined): string {
  return bodyLine === undefined ? '' : `line ${bodyStartLine + bodyLine - 1}: `;
}

export interface ParsedBody {
  tree: Root;
  issues: BodyIssue[];
  /** Cross-links to entities, in order of appearance. */
  references: Array<{ component: BodyComponent; id: string; line?: number }>;
  /** Internal links (`[text](/funding/)`), to be checked against the site's pages. */
  internalLinks: Array<{ path: string; line?: number }>;
}

function componentIssues(node: MdxJsxFlowElement | MdxJsxTextElement, refs: ParsedBody['references'], issues: BodyIssue[], line?: number): void {
  const name = node.name;
  if (!isBodyComponent(name)) {
    const allowed = Object.keys(bodyComponents).map((c) => `<${c}>`).join(', ');
    issues.push({ line, message: name ? `<${name}> is not allowed: a body may use only ${allowed} (raw HTML and other components are refused)` : 'fragments (<>…</>) are not allowed' });
    return;
  }
  const { prop, names } = bodyComponents[name];
  const usage = `write <${name} ${prop}="…" /> with ${names}`;
  if (node.children.length > 0) issues.push({ line, message: `<${name}> takes no content: ${usage}` });
  const attributes = node.attributes;
  const only = attributes.length === 1 ? attributes[0] : undefined;
  if (!only || only.type !== 'mdxJsxAttribute' || only.name !== prop) {
    issues.push({ line, message: `<${name}> takes exactly one prop, ${prop}: ${usage}` });
    return;
  }
  if (typeof only.value !== 'string') {
    issues.push({ line, message: `<${name}>'s ${prop} must be a literal string in double or single quotes, not {…}: ${usage}` });
    return;
  }
  refs.push({ component: name, id: only.value, line });
}

const EMPTY: Root = { type: 'root', children: [] };

function checkBeforeParsing(raw: string): BodyIssue[] {
  const bytes = Buffer.byteLength(raw, 'utf8');
  if (bytes > MAX_BODY_BYTES) return [{ message: `the body is ${Math.ceil(bytes / 1024)} KB; the limit is ${MAX_BODY_BYTES / 1024} KB (split the text, or move facts to other pages)` }];
  const lines = raw.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const depth = prefixNesting(lines[i]!);
    if (depth > MAX_BODY_DEPTH) return [{ line: i + 1, message: `this line nests lists, quotes or indentation ${depth} deep; the limit is ${MAX_BODY_DEPTH}` }];
  }
  return [];
}

/** Parse results by body text: each body is parsed once, however many checks and pages read it. */
const parsedBodies = new Map<string, ParsedBody>();

/** Parses and checks a body; lines are counted from the body's first line. */
export function parseBody(raw: string): ParsedBody {
  const cached = parsedBodies.get(raw);
  if (cached) return cached;
  const parsed = parseUncached(raw);
  parsedBodies.set(raw, parsed);
  return parsed;
}

function parseUncached(raw: string): ParsedBody {
  const references: ParsedBody['references'] = [];
  const internalLinks: ParsedBody['internalLinks'] = [];
  const issues = checkBeforeParsing(raw);
  if (issues.length > 0) return { tree: EMPTY, issues, references, internalLinks };
  let tree: Root;
  try {
    tree = fromMarkdown(raw, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch (error) {
    // A VFileMessage: micromark gives its place; an unclosed tag only says "(2:1-2:13)".
    const e = error as { reason?: string; message: string; place?: { line?: number; start?: { line: number } } };
    const reason = e.reason ?? e.message;
    const line = e.place?.start?.line ?? e.place?.line ?? Number(/\((\d+):\d+-/.exec(reason)?.[1] ?? NaN);
    issues.push({ line: Number.isNaN(line) ? undefined : line, message: `not valid MDX: ${reason} (a "<" or "{" in plain text must be rephrased)` });
    return { tree: EMPTY, issues, references, internalLinks };
  }

  const visit = (node: Nodes, depth: number): void => {
    const line = node.position?.start.line;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      componentIssues(node, references, issues, line);
      return;
    }
    const refused = REFUSED[node.type];
    if (refused || !ALLOWED.has(node.type)) {
      issues.push({ line, message: refused ?? `${node.type} is not allowed in a body` });
      return;
    }
    if (node.type === 'heading' && node.depth === 1) issues.push({ line, message: 'a "# " heading is not allowed: the page title is the only level-1 heading (use "## ")' });
    if (node.type === 'link') {
      const target = linkTarget(node.url);
      if (target.kind === 'refused') issues.push({ line, message: `link ${target.reason}` });
      else if (target.kind === 'internal') internalLinks.push({ path: target.path, line });
    }
    const nested = node.type === 'list' || node.type === 'blockquote' ? depth + 1 : depth;
    if (nested > MAX_BODY_DEPTH) {
      issues.push({ line, message: `lists and quotes are nested ${nested} deep; the limit is ${MAX_BODY_DEPTH}` });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes, nested);
  };
  visit(tree, 0);
  return { tree, issues, references, internalLinks };
}

/** The tree of a body the loader has already checked; refuses to hand out any other. */
export function checkedBodyTree(raw: string): Root {
  const parsed = parseBody(raw);
  if (parsed.issues.length > 0) throw new Error(`A body that failed validation reached rendering: ${parsed.issues[0]!.message}`);
  return parsed.tree;
}
