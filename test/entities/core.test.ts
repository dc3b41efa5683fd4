import { describe, expect, it } from "vitest";
import { nameCore } from "../../data/entities/core.ts";

describe("nameCore", () => {
  it.each([
    ["山推工程机械股份有限公司", "山推工程机械"],
    ["小松(中国)投资有限公司", "小松投资"],
    ["长城控股集团", "长城控股"],
    ["济宁玉柴", "玉柴"],
    ["济宁", "济宁"],
    ["华东数控有限公司", "华东数控"],
  ])("nameCore(%j) → %j", (name, core) => {
    expect(nameCore(name)).toBe(core);
  });
});
