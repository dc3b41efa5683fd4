import type { MentionDraft, SentenceSpan } from "../types.ts";
import { isGenericBody } from "./boundary.ts";
import { nameCore } from "./core.ts";
import { LEGAL_ENDINGS } from "./lexicon.ts";

/** Fewest characters of a short company name taken on the strength of the full name alone (伊利 is too short to be sure). */
const MIN_SHORT = 3;

/**
 * The short forms a report uses for a company it has named in full: the name without its legal ending
 * (一博科技股份有限公司 → 一博科技) and without its region prefix (nameCore). Only names that end in a legal
 * form are expanded: a bare 集团 or trade-word name is already short.
 */
export function shortForms(companies: Iterable<string>): Map<string, string> {
  const forms = new Map<string, string>();
  for (const full of companies) {
    if (!/(?:有限公司|有限责任公司)$/.test(full)) continue;
    // Without 中国 the rest is often a trade's common noun (中国储能技术有限公司 → 储能技术), not a name: keep 中国储能技术.
    const core = full.startsWith("中国") ? full.replace(LEGAL_ENDINGS, "") : nameCore(full);
    for (const short of [full.replace(LEGAL_ENDINGS, ""), core]) {
      if (short.length < MIN_SHORT || short === full || isGenericBody(short) || /[(（)）]/.test(short)) continue;
      if (!forms.has(short)) forms.set(short, full);
    }
  }
  return forms;
}

/**
 * Mentions of the short forms in one sentence where no other mention covers any of their words (a
 * document-level pass after the rules: the full name may come in an earlier sentence). Offsets are into the
 * document, like the sentence's mentions; longest short form first at each place.
 */
export function shortFormMentions(
  docId: string,
  sentence: SentenceSpan,
  forms: ReadonlyMap<string, string>,
  taken: readonly MentionDraft[],
): MentionDraft[] {
  const out: MentionDraft[] = [];
  const shorts = [...forms.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const covered = (start: number, end: number) =>
    taken.some((m) => m.start < end && start < m.end) || out.some((m) => m.start < end && start < m.end);
  for (const short of shorts) {
    for (let i = sentence.text.indexOf(short); i >= 0; i = sentence.text.indexOf(short, i + short.length)) {
      const start = sentence.start + i;
      const end = start + short.length;
      if (covered(start, end)) continue;
      out.push({ doc_id: docId, sentence_id: sentence.sentence_id, start, end, text: short, type: "company", canonical: null, role: null });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
