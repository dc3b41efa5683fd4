import type { MentionDraft, SentenceSpan } from "../types.ts";

/**
 * A person named with a title once is later named bare (州委书记龙长春… → 龙长春一行先后深入…): the later mentions of
 * the same name in the document are that person. Inside a longer mention (a company's name) the name is not taken;
 * a shorter mention inside it (the city 长春 in 龙长春) gives way. Offsets are into the document, like the mentions.
 */
export function repeatedPersons(
  docId: string,
  sentence: SentenceSpan,
  names: ReadonlySet<string>,
  taken: readonly MentionDraft[],
): { add: MentionDraft[]; drop: Set<MentionDraft> } {
  const add: MentionDraft[] = [];
  const drop = new Set<MentionDraft>();
  // Longest first, so 欧阳某某 is taken before a shorter name inside it.
  for (const name of [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) {
    for (let i = sentence.text.indexOf(name); i >= 0; i = sentence.text.indexOf(name, i + name.length)) {
      const start = sentence.start + i;
      const end = start + name.length;
      const overlapping = taken.filter((m) => m.start < end && start < m.end);
      if (overlapping.some((m) => m.type === "person" || m.end - m.start > name.length || m.start < start || m.end > end)) continue;
      if (add.some((m) => m.start < end && start < m.end)) continue;
      for (const m of overlapping) drop.add(m);
      add.push({ doc_id: docId, sentence_id: sentence.sentence_id, start, end, text: name, type: "person", canonical: null, role: null });
    }
  }
  return { add, drop };
}
