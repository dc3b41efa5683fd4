import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findMentions } from "../../data/entities/find.ts";
import { docFromText } from "./helpers.ts";
import { expectFound, expectNotFound, type Found, type NotFound } from "./rules/cases.ts";

// Entity round 4 (issue 14 item 5): the classes missed on the tune set bench/holdout/entities8 and the post-hoc misses of
// entities7, each tested on sentences from other reports too (a few cut at a clause end). Set A (entities8): [SuniteLeft]
// 2022年苏尼特左旗人民政府工作报告, [Changle] 长乐区十七届人大五次会议开幕 (长乐新闻网, 2021), [Dezhou] 德州2023年春季重大
// 项目集中开工 (大众网, 2023), [Macao] 澳門貿易投資促進局 news (繁体, 2016), [Alxa] 阿拉善盟2020年統計公報 (繁体). Other
// reports: [Ningbo] 宁波市十三届人大六次会议隆重开幕 (中国宁波网, 2011); [Heping] 瀋陽市和平區第十九屆人民代表大會第一次會議
// 開幕 (國際在線遼寧頻道, 2021, 繁体); [Chenzhou] 華新郴州公司水泥面市 (繁体, 2010); [Chaohu] 合肥市益龍金屬新材料有限公司
// 年產10萬噸金屬新材料項目奠基 (繁体, 2019); [Ali] 阿里地区行政公署工作规则 (2021); [Zhenglan] 2022年正蓝旗人民政府工作报告;
// [Xilingol] 锡林郭勒盟商务局 news (2023); [Liupanshui] 六盤水市集中開工 (繁体, 2015); [Guoluo] 果洛州2018年政府工作报告 and
// [Jiefang] 解放区2024年政府工作报告 (regions hold-out set); [Hunan], [Gansu], [Tianjin] 2026年政府工作报告 (indicators
// hold-out set); [Jiangxi], [Yunnan], [NeiMenggu] 2026年政府工作报告 and [Jinxian] 进贤县2019年政府工作报告 (indicators3);
// [Liaoning] 2026年辽宁省政府工作报告 (indicators4); [Xinjiang] 新疆 expo news (entities3); [Keshan] 克山县 news (entities2); [Fuzhou] 江西撫州市舉行臺商創業園落戶金巢簽約儀式 (台湾网, 2012;
// entities7, post hoc); [Huimin] 呼和浩特市回民區舉辦2021年重大項目集中開工動員大會 (人民網內蒙古頻道, 2021, 繁体); [Ningxia] 全区2023年第一批重大项目集中开工
// (宁夏日报, 2023; entities3); [Qiannan] 黔南 start news (events2); [Longhua] 龙华区 news (深圳新闻网, 2018; indicators2); [Jingzhou], [Xiushui], [Liaozhong], [Hannan] from the final blind set entities7, used only after
// its single score (post hoc); [Liping] 黎平县2023年政府工作报告 (entities6); [seed 003] the seed report
// seeds/003_38f6dc02bb8fa8db.txt.

const FOUND: Found[] = [
  // Persons listed after a title and a colon.
  [
    "a colon list after 执行主席有 [Changle]",
    "出席本次全体会议的执行主席有：何杰民、林建国、林春营、林少惠、沈小航、陈国衍。",
    "林春营",
    "person",
  ],
  [
    "the first name of a colon list [Changle]",
    "出席本次全体会议的执行主席有：何杰民、林建国、林春营、林少惠、沈小航、陈国衍。",
    "何杰民",
    "person",
  ],
  [
    "a colon list after 执行主席是 [Ningbo]",
    "担任今天大会的执行主席是：王辉忠、郭正伟、卓祥騋、陈旭、姚力、郑瑞法、崔秀玲、施孝国。",
    "施孝国",
    "person",
  ],
  [
    "a colon list in traditional characters, one item with a rarer surname [Heping]",
    "本次大會第一次全體會議的執行主席是：劉志寰、張德、王泓偉、厲馨、趙中軍、董德高、李廣傑、佟穎、王斌、于立、杜一鳴。",
    "于立",
    "person",
  ],
  // A titled person before 及/与.
  ["a titled person before 及 [Macao]", "湖北省副省長曹廣晶及澳門經濟財政司司長梁維特等作為主禮嘉賓。", "曹廣晶", "person"],
  [
    "…and the one after it [Macao]",
    "湖北省副省長曹廣晶及澳門經濟財政司司長梁維特等作為主禮嘉賓。",
    "梁維特",
    "person",
    "澳门经济财政司司长",
  ],
  [
    "a titled person before 与 [Macao]",
    "儀式上，本局主席張祖榮與湖北省商務廳廳長盧焱群簽署了《深化雙方經貿交流合作備忘錄》",
    "張祖榮",
    "person",
  ],
  ["a body after 与, not the person before it [Macao]", "本局主席張祖榮與湖北省商務廳廳長盧焱群簽署了", "湖北省商務廳", "government"],
  [
    "a titled person before 及 and a company [Chenzhou]",
    "與華新公司總裁李葉青、副總裁馮東光、總裁助理胡貞武及郴州公司員工、周邊群眾數百人參加了慶典活動。",
    "胡貞武",
    "person",
  ],
  ["率领 after a name [Macao]", "廣東省省長朱小丹率領政府代表團來澳參加會議", "朱小丹", "person"],
  // A name with a rarer surname in a list after a title.
  ["two characters with a rarer surname first in a list [Dezhou]", "市领导宿胜、赵学坤等在市主会场临邑县出席。", "宿胜", "person"],
  ["…and the name after it [Dezhou]", "市领导宿胜、赵学坤等在市主会场临邑县出席。", "赵学坤", "person"],
  // A representative.
  [
    "a delegation's representative [Jingzhou]",
    "东莞工贸发展促进会代表团代表莫国庆、湖北达鑫电子科技有限公司董事长刘祖新等参加开工仪式",
    "莫国庆",
    "person",
  ],
  // Signature lines.
  ["a signature after a title and a space, no listed surname [SuniteLeft]", "旗人民政府代旗长 双宝", "双宝", "person"],
  ["a signature after a title and a space [Guoluo]", "果洛藏族自治州人民政府州长 白加扎西", "白加扎西", "person"],
  ["a signature with a rarer surname [Jiefang]", "解放区人民政府区长 千怀贵", "千怀贵", "person"],
  // Bodies.
  ["行署 in a list of bodies [Zhenglan]", "2018年以来，在盟委、行署和旗委的坚强领导下", "行署", "government"],
  ["盟委 in a list of bodies [Zhenglan]", "2018年以来，在盟委、行署和旗委的坚强领导下", "盟委", "government"],
  ["行署 after 地委 [Ali]", "《阿里地区行政公署工作规则》已经地委、行署研究通过，现印发给你们", "行署", "government"],
  ["按照 ends the words before a body [Alxa]", "按照自治區黨委、政府及盟委、行署工作部署", "自治區黨委", "government"],
  [
    "根据 ends the words before a body [NeiMenggu]",
    "根据自治区党委《关于制定国民经济和社会发展第十五个五年规划的建议》",
    "自治区党委",
    "government",
  ],
  [
    "国家 before a ministry [SuniteLeft]",
    "按照国家农业农村部行业标准，苏尼特羊被列入《国家级畜禽遗传资源保护名录》",
    "国家农业农村部",
    "government",
  ],
  [
    "a news site [Changle]",
    "长乐新闻网讯 1月12日上午，福州市长乐区第十七届人民代表大会第五次会议在区人民会堂隆重开幕。",
    "长乐新闻网",
    "institution",
  ],
  ["a news site [Longhua]", "深圳新闻网1月24日讯", "深圳新闻网", "institution"],
  [
    "a news site in its dateline [Fuzhou]",
    "台灣網3月2日撫州消息　日前，江西省撫州市舉行了由撫州市臺辦引進的臺商創業園落戶金巢經濟開發區簽約儀式",
    "台灣網",
    "institution",
  ],
  [
    "a news site in its dateline [Huimin]",
    "人民網呼和浩特5月29日電 （王慧）5月29日上午，呼和浩特市舉行重大項目集中開工動員會暨伊利現代智慧健康谷國家乳業技術創新中心開工儀式",
    "人民網",
    "institution",
  ],
  ["a representative office named by its city [Macao]", "8月12日，本局武漢代表處啟動儀式在澳門舉行", "武漢代表處", "institution"],
  ["a display centre [Macao]", "參觀葡語國家食品展示中心，並由本局執行委員劉關華作介紹。", "葡語國家食品展示中心", "institution"],
  // Places.
  ["a province after 覆盖, not a lake [Macao]", "服務區域覆蓋湖北、河南、山西、陝西和寧夏", "湖北", "place"],
  [
    "a county named where its prefecture is named [Xiushui]",
    "4月28日上午，我县与深圳市华晖集团有限公司签约仪式在九江市举行。特别是修水县，要进一步增强服务意识",
    "修水县",
    "place",
  ],
  [
    "…and its short name [Xiushui]",
    "热切期待各位企业家树立雄心、发挥优势，继续加大在修水、在九江的投资力度，深化与九江企业的务实合作。",
    "修水",
    "place",
  ],
  [
    "a county's short name beside its prefecture's short name [Liping]",
    "支持黔东南州“黎从榕”打造对接融入粤港澳大湾区“桥头堡”的意见，41家省直部门出台支持“桥头堡”建设若干配套政策，赋予黎平全新发展定位",
    "黎平",
    "place",
  ],
  // Companies and projects.
  [
    "a company after a county, with its own bracketed place [Dezhou]",
    "市主会场设在临邑县瑞来新材料（山东）有限公司20万吨/年顺酐装置及配套工程项目现场。",
    "瑞来新材料（山东）有限公司",
    "company",
  ],
  [
    "a company's project named by its capacity [Dezhou]",
    "市主会场设在临邑县瑞来新材料（山东）有限公司20万吨/年顺酐装置及配套工程项目现场。",
    "20万吨/年顺酐装置及配套工程项目",
    "project",
  ],
  [
    "a company's project named by 年产 [Chaohu]",
    "5月16日上午，合肥市益龍金屬新材料有限公司年產10萬噸金屬新材料項目奠基儀式",
    "年產10萬噸金屬新材料項目",
    "project",
  ],
  [
    "企业 ends the words before a company's short name [Liaozhong]",
    "辽宁百岁国际家居建材工业园项目是由浙江百强科技企业一百岁集团在辽中区投资兴建",
    "一百岁集团",
    "company",
  ],
  [
    "a facility in a list of projects starting with 和 [Liaozhong]",
    "集中开工的辽宁百岁国际家居建材工业园、辽宁荣信沐樾府、和世泰钛材加工中心等20个重点项目",
    "和世泰钛材加工中心",
    "project",
  ],
  [
    "places before a project's name are places of their own [Ningxia]",
    "位于石嘴山平罗县宁夏冠能高分子生物可降解材料项目建设现场的主会场彩旗飘扬",
    "宁夏冠能高分子生物可降解材料项目",
    "project",
  ],
  ["…the county among them [Ningxia]", "位于石嘴山平罗县宁夏冠能高分子生物可降解材料项目建设现场的主会场彩旗飘扬", "平罗县", "place"],
  [
    "a company's works ending in 制造 stay a listed project [seed 003]",
    "全力推动山推智能化升级改造、鲁华龙心中药智能制造、泰丰液压减速机67个重大技改项目",
    "鲁华龙心中药智能制造",
    "project",
  ],
  [
    "a project singled out by 此次 [Xiushui]",
    "蒋文定说，此次茧丝绸全产业链项目落户修水，既是大家优势互补、强强联合的生动实践",
    "茧丝绸全产业链项目",
    "project",
  ],
];

const NOT_FOUND: NotFound[] = [
  ["a network in running text is no site [Liaoning]", "滚动建设100个省级工业互联网平台", "工业互联网"],
  [
    "a name's own single place stays in it [Liaozhong]",
    "辽宁百岁国际家居建材工业园项目是由浙江百强科技企业一百岁集团在辽中区投资兴建",
    "百岁国际家居建材工业园项目",
  ],
  [
    "a title before 及 and a company takes no name [Keshan]",
    "各成员单位主要领导、各乡镇党委书记及广东云鹰农业集团有限公司、黑龙江克山牧原农牧有限公司",
    "及广东",
  ],
  [
    "a title before 及 and a company cuts the company's name whole [Keshan]",
    "各成员单位主要领导、各乡镇党委书记及广东云鹰农业集团有限公司、黑龙江克山牧原农牧有限公司",
    "书记及广东云鹰农业集团有限公司",
  ],
  ["a colon list of slogans is no list of names [Jiangxi]", "“三通一码”：赣服通、赣政通、赣企通、赣通码", "赣政通"],
  [
    "a company's officer joined by 及 is no company [Chenzhou]",
    "總裁助理胡貞武及郴州公司員工、周邊群眾數百人參加了慶典活動。",
    "總裁助理胡貞武及郴州公司",
  ],
  ["a title and a name joined by 与 are no body [Macao]", "本局主席張祖榮與湖北省商務廳廳長盧焱群簽署了", "主席張祖榮與湖北省商務廳"],
  ["代表 as a verb gives no representative [Xiushui]", "深圳市华晖集团有限公司董事长黄志辉代表投资方发言。", "投资方"],
  ["a list of offices and a conjunction is no place [Alxa]", "按照自治區黨委、政府及盟委、行署工作部署", "政府及盟委"],
  ["根据 is no part of a place before 盟 [Alxa]", "根據盟市生產總值統一核算結果", "根據盟"],
  ["全盟 is no place [Alxa]", "全年全盟居民消費價格比上年上漲1.9%。", "全年全盟"],
  ["全盟 is no place [Xilingol]", "全盟上下认真贯彻落实全区、全盟招商引资暨优化营商环境大会精神", "全盟"],
  ["居全盟 is no place [Zhenglan]", "肉牛养殖规模居全盟首位", "居全盟"],
  [
    "a representative office needs a city's name [Macao]",
    "自2006年起，本局已在杭州、成都、瀋陽、福州及廣州設立聯絡處及代表處。",
    "聯絡處及代表處",
  ],
  ["a verb before a province is no company [Macao]", "協助湖北省等中部地區企業透過澳門作為平台", "協助湖北省"],
  ["覆盖 and 湖 are no lake [Macao]", "服務區域覆蓋湖北、河南、山西、陝西和寧夏", "服務區域覆蓋湖"],
  ["法治 and 湖 are no lake [Hunan]", "一体推进法治湖南、法治政府、法治社会建设", "法治湖"],
  ["加强 ends the words before a name [Hunan]", "加强湖湘道地中药材保护利用", "加强湖"],
  ["强化 ends the words before a name [Gansu]", "强化老旧小区养老服务设施配建和农村养老服务设施建设", "强化老旧小区"],
  ["加强 is no part of a district [Tianjin]", "编制实施城市更新专项规划，加强片区策划和项目实施管理", "加强片区"],
  ["a lake's ending is kept where no province's name ends a clause [Liaoning]", "强化牛河梁红山文化遗址历史研究", "强化牛河"],
  ["a river's source is no city [Guoluo]", "玛多冬格措纳湖、达日黄河源、甘德班玛仁托", "河源"],
  [
    "a bracketed word that is no place does not cut a region off a company [Xinjiang]",
    "新疆有色金属工业（集团）有限责任公司、华电新疆发电有限公司、九圣禾种业股份有限公司负责人代表签约",
    "有色金属工业（集团）有限责任公司",
  ],
  [
    "a count with 等 is no company's project [Gansu]",
    "加快金川四矿区贫矿资源综合开发利用、白银集团7万吨锌基合金等项目",
    "7万吨锌基合金等项目",
  ],
  [
    "a field is no project [Jiangxi]",
    "注重以创业带动就业，发放创业担保贷款180亿元，强化夜经济、地摊经济等低成本创业项目服务保障",
    "地摊经济",
  ],
  [
    "a verb and a field are no project [Jiangxi]",
    "注重以创业带动就业，发放创业担保贷款180亿元，强化夜经济、地摊经济等低成本创业项目服务保障",
    "强化夜经济",
  ],
  ["a trade is no project [Jiangxi]", "深入推进林业、湿地等生态碳汇项目开发", "林业"],
  ["a bare place word is no place [Jiangxi]", "深入推进林业、湿地等生态碳汇项目开发", "湿地"],
  ["a capability is no project [Jiangxi]", "科学合理布局5G-A、算力等新型基础设施项目，有序推进城市更新", "算力"],
  ["a generic facility after a quoted name is no project [Jinxian]", "雄宇索道、工控“进未来”标准厂房等16个项目开工建设", "标准厂房"],
  ["a two-character item is no project [Yunnan]", "加快旭龙、奔子栏、古水、橄榄坝等水电站和抽水蓄能项目建设", "古水"],
  ["a field ending in 应用 is no project [Gansu]", "实施未来产业创新发展行动，抓好生物制造、氢能装备、同位素应用等项目建设", "同位素应用"],
  ["此次 and no name is no project [Qiannan]", "此次项目集中开工为掀起新一轮的项目建设", "此次项目"],
];

describe("entity round 4 (issue 14 item 5)", () => {
  it.each(FOUND)("%s", (_label, sentence, name, type, role) => expectFound(sentence, name, type, role));
  it.each(NOT_FOUND)("%s", (_label, sentence, words) => expectNotFound(sentence, words));
});

describe("a county named where its prefecture is named", () => {
  // [Gansu] 2026年甘肃省政府工作报告 names every prefecture (甘南 too): the short name 合作 (合作市) is the word for
  // cooperation there, never beside 甘南 in one sentence.
  it("takes a short name only beside its prefecture's name in one sentence", () => {
    const path = join(import.meta.dirname, "../../bench/holdout/indicators/2026_甘肃省_政府工作报告.txt");
    const mentions = findMentions(docFromText("gs", readFileSync(path, "utf8")));
    expect(mentions.filter((m) => m.text === "合作" && m.type === "place")).toEqual([]);
  });

  // [Tongzhou] 郑皓会见中建集团 (北京通州, entities4): the report names 北京 once and 通州区 later, without a region of its own.
  it("finds 通州区 in a report that names 北京", () => {
    const path = join(import.meta.dirname, "../../bench/holdout/entities4/s2_tongzhou_cscec_news.txt");
    const mentions = findMentions(docFromText("s2", readFileSync(path, "utf8")));
    expect(mentions.filter((m) => m.text === "通州区").map((m) => m.type)).toContain("place");
  });
});
