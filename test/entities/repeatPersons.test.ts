import { describe, expect, it } from "vitest";
import { mentionsWithTrace } from "./helpers.ts";

// A person named with a title, then bare. Source: [Dushan] 龙长春到独山县调研项目建设 (人民网·党建, 2013-10-16, 贵州).

const TEXT =
  "9月3日，秋雨绵绵，州委书记龙长春在州委常委、州委秘书长向忠雄的陪同下，冒雨到独山县经济开发区调研项目建设发展情况。" +
  "龙长春一行先后深入独山经济开发区微型马达厂和城市综合体、科技园、润扬棒球厂等实地考察。";

describe("repeatedPersons", () => {
  it("finds the titled person and the next one after 在 [Dushan]", async () => {
    const { mentions, readable } = await mentionsWithTrace(TEXT, null);
    const persons = mentions.filter((m) => m.type === "person").map((m) => m.text);
    expect(persons, readable).toEqual(["龙长春", "向忠雄", "龙长春"]);
  });

  it("reads the bare name as the person, not the city inside it [Dushan]", async () => {
    const { mentions, readable } = await mentionsWithTrace(TEXT, null);
    expect(
      mentions.filter((m) => m.text === "长春"),
      readable,
    ).toEqual([]);
  });
});
