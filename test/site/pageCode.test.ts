// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are page text with Framework ${…} expressions
import { describe, expect, it } from "vitest";
import { expressionEnd, extractPageCode } from "../../data/site/pageCode.ts";

const PAGE = [
  "---", // 1
  "title: 例子", // 2
  "---", // 3
  "", // 4
  "# 标题 ${doc.title}", // 5
  "", // 6
  "```js", // 7
  'import {sql} from "./components/db.js";', // 8
  "const n = 1;", // 9
  "```", // 10
  "", // 11
  "```sql id=top", // 12
  "SELECT 1", // 13
  "```", // 14
  "", // 15
  "```sql", // 16
  "SELECT 2", // 17
  "```", // 18
  '<p>共 ${html`<b>${n}</b>`} 条，${{a: 1}.a}，"${"}"}"</p>', // 19
  "```css", // 20
  "p { color: red }", // 21
  "```", // 22
].join("\n");

describe("extractPageCode", () => {
  it("keeps js blocks verbatim, declares sql ids, and turns inline expressions into statements, each mapped to its page line", () => {
    const { code, lines } = extractPageCode(PAGE);
    const out = code.split("\n");
    expect(out).toEqual([
      'import {sql} from "./components/db.js";',
      "const n = 1;",
      ";",
      "/** @type {any} */ const top = /** @type {any} */ (null);",
      "void (doc.title);",
      "void (html`<b>${n}</b>`);",
      "void ({a: 1}.a);",
      'void ("}");',
    ]);
    expect(lines).toEqual([8, 9, 10, 12, 5, 19, 19, 19]);
  });

  it("ignores front matter, prose without expressions and other languages", () => {
    expect(extractPageCode("---\ntitle: ${x}\n---\n\n正文\n```css\na{}\n```\n").code).toBe("");
  });

  it("expressionEnd skips strings, template literals and nested braces; -1 when unterminated", () => {
    const text = "${a ? `x${b}` : '}'} rest";
    expect(text.slice(0, expressionEnd(text, 1))).toBe("${a ? `x${b}` : '}'}");
    expect(expressionEnd("${a + (b", 1)).toBe(-1);
  });

  it("is strict with programmers", () => {
    expect(() => extractPageCode(null as never)).toThrow(TypeError);
  });
});
