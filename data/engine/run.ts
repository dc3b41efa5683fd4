import { holdsAny, presenceOf, presentBits, rulesNeed } from "./need.ts";
import type { Refiner, Rule, TraceStep } from "./types.ts";

/** What runRules may record or stop at. */
export interface RunOptions {
  /** Match steps are appended here when given (tests and `explain`; it costs a string per match). */
  trace?: TraceStep[];
  /** Text the trace quotes (the sentence when the rules match a folded view of it); defaults to the scanned text. */
  traceText?: string;
  /** Stop after this many accepted items (1 for "the first rule that fires wins"). */
  limit?: number;
}

/**
 * The one exec loop: every rule over `text` in order (none when `text` lacks what all of them need, see need.ts), each match handed to the rule's
 * `extract` with `context`; accepted items are appended to `out` in rule order, then match
 * order. Patterns are shared and reset: each is left with lastIndex 0.
 */
export function runRules<C, T>(text: string, context: C, rules: readonly Rule<C, T>[], options: RunOptions = {}, out: T[] = []): T[] {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  // A text without any character every match needs (most sentences hold no 年, 月 or 日 of a date) matches no rule.
  const need = rulesNeed(rules);
  if (need !== null && !holdsAny(text, need)) return out;
  // …and a rule whose own needed characters the text lacks is not tried (one walk for all of them).
  const presence = presenceOf(rules);
  const present = presence === null ? 0 : presentBits(text, presence);
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    if (out.length >= limit) break;
    if (presence !== null && presence.bits[r] !== 0 && (present & presence.bits[r]!) === 0) continue;
    const pattern = rule.pattern;
    if (pattern.sticky) {
      if (!rule.skipTo) throw new TypeError(`rule "${rule.name}": a sticky (y) pattern needs skipTo`);
    } else if (!pattern.global) throw new TypeError(`rule "${rule.name}": pattern needs the g flag`);
    let from = 0;
    for (;;) {
      if (rule.skipTo) {
        const to = rule.skipTo(text, from, context);
        if (to > text.length) break;
        from = Math.max(from, to);
      }
      pattern.lastIndex = from;
      const match = pattern.exec(text);
      if (match === null) {
        // A sticky pattern failed at `from` only: try the next start; a global one found nothing after it.
        if (pattern.sticky && from < text.length) {
          from++;
          continue;
        }
        break;
      }
      const end = match.index + match[0].length;
      from = match[0] === "" ? end + 1 : end;
      const item = rule.extract(context, match);
      if (options.trace) {
        const quoted = options.traceText ?? text;
        options.trace.push({
          stage: "match",
          rule: rule.name,
          start: match.index,
          end,
          text: quoted.slice(match.index, end),
          accepted: item !== null,
        });
      }
      if (item !== null) {
        out.push(item);
        if (out.length >= limit) break;
      }
    }
    pattern.lastIndex = 0;
  }
  return out;
}

/**
 * The refiners in order over `items`. With `trace` and `label`, records for each refiner the
 * items it removed and added (by label), when it changed anything.
 */
export function runRefiners<C, T>(
  context: C,
  items: T[],
  refiners: readonly Refiner<C, T>[],
  trace?: TraceStep[],
  label?: (item: T) => string,
): T[] {
  let current = items;
  for (const refiner of refiners) {
    const next = refiner.refine(context, current);
    if (trace && label) {
      const before = new Set(current.map(label));
      const after = new Set(next.map(label));
      const removed = [...before].filter((l) => !after.has(l));
      const added = [...after].filter((l) => !before.has(l));
      if (removed.length || added.length) trace.push({ stage: "refine", refiner: refiner.name, removed, added });
    }
    current = next;
  }
  return current;
}
