// Traditional characters folded to simplified ones, one for one, on sentences of public pages printed
// in 繁体; the prose check that accepts such text; and its figures read through the match view.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../data/ingest/process.ts";
import { notProseReason } from "../../data/read/prose.ts";
import { foldTraditional } from "../../data/read/traditional.ts";

// 新華社受權播發《政府工作報告》, 新華社, 2025-03-12 (a Hong Kong copy of the page, traditional characters).
const XINHUA_2025 =
  "報告指出,今年發展主要預期目標是:國內生產總值增長5%左右;城鎮調查失業率5.5%左右,城鎮新增就業1200萬人以上;居民消費價格漲幅2%左右;居民收入增長和經濟增長同步;國際收支保持基本平衡;糧食產量1.4萬億斤左右;單位國內生產總值能耗降低3%左右,生態環境質量持續改善。";

describe("foldTraditional", () => {
  it.each([
    // 廣東省長黃華華 news, forum copy (9.gdgda.com), traditional characters.
    ["廣東省長黃華華今天指出,今年1至10月,廣東的GDP比去年同期成長14.7%", "广东省长黄华华今天指出,今年1至10月,广东的GDP比去年同期成长14.7%"],
    // 臺 is the Taiwan form of 台: folded through OpenCC's variant table.
    ["臺灣", "台湾"],
    ["糧食產量1.4萬億斤左右", "粮食产量1.4万亿斤左右"],
    // Characters of GB 2312 are simplified already and stay, even where OpenCC would map them (乾县 of 咸阳).
    ["乾县", "乾县"],
  ])("%s → %s", (text, simplified) => {
    const folded = foldTraditional(text);
    expect(folded).toBe(simplified);
    expect(folded.length).toBe(text.length);
  });

  it("returns simplified text as it is", () => {
    const s = "全省生产总值突破9万亿元、增长6%";
    expect(foldTraditional(s)).toBe(s);
  });
});

describe("notProseReason on traditional text", () => {
  it("accepts a paragraph of a work report printed in traditional characters", () => {
    expect(notProseReason(XINHUA_2025)).toBeNull();
  });
});

describe("a report printed in traditional characters through the pipeline", () => {
  it("gives facts with indicators, their text the report's own words", () => {
    const r = processDocument("xinhua.txt", new TextEncoder().encode(`新華社受權播發《政府工作報告》\n\n${XINHUA_2025}\n`));
    if (!r.ok) throw new Error(r.error.message);
    const jobs = r.facts.find((f) => f.indicator === "urban_jobs");
    expect(jobs).toMatchObject({ text: "1200萬人以上", value: 12_000_000, qualifier: "at_least", is_target: true });
    expect(r.facts.find((f) => f.indicator === "grain_output")).toMatchObject({ text: "1.4萬億斤左右", unit: "jin" });
    expect(r.facts.find((f) => f.indicator === "unemployment_rate")?.text).toBe("5.5%左右");
  });
});
