/**
 * Reading a content file's frontmatter the way contentlayer does (gray-matter with the
 * `yaml` package as its engine, contentlayer2/source-files makeCacheItemFromFilePath.js,
 * which leaves dates as strings), and splitting a file into its YAML text and the rest with
 * the bytes kept, for the editor's checks, merges and source snapshots.
 */
import matter from 'gray-matter';
import YAML from 'yaml';

/** The frontmatter's data (null for an empty block) and the body; throws on invalid YAML. */
export function readFrontmatter(text: string): { data: unknown; body: string } {
  const parsed = matter(text, { engines: { yaml: (yaml: string) => YAML.parse(yaml) as object } });
  return { data: parsed.data, body: parsed.content };
}

/** A file's YAML text and everything after its closing "---", byte for byte; null without frontmatter. */
export function splitFrontmatter(text: string): { yaml: string; rest: string } | null {
  const match = /^---\n([\s\S]*?\n)?---(\n[\s\S]*)?$/.exec(text);
  return match ? { yaml: match[1] ?? '', rest: match[2] ?? '\n' } : null;
}
