/** Cross-links written in MDX bodies as components: <Objective code="OSP 5" />, <Project slug="…" />. */

export const linkComponents = ['Programme', 'Objective', 'Action', 'Project', 'Donor', 'ThematicArea'] as const;
export type LinkComponent = (typeof linkComponents)[number];

const MDX_REFERENCE = /<(Programme|Objective|Action|Project|Donor|ThematicArea)\s+(?:slug|code)="([^"]*)"/g;

/** Every entity a body links to, in order of appearance. */
export function mdxReferences(body: string): Array<{ component: LinkComponent; id: string }> {
  return [...body.matchAll(MDX_REFERENCE)].map(([, component, id]) => ({ component: component as LinkComponent, id: id! }));
}
