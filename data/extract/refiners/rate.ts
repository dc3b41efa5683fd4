import { MEASURE_UNITS } from "../lexicon.ts";
import type { Candidate, Refiner } from "../types.ts";

/** After a value: "/吨", "/亩", "每吨", "/人·年" — the value is per that unit. */
const PER_AFTER = /^\s*(?:\/|每)\s*(?<per>平方米|立方米|千瓦时|公里|公顷|吨|亩|斤|公斤|人|户|年|月|天|日|次|件|台|辆|小时|平米|米|度)/;
/** Right before a value: 每 makes it the base of a rate (每百元营业收入中的成本), not an amount. */
const PER_BEFORE = /每\s*$/;
/** A metric per mu before a sum without /亩 (亩均税收11万元, 亩均产值可达到150万元, 每亩投资强度300万元). */
const PER_MU_BEFORE = /(?:亩均|每亩)\p{Script=Han}{0,8}$/u;

/** A yield per mu before a weight (平均亩产340公斤, 亩产达到650斤): the weight is per mu. */
const YIELD_BEFORE = /(?:亩产|亩均产量|每亩产量)(?:量)?\s*(?:为|达到|达|是|约)?\s*$/;

/** Base unit of the thing a rate is per: the measure unit where known (吨 → t), else the word. */
function perUnit(word: string): string {
  return MEASURE_UNITS[word]?.unit ?? word;
}

/**
 * Prices and ratios per unit are rates, not amounts: 3000元/吨 → 3000 CNY/t (kind ratio),
 * 30万元/亩 → 300000 CNY/mu, and so is a sum after 亩均… (亩均税收11万元 → 110000 CNY/mu); the 百元 of 每百元
 * is a base and is dropped.
 */
export const rateRefiner: Refiner = {
  name: "rate",
  reason: "a value per unit (元/吨, 万元/亩, 每百元) is a price or intensity; summed with amounts it would be wrong",
  refine(context, facts) {
    const out: Candidate[] = [];
    for (const f of facts) {
      if (f.kind === "rank") {
        out.push(f);
        continue;
      }
      if (PER_BEFORE.test(context.view.slice(Math.max(0, f.start - 2), f.start))) continue;
      const m = PER_AFTER.exec(context.view.slice(f.end, f.end + 8));
      if (!m && f.kind === "amount" && PER_MU_BEFORE.test(context.view.slice(Math.max(0, f.start - 12), f.start))) {
        out.push(Object.assign({}, f, { unit: `${f.unit}/mu`, unit_text: `${f.unit_text ?? ""}/亩`, kind: "ratio" as const }));
        continue;
      }
      if (
        !m &&
        f.kind === "measure" &&
        (f.unit === "t" || f.unit === "jin") &&
        YIELD_BEFORE.test(context.view.slice(Math.max(0, f.start - 10), f.start))
      ) {
        out.push(Object.assign({}, f, { unit: `${f.unit}/mu`, unit_text: `${f.unit_text ?? ""}/亩`, kind: "ratio" as const }));
        continue;
      }
      if (!m) {
        out.push(f);
        continue;
      }
      const end = f.end + m[0].length;
      const per = m.groups!.per!;
      out.push(
        Object.assign({}, f, {
          end,
          text: context.sentence.slice(f.start, end),
          unit: `${f.unit}/${perUnit(per)}`,
          unit_text: `${f.unit_text ?? ""}/${per}`,
          kind: "ratio" as const,
        }),
      );
    }
    return out;
  },
};
