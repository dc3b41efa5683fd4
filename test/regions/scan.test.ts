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
  ] as const)("%s", (text, expected) => {
    expect(show(text)).toEqual(expected);
  });
});
