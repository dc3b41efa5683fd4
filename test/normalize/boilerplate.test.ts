import { describe, expect, it } from "vitest";
import { isBoilerplate } from "../../data/normalize/index.ts";

describe("isBoilerplate", () => {
  it.each([
    "扫码下载齐鲁壹点",
    "找记者 上壹点",
    "编辑：晋森 组版：李腾 校对：丁安顺",
    "责任编辑：张三",
    "来源：吴川融媒　发布时间：2023-03-28 22:44",
    "来源： 天津北方网 时间： 2022-02-12 09:03:16",
    "来源：广西日报 2022-01-13",
    "（完）",
    "长按识别二维码关注",
  ])("isBoilerplate(%j) is true", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "济宁经开区发挥区位优势，加速产业集聚成型。",
    "通讯员 王婷",
    // A source line without a stamp is the page's front matter: the outlet is kept for the entities.
    "来源：济宁日报",
    "来源：水母网　通讯员 马兴才",
    "全覆盖推广物业“扫码即办”工作,及时受理群众诉求,提升居住体验。",
    "编辑出版工作有序推进。",
    "完成城乡公益性岗位上岗462人，超额完成年度任务。",
    `编辑：${"很长的正文".repeat(20)}`,
  ])("isBoilerplate(%j) is false", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});
