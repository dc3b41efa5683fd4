import { charTest, skipToAfter, skipToAnchor } from "../../engine/skip.ts";
import type { EntityRule } from "../types.ts";

const ITEM = "[\\u4e00-\\u9fff]{2,3}";
/** Trips and venues: 赴杭州、无锡、徐州招商; 在青岛开展…; 在深圳举办的…推介会. */
const TRIP_BEFORE = `(?:赴|前往|奔赴|飞赴|远赴|到|在)(?:${ITEM}、)*`;
/** The verbs after a trip's places (赴杭州、无锡招商): every trip match needs one after it. */
const TRIP_VERBS = "开展|举办|举行|招商|考察|召开|参加|调研|推介|洽谈|拜访|参展";
const TRIP_AFTER = `(?:、${ITEM})*(?:等地|等城市|等重点地区|等地区)?(?:${TRIP_VERBS})`;
/** Lists of places: 举办上海、青岛等重点地区招商活动. */
const LIST_AFTER = `(?:、${ITEM})*等(?:重点)?(?:地区|城市|地|省市)`;

/** Words of the right length that are not places (在全市开展, 在现场召开, 赴企业调研, 在产业招商…上). */
const NOT_PLACES = new Set(
  "全市 全区 全省 全国 全县 现场 会上 当地 各地 线上 线下 基层 一线 企业 园区 项目 省外 市外 境外 国外 海外 外地 区外 此次 这里 那里 此地 本地 期间 会议 活动 北部 南部 东部 西部 重点 车间 工地 一起 京津冀 各区 各县 各市 会场 展会 现场会 招商 签约 投资 合作 推介 考察 调研 参观 学习 交流 洽谈 开展 举办 产业 行业 经济 工业 农业 商业 市场 科技 金融 文化 旅游 服务 生产 管理 发展 建设".split(
    " ",
  ),
);

/**
 * Places named as the destination of a trip or the venue of an event (赴杭州、无锡、徐州招商, 在上海
 * 举行, 上海、青岛等重点地区): each listed item is a place. A bare city name has no suffix, so
 * without an administrative gazetteer the context is the only evidence.
 */
export const venuePlaces: EntityRule = {
  name: "venuePlaces",
  pattern: new RegExp(
    `(?<=${TRIP_BEFORE})(${ITEM})(?=${TRIP_AFTER})|(?<=^|[，,、：:；;（(]|举办|与|和|及|赴)(${ITEM})(?=${LIST_AFTER})`,
    "y",
  ),
  // Tried only where a look-behind can hold: the start, or after the last character of a trip word
  // (赴, 前往, 到, 在), of a list item (、), of a list opener (，：；（ 举办 与 和 及); and only while a trip's verb
  // or a list's 等 follows (both look-aheads need one).
  skipTo: skipToAnchor(
    new RegExp(`${TRIP_VERBS}|等`, "g"),
    Number.POSITIVE_INFINITY,
    skipToAfter(charTest("赴往到在、，,：:；;（(办与和及"), true),
  ),
  extract: (_context, match) => {
    const text = match[0];
    if (NOT_PLACES.has(text) || /^[全各该本我此这其]/.test(text) || (/[市区县省镇]$/.test(text) === false && /[的了在与和是为]/.test(text)))
      return null;
    return {
      start: match.index,
      end: match.index + text.length,
      text,
      type: "place",
      canonical: null,
      role: null,
      rule: "venuePlaces",
      priority: 3,
    };
  },
};
