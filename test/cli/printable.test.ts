import { describe, expect, it } from "vitest";
import { printable } from "../../data/cli/printable.ts";

describe("printable", () => {
  it.each([
    ["济宁高新区2023年工作总结.txt", "济宁高新区2023年工作总结.txt"],
    ["a\nerror: forged line.txt", "a\\nerror: forged line.txt"],
    ["\u001b[2J\u001b[31mred.txt", "\\u001b[2J\\u001b[31mred.txt"],
    ["tab\there\r.txt", "tab\\there\\r.txt"],
    ["evil\u202etxt.exe", "evil\\u202etxt.exe"],
  ])("printable(%j) → %j", (input, expected) => {
    expect(printable(input)).toBe(expected);
  });
});
