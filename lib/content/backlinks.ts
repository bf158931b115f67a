/**
 * What points at each entity: every reference field of the entity table (an action's
 * objectives, a project's donors; the editorial ones marked so) and the cross-links written
 * in bodies. Computed once, in memory, from the same validated content.
 */
import { parseBody } from './body';
import {
  bodyComponentKinds, documentTypeNames, entityKey, entityTable, idOf, referencedIds, referencedType, referenceFields,
  type DocumentTypeName, type EntityKey, type EntityKind,
} from './entities';
import type { ContentCollections, DocumentBase } from './model';

export { entityKey, type EntityKey, type EntityKind } from './entities';

export interface Backlink {
  from: EntityKey;
  /** True for links this site draws (IOM project → SNIA), not the source. */
  editorial: boolean;
}

/** The entity kind of a document type, where it has pages. */
function kindOf(type: DocumentTypeName): EntityKind | undefined {
  return (entityTable[type] as { page?: { kind: EntityKind } }).page?.kind;
}

export function buildBacklinks(c: ContentCollections): Map<EntityKey, Backlink[]> {
  const links = new Map<EntityKey, Backlink[]>();
  const add = (to: EntityKey, from: EntityKey, editorial = false) => {
    if (to === from) return;
    const list = links.get(to) ?? [];
    if (!list.some((l) => l.from === from)) links.set(to, [...list, { from, editorial }]);
  };
  for (const type of documentTypeNames) {
    const kind = kindOf(type);
    if (!kind) continue;
    const docs = c[entityTable[type].collection] as unknown as Array<DocumentBase & Record<string, unknown>>;
    for (const doc of docs) {
      const from = entityKey(kind, idOf(type, doc));
      for (const { component, id } of parseBody(doc.body.raw).references) add(entityKey(bodyComponentKinds[component]!.kind, id), from);
      for (const { field, ref } of referenceFields.filter((r) => r.type === type)) {
        for (const id of referencedIds(doc, field)) {
          const target = kindOf(referencedType(ref, id));
          if (target) add(entityKey(target, id), from, ref.editorial);
        }
      }
    }
  }
  return links;
}
