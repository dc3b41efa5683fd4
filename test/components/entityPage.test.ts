// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { entityEventsTable, mentionsTable } from "../../src/components/entityPage.ts";
import type { EntityPageData } from "../../src/contract/entityPage.ts";

// 「与中科深圳先进院、红星美凯龙等11家企业重点项目签约」 (seeds/: a zone's 2017 review).
const mention = {
  doc_id: "d1",
  sentence_id: "s1",
  start: 12,
  end: 17,
  text: "红星美凯龙",
  role: null,
  sentence: "与中科深圳先进院、红星美凯龙等11家企业重点项目签约",
  s_start: 3,
  section: null,
  title: "年终综述",
  region: null,
  year: 2017,
} as EntityPageData["mentions"][number];

describe("entity page tables", () => {
  it("highlights each mention in its sentence and links it to the reader", () => {
    const table = mentionsTable([mention]);
    expect(table.querySelector(".hl-mention")?.textContent).toBe("红星美凯龙");
    expect(table.querySelector("a.mention-link")?.getAttribute("href")).toBe("/reports/d1#m-d1-12");
    expect(table.textContent).toContain("地区未定 · 2017年");
    expect(mentionsTable([]).textContent).toContain("没有找到这个实体的提及");
  });
  it("links each event's clause to the reader", () => {
    const event = {
      event_id: "e1",
      doc_id: "d1",
      date: "2017-09-22",
      precision: "day",
      end_date: null,
      action: "签约",
      text: "11家企业重点项目签约",
      amount_cny: 19_700_000_000,
      project_count: null,
      region: null,
    } as unknown as EntityPageData["events"][number];
    const table = entityEventsTable([event]);
    expect(table.querySelector("a")?.getAttribute("href")).toBe("/reports/d1#e-e1");
    expect(entityEventsTable([]).textContent).toContain("没有事件提到这个实体");
  });
});
