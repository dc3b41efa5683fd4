import { RECENT_DAYS, RELATIVE_DAYS, SAME_DAY, THAT_DAY, TIME_OF_DAY } from "../../lexicon.ts";
import type { DateRule } from "../../types.ts";

const FREE = Object.keys(RELATIVE_DAYS).filter((w) => RELATIVE_DAYS[w]! < 0);
const GUARDED = Object.keys(RELATIVE_DAYS).filter((w) => RELATIVE_DAYS[w] === 0);

/** 昨日上午 / 昨日，/ 昨天滨江区… ; 今天上午 / 今日， (see RELATIVE_DAYS); not 昨日的 (a noun: 昨日的辉煌). */
export const relativeDay: DateRule = {
  name: "relativeDay",
  pattern: new RegExp(`(?:${FREE.join("|")})(?!的)|(?:${GUARDED.join("|")})(?=${TIME_OF_DAY.join("|")}|[，,])`, "g"),
  extract: (_text, m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    rule: "relativeDay",
    parts: { kind: "relative", offset: RELATIVE_DAYS[m[0]]! },
    until: null,
  }),
};

/**
 * 近日，/ 日前， opening a news lead, or 近日 before the verb (…大会于近日召开, …项目近日正式开工): the happening was
 * lately, on a day the report does not give (a dateline only bounds it). Not 截至日前 (up to now) and not 近日将… (a
 * plan: the action check rejects it).
 */
const POSTPOSED_VERB = "(?:在|于|正式|隆重|顺利)?(?:举行|举办|召开|开幕|开工|动工|签约|揭牌|奠基|投产|竣工|开园|启动)";
export const recentDay: DateRule = {
  name: "recentDay",
  pattern: new RegExp(`(?<![截至到])(?:${RECENT_DAYS.join("|")})(?=${TIME_OF_DAY.join("|")}|[，,]|${POSTPOSED_VERB})`, "g"),
  extract: (_text, m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    rule: "recentDay",
    parts: { kind: "recent" },
    until: null,
  }),
};

/** 同日，/ 同一天上午 / 当天，: the day of the event told just before (同日，通州区也举行…开工仪式). */
export const sameDay: DateRule = {
  name: "sameDay",
  pattern: new RegExp(`(?:${[...SAME_DAY, ...THAT_DAY].join("|")})(?=${TIME_OF_DAY.join("|")}|[，,])`, "g"),
  extract: (_text, m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    rule: "sameDay",
    parts: { kind: "same" },
    until: null,
  }),
};
