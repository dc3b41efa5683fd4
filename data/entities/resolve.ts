import type { DocContext, EntityRow, MentionDraft, ResolvedMention } from "../types.ts";
import { nameCore } from "./core.ts";
import { entityId } from "./id.ts";
import { MERGEABLE_TYPES } from "./lexicon.ts";

/** Mentions sharing one (type, canonical-or-text) key. */
interface Cluster {
  key: string;
  type: MentionDraft["type"];
  /** Gazetteer canonical name, when any mention had one. */
  known: string | null;
  names: Set<string>;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * For each type and each prefix (2 characters or more) of a name core: the clusters of that type
 * having a name whose core starts with it, with the length of the longest such name. Looking a
 * short name's core up here replaces comparing every cluster with every other one.
 */
function longerNames(clusters: readonly Cluster[]): Map<string, Map<Cluster, number>> {
  const index = new Map<string, Map<Cluster, number>>();
  for (const c of clusters) {
    if (!MERGEABLE_TYPES.has(c.type)) continue;
    for (const name of c.names) {
      const core = nameCore(name);
      for (let len = 2; len <= core.length; len++) {
        const key = `${c.type}\u0000${core.slice(0, len)}`;
        let entry = index.get(key);
        if (!entry) index.set(key, (entry = new Map()));
        entry.set(c, Math.max(entry.get(c) ?? 0, name.length));
      }
    }
  }
  return index;
}

/**
 * Merges mentions across the corpus into entities. Mentions with the same type and gazetteer
 * canonical (or, without one, the same text) form a cluster; a cluster without a canonical joins a
 * single other cluster of its type whose name core starts with its core (长城重工 → 长城重工有限公司);
 * when several could take it, it stays on its own. Canonical = gazetteer name, else the longest name.
 */
export function resolveEntities(mentions: MentionDraft[], docs: DocContext[]): { entities: EntityRow[]; mentions: ResolvedMention[] } {
  if (!Array.isArray(mentions) || !Array.isArray(docs)) throw new TypeError("resolveEntities(mentions, docs) expects two arrays");
  const docIds = new Set(docs.map((d) => d.doc_id));
  const clusters = new Map<string, Cluster>();
  const keyOf = (m: MentionDraft) => `${m.type}\u0000${m.canonical ?? m.text}`;
  for (const m of mentions) {
    if (!docIds.has(m.doc_id)) throw new TypeError(`resolveEntities: mention "${m.text}" belongs to unknown doc ${m.doc_id}`);
    const key = keyOf(m);
    const cluster = clusters.get(key) ?? { key, type: m.type, known: m.canonical, names: new Set<string>() };
    cluster.names.add(m.text);
    if (m.canonical) cluster.names.add(m.canonical);
    clusters.set(key, cluster);
  }

  const parent = new Map<string, string>([...clusters.keys()].map((k) => [k, k]));
  const find = (k: string): string => {
    const p = parent.get(k)!;
    return p === k ? k : find(p);
  };
  const ordered = [...clusters.values()].sort((a, b) => a.key.length - b.key.length || byCodePoint(a.key, b.key));
  const longer = longerNames(ordered);
  for (const short of ordered) {
    if (short.known !== null || !MERGEABLE_TYPES.has(short.type)) continue;
    const core = nameCore([...short.names][0]!);
    if (core.length < 2) continue;
    const targets = new Set<string>();
    for (const [other, longest] of longer.get(`${short.type}\u0000${core}`) ?? [])
      if (other !== short && longest > core.length) targets.add(find(other.key));
    if (targets.size === 1) parent.set(find(short.key), [...targets][0]!);
  }

  const groups = new Map<string, Cluster[]>();
  for (const c of ordered) {
    const root = find(c.key);
    const group = groups.get(root);
    if (group) group.push(c);
    else groups.set(root, [c]);
  }
  const idOfKey = new Map<string, string>();
  const rows = new Map<string, EntityRow>();
  for (const members of groups.values()) {
    const type = members[0]!.type;
    const known = members.find((m) => m.known !== null)?.known ?? null;
    const allNames = members.flatMap((m) => [...m.names]);
    const canonical = known ?? allNames.sort((a, b) => b.length - a.length || byCodePoint(a, b))[0]!;
    const id = entityId(type, canonical);
    for (const m of members) idOfKey.set(m.key, id);
    rows.set(id, { entity_id: id, name: canonical, type, aliases: [], mentions: 0, docs: 0, region_code: null, region_path: null });
  }

  const resolved: ResolvedMention[] = mentions
    .map((m) => ({ ...m, entity_id: idOfKey.get(keyOf(m))! }))
    .sort((a, b) => byCodePoint(a.doc_id, b.doc_id) || a.start - b.start || a.end - b.end);
  const aliases = new Map<string, Set<string>>();
  const docsOf = new Map<string, Set<string>>();
  for (const m of resolved) {
    const row = rows.get(m.entity_id)!;
    row.mentions += 1;
    aliases.set(m.entity_id, (aliases.get(m.entity_id) ?? new Set()).add(m.text));
    docsOf.set(m.entity_id, (docsOf.get(m.entity_id) ?? new Set()).add(m.doc_id));
  }
  const entities = [...rows.values()]
    .map((row) => ({
      ...row,
      aliases: [...(aliases.get(row.entity_id) ?? [])].sort(byCodePoint),
      docs: docsOf.get(row.entity_id)?.size ?? 0,
    }))
    .sort((a, b) => byCodePoint(a.type, b.type) || byCodePoint(a.name, b.name));
  return { entities, mentions: resolved };
}
