import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/errors';
import { checkAllFilesLoaded, listContentFiles } from '@/lib/content/load';
import { validFixture } from './fixtures';

describe('loading', () => {
  it('lists every .mdx file under the content folder', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'content-'));
    mkdirSync(path.join(dir, 'snia', 'objectives'), { recursive: true });
    writeFileSync(path.join(dir, 'snia', 'objectives', 'osp-01.mdx'), '---\n---\n');
    writeFileSync(path.join(dir, 'README.md'), '# not content');
    expect(listContentFiles(dir)).toEqual(['snia/objectives/osp-01.mdx']);
  });

  it('fails on a file contentlayer skipped (e.g. broken YAML), naming it', () => {
    const files = [...validFixture().map((d) => d._raw.sourceFilePath), 'snia/objectives/osp-04.mdx'];
    expect(() => checkAllFilesLoaded(files, validFixture())).toThrow(ContentError);
    expect(() => checkAllFilesLoaded(files, validFixture())).toThrow(/content\/snia\/objectives\/osp-04.mdx › \(file\)/);
  });
});
