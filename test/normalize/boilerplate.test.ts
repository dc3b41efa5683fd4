import { describe, expect, it } from "vitest";
import { isBoilerplate } from "../../data/normalize/index.ts";

describe("isBoilerplate", () => {
  it.each([
    "扫码下载齐鲁壹点",
    "找记者 上壹点",
    "编辑：晋森 组版：李腾 校对：丁安顺",
    "责任编辑：张三",
    "来源：济宁日报",
    "（完）",
    "长按识别二维码关注",
  ])("isBoilerplate(%j) is true", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "济宁经开区发挥区位优势，加速产业集聚成型。",
    "通讯员 王婷",
    "全覆盖推广物业“扫码即办”工作,及时受理群众诉求,提升居住体验。",
    "编辑出版工作有序推进。",
    "完成城乡公益性岗位上岗462人，超额完成年度任务。",
    `编辑：${"很长的正文".repeat(20)}`,
  ])("isBoilerplate(%j) is false", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});
