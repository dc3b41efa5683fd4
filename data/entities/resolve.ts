import { foldTraditional } from "../read/traditional.ts";
import type { DocContext, EntityRow, MentionDraft, ResolvedMention } from "../types.ts";
import { nameCore } from "./core.ts";
import { entityId } from "./id.ts";
import { MERGEABLE_TYPES } from "./lexicon.ts";

/** Mentions sharing one (type, canonical-or-text) key, traditional characters folded (撫州市 is 抚州市). */
interface Cluster {
  key: string;
  type: MentionDraft["type"];
  /** Gazetteer canonical name, when any mention had one. */
  known: string | null;
  names: Set<string>;
}

/** An entity row being counted: its distinct mention texts and documents. */
interface Tally {
  row: EntityRow;
  aliases: Set<string>;
  docs: Set<string>;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** 0 for a name in simplified characters, 1 for one with traditional characters: sorts the simplified spelling first. */
const simplified = (name: string) => (foldTraditional(name) === name ? 0 : 1);

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
        if (!entry) {
          entry = new Map();
          index.set(key, entry);
        }
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
  const keyOf = (m: MentionDraft) => `${m.type}\u0000${foldTraditional(m.canonical ?? m.text)}`;
  const keys: string[] = [];
  for (const m of mentions) {
    if (!docIds.has(m.doc_id)) throw new TypeError(`resolveEntities: mention "${m.text}" belongs to unknown doc ${m.doc_id}`);
    const key = keyOf(m);
    keys.push(key);
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
  // One tally per entity, reached from each cluster key: counting a mention is one map lookup.
  const tallyOfKey = new Map<string, Tally>();
  const tallies = new Map<string, Tally>();
  for (const members of groups.values()) {
    const type = members[0]!.type;
    const known = members.find((m) => m.known !== null)?.known ?? null;
    const allNames = members.flatMap((m) => [...m.names]);
    // The longest name, in simplified characters when the reports print it both ways.
    const canonical = known ?? allNames.sort((a, b) => b.length - a.length || simplified(a) - simplified(b) || byCodePoint(a, b))[0]!;
    const id = entityId(type, canonical);
    let tally = tallies.get(id);
    if (!tally) {
      const row: EntityRow = {
        entity_id: id,
        name: canonical,
        type,
        aliases: [],
        mentions: 0,
        docs: 0,
        region_code: null,
        region_path: null,
      };
      tally = { row, aliases: new Set(), docs: new Set() };
      tallies.set(id, tally);
    }
    for (const m of members) tallyOfKey.set(m.key, tally);
  }

  // Ordered by document id, then start and end: each document's mentions sorted on their own (stable,
  // like one sort of all of them), instead of comparing document ids across hundreds of thousands of mentions.
  const perDoc = new Map<string, ResolvedMention[]>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const tally = tallyOfKey.get(keys[i]!)!;
    tally.row.mentions += 1;
    tally.aliases.add(m.text);
    tally.docs.add(m.doc_id);
    // A literal, not a spread: spreading objects that came from a worker is several times slower.
    const r: ResolvedMention = {
      doc_id: m.doc_id,
      sentence_id: m.sentence_id,
      start: m.start,
      end: m.end,
      text: m.text,
      type: m.type,
      canonical: m.canonical,
      role: m.role,
      entity_id: tally.row.entity_id,
    };
    const list = perDoc.get(m.doc_id);
    if (list) list.push(r);
    else perDoc.set(m.doc_id, [r]);
  }
  const resolved: ResolvedMention[] = [];
  for (const doc of [...perDoc.keys()].sort(byCodePoint))
    for (const m of perDoc.get(doc)!.sort((a, b) => a.start - b.start || a.end - b.end)) resolved.push(m);
  const entities = [...tallies.values()]
    .map(({ row, aliases, docs }) => ({ ...row, aliases: [...aliases].sort(byCodePoint), docs: docs.size }))
    .sort((a, b) => byCodePoint(a.type, b.type) || byCodePoint(a.name, b.name));
  return { entities, mentions: resolved };
}
