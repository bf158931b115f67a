/**
 * What points at each entity: structural references (an action's objectives, a project's
 * donors), editorial links (IOM project → SNIA) and cross-links written in MDX bodies.
 * Computed once, in memory, from the same validated content.
 */
import { parseBody, type BodyComponent } from './body';
import type { ContentCollections } from './model';

export type EntityKind = 'programme' | 'objective' | 'action' | 'area' | 'project' | 'donor' | 'partner';
/** "objective:OSP 5", "project:y-med": one string naming any entity. */
export type EntityKey = `${EntityKind}:${string}`;

export interface Backlink {
  from: EntityKey;
  /** True for links this site draws (IOM project → SNIA), not the source. */
  editorial: boolean;
}

const kindOfComponent: Record<BodyComponent, EntityKind> = {
  Programme: 'programme', Objective: 'objective', Action: 'action', Project: 'project', Donor: 'donor', ThematicArea: 'area',
};

export function entityKey(kind: EntityKind, id: string): EntityKey {
  return `${kind}:${id}`;
}

export function buildBacklinks(c: ContentCollections): Map<EntityKey, Backlink[]> {
  const links = new Map<EntityKey, Backlink[]>();
  const add = (to: EntityKey, from: EntityKey, editorial = false) => {
    if (to === from) return;
    const list = links.get(to) ?? [];
    if (!list.some((l) => l.from === from)) links.set(to, [...list, { from, editorial }]);
  };
  const withBodies: Array<{ key: EntityKey; body: string }> = [
    ...c.programmes.map((p) => ({ key: entityKey('programme', p.slug), body: p.body.raw })),
    ...c.objectives.map((o) => ({ key: entityKey('objective', o.code), body: o.body.raw })),
    ...c.actions.map((a) => ({ key: entityKey('action', a.code), body: a.body.raw })),
    ...c.thematicAreas.map((t) => ({ key: entityKey('area', t.slug), body: t.body.raw })),
    ...c.projects.map((p) => ({ key: entityKey('project', p.slug), body: p.body.raw })),
  ];
  for (const { key, body } of withBodies) {
    for (const { component, id } of parseBody(body).references) add(entityKey(kindOfComponent[component], id), key);
  }
  for (const o of c.objectives) add(entityKey('programme', o.programme), entityKey('objective', o.code));
  for (const a of c.actions) {
    const from = entityKey('action', a.code);
    add(entityKey('programme', a.programme), from);
    for (const code of a.objectives) add(entityKey('objective', code), from);
    for (const code of a.sharedWith) add(entityKey('action', code), from);
  }
  for (const p of c.projects) {
    const from = entityKey('project', p.slug);
    add(entityKey('area', p.area), from);
    for (const d of p.donors) add(entityKey('donor', d), from);
    for (const x of p.partners) add(entityKey('partner', x), from);
    for (const ref of p.snia) add(entityKey(ref.startsWith('OSP ') ? 'objective' : 'programme', ref), from, true);
  }
  return links;
}
