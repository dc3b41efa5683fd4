import { toMatchView } from "../../data/normalize/index.ts";
import { sentenceSpans } from "../../data/structure/sentences.ts";
import type { DocContext } from "../../data/types.ts";

/** A DocContext split by the pipeline's own splitter (its dots matter), traditional characters folded, region unknown. */
export function splitDoc(text: string, year: number | null = null): DocContext {
  const sentences = sentenceSpans(text, 0, text.length).map(([start, end], i) => ({
    sentence_id: `t-s${i}`,
    section: null,
    start,
    end,
    text: text.slice(start, end),
  }));
  return { doc_id: "t", text, view: toMatchView(text), title: "", sentences, region: null, year };
}
