// A place that opens a company's name is the firm's seat, not the report's subject. Sentences: 修水县 signing news
// (修水县人民政府网, 2021); 新都区 rail and aviation news (成都市新都区人民政府, 2020); negatives from the same kind of news.
import { describe, expect, it } from "vitest";
import { opensCompanyName } from "../../data/meta/companySeat.ts";
import { inferRegion } from "../../data/meta/region.ts";

const after = (text: string, place: string) => opensCompanyName(text, text.indexOf(place) + place.length);

describe("opensCompanyName", () => {
  it.each([
    ["我县与深圳市华晖集团有限公司签约", "深圳市", true],
    ["成都永峰科技有限公司等企业已复工复产", "成都", true],
    ["引进成都航新航空装备科技有限公司", "成都", true],
    ["江苏恒力化纤股份有限公司", "江苏", true],
    // Not a company: the place is the subject, an organ, a zone or a list item.
    ["深圳市委书记出席", "深圳市", false],
    ["成都市新都区举行重大项目集中开工", "成都市", false],
    ["荆州开发区16个重点项目集中开工", "荆州", false],
    ["仪式在九江市举行，深圳市、九江市有关领导出席", "深圳市", false],
    // A firm's name longer than MAX_FIRM_NAME before the ending reads as words, not a name.
    ["深圳市的各家龙头企业与本地的各类公司", "深圳市", false],
  ])("%s: after %s → %s", (text, place, expected) => {
    expect(after(text, place)).toBe(expected);
  });

  it("is strict with programmers", () => {
    expect(() => opensCompanyName(undefined as unknown as string, 0)).toThrow(TypeError);
  });
});

describe("inferRegion with a firm's seat in the title", () => {
  it("does not take the seat of the partner firm for the report's place", () => {
    const text =
      "我县与深圳市华晖集团有限公司签约\n\n4月28日上午，我县与深圳市华晖集团有限公司签约仪式在九江市举行。市委副书记、市长出席并致辞。" +
      "市政府副市长、九江经开区党工委书记主持仪式。\n\n此次茧丝绸全产业链项目落户修水，是优势互补的生动实践。";
    const { region, basis } = inferRegion({ text, title: "我县与深圳市华晖集团有限公司签约" });
    expect(region?.name, basis).not.toBe("深圳市");
  });
});
