import { foldTraditional } from "../read/traditional.ts";
import type { DocContext, MentionDraft } from "../types.ts";
import { shortFormMentions, shortForms } from "./aliases.ts";
import { MENTION_REFINERS } from "./config.ts";
import { runSentence } from "./engine.ts";
import { resolveLevelBodies } from "./levelBodies.ts";
import { repeatedPersons } from "./repeatPersons.ts";
import { ENTITY_RULES } from "./rules/index.ts";
import type { EntityRule, MentionTrace } from "./types.ts";

/**
 * Entity mentions in one document, sentence by sentence; offsets are UTF-16 indices into `doc.text`.
 * `rules` defaults to every rule; tests pass a subset (the rules without the gazetteer).
 */
export function findMentions(doc: DocContext, trace?: MentionTrace[], rules: readonly EntityRule[] = ENTITY_RULES): MentionDraft[] {
  return resolveLevelBodies(documentMentions(doc, trace, rules), doc.region);
}

function documentMentions(doc: DocContext, trace: MentionTrace[] | undefined, rules: readonly EntityRule[]): MentionDraft[] {
  if (!doc || typeof doc.text !== "string" || !Array.isArray(doc.sentences)) {
    throw new TypeError("findMentions(doc) expects a DocContext with text and sentences");
  }
  const perSentence: MentionDraft[][] = [];
  for (const sentence of doc.sentences) {
    const mentions: MentionDraft[] = [];
    perSentence.push(mentions);
    if (sentence.end - sentence.start !== sentence.text.length || !doc.text.startsWith(sentence.text, sentence.start)) {
      throw new TypeError(
        `findMentions: sentence ${sentence.sentence_id} text does not match doc.text at ${sentence.start}–${sentence.end}`,
      );
    }
    // Rules and lexicons are written in simplified characters: a sentence printed in traditional ones (市長, 書記,
    // 開發區) is matched folded, one character for one; every mention keeps the report's own characters (its role, a
    // label like the canonical name, is given folded).
    const folded = foldTraditional(sentence.text);
    const scanned = folded === sentence.text ? sentence : { ...sentence, text: folded };
    for (const c of runSentence(doc, scanned, rules, MENTION_REFINERS, trace)) {
      mentions.push({
        doc_id: doc.doc_id,
        sentence_id: sentence.sentence_id,
        start: sentence.start + c.start,
        end: sentence.start + c.end,
        text: scanned === sentence ? c.text : sentence.text.slice(c.start, c.end),
        type: c.type,
        canonical: c.canonical,
        role: c.role,
      });
    }
  }
  // A person named with a title is later named bare (州委书记龙长春 … 龙长春一行): a pass over the whole document.
  const persons = new Set<string>();
  for (const list of perSentence) for (const m of list) if (m.type === "person") persons.add(m.text);
  if (persons.size > 0) {
    for (const [i, sentence] of doc.sentences.entries()) {
      const { add, drop } = repeatedPersons(doc.doc_id, sentence, persons, perSentence[i]!);
      if (add.length === 0) continue;
      trace?.push({ stage: "note", text: `persons named again in ${sentence.sentence_id}: ${add.map((m) => m.text).join(" ")}` });
      perSentence[i] = [...perSentence[i]!.filter((m) => !drop.has(m)), ...add].sort((a, b) => a.start - b.start || a.end - b.end);
    }
  }
  // A company named in full is later named short (一博科技股份有限公司 … 一博科技来到…): a pass over the whole document.
  const companies: string[] = [];
  for (const list of perSentence) for (const m of list) if (m.type === "company") companies.push(m.text);
  const forms = shortForms(companies);
  if (forms.size === 0) return perSentence.flat();
  return doc.sentences.flatMap((sentence, i) => {
    const own = perSentence[i]!;
    const short = shortFormMentions(doc.doc_id, sentence, forms, own);
    if (short.length > 0)
      trace?.push({ stage: "note", text: `short company names in ${sentence.sentence_id}: ${short.map((m) => m.text).join(" ")}` });
    return short.length === 0 ? own : [...own, ...short];
  });
}
