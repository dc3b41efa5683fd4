import { describe, it } from "vitest";
import { expectFound, expectNotFound, type Found, type NotFound } from "./cases.ts";

// Boundary words (data/entities/lexicon.ts BOUNDARY_WORDS) seen in reports outside the seeds. Sources:
// [Dongshan] 东山:筑巢引凤添动力 招商引资促发展 (东南网, 2019-11-09, 福建); [Dazhong] 盐城大丰区大中街道聚力项目
// 推进 (中新网江苏, 2023); [Torch] 火炬开发区一季度经济形势分析会 (中山网, 2023-04-27, 广东); [Mawei] 马尾新闻网
// (2015-01-01, 福建); [Pinghe] 平和科技产业园区签约16个项目 (福建); [Shanggao] 上高县2024年政府工作报告 (江西);
// [Tianfu] 天府新区汽车产业发展基本情况 (投资成都, about 2020, 四川); [Chengde] 成都市领导到成德工业园区调研 (德阳
// news, about 2017, 四川); [ChangchunCPPCC] 长春市政协开展提案落实情况跟踪视察 (长春日报, 2018-09-25, 吉林);
// [Zigong] 川南新材料化工园区获批全省首批首位扩区认定 (自贡网, 2024-01-11, 四川); [Suizhou] 随州市青春化工工业园
// 复核认定 (随州日报, 2025, 湖北); [CQScience] 西部(重庆)科学城新闻发布会 (央广网, 2020-09-16, 重庆); [Changchun2006]
// 市政协委员视察长春汽车产业开发区 (长春市发改委, 2006-09-25); [CQDaily] 重庆科学城建设按下"加速键" (重庆日报,
// 2020-01-06); [Haixi] "柴推会"取得丰硕成果 (青海日报, 2007-06-22); [Xining2016] 开发区招商引资实现新突破 (2016-08-04,
// 青海); [Wangcheng] 望城经开区集中签约43个项目 (长沙晚报, 2021-03-25, 湖南); [ChangshaEDZ] 朱忠明出席长沙经开区…集中签约
// 开工竣工仪式 (湖南省人民政府, 2021-01-07); [LanzhouNewArea] 兰州新区管委会第2次调度会议 (兰州新区, 2018-01);
// [Xiangjiang2023] 湖南湘江新区湘商新春恳谈会 (中国高新网, 2023-02-02); [PowerChina] 中国电建与兰州经开区座谈
// (2021-08-31, 甘肃); [LanzhouSign] 兰州市重点招商引资项目视频签约 (2020-02-20, 甘肃); [Danzhai] 毕节地区党政考察团到丹寨
// 考察 (黔东南信息港, 2011-08, 贵州); [Cengong] 黔东南州项目建设年现场观摩会在岑巩召开 (黔东南政府网, 2011-09-06, 贵州); [Dejiang] 商友江带队赴中山市招商考察 (德江县, 2019-04-01, 贵州).

const FOUND: Found[] = [
  ["仍有 and a time word before a project [Dongshan]", "下半年仍有中商盛世通用厂房等6个项目可望开工。", "中商盛世通用厂房", "project"],
  [
    "新投产 before a listed name [Dazhong]",
    "新投产原乡蓝城生活小镇、丰佰智能电气二期、新中德包装等亿元以上项目9个。",
    "原乡蓝城生活小镇",
    "park",
  ],
  [
    "暨 joins two meetings [Torch]",
    "火炬开发区召开2023年一季度经济形势分析会暨民众街道土地整备和基础设施公益公建项目开发建设工作协调推进会",
    "民众街道",
    "place",
  ],
  ["暨南 is a name [Issue14]", "暨南大学附属医院", "暨南大学", "institution"],
  ["带领 after a person [Mawei]", "区委书记、管委会主任、区长许毅青带领镇街、园区、区直相关部门负责人检查", "许毅青", "person"],
  [
    "现已有 before a park [Pinghe]",
    "现已有厦门平和商会创业园、德健温泉大酒店等一批超10亿元的大项目相继落地建设",
    "厦门平和商会创业园",
    "park",
  ],
  [
    "主要有 before a list of companies [Tianfu]",
    "天府新区汽车产业目前主要有跑诗达新能源汽车、成都雅骏新能源汽车、凯翼汽车、四川锐明智通6家公司",
    "跑诗达新能源汽车",
    "company",
  ],
  ["到 after a titled person [Chengde]", "成都市委常委、市总工会主席吴凯到中江县成德工业园区调研园区建设发展情况。", "吴凯", "person"],
  ["到 before a park [Chengde]", "成都市委常委、市总工会主席吴凯到中江县成德工业园区调研园区建设发展情况。", "中江县成德工业园区", "park"],
  ["一行先后深入 before a place [Chengde]", "吴凯一行先后深入兴业新城、恒合工业云制造基地、凯达门业等地", "兴业新城", "place"],
  [
    "认定 after a park [Zigong]",
    "2022年4月，自贡川南新材料化工园区成功认定为全省首批化工园区后，一大批优质项目纷至沓来",
    "自贡川南新材料化工园区",
    "park",
  ],
  [
    "近日 before a park's news [Suizhou]",
    "省经信厅等六部门近日联合发布公告，随州市青春化工工业园被复核认定为全省第一批合格化工园区。",
    "随州市青春化工工业园",
    "park",
  ],
  [
    "的有 before a listed project [Changchun2006]",
    "目前，进驻开发区的有一汽东机减震器、台湾上富汽车电子等众多项目。",
    "一汽东机减震器",
    "project",
  ],
  [
    "a park after a byline's closing bracket [Wangcheng]",
    "（全媒体记者 周斌 通讯员 陈柄丞 王鹏）望城经开区今日举行签约仪式",
    "望城经开区",
    "park",
  ],
  ["the byline's last name [Wangcheng]", "（全媒体记者 周斌 通讯员 陈柄丞 王鹏）望城经开区今日举行签约仪式", "王鹏", "person"],
  ["a name before 现场 [ChangshaEDZ]", "副省长朱忠明现场宣布项目开工。", "朱忠明", "person"],
  ["就 before a park [LanzhouNewArea]", "会上各园区就兰州新区2017年第四季度未开工项目进行了梳理", "兰州新区", "park"],
  ["a group before its 董事局 [Xiangjiang2023]", "上海长沙商会会长、上海远力实业集团董事局主席李青说。", "上海远力实业集团", "company"],
  ["the State Council [PowerChina]", "兰州经开区是国务院批准的甘肃首家国家级经济技术开发区", "国务院", "government"],
  [
    "听取 before a committee [Danzhai]",
    "并在喜湘聚豆制品厂观看了金钟工业区的规划建设宣传展板，听取金钟工业区管委会常务副主任吴展松就项目落户作情况汇报",
    "金钟工业区管委会",
    "government",
  ],
  [
    "前往 before a park [Dejiang]",
    "商友江一行先后前往江门市崖门新财富环保电镀产业园和中山市古镇灯饰产业园",
    "江门市崖门新财富环保电镀产业园",
    "park",
  ],
];

const NOT_FOUND: NotFound[] = [
  [
    "a prefecture's projects are no project's name [Cengong]",
    "9月2日上午，黔东南州项目建设年现场观摩会在岑巩县长冲工业园区一颗印召开",
    "黔东南州项目",
  ],
  ["一路 is no road [Danzhai]", "随后，考察团一路参观了金钟快速通道、兴富祥机械城等施工现场", "团一路"],
  ["察看 swallowed [Danzhai]", "察看九鼎钢结构厂及溢鹏木业有限公司的建设情况", "察看九鼎钢结构厂及溢鹏木业有限公司"],
  [
    "a closing bracket is not in a name [Wangcheng]",
    "（全媒体记者 周斌 通讯员 陈柄丞 王鹏）望城经开区今日举行签约仪式",
    "王鹏）望城经开区",
  ],
  ["就 swallowed [LanzhouNewArea]", "会上各园区就兰州新区2017年第四季度未开工项目进行了梳理", "会上各园区就兰州新区"],
  ["a board is no office [Xiangjiang2023]", "上海长沙商会会长、上海远力实业集团董事局主席李青说。", "上海远力实业集团董事局"],
  ["首家 swallowed [PowerChina]", "兰州经开区是国务院批准的甘肃首家国家级经济技术开发区", "甘肃首家国家级经济技术开发区"],
  ["a bare class of zone names nothing [PowerChina]", "兰州经开区是国务院批准的甘肃首家国家级经济技术开发区", "经济技术开发区"],
  ["a modifier before 陆港 [LanzhouSign]", "打造形成以依托国际贸易港产业为主的高品质陆港金融产业中心", "高品质陆港"],
  ["的有 swallowed [Changchun2006]", "目前，进驻开发区的有一汽东机减震器、台湾上富汽车电子等众多项目。", "有一汽东机减震器"],
  ["选址 swallowed [CQDaily]", "该中心选址科学城西永片区西永微电园，双方将携手打造鲲鹏计算产业生态体系", "该中心选址科学城"],
  [
    "a listed clause is no company [Haixi]",
    "海西蒙古族藏族自治州州属市、县、行委的负责同志分别与39家企业和客商共签约项目39个",
    "行委的负责同志分别与",
  ],
  ["a product is no trade-word company [Xining2016]", "成功引进了华泰年产15万辆新能源汽车及锂电材料、锂电池配套项目", "锂电材料"],
  ["集成电路 is no road [CQScience]", "西部（重庆）科学城未来将聚焦集成电路、人工智能、大数据、5G应用等新一代信息技术", "集成电路"],
  [
    "人工智能 is an industry, not a company [CQScience]",
    "西部（重庆）科学城未来将聚焦集成电路、人工智能、大数据、5G应用等新一代信息技术",
    "人工智能",
  ],
  ["主要有 swallowed [Tianfu]", "天府新区汽车产业目前主要有跑诗达新能源汽车、凯翼汽车、四川锐明智通6家公司", "主要有跑诗达新能源汽车"],
  ["到 swallowed [Chengde]", "市总工会主席吴凯到中江县成德工业园区调研", "吴凯到中江县成德工业园区"],
  ["一行先后深入 swallowed [Chengde]", "吴凯一行先后深入兴业新城、恒合工业云制造基地、凯达门业等地", "深入兴业新城"],
  ["进驻 swallowed [ChangchunCPPCC]", "高科技产业进驻新区发展，营造了良好的创业环境", "进驻新区"],
  ["the time word is not in the name [Dongshan]", "下半年仍有中商盛世通用厂房等6个项目可望开工。", "下半年仍有中商盛世通用厂房"],
  [
    "a township's works are not a named project [Torch]",
    "分析会暨民众街道土地整备和基础设施公益公建项目开发建设工作协调推进会",
    "民众街道土地整备和基础设施公益公建项目",
  ],
];

describe("boundary words before names", () => {
  it.each(FOUND)("%s", (_label, sentence, name, type) => expectFound(sentence, name, type));
  it.each(NOT_FOUND)("%s", (_label, sentence, words) => expectNotFound(sentence, words));
});
