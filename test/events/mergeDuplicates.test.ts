import { describe, expect, it } from "vitest";
import { mergeDuplicates } from "../../data/events/refiners/mergeDuplicates.ts";
import type { EventDraft } from "../../data/types.ts";
import { sentenceDoc } from "../entities/helpers.ts";

const doc = sentenceDoc("x");

function event(start: number, text: string, over: Partial<EventDraft> = {}): EventDraft {
  return {
    event_id: `d-ev${start}`,
    doc_id: "d",
    sentence_id: "d-s0",
    date: "2017-11-11",
    precision: "day",
    end_date: null,
    date_basis: "year_from_report",
    date_evidence: "9月22日",
    action: "开工",
    text,
    start,
    end: start + text.length,
    amount_cny: null,
    project_count: null,
    entity_ids: [],
    duplicate_of: null,
    ...over,
  };
}

describe("mergeDuplicates", () => {
  const lead = event(10, "11月11日,总投资达124.7亿元的20个重大项目集中开工", { amount_cny: 12_470_000_000, project_count: 20 });
  const section = event(900, "11月11日上午,济宁高新区隆重举行2017年第四季度重大项目集中开工仪式。当天,包括红星爱琴海城市综合体…", {
    entity_ids: ["project-b", "park-a"],
  });

  it("mergeDuplicates keeps the clause with more entities, the union of entities and the stated numbers", () => {
    expect(mergeDuplicates(doc, [lead, section])).toEqual([
      { ...section, entity_ids: ["park-a", "project-b"], amount_cny: 12_470_000_000, project_count: 20 },
    ]);
  });

  it.each([
    ["another action", { action: "签约" }],
    ["another day", { date: "2017-11-12" }],
    ["another precision", { precision: "month" as const, date: "2017-11-01" }],
  ])("mergeDuplicates keeps both events on %s", (_what, over) => {
    expect(mergeDuplicates(doc, [lead, { ...section, ...over }])).toHaveLength(2);
  });

  it("mergeDuplicates never merges undated events (6日上午 twice may be two days)", () => {
    const a = event(1, "6日上午,会议召开", { date: null, precision: null, action: "会议" });
    const b = event(50, "6日上午,会议召开", { date: null, precision: null, action: "会议" });
    expect(mergeDuplicates(doc, [a, b])).toEqual([a, b]);
  });

  it("mergeDuplicates prefers stated numbers, then the longer clause, when entities tie", () => {
    const bare = event(1, "11月11日,项目集中开工,为“三次创业”持续注入新动能");
    expect(mergeDuplicates(doc, [bare, lead])).toEqual([lead]);
  });
});
