// The scanner on sentences from the seeds and public reports: longest names first, zones named by a
// place and a zone word, categories and common words left alone.
import { describe, expect, it } from "vitest";
import { regionPath } from "../../data/regions/model.ts";
import { scanRegions } from "../../data/regions/scan.ts";

const show = (text: string) =>
  scanRegions(text).map((m) => (m.bare ? `${m.text}?` : `${m.text}=${m.candidates.map(regionPath).join("|")}${m.weak ? "(weak)" : ""}`));

describe("scanRegions", () => {
  it.each([
    // seed 000: a zone named by its city and 经开区, twice.
    [
      "济宁经开区以产业立区，济宁经济技术开发区在市委领导下",
      ["济宁经开区=山东省/济宁市/济宁经济技术开发区", "济宁经济技术开发区=山东省/济宁市/济宁经济技术开发区"],
    ],
    // seed 001: the zone, then a bare 高新区 left for the report's city.
    ["2024年,济宁高新区聚焦“又高又新”，高新区将进一步", ["济宁高新区=山东省/济宁市/济宁高新技术产业开发区", "高新区?"]],
    // The national category is not a zone (seed 002's 力争在国家高新区中赶超跨越).
    ["力争在国家高新区中赶超跨越", []],
    ["山东省济宁市", ["山东省=山东省", "济宁市=山东省/济宁市"]],
    // 中新网 dateline + a zone by its short name.
    ["广东惠州市仲恺高新区举行揭牌仪式", ["广东=广东省", "惠州市=广东省/惠州市", "仲恺高新区=广东省/惠州市/惠州仲恺高新技术产业开发区"]],
    // Words that contain a place name.
    ["阿里巴巴在沿海城市长治久安", []],
    // A report's words for itself: 全州 is the whole prefecture, not 全州县 (荆楚网, 恩施 2024-01-09);
    // 中华人民共和国 is no 共和县 (章贡区 2019 news, traditional characters).
    ["全州上下坚持以习近平新时代中国特色社会主义思想为指导", []],
    ["與會人員全體起立,奏唱中華人民共和國國歌。", []],
    // Traditional characters (廣東省長黃華華 news and 2016年各省GDP排名 headline, Hong Kong pages).
    ["廣東省長黃華華今天指出,今年1至10月,廣東的GDP比去年同期成長14.7%", ["广东省=广东省", "广东=广东省"]],
    ["江蘇苦追廣東七年差距拉大 台灣仍居第六", ["江苏=江苏省", "广东=广东省", "台湾=台湾省"]],
  ] as const)("%s", (text, expected) => {
    expect(show(text)).toEqual(expected);
  });
});
