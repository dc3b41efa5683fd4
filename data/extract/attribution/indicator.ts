import { charTable } from "../../engine/skip.ts";
import { type AliasHit, findIndicators, fits, kindFor } from "../../indicators/match.ts";
import { CONTEXT_ALIASES } from "../../indicators/registry.ts";
import type { Candidate, ExtractContext } from "../types.ts";

/** Breaks that end the words naming a figure (、 does not: 地区生产总值5.8万亿元、增长5.5%). */
const SCOPE_BREAK = /[，,；;。：:]/;
/** SCOPE_BREAK by character code (a look-up instead of a one-character string and a regex call per character). */
const IS_SCOPE_BREAK = charTable(SCOPE_BREAK);
/** What may stand between the numbers of one list (6.4%、7.9%; 5%和3%). */
const LIST_JOINER = /^\s*(?:[、，,和及与]|以及)\s*$/;
/** What may stand between the two ends of a range (5%—5.5%). */
const RANGE_JOINER = /^\s*[-—–~～至到]\s*$/;
/** A merged range as the range refiner leaves it (6-8亿元): the upper numeral after the joiner. */
/**
 * A clause that only says how the previous figure changed or how big it is (…，增长5.5%; …，总量突破10万亿元; …，2016年达到1156.49亿元;
 * …，同比增长分别为6.4%、7.9%; …，分别增长8%和8.5%): the figure continues the previous one's indicator.
 */
const CONTINUES =
  /^(?:(?:19|20)\d{2}年(?:末|底)?)?(?:其中)?(?:分别)?(?:比上年|较上年|同比|比去年|较去年|年均)?(?:名义)?(?:增长|下降|增速|增幅|涨幅|总量|规模)?(?:分别)?(?:为|达到|达|突破|超过|实现|完成|约|近|提高到|增至)?$/;

/**
 * Words between an indicator and a number that make the number another thing's (与地区生产总值的比率
 * 降至13.6%, 万元生产总值用水量下降22%, 对经济增长贡献率59.1%, 单位GDP二氧化碳排放下降3%). Amount words
 * (实际利用外资金额, 经济总量, 失业率均值) are dropped first: they name the indicator's own size.
 */
const FOREIGN_GAP =
  /的|比率|比重|比例|贡献|用水|排放|能耗|强度|占|率|值|额|量|企业|项目|产业|县|城市|收入|支出|投资|人口|就业|拥有|出口|进口|流入|流出|迁入|迁出/;
const OWN_SIZE_WORDS = /金额|总额|总量|规模|额度|平?均值/g;
/** After a number, words that make it a size class, not a value (生产总值超千亿元县, 经济总量突破5万亿元的城市). */
const THRESHOLD_AFTER = /^(?:的)?(?:城市|县|县域|市|区|企业|园区|省份|地区|强县|大县)/;

/**
 * A verb of change right before an amount or count makes it the change, not the level (一般公共预算收入增加近1000亿元,
 * 稳步达到3000亿元以上); 增加到/增至 name the new level and are not matched.
 */
const CHANGE_BEFORE = /(?:增加|增长|减少|下降|提高|扩大|缩小|净增)了?(?:近|约|超过|超|逾)?$/;

/** True when the indicator named at [hitEnd, …) is what the number at numStart measures. */
function namesNumber(view: string, hitEnd: number, numStart: number, end: number, unit: string): boolean {
  const gap = view
    .slice(hitEnd, numStart)
    .replace(/（[^）]{0,12}）|\([^)]{0,12}\)/g, "")
    .replace(OWN_SIZE_WORDS, "");
  return (
    !FOREIGN_GAP.test(gap) &&
    !(unit !== "percent" && CHANGE_BEFORE.test(gap)) &&
    !THRESHOLD_AFTER.test(view.slice(end)) &&
    !MILESTONE.test(clauseAround(view, numStart)) &&
    !view.slice(numStart, end).endsWith("级")
  );
}

/** Milestones crossed are thresholds, not values (连续跨越7万亿、8万亿、9万亿三个大台阶, 迈上4万亿、5万亿两个台阶). */
const MILESTONE = /跨越|跨过|迈上|迈过|站上|越过|跃上|台阶|大关|关口/;

/** A 、-item that is only a number (8万亿, 9万亿元): part of a list of milestones when the list's ends say so. */
const BARE_ITEM = /^\s*[\d.,]+\s*[十百千万亿]*(?:元|美元)?\s*$/;

/**
 * The words that speak of a number's milestone: its own 、-item, widened over neighbouring items that
 * are only numbers (跨越7万亿、8万亿、9万亿三个大台阶 → all three items), within its clause.
 */
function clauseAround(view: string, index: number): string {
  const start = scopeStart(view, index);
  let end = index;
  while (end < view.length && IS_SCOPE_BREAK[view.charCodeAt(end)] !== 1) end++;
  const items = view.slice(start, end).split("、");
  let at = start;
  let i = 0;
  while (i < items.length - 1 && at + items[i]!.length < index) at += items[i++]!.length + 1;
  let lo = i;
  let hi = i;
  while (lo > 0 && BARE_ITEM.test(items[lo]!)) lo--;
  while (hi < items.length - 1 && BARE_ITEM.test(items[hi]!)) hi++;
  if (BARE_ITEM.test(items[i]!) && hi < items.length - 1) hi++;
  return items.slice(lo, hi + 1).join("、");
}

/** Generic names of an economy's size (生产总值, 经济总量): after another noun they name a part (海洋生产总值, 县域经济总量). */
const GENERIC = new Set(["生产总值", "经济总量", "GDP"]);
/**
 * What may stand right before a generic name: a place (全省, 本市, 山东省, 大湾区), a year (2024年GDP), a verb
 * that states or sets the figure (确保GDP增长7%, 实现生产总值…) or nothing.
 */
const PLACE_BEFORE = /(?:^|[^\p{Script=Han}]|[全本]?[省市区县州盟旗]|地区|全国|国内|年|确保|力争|争取|实现|完成|预计|保持)$/u;
/** Words right before an indicator's name that make it a denominator (每万城镇常住人口拥有社区工作者19.2人). */
const PER_UNIT = /每[十百千万亿]?[\p{Script=Han}]{0,4}$/u;
/**
 * Per-capita figures over the registered population (户籍人均生产总值; 按户籍人口计算，全市人均生产总值…): the
 * indicator is over the resident population (国家统计局's 人均地区生产总值), so they are another figure.
 */
const REGISTERED_BEFORE = /户籍[^。；;]{0,10}$/;
const isRegisteredPerCapita = (view: string, at: number, id: string) =>
  id === "gdp_per_capita" && REGISTERED_BEFORE.test(view.slice(Math.max(0, at - 12), at));

/**
 * Words right before a name of trade that make it a part of trade, not the total (跨境电商进出口增长61.6%, 服务进出口, 服务贸易
 * 进出口总额, 对东盟、欧盟进出口分别增长…, 民营企业进出口).
 */
const TRADE_PART_BEFORE =
  /(?:电商|服务贸易|服务|一般贸易|加工贸易|边境贸易|边民互市|市场采购|产品|企业|民营|外资|国有|对(?!外)[\p{Script=Han}、“”]{1,12})$/u;
/** Words right before 固定资产投资 that make it some projects' share (确保招商引资项目完成固定资产投资220亿元). */
const INVESTMENT_PART_BEFORE = /(?:项目|企业|园区)(?:累计)?(?:完成|实现)?$/;
/** Words right before 规模以上工业企业 that count the year's newcomers, not the firms there are (新增规模以上工业企业755户). */
const ENTERPRISES_ADDED_BEFORE = /(?:新增|净增|新培育|新纳入|新入规|新进)$/;
const PART_BEFORE: Readonly<Record<string, RegExp>> = {
  foreign_trade: TRADE_PART_BEFORE,
  fixed_asset_investment: INVESTMENT_PART_BEFORE,
  above_scale_enterprises: ENTERPRISES_ADDED_BEFORE,
};
const isPart = (view: string, at: number, id: string) => PART_BEFORE[id]?.test(view.slice(Math.max(0, at - 14), at)) ?? false;

/** True when a generic name is part of a longer noun (海洋生产总值), so it does not name the whole economy. */
function subAggregate(view: string, at: number, alias: string): boolean {
  return GENERIC.has(alias) && !PLACE_BEFORE.test(view.slice(Math.max(0, at - 3), at));
}

/** Start of the words naming a figure: just after the previous comma, semicolon or colon. */
function scopeStart(view: string, index: number): number {
  for (let i = index - 1; i >= 0; i--) if (IS_SCOPE_BREAK[view.charCodeAt(i)] === 1) return i + 1;
  return 0;
}

/** The indicators of a 分别 list before `end` (城乡居民人均可支配收入 names two: 城镇 and 农村). */
function listedBefore(view: string, from: number, end: number): AliasHit[] {
  const hits = findIndicators(view.slice(from, end)).map((h) => ({ ...h, start: h.start + from, end: h.end + from }));
  // 城乡居民人均可支配收入, 城镇和农村居民人均可支配收入 and 城镇居民、农村居民人均可支配收入 name the urban and the rural figure.
  return hits.flatMap((h) => {
    const pair =
      (h.id === "disposable_income" && /城乡(?:常住)?$/.test(view.slice(Math.max(from, h.start - 4), h.start))) ||
      (h.id === "rural_disposable_income" && /城镇(?:常住)?(?:居民)?[和、及与]$/.test(view.slice(Math.max(from, h.start - 7), h.start)));
    return pair
      ? [
          { ...h, id: "urban_disposable_income" },
          { ...h, id: "rural_disposable_income" },
        ]
      : [h];
  });
}

/** The indicator a context alias (CONTEXT_ALIASES) gives the figure, or null. */
function contextIndicator(view: string, start: number, f: Candidate): string | null {
  const { urbanJobs, grainOutput } = CONTEXT_ALIASES;
  const before = view.slice(Math.max(0, f.numStart - 40), f.numStart);
  if (grainOutput.pattern.test(before) && fits({ id: grainOutput.id, growthOnly: false }, f.kind, f.unit)) return grainOutput.id;
  const clause = view.slice(start, f.numStart);
  const jobs = [...clause.matchAll(urbanJobs.alias)].at(-1);
  if (!jobs || urbanJobs.notAfter.test(clause.slice(0, jobs.index))) return null;
  const hitEnd = start + jobs.index + jobs[0].length;
  return fits({ id: urbanJobs.id, growthOnly: false }, f.kind, f.unit) && namesNumber(view, hitEnd, f.numStart, f.end, f.unit)
    ? urbanJobs.id
    : null;
}

/** True when 其中 opens the clause group (up to the last 。；) a figure stands in: it is a part (其中，出口…). */
function partOfWhole(view: string, index: number): boolean {
  const from = Math.max(view.lastIndexOf("。", index), view.lastIndexOf("；", index), view.lastIndexOf(";", index)) + 1;
  return view.slice(from, index).includes("其中");
}

/** How many figures back a continuing clause looks for words naming an indicator (bounded: a line may hold 40,000). */
const LOOK_BACK = 4;

/**
 * The figure a continuing clause (，增长5.5%; ，达到10.9亿元) goes on from: the one right before it, with its indicator,
 * or the indicator its own words named when a milestone left it without one (外贸进出口总额突破10亿元大关，达到10.9亿元);
 * figures whose words name none are passed over (GDP增长6.0%，首次突破百亿元大关，达到100.6亿元), back to `lastNamed`.
 */
function previousFigure(
  view: string,
  out: readonly Candidate[],
  k: number,
  lastNamed: Candidate | undefined,
): { indicator: string | null } | undefined {
  for (let i = k - 1; i >= Math.max(0, k - LOOK_BACK); i--) {
    const before = out[i]!;
    if (before.indicator !== null) return before;
    const start = scopeStart(view, before.numStart);
    // 其中，出口237726亿元，增长0.6%: the figure passed over is a part of the whole, so is its change.
    if (partOfWhole(view, before.numStart)) return undefined;
    const hit = findIndicators(view.slice(start, before.numStart)).at(-1);
    if (hit) return { indicator: !hit.growthOnly && !subAggregate(view, start + hit.start, hit.alias) ? hit.id : null };
  }
  return lastNamed;
}

/** Runs of facts written as one list (6.4%、7.9%), as index ranges [first, last]. */
function listRuns(view: string, facts: readonly Candidate[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < facts.length; i++) {
    let j = i;
    while (
      j + 1 < facts.length &&
      facts[j + 1]!.unit === facts[i]!.unit &&
      LIST_JOINER.test(view.slice(facts[j]!.end, facts[j + 1]!.start))
    )
      j++;
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/**
 * Sets `indicator` (a canonical id of data/indicators/registry.ts, or null): the indicator named
 * nearest before the number in its clause, when it can take a figure of that kind and unit.
 * A 分别 list gives each value its own (规上工业增加值、固定资产投资分别增长6%、4% → one each; 城乡居民…分别
 * → 城镇, 农村); a clause that only adds a change or a size to the previous figure keeps its
 * indicator (地区生产总值5.8万亿元，增长5.5%). A CPI rise read as a share becomes a growth.
 */
export function attributeIndicators(context: ExtractContext, facts: Candidate[]): Candidate[] {
  const { view } = context;
  const out = facts.map((f) => ({ ...f }));
  let previousList: AliasHit[] = [];
  /** The last figure with an indicator so far. */
  let lastNamed: Candidate | undefined;
  for (const [first, last] of listRuns(view, out)) {
    const head = out[first]!;
    const from = scopeStart(view, head.numStart);
    const prefix = view.slice(from, head.numStart);
    const respectively = prefix.indexOf("分别");
    const size = last - first + 1;
    const continues = CONTINUES.test(prefix.replace(/\s/g, ""));
    // 分别达30380元、10088元，增长8.5%、9.3%: a second list after a 分别 list, item for item.
    const nextList = respectively < 0 && size > 1 && continues && previousList.length === size;
    if ((respectively >= 0 && size > 1) || nextList) {
      let names = respectively >= 0 ? listedBefore(view, from, from + respectively) : [];
      // 同比增长分别为6.4%、7.9%: the list was named before, for the previous figures.
      if (names.length === 0 && continues) names = previousList;
      if (names.length === size) {
        for (let k = 0; k < size; k++) {
          // 分别增长4.3%、5.5%: one verb for the whole list, so every item is the head's kind.
          const f = { ...out[first + k]!, kind: head.kind };
          if (fits(names[k]!, f.kind, f.unit))
            out[first + k] = { ...f, indicator: names[k]!.id, kind: kindFor(names[k]!.id, f.kind, f.unit) };
          if (out[first + k]!.indicator !== null) lastNamed = out[first + k];
        }
        previousList = names;
        continue;
      }
    }
    for (let k = first; k <= last; k++) {
      const f = out[k]!;
      const start = scopeStart(view, f.numStart);
      const hits = findIndicators(view.slice(start, f.numStart)).filter(
        (h) =>
          !subAggregate(view, start + h.start, h.alias) &&
          !PER_UNIT.test(view.slice(start, start + h.start)) &&
          !isRegisteredPerCapita(view, start + h.start, h.id) &&
          !isPart(view, start + h.start, h.id),
      );
      const hit = hits[hits.length - 1];
      let id: string | null = null;
      if (hit) id = fits(hit, f.kind, f.unit) && namesNumber(view, start + hit.end, f.numStart, f.end, f.unit) ? hit.id : null;
      // Else words that name an indicator only in their context (城镇累计新增就业, 粮食播种面积…、产量).
      else id = contextIndicator(view, start, f);
      if (!hit && id === null) {
        const previous = previousFigure(view, out, k, lastNamed);
        // 增长-18.9%: the minus is the figure's own sign, not words before it.
        const bare = view
          .slice(start, f.numStart)
          .replace(/\s/g, "")
          .replace(/[-−－]$/, "");
        if (
          previous?.indicator &&
          CONTINUES.test(bare) &&
          !THRESHOLD_AFTER.test(view.slice(f.end)) &&
          fits({ id: previous.indicator, growthOnly: false }, f.kind, f.unit)
        )
          id = previous.indicator;
      }
      if (id !== null) out[k] = { ...f, indicator: id, kind: kindFor(id, f.kind, f.unit) };
      if (out[k]!.indicator !== null) lastNamed = out[k];
    }
    previousList = [];
  }
  return out;
}

/**
 * Range bounds: two numbers joined by a dash (5%—5.5%) both get `value_low`/`value_high` and the
 * first one's kind; a range the range refiner merged into one fact (6-8亿元) gets its upper end back.
 */
export function attributeRanges(context: ExtractContext, facts: Candidate[]): Candidate[] {
  const out = facts.map((f) => ({ ...f }));
  for (let i = 0; i < out.length; i++) {
    const f = out[i]!;
    const next = out[i + 1];
    if (next && next.unit === f.unit && f.value < next.value && RANGE_JOINER.test(context.view.slice(f.end, next.start))) {
      const bounds = { value_low: f.value, value_high: next.value };
      out[i] = { ...f, ...bounds };
      out[i + 1] = { ...next, ...bounds, kind: f.kind, indicator: next.indicator ?? f.indicator };
      i++;
      continue;
    }
    // One fact for the whole range (6-8亿元): its bounds are the value and value_max the head read.
    if (f.value_max !== null && f.value_max !== f.value) {
      out[i] = { ...f, value_low: Math.min(f.value, f.value_max), value_high: Math.max(f.value, f.value_max) };
    }
  }
  return out;
}

/** 以内 after a number bounds it from above (城镇调查失业率5.5%以内), like 以下. */
export function attributeTrailingQualifiers(context: ExtractContext, facts: Candidate[]): Candidate[] {
  return facts.map((f) => (f.qualifier === null && context.view.startsWith("以内", f.end) ? { ...f, qualifier: "at_most" as const } : f));
}
