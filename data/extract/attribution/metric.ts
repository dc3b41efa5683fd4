import { execAll } from "../../engine/global.ts";
import { INDICATORS } from "../../indicators/registry.ts";
import { clauseEnd, clauseStart } from "../clause.ts";
import {
  AMOUNT_HEADS,
  CLASSIFIER_HEADS,
  COUNT_HEADS,
  COUNT_PHRASE_STOP,
  LINKING_VERBS,
  METRICS,
  NOUN_PHRASE_OPENERS,
  WORKS_AFTER_NOUN,
} from "../lexicon.ts";
import type { Candidate, ExtractContext } from "../types.ts";

/** How far after a count's classifier its noun phrase may reach (56个重点产业项目). */
const HEAD_WINDOW = 14;
/** Longest noun phrase taken before a count; longer ones shrink to their head noun. */
const MAX_PHRASE_BEFORE = 14;

/** Which earlier facts a fact without a metric of its own may inherit from. */
const INHERITS_FROM: Readonly<Record<string, readonly string[]>> = {
  growth: ["amount", "count", "measure", "growth"],
  share: ["amount", "count", "measure"],
  ratio: ["amount", "count", "measure"],
  rank: ["amount", "growth", "share", "ratio"],
};

/** What a change in percentage points may inherit from: a share or rate first of all. */
const PP_INHERITS_FROM: readonly string[] = ["share", "ratio", "amount", "count", "measure", "growth"];

/** The metric lexicon: the quantity lexicon's terms and every indicator alias (社会消费品零售总额, 居民消费价格 …). */
const METRIC_TERMS: readonly string[] = [
  ...new Set([...METRICS, ...INDICATORS.flatMap((i) => [...i.aliases, ...(i.growthAliases ?? [])])]),
];
/** The terms by their first character: a clause is walked once instead of searched for each of the hundreds of terms. */
const TERMS_BY_FIRST = new Map<number, string[]>();
for (const term of METRIC_TERMS) {
  const first = term.charCodeAt(0);
  TERMS_BY_FIRST.set(first, [...(TERMS_BY_FIRST.get(first) ?? []), term]);
}

/**
 * The metric-lexicon term ending nearest to `end` inside [from, end) of the view. Overlapping
 * terms keep the longest, so a compound's tail does not win (实际利用外资金额 → 实际利用外资, not 资金).
 */
export function lexiconMetricBefore(view: string, from: number, end: number): string | null {
  // A parenthesis after a name restates it (地区生产总值（GDP）): the name before it is the metric.
  const text = view.slice(from, end).replace(/（[^）]*）|\([^)]*\)/g, (m) => " ".repeat(m.length));
  const found: { text: string; start: number; end: number }[] = [];
  // Every occurrence of every term, overlapping ones included (the choice below does not depend on their order).
  for (let i = 0; i < text.length; i++) {
    const terms = TERMS_BY_FIRST.get(text.charCodeAt(i));
    if (terms) for (const term of terms) if (text.startsWith(term, i)) found.push({ text: term, start: i, end: i + term.length });
  }
  const kept = found.filter((a) => !found.some((b) => b !== a && b.start < a.end && a.start < b.end && b.text.length > a.text.length));
  let best: { text: string; end: number } | null = null;
  for (const t of kept) if (!best || t.end > best.end || (t.end === best.end && t.text.length > best.text.length)) best = t;
  return best?.text ?? null;
}

/** A rate named in brackets right before its figure (占常住人口比重（常住人口城镇化率）为66.34%): the bracket names it. */
const BRACKETED_RATE = /[（(]([^（）()]{1,12}率)[）)]\s*(?:为|是|达到|达)?\s*$/;

/** Start of the words before a number, reaching past a parenthesis right after a name (地区生产总值（GDP）完成…). */
function metricClauseStart(view: string, index: number): number {
  const start = clauseStart(view, index);
  const close = view[start - 1];
  if (close !== "）" && close !== ")") return start;
  const open = view.lastIndexOf(close === "）" ? "（" : "(", start - 1);
  return open > 0 && start - open <= 14 ? clauseStart(view, open) : start;
}

/** A lexicon term ending right before the number, linking verbs aside (科技型中小企业达到36家, 托位1865个). */
export function lexiconMetricAdjacent(context: ExtractContext, fact: Candidate): string | null {
  const from = clauseStart(context.view, fact.start);
  const before = context.view.slice(from, fact.start).replace(LINKING_VERBS, "");
  const term = lexiconMetricBefore(before, 0, before.length);
  return term !== null && before.endsWith(term) ? term : null;
}

/** Adds a closing ” when the phrase opened a quote it did not close (“六好”示范点 stays whole). */
function closeQuote(context: ExtractContext, start: number, end: number): number {
  const text = context.sentence.slice(start, end);
  const open = (text.match(/“/g) ?? []).length;
  const close = (text.match(/”/g) ?? []).length;
  return open > close && context.sentence[end] === "”" ? end + 1 : end;
}

/** Noun phrase right after a count, up to its last head noun before a verb or break (56个重点产业项目加快推进 → 重点产业项目). */
export function countNounAfter(context: ExtractContext, fact: Candidate): string | null {
  let stop = Math.min(clauseEnd(context.view, fact.end), fact.end + HEAD_WINDOW);
  const zone = context.view.slice(fact.end, stop);
  const verb = COUNT_PHRASE_STOP.exec(zone);
  if (verb) stop = fact.end + verb.index;
  const phrase = context.view.slice(fact.end, stop);
  const heads = execAll(COUNT_HEADS, phrase);
  const last = heads[heads.length - 1];
  if (!last) return null;
  let headEnd = last.index + last[0].length;
  // 11家企业重点项目: 家 counts 企业, not the 项目 after it.
  const counted = fact.classifier ? CLASSIFIER_HEADS[fact.classifier]?.exec(phrase) : null;
  if (counted && counted.index + counted[0].length < headEnd) headEnd = counted.index + counted[0].length;
  const end = closeQuote(context, fact.end, fact.end + headEnd);
  return context.sentence.slice(fact.end, end).trim() || null;
}

/** Noun phrase right after an amount or measure, past a 的 (设立5000万元的“政银园投”基金 → “政银园投”基金, 900马力推土机 → 推土机). */
export function amountNounAfter(context: ExtractContext, fact: Candidate): string | null {
  const from = context.view.startsWith("的", fact.end) ? fact.end + 1 : fact.end;
  let stop = Math.min(clauseEnd(context.view, from), from + HEAD_WINDOW);
  const verb = COUNT_PHRASE_STOP.exec(context.view.slice(from, stop));
  if (verb) stop = from + verb.index;
  const heads = execAll(AMOUNT_HEADS, context.view.slice(from, stop));
  const last = heads[heads.length - 1];
  if (!last) return null;
  return context.sentence.slice(from, from + last.index + last[0].length).trim() || null;
}

/** Noun phrase right before a count written noun-first (新增“四上”企业17家 → “四上”企业). */
export function countNounBefore(context: ExtractContext, fact: Candidate): string | null {
  const from = clauseStart(context.view, fact.start);
  // 设施综合体建设4处: the works word after the noun is not what is counted.
  const before = context.view.slice(from, fact.start).replace(LINKING_VERBS, "").replace(WORKS_AFTER_NOUN, "");
  const heads = execAll(COUNT_HEADS, before.replace(/”$/, ""));
  const last = heads[heads.length - 1];
  if (!last || last.index + last[0].length !== before.replace(/”$/, "").length) return null;
  let start = 0;
  for (const m of execAll(NOUN_PHRASE_OPENERS, before)) if (m.index + m[0].length <= last.index) start = m.index + m[0].length;
  if (before.length - start > MAX_PHRASE_BEFORE) return last[0];
  return context.sentence.slice(from + start, from + before.length) || null;
}

/** True when the clause before the fact is only a linking verb (…企业17家，达到161家): the count continues the previous one. */
function continuesPrevious(context: ExtractContext, fact: Candidate): boolean {
  const before = context.view.slice(clauseStart(context.view, fact.start), fact.start);
  return LINKING_VERBS.test(before) && before.replace(LINKING_VERBS, "") === "";
}

/**
 * Sets `metric`: for counts the noun phrase after (or before) the number, else the lexicon
 * term nearest before the number in its clause, else for amounts and measures the noun phrase
 * after them (5000万元的“政银园投”基金). A growth, share, ratio or rank without a
 * metric of its own inherits the previous fact's (地区生产总值43.31亿元，增长4.7%，全市第2位);
 * an amount in a clause opened by 、, or a count after a bare linking verb, inherits from
 * the previous fact of its kind (营收过百亿企业3家、过50亿2家; 企业17家，达到161家).
 */
export function attributeMetrics(context: ExtractContext, facts: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const f of facts) {
    const clause = metricClauseStart(context.view, f.start);
    let metric: string | null = null;
    if (f.kind === "count") metric = countNounAfter(context, f) ?? lexiconMetricAdjacent(context, f) ?? countNounBefore(context, f);
    if (metric === null && f.unit === "percent") metric = BRACKETED_RATE.exec(context.view.slice(clause, f.start))?.[1] ?? null;
    if (metric === null) metric = lexiconMetricBefore(context.view, clause, f.start);
    if (metric === null && (f.kind === "amount" || f.kind === "measure")) metric = amountNounAfter(context, f);
    if (metric === null) {
      // A change in percentage (or per-mille) points goes on from a share or rate (比重为54.81%，提高0.48个百分点).
      const points = f.unit === "pp" || f.unit === "permille_point";
      const sources = f.kind === "growth" && points ? PP_INHERITS_FROM : INHERITS_FROM[f.kind];
      if (sources) {
        // A clause naming its own subject in quotes (网格“红帆驿站”覆盖达到100%) inherits nothing.
        const ownSubject = context.view.slice(clause, f.start).includes("“");
        if (!ownSubject) metric = out.findLast((p) => sources.includes(p.kind))?.metric ?? null;
      } else if (
        ((f.kind === "amount" || f.kind === "threshold") && context.view[clause - 1] === "、") ||
        (f.kind === "count" && continuesPrevious(context, f))
      ) {
        metric = out.findLast((p) => p.kind === f.kind)?.metric ?? null;
      }
    }
    out.push({ ...f, metric });
  }
  return out;
}
