import { describe, expect, it } from "vitest";
import { explainError } from "../../../src/components/notebook/errors.ts";

// Messages as DuckDB 1.x writes them.
const CASES: [string, RegExp][] = [
  ['Catalog Error: Table with name factz does not exist!\nDid you mean "facts"?', /表「factz」不存在/],
  ['Binder Error: Referenced column "vaule" not found in FROM clause!\nCandidate bindings: "value"', /列「vaule」不存在/],
  ['Parser Error: syntax error at or near "FORM"', /语法错误，位置在「FORM」附近/],
  ["Parser Error: syntax error at end of input", /语句不完整/],
  ["Conversion Error: Could not convert string '上半年' to INT32", /类型转换失败/],
  ['Binder Error: column "metric" must appear in the GROUP BY clause or must be part of an aggregate function.', /GROUP BY/],
  ["INTERRUPT Error: Interrupted!", /已取消/],
  ["Catalog Error: Scalar Function with name sume does not exist!", /函数「sume」不存在/],
];

describe("explainError", () => {
  it.each(CASES)("explainError(%j) says it in Chinese", (message, expected) => {
    expect(explainError(message)).toMatch(expected);
  });

  it("explainError falls back to a general sentence that points at the original message", () => {
    expect(explainError("Some new DuckDB error")).toBe("查询失败，DuckDB 的原始信息如下。");
  });

  it("explainError throws TypeError on a non-string", () => {
    expect(() => explainError(undefined as unknown as string)).toThrow(TypeError);
  });
});
