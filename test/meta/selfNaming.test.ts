// Sentences from real reports: 修水县 signing news (九江日报/修水县政府网, 2023), 房县 2021 Q1 project-start live page
// (十堰), 玉溪日报 2017-05-04 (园区经济). The level words of a title and the body decide which places rival the leader.
import { describe, expect, it } from "vitest";
import { inferRegion } from "../../data/meta/region.ts";
import { titleLevel } from "../../data/meta/selfNaming.ts";

describe("titleLevel", () => {
  it.each([
    ["我县与深圳市华晖集团有限公司签约", ["county"]],
    ["全市园区经济保持较快增长", ["prefecture", "county"]],
    ["我省召开重大项目建设推进会", ["province"]],
    ["荆州开发区16个重点项目集中开工 总投资48.3亿", null],
    ["", null],
  ])("%s → %j", (title, levels) => {
    expect(titleLevel(title)).toEqual(levels);
  });
});

describe("inferRegion at the level a report speaks at", () => {
  it("takes the county a 我县 headline speaks for, though the body names its city more", () => {
    const text =
      "我县与深圳市华晖集团有限公司签约\n\n4月28日上午，我县与深圳市华晖集团有限公司签约仪式在九江市举行。市委副书记、市长蒋文定出席并致辞。" +
      "市政府副市长、九江经开区党工委书记陈水连主持仪式。深圳市华晖集团有限公司董事长黄志辉代表投资方发言。县委副书记、县长刘婕，县政府副县长卢礼衡出席。\n\n" +
      "蒋文定说，此次茧丝绸全产业链项目落户修水，着力打造九江农业产业化的示范工程。继续加大在修水、在九江的投资力度，深化与九江企业的务实合作。" +
      "特别是修水县，要进一步增强服务意识，真正让企业在九江放心投资。\n\n刘婕说，我县与企业方高频互动。修水种桑养蚕历史悠久，有5万余亩高效桑园。";
    const { region, basis } = inferRegion({ text, title: "我县与深圳市华晖集团有限公司签约" });
    expect(region?.name, basis).toBe("修水县");
    expect(basis).toContain("title speaks");
  });

  it("does not let a firm's home city named in a county's news tie with the county", () => {
    const text =
      "9:50\n北京忠和酒业二期（扩能）项目开工\n9:50\n城区老旧片区改造项目开工\n9:35\n开工现场\n" +
      "据了解，今年第一季度集中开工的重大项目共有12个，总投资58亿元。其中重大产业转型升级类6个，投资39亿元；重大基础设施建设类3个，" +
      "投资11亿元；重大社会民生建设2个，投资7亿元；重大生态环境建设1个，投资1亿元。\n" +
      "开工仪式主现场设立在西南农产品物流园项目，4个分现场分别是鑫资再生铅第三条生产线、忠和酒业二期扩能、城区老旧片区改造项目。\n" +
      "9:25\n县委书记蔡贤忠宣布全县2021年第一季度重大项目集中开工\n9:10\n县委副书记、县长纪道清致辞\n9:00\n县委常委、常务副县长陈刚主持仪式\n" +
      "8:50\n3月1日上午\n房县举行了2021年春季重大项目集中开工仪式\n房县本次集中开工项目12个，项目总投资58亿元";
    const { region, basis } = inferRegion({ text, title: "" });
    expect(region?.name, basis).toBe("房县");
  });

  it("keeps a tie between two places of the report's level", () => {
    const text =
      "一季度项目集中开工\n\n全县重大项目集中开工。修水县开工项目12个，总投资58亿元。房县开工项目12个，总投资58亿元。" +
      "修水县和房县县委、县政府主要负责人出席。";
    const { region, basis } = inferRegion({ text, title: "" });
    expect(region, basis).toBeNull();
    expect(basis).toMatch(/^tied/);
  });

  it("takes the city of a 全市 headline over its one zone named in the body", () => {
    const text =
      "全市园区经济保持较快增长\n\n统计显示，一季度全市工业园区和高新区完成工业总产值227.5亿元，同比增长12.6%。" +
      "园区经济成为全市工业经济稳增长的重要支撑。\n\n截至一季度，玉溪高新区和六个省级工业园区完成工业产值184.3亿元。" +
      "国家级玉溪高新区完成工业产值占比达41%。玉溪市工业园区入园企业达3636户。";
    const { region, basis } = inferRegion({ text, title: "全市园区经济保持较快增长" });
    expect(region?.name, basis).toBe("玉溪市");
  });
});
