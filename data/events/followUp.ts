import type { SentenceSpan } from "../types.ts";
import { findAmountCny, findProjectCount } from "./amount.ts";
import { findDates } from "./dates/find.ts";
import { ACTIONS, FOLLOW_UP_REACH, FOLLOW_UP_START, TALLY_WORDS } from "./lexicon.ts";
import type { EventClause } from "./types.ts";

const PATTERNS = new Map(ACTIONS.map(({ action, pattern }) => [action, new RegExp(pattern.source, "g")]));

/**
 * Whether `said` names `action`; `strict`: as a happening, its word not tied to a noun by 的 (首个开工的重点项目, 该项目的开工),
 * which a sentence on the batch itself may be (此次集中开工的10个重大项目).
 */
function tells(said: string, action: string, strict: boolean): boolean {
  const pattern = PATTERNS.get(action);
  if (!pattern) return false;
  for (const m of said.matchAll(pattern)) if (!strict || (said[m.index - 1] !== "的" && said[m.index + m[0].length] !== "的")) return true;
  return false;
}

/** Which of a happening's actions a sentence with an investment sum is about, or null when it is no such sentence. */
function aboutActions(said: string, actions: readonly string[], adjacent: boolean): string[] | null {
  if (findAmountCny(said) === null && findProjectCount(said) === null) return null;
  const told = actions.filter((a) => tells(said, a, true));
  // The next sentence: the happening's own sum (总投资29亿元的5个项目集中签约; 项目总投资245亿元), never a tally or a plan.
  if (adjacent && !TALLY_WORDS.test(said) && findDates(said).length === 0) {
    if (told.length > 0) return told;
    if (/^(?:项目)?总投资/.test(said)) return [...actions];
  }
  // A sentence on its batch further on (据介绍，此次开竣工重点项目共26个，总投资达51亿元).
  const batch = actions.filter((a) => tells(said, a, false));
  if (FOLLOW_UP_START.test(said) && batch.length > 0 && !/今年|年初|以来|累计|截至|截止/.test(said)) return batch;
  return null;
}

/** An action's word labelling a count of projects (开工项目5个, 竣工项目4个, 开工建设5个项目): one part of a breakdown. */
const LABEL_AFTER = /^(?:建设)?(?:项目|[0-9一二三四五六七八九十两百]+个)/;

/**
 * The words of one sentence that speak of each action. A sentence that breaks its sums down by action (此次活动共有开工项目5个，
 * 总投资60.32亿元，竣工项目4个，总投资7.85亿元) gives each labelled action the words from its label to the next label; with one
 * label (开工项目429个，总投资2150亿元), an action written right before it shares it (集中签约开工项目共25个) and any other gets nothing
 * from the sentence (the 768 of 本次集中开竣工的768个重大项目中 are not the 竣工's); without a label (and for one action) every action gets
 * the sentence.
 */
function breakdownSentence(said: string, actions: readonly string[]): Map<string, string> {
  if (actions.length < 2) return new Map(actions.map((a) => [a, said]));
  const labels: Array<{ action: string; at: number }> = [];
  for (const action of actions) {
    for (const m of said.matchAll(PATTERNS.get(action)!)) {
      if (!LABEL_AFTER.test(said.slice(m.index + m[0].length)) || /^开竣工|^开复工/.test(m[0])) continue;
      labels.push({ action, at: m.index });
      break;
    }
  }
  if (labels.length === 0) return new Map(actions.map((a) => [a, said]));
  labels.sort((a, b) => a.at - b.at);
  const parts = new Map(labels.map(({ action, at }, i) => [action, said.slice(at, labels[i + 1]?.at ?? said.length)]));
  if (labels.length === 1) {
    const [{ at }] = labels as [{ action: string; at: number }];
    for (const action of actions) {
      if (parts.has(action)) continue;
      const joined = [...said.slice(0, at).matchAll(PATTERNS.get(action)!)].some((m) =>
        /^[、和及与]?$/.test(said.slice(m.index + m[0].length, at)),
      );
      if (joined) parts.set(action, parts.get(labels[0]!.action)!);
    }
  }
  return parts;
}

/** Words telling of a batch of projects, not one (集中开工, 第二批, 27个建设项目). */
const BATCH_WORDS = /集中|批|[0-9一二三四五六七八九十两]+个[^，,。；;]{0,8}?项目/;

/**
 * Each action's amount and project count in an event's words: sentence by sentence, the first each states of it (see
 * breakdownSentence: a breakdown by action gives each its own sums).
 */
export function sumsByAction(words: string, actions: readonly string[]): Map<string, { amount: number | null; count: number | null }> {
  const out = new Map(actions.map((a) => [a, { amount: null as number | null, count: null as number | null }]));
  const batch = BATCH_WORDS.test(words);
  for (const sentence of words.match(/[^。；;！？\n]+[。；;！？]?/g) ?? []) {
    for (const [action, part] of breakdownSentence(sentence, actions)) {
      const sums = out.get(action)!;
      sums.amount ??= findAmountCny(part, batch);
      sums.count ??= findProjectCount(part);
    }
  }
  return out;
}

/**
 * The amount and project count a happening's clause leaves unstated, from the sentence right after its words or a sentence
 * on its batch a few sentences on (此次…), before the next event's words: each action told there gets them, its text runs to
 * that sentence. Amounts of other sentences in between (a paragraph on the year's plans) are never read.
 */
export function withFollowingAmounts(
  text: string,
  view: string,
  sentences: readonly SentenceSpan[],
  clauses: EventClause[],
): EventClause[] {
  const out = clauses.map((c) => ({ ...c }));
  // Clauses grouped by where they start (the actions of one clause), in text order; linear in clauses and sentences.
  const groups = new Map<number, EventClause[]>();
  for (const c of out) groups.set(c.start, [...(groups.get(c.start) ?? []), c]);
  const starts = [...groups.keys()].sort((a, b) => a - b);
  for (const [k, start] of starts.entries()) {
    const group = groups.get(start)!;
    if (group.every((c) => c.amount_cny !== null && c.project_count !== null)) continue;
    const end = Math.max(...group.map((c) => c.end));
    let next = k + 1;
    while (next < starts.length && starts[next]! < end) next++;
    const boundary = starts[next] ?? text.length;
    const names = [...new Set(group.map((c) => c.action))];
    for (let i = firstFrom(sentences, end), n = 0; i < sentences.length && n < FOLLOW_UP_REACH; i++, n++) {
      const s = sentences[i]!;
      if (s.end > boundary) break;
      const said = view.slice(s.start, s.end);
      const actions = aboutActions(said, names, n === 0);
      if (actions === null) continue;
      const sums = sumsByAction(said, actions);
      for (const c of group) {
        if (!actions.includes(c.action)) continue;
        const { amount, count } = sums.get(c.action)!;
        if (c.amount_cny === null && amount !== null) c.amount_cny = amount;
        if (c.project_count === null && count !== null) c.project_count = count;
        c.end = s.end;
        c.text = text.slice(c.start, s.end);
      }
      break;
    }
  }
  return out;
}

/** The index of the first sentence starting at or after `at` (sentences are in text order). */
function firstFrom(sentences: readonly SentenceSpan[], at: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sentences[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
