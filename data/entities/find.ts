import type { DocContext, MentionDraft } from "../types.ts";
import { MENTION_REFINERS } from "./config.ts";
import { runSentence } from "./engine.ts";
import { ENTITY_RULES } from "./rules/index.ts";
import type { EntityRule, MentionTrace } from "./types.ts";

/**
 * Entity mentions in one document, sentence by sentence; offsets are UTF-16 indices into `doc.text`.
 * `rules` defaults to every rule; tests pass a subset (the rules without the gazetteer).
 */
export function findMentions(doc: DocContext, trace?: MentionTrace[], rules: readonly EntityRule[] = ENTITY_RULES): MentionDraft[] {
  if (!doc || typeof doc.text !== "string" || !Array.isArray(doc.sentences)) {
    throw new TypeError("findMentions(doc) expects a DocContext with text and sentences");
  }
  const mentions: MentionDraft[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.end - sentence.start !== sentence.text.length || !doc.text.startsWith(sentence.text, sentence.start)) {
      throw new TypeError(
        `findMentions: sentence ${sentence.sentence_id} text does not match doc.text at ${sentence.start}–${sentence.end}`,
      );
    }
    for (const c of runSentence(doc, sentence, rules, MENTION_REFINERS, trace)) {
      mentions.push({
        doc_id: doc.doc_id,
        sentence_id: sentence.sentence_id,
        start: sentence.start + c.start,
        end: sentence.start + c.end,
        text: c.text,
        type: c.type,
        canonical: c.canonical,
        role: c.role,
      });
    }
  }
  return mentions;
}
