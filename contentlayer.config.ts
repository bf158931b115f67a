import type { MarkdownUnifiedBuilderCallback } from 'contentlayer2/core';
import { defineDocumentType, makeSource, type FieldDefs } from 'contentlayer2/source-files';
import { entityTable, TRANSLATION_PATTERN, TRANSLATION_TYPE } from './lib/content/entities';
import { translationFieldNames } from './lib/content/translations';

/**
 * contentlayer only parses files here: every field is passed through as JSON and zod
 * (lib/content/) does the real validation. contentlayer's own checks would SKIP a bad
 * document and still exit 0; zod fails the build naming the file and field instead.
 *
 * Bodies are read as 'markdown', never 'mdx': contentlayer's MDX mode bundles each body into
 * JavaScript (esbuild resolves its imports, the page runs its expressions). Here a body stays
 * text; lib/content/body.ts parses and checks it and components/mdx/ renders the tree.
 */
function passThroughFields(schema: { shape: Record<string, unknown> }): FieldDefs {
  return Object.fromEntries(
    Object.keys(schema.shape).map((field) => [field, { type: 'json', required: false }]),
  ) as FieldDefs;
}

const definitions = Object.entries(entityTable).map(([name, spec]) =>
  defineDocumentType(() => ({
    name,
    filePathPattern: spec.file,
    contentType: 'markdown',
    fields: passThroughFields(spec.schema),
  })),
);

const structuralFields = Object.values(entityTable).flatMap((spec) => Object.keys(spec.schema.shape));
definitions.push(
  defineDocumentType(() => ({
    name: TRANSLATION_TYPE,
    filePathPattern: TRANSLATION_PATTERN,
    contentType: 'markdown',
    fields: Object.fromEntries(translationFieldNames(structuralFields).map((f) => [f, { type: 'json', required: false }])) as FieldDefs,
  })),
);

/**
 * contentlayer would also turn every body into HTML with remark, which no page uses — and
 * which takes minutes on a pathological body, before lib/content/body.ts can refuse it (a
 * body of 50,000 nested list markers kept contentlayer busy for over 20 minutes). A
 * processor that neither parses nor renders leaves `body.raw` as the only output.
 */
function skipMarkdownRendering(builder: Parameters<MarkdownUnifiedBuilderCallback>[0]): void {
  builder.use(function noRendering(this: typeof builder) {
    this.parser = () => ({ type: 'root', children: [] });
    this.compiler = () => '';
  });
}

export default makeSource({
  // The checked, normalised copy of content/ that scripts/stage-content.ts writes.
  contentDirPath: '.content-staged',
  markdown: skipMarkdownRendering,
  documentTypes: definitions,
  onUnknownDocuments: 'fail',
  // Unknown fields would be dropped silently; failing keeps typos in field names visible.
  onExtraFieldData: 'fail',
  onMissingOrIncompatibleData: 'fail',
});
