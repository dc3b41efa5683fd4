// The entity list's rows: every entity with where it is first mentioned, and which
// entities share sentences. Answered at build time (views/entities.json); see source.ts.
import type { EntityRow } from "../contract/index.js";
import type { QuerySource } from "./source.js";

/** One entity, most mentioned first, with its first mention (earliest offset in the first report by id). */
export type EntityListRow = Pick<EntityRow, "entity_id" | "name" | "type" | "aliases" | "mentions" | "docs"> & {
  first_doc: string | null;
  first_start: number | null;
};

/** Two entities (source < target by id) mentioned in `weight` shared sentences. */
export interface CoMention {
  source: string;
  target: string;
  weight: number;
}

export interface EntitiesView {
  entities: EntityListRow[];
  links: CoMention[];
}

export async function entitiesView(source: QuerySource): Promise<EntitiesView> {
  const entities =
    await source.rows(`select e.entity_id, e.name, e.type, e.aliases, e.mentions::INTEGER as mentions, e.docs::INTEGER as docs,
      f.doc_id as first_doc, f.start::INTEGER as first_start
    from entities e left join (select distinct on (entity_id) entity_id, doc_id, start from mentions order by entity_id, doc_id, start) f
      using (entity_id)
    order by e.mentions desc, e.name, e.entity_id`);
  const links = await source.rows(`select a.entity_id as source, b.entity_id as target, count(distinct a.sentence_id)::INTEGER as weight
    from mentions a join mentions b on a.sentence_id = b.sentence_id and a.entity_id < b.entity_id
    group by all order by source, target`);
  return {
    entities: (entities as unknown as EntityListRow[]).map((e) => ({ ...e, aliases: e.aliases ?? [] })),
    links: links as unknown as CoMention[],
  };
}
