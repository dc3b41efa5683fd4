// The shared-unit refiner (issue 14 item 2, round 4). Sources: [Linping-2022] 临平开发区 on the 2021 national zone
// assessment (360doc copy, 2022-01-27); [MOT-2023-10] 交通运输部 October transport figures (m.tmacn.cn copy).
import { describe, expect, it } from "vitest";
import { expectFactIn, expectFacts } from "../helpers.ts";

describe("a 分别 list with the unit on its last item", () => {
  it("every item takes the last item's unit and magnitude [Linping-2022]", () => {
    expectFacts("其中，装备制造业、生物医药两大主导产业分别实现工业总产值775.28、112.91亿元，分别同比增长27.3%、20.1%。", [
      { text: "775.28", value: 77528000000, unit: "CNY", kind: "amount" },
      { text: "112.91亿元", value: 11291000000, unit: "CNY" },
      { text: "27.3%", kind: "growth" },
      { text: "20.1%", kind: "growth" },
    ]);
  });

  it("numbers before 、 without 分别 are left alone", () => {
    expectFacts("建设1、2号楼，投资3亿元", [{ text: "3亿元" }]);
  });

  it("the last percentage after 和 keeps the list's growth cue [MOT-2023-10]", () => {
    const facts = expectFacts("同比分别增长31.7%、55.7%、34.0%和60.7%。", [{}, {}, {}, { text: "60.7%" }]);
    expect(facts.map((f) => f.kind)).toEqual(["growth", "growth", "growth", "growth"]);
    expectFactIn("占比分别为31.7%和60.7%", "60.7%", { kind: "share" });
  });
});
