import { describe, expect, it } from "vitest";
import { surfaceForms } from "../../data/gazetteer/lookup.ts";
import { GAZETTEER } from "../../data/gazetteer/names.ts";

describe("surfaceForms", () => {
  it("surfaceForms lists every name and alias of the gazetteer once, longest first", () => {
    const forms = surfaceForms(GAZETTEER);
    expect(new Set(forms.map((f) => f.text)).size).toBe(forms.length);
    for (let i = 1; i < forms.length; i++) expect(forms[i - 1]!.text.length).toBeGreaterThanOrEqual(forms[i]!.text.length);
    expect(forms.find((f) => f.text === "高新区")).toMatchObject({ zoneOnly: true, entry: { name: "济宁高新技术产业开发区" } });
  });

  it("surfaceForms throws TypeError when one alias names two entries", () => {
    expect(() =>
      surfaceForms([
        { name: "甲公司", type: "company", aliases: ["甲"] },
        { name: "甲大学", type: "institution", aliases: ["甲"] },
      ]),
    ).toThrow(/names both/);
  });

  it("GAZETTEER has no generic word as a name", () => {
    const generic = ["企业", "园区", "项目", "重点项目", "十四五", "一区十园"];
    expect(surfaceForms(GAZETTEER).filter((f) => generic.includes(f.text))).toEqual([]);
  });
});
