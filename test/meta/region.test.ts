// Region inference on real titles and openings of reports from several provinces and levels. Sources
// (title, publisher, year) are in the comment of each case; the held-out set is bench/holdout/regions/.
import { describe, expect, it } from "vitest";
import { inferRegion } from "../../data/meta/region.ts";
import { regionPath } from "../../data/regions/model.ts";

function explain(text: string, title: string) {
  const r = inferRegion({ text, title });
  return { path: r.region ? regionPath(r.region) : null, basis: r.basis };
}

describe("inferRegion: titles", () => {
  const cases = [
    // 2024年省市级政府工作报告汇编 (table of contents), sucai198.com, 2024.
    ["安徽省政府工作报告", "安徽省"],
    ["广西壮族自治区政府工作报告", "广西壮族自治区"],
    ["内蒙古自治区政府工作报告", "内蒙古自治区"],
    ["宁夏回族自治区政府工作报告", "宁夏回族自治区"],
    ["双鸭山市政府工作报告", "黑龙江省/双鸭山市"],
    // Titles quoted in public analyses and scrapers: 黑河市统计局 2026, 二连浩特市 2015, 闽侯县 2015, 福田区 2024, 天津市统计局 2025.
    ["2025年黑河市国民经济和社会发展统计公报", "黑龙江省/黑河市"],
    ["2014年二连浩特市国民经济和社会发展统计公报", "内蒙古自治区/锡林郭勒盟/二连浩特市"],
    ["2014年闽侯县国民经济和社会发展统计公报", "福建省/福州市/闽侯县"],
    ["深圳市福田区2023年国民经济和社会发展统计公报", "广东省/深圳市/福田区"],
    ["2024年天津市国民经济和社会发展统计公报", "天津市"],
    // 子洲县统计局, 2024-04-15 (year in Chinese numerals).
    ["子洲县二〇二三年国民经济和社会发展统计公报", "陕西省/榆林市/子洲县"],
    ["《2025年遵义市政府工作报告》", "贵州省/遵义市"],
    // Zones by their short names.
    ["济宁高新区书写高质量发展新答卷", "山东省/济宁市/济宁高新技术产业开发区"],
    ["济宁经开区以“产业立区、制造强区、特色兴区”", "山东省/济宁市/济宁经济技术开发区"],
    ["长春净月高新区2023年工作总结", "吉林省/长春市/长春净月高新技术产业开发区"],
    ["黔东南州2024年政府工作报告", "贵州省/黔东南苗族侗族自治州"],
    ["兴安盟2023年国民经济和社会发展统计公报", "内蒙古自治区/兴安盟"],
  ] as const;
  it.each(cases)("%s → %s", (title, path) => {
    const got = explain("", title);
    expect(got.path, got.basis).toBe(path);
    expect(got.basis).toMatch(/^title: /);
  });
});

describe("inferRegion: texts without a telling title", () => {
  const cases = [
    {
      // 荆楚网(湖北日报网), 2024-01-09: the publication line names the province, the text the prefecture.
      text: "荆楚网(湖北日报网)讯(记者税浪、杨宝 通讯员张莉)1月9日上午,恩施州第九届人民代表大会第三次会议在州文化中心开幕。\n开幕大会由胡超文主持,州长夏锡璠代表州人民政府向大会报告工作。\n夏锡璠说,2023年充满挑战,富有成效。全州上下坚持以习近平新时代中国特色社会主义思想为指导,在州委的坚强领导下,恩施形象秀出新风采。报告指出,2024年,恩施州将坚持稳中求进。",
      path: "湖北省/恩施土家族苗族自治州",
    },
    {
      // 市高新区 with no city named anywhere: never a default city (xgnews.cn).
      text: "近日,市人大常委会主任周先来到市高新区调研高新技术企业发展情况。他强调,市高新区要找准发展定位,发挥自身优势,聚焦优化营商环境。",
      path: null,
    },
    {
      // 16 zones of one city, none named (te-ch.tech).
      text: "一是项目投资多。16个高新区重大项目开工382个,总投资1269.4亿元、同比增长10.5%。三是产业能级高。高新技术企业2182家、占全市34.4%。",
      path: null,
    },
    {
      // The national category, not a zone (商务部 via txbg.a899.cn, 2024).
      text: "商务部公布了2024年国家级经济技术开发区综合发展水平考核评价结果。2023年,国家级经开区实现地区生产总值14.8万亿元,同比增长5.6%。东部地区国家级经开区拥有主营业务收入30亿元以上制造业企业共1878家。",
      path: null,
    },
    {
      // A bare 高新区 in a report about another city's zone resolves to that city's zone (长沙 news, xinnengyuan100.com).
      text: "长沙高新技术产业开发区陈大庆副主任表示,长沙高新区是全国首批国家级高新技术产业开发区,其互联网等高新技术产业的年产值占全市产值70%以上。高新区将共同促进两地产业投资交流与合作。",
      path: "湖南省/长沙市/长沙高新技术产业开发区",
    },
    {
      // A district report naming itself only by its short name (渝中区政府工作报告 2024, bx2200.com).
      text: "各位代表!力量源于团结,实干标注实绩。渝中发展取得的成绩,是区人大、区政协和社会各界监督支持的结果,是全区干部群众凝心聚力的结果。向所有关心关注渝中建设、参与支持渝中发展的兄弟区县表示衷心感谢!",
      path: "重庆市/渝中区",
    },
    {
      // …市人民政府 inside a zone's report does not move it to the city (seed 004).
      text: "2023年9月26日,在省市主要领导见证下,长城控股集团下属长城重工有限公司与山东省济宁市人民政府签署合作协议,长城重工全产业链落户济宁国家高新区。济宁高新区聚焦“又高又新”主责主业。高新区全年新签约项目37个。",
      path: "山东省/济宁市/济宁高新技术产业开发区",
    },
    {
      // Traditional characters: 廣東 read as 广东 (廣東省長黃華華 news, forum copy 9.gdgda.com).
      text: "廣東省長黃華華今天指出,今年1至10月,廣東的GDP比去年同期成長14.7%,預計全年可達3900億美元。\n他說,根據台灣以今年經濟成長率4%至5%的預測值計算,台灣今年的GDP約為3700億至3800億美元。換言之,台灣今年內將首度被廣東超越,成為被廣東追上的「第三隻小龍」。\n至此,廣東追趕「四小龍」15年,經濟總量已超其三。廣東GDP於1998年首先超過新加坡;2003年超過香港。",
      path: "广东省",
    },
    {
      // A paper named after its home (香港商報網訊) reporting on a district of 绵阳: never 香港 (香港商報,
      // 2019-02-19, traditional characters; also in bench/holdout/indicators2, whose score is the indicator table's).
      text: "【香港商報網訊】2月19日,綿陽市涪城區第六屆人民代表大會第四次會議在綿陽市委黨校知行堂主會議廳隆重開幕。大會由主席團常務主席、執行主席鄭志恆主持,代區長鄧輝作政府工作報告。\n鄧輝在報告中說,2018年涪城全區經濟社會發展取得顯著成效。區屬地區生產總值達到379.95億元、增長9.3%;全社會固定資產投資207.11億元、增長13.1%;規模以上工業增加值增長11.5%;社會消費品零售總額實現206.36億元、增長12.1%;地方一般公共預算收入20.84億元、增長9.7%;城鎮居民人均可支配收入實現36671元、增長8.1%,農村居民人均可支配收入實現19669元、增長9.0%。轄區經濟連續第7年進入全省「十強縣」前三甲,獲評全省縣域經濟發展先進縣,入選2018年全國投資潛力百強區、全國工業百強區。",
      path: "四川省/绵阳市/涪城区",
    },
    {
      // The second web page of a county-level city's report (荥阳市2025年政府工作报告, bx2200.com/baogao/huazhong/
      // 12483_2.html): no title; its province and prefecture are named around it, itself once.
      text: "二、2025年工作总体要求和主要目标\n今年是“十四五”规划实施收官之年。做好政府工作,要坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻习近平总书记对河南及郑州工作的重要论述,认真落实省委十一届八次全会暨省委经济工作会议、郑州市委十二届七次全会暨市委经济工作会议精神,按照市委六届八次全会暨市委经济工作会议部署,坚持稳中求进工作总基调,开创中国式现代化建设荥阳实践新局面。\n主要预期目标是:地区生产总值增长6%左右;规上工业增加值增长10%以上;固定资产投资增长8%。",
      path: "河南省/郑州市/荥阳市",
    },
    {
      // A county's targets page (正定县2025年政府工作报告, bx2200.com/baogao/hb/11724_2.html): 河北 and 石家庄 around it.
      text: "2025年发展目标和重点工作\n今年政府工作的总体要求是:全面贯彻习近平总书记视察河北、视察石家庄重要讲话和重要指示精神,认真落实省委十届历次全会和市委十一届七次、八次全会精神,按照县委十二届七次、八次全会部署,为加快建设现代化、国际化美丽省会城市,加快建设经济强省、美丽河北贡献正定力量。\n2025年主要预期目标是:地区生产总值增长6%以上,固定资产投资增长7%左右。",
      path: "河北省/石家庄市/正定县",
    },
    {
      // 在省委、省政府和市委的坚强领导下 names the superior's bodies: the text still speaks as a city (安庆市政府
      // 工作报告 2025 opening, bx2200.com/baogao/huadong/11679.html; its title line left out).
      text: "各位代表:\n一年来,我们始终坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻习近平总书记考察安徽重要讲话重要指示批示精神,在省委、省政府和市委的坚强领导下,在市人大、市政协的监督支持下,统筹做好改革发展稳定各项工作。\n这一年,全年GDP增长6%,总量跨过3000亿元历史性节点,进一步激发了全市上下“进百强、上台阶”的磅礴力量,给安庆发展带来了难得的历史机遇。",
      path: "安徽省/安庆市",
    },
  ];
  it.each(cases)("$path", ({ text, path }) => {
    const got = explain(text, "");
    expect(got.path, got.basis).toBe(path);
  });
});
