// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { LONG_TABLE, PAGE_ROWS, pageRange, pageTable } from "../../src/components/tablePager.ts";

function table(rows: number): HTMLTableElement {
  document.body.innerHTML = `<table><thead><tr><th>行</th></tr></thead><tbody>${Array.from({ length: rows }, (_, i) => `<tr id="r${i}"><td>${i}</td></tr>`).join("")}</tbody></table>`;
  return document.querySelector("table") as HTMLTableElement;
}
const visible = (t: HTMLTableElement) => Array.from(t.querySelectorAll("tbody tr")).filter((tr) => !(tr as HTMLElement).hidden).length;

describe("pageRange", () => {
  it.each([
    [230, 0, [0, 50]],
    [230, 4, [200, 230]],
    [230, 9, [200, 230]],
    [0, 0, [0, 0]],
  ])("%i rows, page %i → %j", (rows, page, range) => {
    expect(pageRange(rows, page)).toEqual(range);
  });
});

describe("pageTable", () => {
  it(`leaves tables of ${LONG_TABLE} rows alone`, () => {
    const t = table(LONG_TABLE);
    pageTable(t);
    expect(visible(t)).toBe(LONG_TABLE);
    expect(document.querySelector(".table-pager")).toBeNull();
  });
  it("shows 50 rows of a long table and moves page by page; 全部显示 shows every row", () => {
    const t = table(230);
    pageTable(t);
    expect(visible(t)).toBe(PAGE_ROWS);
    expect(document.querySelector(".table-pager span")?.textContent).toBe("第 1 / 5 页（共 230 行）");
    const [previous, next, all] = Array.from(document.querySelectorAll(".table-pager button")) as HTMLButtonElement[];
    expect(previous.disabled).toBe(true);
    next.click();
    expect((t.querySelector("#r50") as HTMLElement).hidden).toBe(false);
    expect((t.querySelector("#r0") as HTMLElement).hidden).toBe(true);
    all.click();
    expect(visible(t)).toBe(230);
    expect(document.querySelector(".table-pager")).toBeNull();
  });
});
