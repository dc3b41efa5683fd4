import { describe, expect, it } from "vitest";
import { actionWithHeading, findAction } from "../../data/events/action.ts";

describe("findAction", () => {
  it.each([
    [",济宁高新区管委会与小松(中国)投资有限公司签署小松全球智能制造产业基地项目合作协议", "签约"],
    [",2023年“共享发展·创育未来”济宁高新区长三角高质量发展招商推介暨重点项目签约仪式在上海举行", "签约"],
    [",辰欣药业在上海证券交易所主板挂牌上市", "上市"],
    [",总投资达124.7亿元的20个重大项目集中开工", "开工"],
    ["上午,济宁高新区隆重举行2017年第四季度重大项目集中开工仪式", "开工"],
    [",济宁玉柴三款低排量柴油发动机同步下线", "下线"],
    [",全市高质量发展重大项目建设现场推进会召开", "会议"],
    [",山东省重点装备制造业项目推进会举行", "会议"],
    [",济宁高新区实验学校交接仪式举行", "举行"],
    [",济宁高新区又一个基础设施项目幸福河公园正式开园纳客", "开园"],
    ["份,济宁高新区“电子营业执照+移动入网”业务系统正式上线", "上线"],
    [",济宁高新区社区“智慧居家养老”服务项目启动仪式在柳行街道方圆居小区举行", "启动"],
    [",济宁高新区第十三届金秋菊花展在蓼河公园正式开展", "举行"],
    [",顶峰盛世龙单次航程250.3公里,创造2吨级全球航程纪录", "创纪录"],
  ])("findAction(%j) → %s", (clause, action) => {
    expect(findAction(clause)?.action).toBe(action);
  });

  it.each([
    [",济宁高新区聚焦重点项目建设“主战场”,全力推进重点项目开工建设"],
    [",济宁高新区将继续凝心聚力、真抓实干"],
    [",实现地区生产总值43.31亿元,增长4.7%"],
  ])("findAction(%j) → null (plans and results are not happenings)", (clause) => {
    expect(findAction(clause)).toBeNull();
  });
});

describe("actionWithHeading", () => {
  const held = findAction(",济宁高新区海川路北延上跨新兖铁路立交桥转体仪式举行")!;
  it.each([
    ["海川路北延上跨新兖铁路立交桥转体合龙", "合龙"],
    // A heading with only a generic action, a meeting, or none leaves 举行.
    ["济宁高新区实验学校交接仪式举行 又一高品质名校投入使用", "举行"],
    ["金秋时节“菊花盛宴” 济宁高新区第十三届金秋菊花展在蓼河公园开展", "举行"],
    ["2023年制造业单项冠军企业经验交流会在济宁高新区召开", "举行"],
    [null, "举行"],
  ])("actionWithHeading(举行, %j) → %s", (heading, action) => {
    expect(actionWithHeading(held, heading).action).toBe(action);
  });

  it("actionWithHeading keeps a specific clause action whatever the heading says", () => {
    const opened = findAction(",济宁高新区又一个基础设施项目幸福河公园正式开园纳客")!;
    expect(actionWithHeading(opened, "海川路北延上跨新兖铁路立交桥转体合龙").action).toBe("开园");
  });
});
