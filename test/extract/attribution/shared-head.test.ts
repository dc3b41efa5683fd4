import { describe, it } from "vitest";
import { expectFactIn } from "../helpers.ts";

describe("shareListHeads: counts in a 、-list share the noun named at its end", () => {
  const list = "梯次拉开攀登梯队，全力扶持61家规模以上非攀登、38家“准四上”、38家“幼苗”、75家“种子”企业";
  it.each([
    [list, "61家", "规模以上非攀登企业"],
    [list, "75家", "“种子”企业"],
    ["加快山东省激光研究所建设,导入2家国家级、8家省级创新平台", "2家", "国家级创新平台"],
    ["加快山东省激光研究所建设,导入2家国家级、8家省级创新平台", "8家", "省级创新平台"],
  ])("extractFacts(%j): %s → metric %s", (s, text, metric) => {
    expectFactIn(s, text, { metric });
  });

  it.each([
    // No words of its own before the 、: nothing to complete.
    ["制定骨干企业扩规倍增计划,培育营收过百亿企业3家、过50亿2家", "2家", null],
    // Different classifiers are not one list.
    ["新建6处老年人食堂、精心打造5处养老服务站", "6处", "老年人食堂"],
    // A comma ends the list.
    ["新培育省级专精特新企业26家，6家获批省级瞪羚企业", "6家", null],
  ])("extractFacts(%j): %s keeps metric %s", (s, text, metric) => {
    expectFactIn(s, text, { metric });
  });
});
