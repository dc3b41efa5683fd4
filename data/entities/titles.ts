// Titles of posts that are printed right before a person's name in reports and news (市委副书记、区长某某).
//
// Written from general knowledge of official post names, not from any report's names:
// - Party and government posts (《党政领导干部选拔任用工作条例》, 《中华人民共和国公务员法》): 书记, 常委, 委员,
//   主任, 主席, the heads of each level (省长 … 乡长, 州长, 盟长, 旗长, 专员), of departments (部长, 厅长, 局长, 司长,
//   署长, 处长, 科长) and their deputies (副…, 常务副… and 代… are covered by the free text a title may start with);
// - the rank titles of civil servants since 2019 (《公务员职务、职级与级别管理办法》): 一级/二级巡视员, 一级至四级
//   调研员, 一级至四级主任科员 (the level words are covered the same way);
// - posts of courts, procuratorates, public institutions and bodies: 院长, 庭长, 检察长, 所长, 站长, 馆长, 校长, 行长,
//   社长, 台长, 总编辑, 主编, 会长, 理事长, 秘书长, 组长, 队长, 指挥长, 总指挥, 政委;
// - company officers (《中华人民共和国公司法》: 董事长, 董事, 监事, 经理) and the usual executive and founder titles
//   (总裁, 总经理, 总监, 首席执行官, 总工程师, 总会计师, 总经济师, 创始人, 合伙人, 厂长, …助理);
// - academic titles: 院士 (中国科学院/中国工程院), 教授, 研究员, 首席科学家;
// - 负责人 and 领导 (市领导某某、某某), and the members of a Party group or leading team (党组成员, 班子成员), as reports
//   print them;
// - the head of a special administrative region (《香港特别行政区基本法》, 《澳门特别行政区基本法》): 行政长官.

/** Base titles; each may also be printed with 副 in front (副署长), listed once here. */
const WITH_DEPUTY =
  "书记 主任 主席 省长 市长 区长 县长 州长 盟长 旗长 镇长 乡长 专员 部长 厅长 局长 司长 署长 处长 科长 秘书长 组长 队长 所长 站长 馆长 校长 院长 庭长 检察长 行长 社长 台长 总编辑 会长 理事长 指挥长 董事长 总经理 总裁 经理 总监 厂长 主委 教授 研究员";

/** Titles without a deputy form of their own. */
const PLAIN =
  "行政长官 党组成员 班子成员 常委 委员 巡视员 调研员 主任科员 总指挥 政委 主编 监事长 监事 董事 首席执行官 首席科学家 总工程师 总会计师 总经济师 创始人 合伙人 助理 院士 负责人 领导";

/** Every title, longest first so the alternation tries 副书记 before 书记 and 董事长 before 董事. */
export const ROLE_TITLES: readonly string[] = [...WITH_DEPUTY.split(" ").flatMap((t) => [`副${t}`, t]), ...PLAIN.split(" ")].sort(
  (a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0),
);
