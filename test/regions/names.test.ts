// Naming rules of the region model: full and short names by rule, checked on the reference data.
import { describe, expect, it } from "vitest";
import { regionIndex, regionPath } from "../../data/regions/model.ts";
import { divisionForms, regionLabel, zoneForms } from "../../data/regions/names.ts";

describe("divisionForms", () => {
  it.each([
    ["内蒙古自治区", "province", ["内蒙古自治区", "内蒙古"], []],
    ["宁夏回族自治区", "province", ["宁夏回族自治区", "宁夏"], []],
    ["新疆维吾尔自治区", "province", ["新疆维吾尔自治区", "新疆"], []],
    ["香港特别行政区", "province", ["香港特别行政区", "香港"], []],
    ["山东省", "province", ["山东省", "山东"], []],
    ["黔东南苗族侗族自治州", "prefecture", ["黔东南苗族侗族自治州", "黔东南州", "黔东南"], []],
    ["恩施土家族苗族自治州", "prefecture", ["恩施土家族苗族自治州", "恩施州", "恩施"], []],
    ["兴安盟", "prefecture", ["兴安盟"], []],
    ["大兴安岭地区", "prefecture", ["大兴安岭地区", "大兴安岭"], []],
    ["济宁市", "prefecture", ["济宁市", "济宁"], []],
    ["海淀区", "county", ["海淀区"], ["海淀"]],
    ["长阳土家族自治县", "county", ["长阳土家族自治县", "长阳县"], ["长阳"]],
    ["市中区", "county", ["市中区"], []],
  ] as const)("%s (%s)", (name, level, strong, weak) => {
    expect(divisionForms(name, level)).toEqual({ strong, weak });
  });
});

describe("zoneForms and regionLabel", () => {
  it("derives short forms by rule, with 国家 and without the host's name", () => {
    const forms = zoneForms("惠州仲恺高新技术产业开发区", ["广东", "惠州"]).strong;
    expect(forms).toEqual(expect.arrayContaining(["惠州仲恺高新区", "仲恺高新区", "惠州仲恺国家高新区", "仲恺高新技术产业开发区"]));
    expect(zoneForms("济宁经济技术开发区", ["山东", "济宁"]).strong).toEqual(expect.arrayContaining(["济宁经开区", "济宁国家级经开区"]));
  });

  it.each([
    ["济宁高新技术产业开发区", "zone", "济宁高新区"],
    ["苏州工业园区", "zone", "苏州工业园区"],
    ["黔东南苗族侗族自治州", "prefecture", "黔东南州"],
    ["内蒙古自治区", "province", "内蒙古"],
    ["海淀区", "county", "海淀区"],
  ] as const)("regionLabel(%s) → %s", (name, level, label) => {
    expect(regionLabel(name, level)).toBe(label);
  });
});

describe("the reference data", () => {
  const index = regionIndex();
  it("has every province, prefecture and the national zones with their hosts", () => {
    const count = (level: string) => index.regions.filter((r) => r.level === level).length;
    expect(count("province")).toBe(34);
    expect(count("prefecture")).toBeGreaterThan(330);
    expect(count("county")).toBeGreaterThan(2800);
    expect(count("zone")).toBeGreaterThan(400);
  });

  it.each([
    ["苏州高新区", "江苏省/苏州市/苏州高新技术产业开发区"],
    ["济宁高新区", "山东省/济宁市/济宁高新技术产业开发区"],
    ["长沙经开区", "湖南省/长沙市/长沙经济技术开发区"],
    ["天津西青经开区", "天津市/西青区/天津西青经济技术开发区"],
    ["燕郊高新区", "河北省/廊坊市/三河市/燕郊高新技术产业开发区"],
    ["东湖高新区", "湖北省/武汉市/武汉东湖新技术开发区"],
  ])("%s → %s", (form, path) => {
    const found = index.forms.get(form) ?? [];
    expect(found.map((f) => regionPath(f.region))).toEqual([path]);
  });
});
