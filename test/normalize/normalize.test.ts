import { describe, expect, it } from "vitest";
import { normalizeText } from "../../data/normalize/index.ts";
import { SEED_FILES, seedText } from "../fixtures/seeds.ts";

describe("normalizeText", () => {
  it("normalizeText(seed 000) drops the app prompt and editorial credits into `dropped`", () => {
    const n = normalizeText(seedText("000_ffb5c2e5c6763d0c.txt"));
    expect(n.dropped).toEqual(["扫码下载齐鲁壹点", "找记者 上壹点", "编辑：晋森 组版：李腾 校对：丁安顺"]);
    expect(n.text).not.toMatch(/扫码|组版/);
    expect(n.text.endsWith("全年任务完成率55.6%。")).toBe(true);
  });

  it.each(SEED_FILES)("normalizeText(%s) separates paragraphs by exactly one blank line, with no edge whitespace", (file) => {
    const { text } = normalizeText(seedText(file));
    expect(text).not.toMatch(/\n{3,}|\r|[ \t\u3000]\n|\n[ \t\u3000]/);
    expect(text).toBe(text.trim());
    expect(text.split("\n").filter((_, i) => i % 2 === 1)).toEqual(
      text
        .split("\n")
        .filter((_, i) => i % 2 === 1)
        .map(() => ""),
    );
  });

  it.each([
    ["000_ffb5c2e5c6763d0c.txt", "实施挂图作战、定期调度"],
    ["000_ffb5c2e5c6763d0c.txt", "基金，创新“小股权+大债权”投贷联动模式"],
    ["000_ffb5c2e5c6763d0c.txt", "1个人才项目参评省重点扶持区域引进急需紧缺人才"],
    ["001_dd31bf420b4d610c.txt", "创新项目招引、要素保障、项目包保工作思路模式"],
    ["001_dd31bf420b4d610c.txt", "完成红星7号口袋公园、保利口袋公园"],
    ["002_e70ec2d6cbeccfa8.txt", "柳行街道“杨家河科技产业园”"],
    ["002_e70ec2d6cbeccfa8.txt", "加速项目投产达效"],
    ["003_38f6dc02bb8fa8db.txt", "内环高架快速路(高新段)建成通车"],
    ["003_38f6dc02bb8fa8db.txt", "探索“乡村振兴合伙人”等新路子"],
  ])("normalizeText(%s) rejoins %j", (file, joined) => {
    expect(normalizeText(seedText(file)).text).toContain(joined);
  });

  it("normalizeText keeps full-width characters and <script> as written", () => {
    const raw = '页面中出现<script>alert("x")</script>这样的标签。\r\n\r\n增长４．７％。';
    expect(normalizeText(raw)).toEqual({ text: '页面中出现<script>alert("x")</script>这样的标签。\n\n增长４．７％。', dropped: [] });
  });

  it("normalizeText(only whitespace) is empty", () => {
    expect(normalizeText(" \r\n\u3000\n\t")).toEqual({ text: "", dropped: [] });
  });

  it("normalizeText(non-string) throws a TypeError", () => {
    expect(() => normalizeText(undefined as unknown as string)).toThrow(TypeError);
  });
});
