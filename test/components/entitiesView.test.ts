// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { entitiesTable, selectEntities } from "../../src/components/entitiesView.ts";
import type { EntityListRow } from "../../src/queries/entities.ts";

// Names of the kind a zone's year-end review mentions (seeds/: 济宁高新区 2017 review).
const e = (entity_id: string, name: string, type: EntityListRow["type"], mentions: number): EntityListRow => ({
  entity_id,
  name,
  type,
  aliases: [name, `${name}有限公司`],
  mentions,
  docs: 1,
  first_doc: "d1",
  first_start: 5,
});
const entities = [
  e("a", "红星美凯龙", "company", 5),
  e("b", "中建八局", "company", 3),
  e("c", "科技局", "government", 2),
  e("d", "如意集团", "company", 1),
];
const links = [
  { source: "a", target: "b", weight: 2 },
  { source: "a", target: "c", weight: 1 },
  { source: "b", target: "d", weight: 1 },
];

describe("selectEntities", () => {
  it("keeps the type, takes the top N with the links among them", () => {
    const s = selectEntities(entities, links, "company", 2, "");
    expect(s.ofType.map((x) => x.entity_id)).toEqual(["a", "b", "d"]);
    expect(s.top.map((x) => x.entity_id)).toEqual(["a", "b"]);
    expect(s.topLinks).toEqual([links[0]]);
    expect(s.listed).toHaveLength(3);
  });
  it("lists a focused entity with its neighbours and counts shared sentences", () => {
    const s = selectEntities(entities, links, "", 60, "a");
    expect(s.listed.map((x) => x.entity_id)).toEqual(["a", "b", "c"]);
    expect([...s.shared]).toEqual([
      ["b", 2],
      ["c", 1],
    ]);
  });
});

describe("entitiesTable", () => {
  it("links names to entity pages and first mentions to the reader, other spellings as text", () => {
    const table = entitiesTable(entities.slice(0, 1), { focus: "", shared: new Map(), onFocus: () => {} });
    expect(table.querySelector("td a")?.getAttribute("href")).toBe("/entities/a");
    expect(table.querySelector("a.first-mention")?.getAttribute("href")).toBe("/reports/d1#m-d1-5");
    expect(table.textContent).toContain("红星美凯龙有限公司");
  });
  it("shows shared sentences while focused and reports a click on the focus button", () => {
    let clicked: string | null = "";
    const table = entitiesTable(entities.slice(0, 2), { focus: "a", shared: new Map([["b", 2]]), onFocus: (id) => (clicked = id) });
    expect(table.querySelector('tr[data-entity-id="b"]')?.textContent).toContain("2句");
    table.querySelector<HTMLButtonElement>('tr[data-entity-id="b"] button')!.click();
    expect(clicked).toBe("b");
    expect(entitiesTable([], { focus: "a", shared: new Map(), onFocus: () => {} }).textContent).toContain("取消聚焦");
  });
});
