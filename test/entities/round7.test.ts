import { describe, it } from "vitest";
import { expectFound, expectNotFound, type Found, type NotFound } from "./rules/cases.ts";

// Entity round 7 (issue 14 item 5), POST HOC: classes missed on the blind sets bench/holdout/entities12 (round 6) and
// bench/holdout/entities13 (round 7, scored once before these rules), each tested on sentences from other reports too.
// entities12: [HK] 李家超期望港粵連成一線 (巴士的報, 2023); [Langxi] 皖垦茶业集团十字工业园 news (安徽农垦, 2010); [Luliang]
// 陆良县人大 news (2022). entities13: [Suqian] 苏州宿迁“1+5”共建园区推介会 (宿迁市广播电视总台, 2023); [Xiangcheng] 项城
// 2017年第一批重点项目集中开工 (中华龙都网, 2017); [Suma] 宿马现代产业园区集中签约 (中安在线/拂晓报, 2012); [Dachuan] 达川区
// 2023 work report; [Huaian] 淮安区重特大项目集中签约 (淮安区报, 2020). Other reports: [Guangling] 广陵区一季度重大项目集中
// 开工 (扬州网, events8); [Dingbian] 定边县重点项目集中开工 (城市经济导报, events7); [Ganzhou] 赣州综保区项目集中开竣工
// (中国青年网, events6); [Dongli] 东丽区重大项目集中开工签约 (北方网, events7); [Foshan] 三水一批项目集中签约动工 (佛山
// 日报, events5); [Lvshunkou] 旅顺口 news (大连天健网, extract); [Junlian] 筠连县招商引资项目集中签约仪式 (中国网, 2023,
// a public copy); [Pingyuan] 德州市领导赴广东海大集团对接 (德州新闻网, 2020, a public copy); [Renda] 人大制度基本知识
// (a public copy, 2014); [Liaozhong] 辽中 start news (entities7); [Langya] 滁州琅琊 news (entities2); [Luojing] 宝山罗泾 news (entities4);
// [Xinjiang] 新疆 news in 上海 (entities3); [Tianshui] 兰洽会天水市签约仪式 (麦积区融媒体中心, events7).

const FOUND: Found[] = [
  // Outlets: the source line's words ending in 网/报/总台, and the paper or site before 讯 in a lead.
  ["a city's broadcaster [Suqian]", "2023年08月20日08:26　来源：宿迁市广播电视总台", "宿迁市广播电视总台", "institution"],
  ["a site after 来源 [Xiangcheng]", "来源：中华龙都网　2017-03-17 10:20:19", "中华龙都网", "institution"],
  ["a district paper after 来源 [Huaian]", "2020年08月11日10:25　来源：淮安区报", "淮安区报", "institution"],
  ["a youth site after 来源 [Ganzhou]", "来源：中国青年网", "中国青年网", "institution"],
  ["a guide paper after 来源 [Dingbian]", "来源：城市经济导报", "城市经济导报", "institution"],
  ["a site before a stamp [Lvshunkou]", "来源:大连天健网", "大连天健网", "institution"],
  [
    "a site between bars [Junlian]",
    "发布时间:2023-12-27 14:27:11 | 来源:中国网 | 作者:筠连县委统战部 | 责任编辑:赵茜",
    "中国网",
    "institution",
  ],
  [
    "a county media centre [Jianghua]",
    "来源:江华融媒体中心 作者:蒋林锋 钟芳玲 实习生:潘嘉诚 编辑:刘翥 2021-03-01 16:43:19",
    "江华融媒体中心",
    "institution",
  ],
  ["a paper before 讯 [Suma]", "拂晓报讯　10月17日下午，宿马现代产业园区集中签约一批项目。", "拂晓报", "institution"],
  [
    "a site before 讯 [Guangling]",
    "扬州网讯（记者 吴涛 羌伊然） 昨天上午，广陵区举行一季度重大项目集中开工活动。",
    "扬州网",
    "institution",
  ],
  ["a daily before 讯 [Foshan]", "佛山日报讯 记者郑泽聪、李静报道：不负春光。", "佛山日报", "institution"],
  ["a site before 讯： [Dongli]", "天津北方网讯：2月10日，东丽区重大项目集中开工签约。", "天津北方网", "institution"],
  [
    "a short paper before 讯 [Dingbian]",
    "城经报讯 10月9日，陕西省榆林市定边县举行2023年第四季度重点项目集中开工活动。",
    "城经报",
    "institution",
  ],
  [
    "a city's news site before 讯 [Pingyuan]",
    "德州新聞網訊(平原融媒記者 張麗)7月16-17日，德州市委書記李猛赴廣東海大集團對接交流。",
    "德州新聞網",
    "institution",
  ],
  [
    "a district media centre before 讯 [Tianshui]",
    "麦积区融媒体中心讯（记者 龙云飞 丁启）7月9日上午，第二十七届兰洽会天水市招商引资项目推介暨签约仪式在兰州富力万达文华酒店隆重举行",
    "麦积区融媒体中心",
    "institution",
  ],
  // Venues: a hotel, a conference centre.
  [
    "a hotel as the venue [Tianshui]",
    "麦积区融媒体中心讯（记者 龙云飞 丁启）7月9日上午，第二十七届兰洽会天水市招商引资项目推介暨签约仪式在兰州富力万达文华酒店隆重举行",
    "兰州富力万达文华酒店",
    "place",
  ],
  ["a guesthouse as the venue [Huaian]", "8月8日上午，我区在淮安宾馆中华厅举行重特大项目集中签约仪式。", "淮安宾馆", "place"],
  // 同 right after a verb opens a name (a verb takes an object, not a conjunction).
  [
    "a subdistrict opening with 同 after 参加 [Luliang]",
    "张勤勇、胡燕、骆德刚、朱斌红等县级领导分别参加同乐街道、三岔河镇、板桥镇、大莫古镇代表团讨论",
    "同乐街道",
    "place",
  ],
  // A given name ending in 和, after a title, before 等.
  ["a name ending in 和 [Langxi]", "郎溪县委书记邵建华、县委副书记刘家和等领导同志以及园区部分企业家代表参加了仪式。", "刘家和", "person"],
  // A writer after the office's name in a credit.
  ["a writer after the office [Luliang]", "作者：办公室 冯晶玲", "冯晶玲", "person"],
  // 香港特区 / 澳门特别行政区 as places.
  ["香港特區 as a place [HK]", "他期望香港特區與廣東省和各個灣區城市連成一線", "香港特區", "place"],
  ["澳门特别行政区 in a list [Renda]", "以及香港、澳门特别行政区和台湾省的全国人大代表组成", "澳门特别行政区", "place"],
  // A company's short name before its head's title and name, and in a list of investors.
  ["a short name before 董事长 [Suqian]", "苏大天宫董事长袁方说：“我们苏大天宫在苏宿园区还落户了科创中心。”", "苏大天宫", "company"],
  [
    "a short name before 等…投资商 [Langxi]",
    "孙国安总经理代表十字工业园与郎溪鑫科电子等5家浙江投资商进行了签约",
    "郎溪鑫科电子",
    "company",
  ],
  // Level bodies in a 代表 clause stay bodies.
  ["市人大 in a 代表 clause [Xiangcheng]", "任哲代表市委、市人大、市政府、市政协向8个重点项目的集中开工表示祝贺。", "市人大", "government"],
  ["市政府 in a 代表 clause [Xiangcheng]", "任哲代表市委、市人大、市政府、市政协向8个重点项目的集中开工表示祝贺。", "市政府", "government"],
  [
    "a list item opening with 和 still counts [Liaozhong]",
    "集中开工的辽宁百岁国际家居建材工业园、辽宁荣信沐樾府、和世泰钛材加工中心等20个重点项目",
    "辽宁荣信沐樾府",
    "project",
  ],
];

const NOT_FOUND: NotFound[] = [
  [
    "two projects joined by 和 are not one [Danzhou]",
    "此次集中开工的项目分别是：西部众人海鲜广场项目、幸福汇商业广场项目、市老机关幼儿园拆除重建等10个学前教育项目、兰洋镇大塘村美丽乡村项目和儋州·新福城商业街项目。",
    "兰洋镇大塘村美丽乡村项目和儋州·新福城商业街项目",
  ],
  ["本报讯 names no outlet [Foshan]", "本报讯 3月8日，三水一批项目集中签约动工。", "本报"],
  [
    "an office as the writer is no person [Junlian]",
    "发布时间:2023-12-27 14:27:11 | 来源:中国网 | 作者:筠连县委统战部 | 责任编辑:赵茜",
    "统战部",
  ],
  ["刘家 is cut from 刘家和 [Langxi]", "郎溪县委书记邵建华、县委副书记刘家和等领导同志以及园区部分企业家代表参加了仪式。", "刘家"],
  ["a name and a verb before 港 are no port [HK]", "李家超期望港粵連成一線　將大灣區發展推向更高台階", "李家超期望港"],
  ["a verb before 粤港 is no port [HK]", "王偉中主持粵港合作", "主持粵港"],
  ["the idiom 真金白银 holds no city [Dachuan]", "在全市率先出台稳增长“40条”措施，1.2亿元真金白银直达惠企。", "白银"],
  ["a hotel's hall is no department [Huaian]", "8月8日上午，我区在淮安宾馆中华厅举行重特大项目集中签约仪式。", "淮安宾馆中华厅"],
  [
    "a title's 副 is no company [Langya]",
    "开工现场，吴劲宣布项目开工，胡春华致辞，九华华源药业常务副总裁方一华代表开工企业发言。",
    "九华华源药业常务",
  ],
  ["a division is no company [Luojing]", "中国宝武宝信软件副总经理张雷，IDC事业部总经理毛淑华，宝地长江口", "IDC事业部"],
  ["该公司 is no company's name [Xinjiang]", "该公司副总裁王瑞宇介绍，企业主营范围是冶金", "该公司"],
];

describe("entity round 7, post hoc (issue 14 item 5)", () => {
  it.each(FOUND)("%s", (_label, sentence, name, type, role) => expectFound(sentence, name, type, role));
  it.each(NOT_FOUND)("%s", (_label, sentence, words) => expectNotFound(sentence, words));
});
