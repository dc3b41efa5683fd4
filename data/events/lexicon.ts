/** A four-digit year. */
export const YEAR = "(?:19|20)\\d{2}";

/** Chinese day numerals (十一月十一日): 一…九, 十…十九, 二十…二十九, 三十, 三十一. */
export const CN_DAY = "(?:三十一|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|初?[一二三四五六七八九十])";

/** A month number as written: Arabic (1–12) or Chinese (十一); the rules parse it with parseMonthNumber. */
export const MONTH_NUMBER = "(?:[0-9]{1,2}|十[一二]|十|[一二三四五六七八九正])";

/** Actions too generic to stand when a section heading names a specific one (转体仪式举行 under “…转体合龙”). */
export const GENERIC_ACTIONS: ReadonlySet<string> = new Set(["举行"]);

/** Words joining the two ends of a date range (9月4日至5日, 1-8月). */
export const RANGE_JOINERS = ["至", "到", "-", "－", "—", "~", "～"] as const;

/** Time of day that may follow an event date before the comma (11月11日上午,). */
export const TIME_OF_DAY = ["上午", "下午", "晚上", "晚间", "凌晨", "中午", "前后"] as const;

/**
 * Days counted from the dateline (news leads: 2023年2月4日讯：昨日…). 昨/前 are always "yesterday" and
 * "the day before"; 今日/今天 also open speeches and names (今日头条), so they need a time of day or a comma.
 */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = { 昨日: -1, 昨天: -1, 前日: -2, 前天: -2, 今日: 0, 今天: 0 };

/** Words for "lately" opening a lead (近日，…举行开工仪式): an event whose day is unknown, never the dateline's day. */
export const RECENT_DAYS = ["近日", "日前"] as const;

/** Words for "the same day" opening a clause: dated by the event told just before (同日，…也举行…开工仪式). */
export const SAME_DAY = ["同日", "同一天", "同一日", "同天"] as const;

/**
 * 当天，/ 当日上午 opening a clause: the day told just before (當天，大同區項目開工儀式…). In the sentence right after an
 * event's it continues that event instead (CONTINUATION_STARTS), and makes no event of its own.
 */
export const THAT_DAY = ["当天", "当日"] as const;

/**
 * The least weight (data/meta YEAR_WEIGHTS, summed) of the words a report's year was read from for a date without its
 * year to take it: one bare mention (weight 1: 始建于2003年1月) is incidental; a title, a batch, a publication line, a look
 * back or a second mention is not.
 */
export const MIN_REPORT_YEAR_WEIGHT = 2;

/** Words that put a dateline's date before them: 2023年2月4日讯, 北京2月4日电, 发布时间：2023-02-04. */
export const DATELINE_AFTER = /^(?:讯|电|消息)/;
/** Labels of a page's publication date (发布时间：2024-09-20). */
export const PUBLISHED_LABELS = "发布时间|发稿时间|发布日期";
export const DATELINE_BEFORE = new RegExp(String.raw`(?:${PUBLISHED_LABELS})[:：]\s*$`);

/** Punctuation that opens a clause; an event date stands right after one (or at the sentence start). */
export const CLAUSE_OPENERS = ["，", ",", "；", ";", "：", ":", "。", "…", "！", "？"] as const;

/**
 * What follows a month written after an approving body (國務院辦公廳今年4月發函，同意…升級為國家級經濟技術開發區): the approval
 * is dated by that month.
 */
export const APPROVAL_AFTER = /^(?:正式)?(?:发函|复函|批复|下文)?[，,]?(?:批复)?同意/;

/** What follows a date written after its subject at once: 在南昌举行, 举行, 开工 (…动员大会2月16日在南昌举行). */
export const POSTPOSED_AFTER =
  /^(?:上午|下午|晚上|晚间)?(?:在[^，,。；;]{1,15}?)?(?:隆重)?(?:举行|举办|召开|开幕|开工|动工|签约|揭牌|奠基|投产|竣工|开园|启动)/;

/** A milestone ceremony attended or held, in the sentence after a dated one (参加招商引资项目签约仪式). */
export const ATTENDED_CEREMONY = /(?:参加|出席|举行|见证)[^。；;]{0,30}?(?:签约|开工|竣工|投产|奠基|揭牌)(?:仪式|活动)/;

/** A count of days back and 的 before a day that opens its clause (而就在6天前的16日，…): the day it names, told after another. */
export const DAYS_BACK_BEFORE = /(?:^|[，,。；;])[^，,。；;]{0,4}?[0-9一二三四五六七八九十两]+(?:天|日)(?:之)?前的$/;

/** Words that make a short clause after a date a report of news, not a place (5月27日，记者获悉。 vs 5月27日，洛阳。). */
export const NOT_A_PLACE = /记者|获悉|了解|表示|介绍|消息|报道|据|从|说|称|是|有|在|为|了/;

/** The sentence after a date-and-place lead must tell a ceremony, not a tally (全市新开工项目86个). */
export const LEAD_CEREMONY = /仪式|宣布|启动|举行|活动|现场/;

/**
 * A continuation sentence reporting a milestone done at the meeting it continues (此次推介会上，…项目正式签约;
 * 会上，…集中签约; 会上，…现场签约9个项目; 当天，150个重大项目集中开工): the milestone at the end of the clause, before 了 or before the count
 * of what was signed, not 签约后 or 签约的项目.
 */
export const CONTINUED_MILESTONE =
  /(?:^(?:当天|当日|现场)|会上|仪式[上中]|活动[上中]|期间)[^。；;]*?(?:(?:正式|现场|集中|成功|顺利)?(?:签约|签订|开工)(?:了|[，,。；;]|$|(?:[^，,。；;0-9]{0,4}项目)?[0-9一二三四五六七八九十两]+[个项家批])|举行了?(?:签约|开工|奠基|投产|竣工|揭牌)(?:仪式|活动))/;

/** A following sentence starting with these continues the event (此次签约的13个项目…). */
export const CONTINUATION_STARTS = ["此次", "本次", "当天", "当日", "该", "此", "这", "现场"] as const;

/**
 * A following sentence set at the event's ceremony or meeting continues it too (揭牌仪式中，…5个项目开工; 仪式上，…宣布项目
 * 正式开工; 会上，…现场签约9个项目; 推介会上，两地…签订了…协议; 在這次…推進活動中，…舉行奠基儀式).
 */
export const CONTINUATION_AT =
  /^(?:\p{Script=Han}{0,4}(?:仪式|活动|会)|在?(?:这次|此次|本次)[^，,。；;]{0,30}?(?:仪式|活动|会))(?:[上中]|现场)[，,]/u;

/**
 * A sentence naming who attended or spoke at the ceremony told before (区领导…参加揭牌仪式，…致辞): it continues the event
 * without an action of its own, so a continuation after it (揭牌仪式中，…5个项目开工) is still read.
 */
export const ATTENDANCE = /(?:出席|参加|见证|主持)(?:了)?[^。；;，,]{0,12}?(?:仪式|活动|大会)|(?:致辞|讲话)[。；;]?$/;

/**
 * Actions, most specific first: a signing ceremony held somewhere is a 签约, a groundbreaking
 * ceremony a 开工; 举行/召开 only decides when nothing more specific is said.
 */
export const ACTIONS: ReadonlyArray<{ action: string; pattern: RegExp }> = [
  { action: "签约", pattern: /签约|签署|签订/ },
  { action: "开工", pattern: /破土动工|集中开工|开竣工|开复工|开工|动工/ },
  { action: "竣工", pattern: /开竣工|竣工(?!投产)/ },
  { action: "投产", pattern: /建成投产|竣工投产|投产|(?:投运|投入运营|投入运行|投入生产)(?!后|以来|至今)/ },
  { action: "奠基", pattern: /奠基(?![人者性])/ },
  { action: "上市", pattern: /挂牌上市|上市/ },
  { action: "下线", pattern: /下线/ },
  { action: "开园", pattern: /开园/ },
  { action: "上线", pattern: /上线/ },
  {
    action: "获批",
    pattern:
      /获批设立|获批|(?<![需须报待请])经[^，,。；;]{0,12}?批准(?![后的])|(?<![需须报待请将拟])获(?:得)?[^，,。；;]{0,10}?(?:批准|批复)(?![后的])|(?:国务院|省政府|省人民政府|自治区人民政府|海关总署|发改委)[^，,。；;]{0,12}?[，,]?(?:批复)?同意[^，,。；;]{0,30}?(?:设立|升级|成立)|(?<![需须报待请将拟])(?:国务院|省政府|省人民政府|自治区人民政府)(?:正式)?批准(?![后的])[^，,。；;]{0,30}?(?:设立|升级|成立)/,
  },
  { action: "合龙", pattern: /合龙/ },
  { action: "揭牌", pattern: /揭牌|授牌|挂牌(?!上市|出让|督办|交易|成交|转让|价)/ },
  { action: "启动", pattern: /启动/ },
  { action: "考察", pattern: /考察/ },
  { action: "创纪录", pattern: /创造[^，,。；]{0,10}纪录/ },
  { action: "会议", pattern: /(?:会议|大会|会|论坛)[^，,。；]{0,8}?(?:召开|举行|举办|开幕)/ },
  { action: "举行", pattern: /召开|举行|举办|开幕|正式开展/ },
];

/**
 * Project milestones that happen together at one ceremony (集中签约暨开工仪式, 开竣工仪式, 签约和开工
 * 誓师大会, …开发区揭牌、…产业园奠基仪式举行; 奠基 and 揭牌 since round 2). A clause naming two of them gives one event per milestone: both happened that day, and
 * counting only the first would drop the other from every timeline. Other actions keep the
 * most-specific-first rule (one event per clause).
 */
export const MILESTONES: ReadonlySet<string> = new Set(["签约", "开工", "竣工", "投产", "揭牌", "奠基"]);

/**
 * 于, 继 or 在 right before a date inside a clause (又于3月15日…开工; …第一期在8月24日至27日於…舉行), not 位于/属于/由于/
 * 等于/对于/关于/至于/基于/终于/处于 nor 存在/现在/实在/正在/内在.
 */
export const PREPOSED_BEFORE = /(?<![位属由等对关至基终处源])于$|继$|(?<![存现实正内])在$/;

/** Words before a 于-date in its clause that make it a plan (将于, 计划…于, 预计于, 力争于). */
export const PLANNED_LEAD = /将|拟|计划|预计|力争|确保|争取|定于|有望|预期|目标/;

/** Right before a date that opens a news lead: 本报讯 2024年9月20日，…; (记者 王婷) 9月20日，…; a line start. */
export const LEAD_BEFORE = /(?:本报讯|讯|电|消息|[)）\s\u3000]|(?:今天|今日|昨天|昨日)[(（])$/;

/**
 * A page's head line glued to the lead by line rejoining (…时间：2019-11-18 07:30 来源：河南日报11月15日，…举行): a date
 * right after the source credit opens the lead's clause.
 */
export const SOURCE_CREDIT_BEFORE = /(?:来源|稿源|来源于)[:：]\s*[^\s，,。；;:：、]{2,16}$/;

/**
 * Words up to six characters before an action (tested on the clause up to the action's first character) that make it a plan, not a happening
 * (全力推进重点项目开工); not when the word is part of a meeting's name (现场推进会召开).
 */
export const PLAN_MARKERS = /(?:推进|推动|加快|力争|确保|争取|计划|预计|拟|将|要)(?!会)(?=[^，,。；]{1,7}$)/;

/**
 * An action word naming a kind of project, not a happening: 新开工项目49个 (a tally), 观摩检查…新开工项目 (an inspection of
 * projects started earlier). Tested on the action's clause: the words before it and the words after it.
 */
export const NOUN_BEFORE = /(?:新|(?:观摩|检查|视察|察看|督导)[^，,。；;]*)$/;
export const NOUN_AFTER = /^(?:的)?项目/;

/**
 * Words after an action dated only by a period (quarter, half, month, year) that make it a tally of that period, not a
 * happening: 一季度竣工项目4个, 一季度…簽約引進工業項目9個, 一季度全区开工投资规模500万元以上项目3900多个. A day's 集中签约项目24个
 * is that day's signing and stays.
 */
export const TALLY_AFTER =
  /^(?:投资(?:规模)?[0-9.]+[万亿]元以上)?[^，,。；;0-9]{0,6}?项目(?:共有|共计|共|有|达)?[0-9一二三四五六七八九十两百]+[多余]?[个项家批]/;

/**
 * An action word before 的 and a count is a noun phrase's modifier (在东博会签约的16个项目中), and before 总个数/数量 it names a
 * count or sum (占签约总个数的87.5%, 占签约总金额的80.0%): neither is what the clause reports.
 */
export const MODIFIER_AFTER = /^的[0-9一二三四五六七八九十两百]+[个项家批]|^总?(?:个数|总数|数量|金额)/;

/**
 * 今年/去年/前年 right before a day or month opening a clause (…，今年7月30日，经国务院批准…; 去年12月20日，国务院正式批准…): the day of a
 * happening in the report's year, or the year before it (YEAR_OFFSET).
 */
export const THIS_YEAR_BEFORE = /[今去前]年$/;

/** Years counted back from the report's dated year: 去年12月20日 is the December before the dateline's year. */
export const YEAR_OFFSET: Readonly<Record<string, number>> = { 今年: 0, 去年: -1, 前年: -2 };

/**
 * A batch or a gathering named with its year anywhere in a report (长春经开区2018年秋季集中开竣工项目, 临高县2025年第三批项目,
 * 2012年广州博览会): enough evidence that the report is of that year for its yearless dates, unlike a bare mention
 * (始建于2003年1月). Matched in the folded view (2012年廣州博覽會 too).
 */
export const BATCH_NAMED =
  /((?:19|20)\d{2})年度?(?:第?[一二三四1-4]季度|[春夏秋冬]季|[上下]半年|首批|第[一二三四五六七八九十\d]+批|[^，,。；;\d]{0,10}?(?:博览会|交易会|洽谈会|推介会|招商会|峰会|论坛|展会))/g;

/**
 * A year whose work a happening opens (标志着石拐区2021年招商引资、招才引智工作全面拉开大幕; 助推片区2021年度投资任务和项目建设双双实现
 * “开门红”): said once, it still dates the report's yearless days, as a batch's year does (POST HOC, after events10).
 */
export const YEAR_OPENED = /((?:19|20)\d{2})年度?[^，,。；;\d]{0,16}?(?:全面)?(?:拉开(?:了)?(?:大幕|序幕)|开门红|开好局|首战告捷)/g;

/** An action word naming a rate (开工率达47%, 开工转化率, 投产达效率, 签约履约率): a measure, never a happening. */
export const RATE_AFTER = /^(?:转化|达效|完成|履约|到位)?率/;

/** Words right after an action that make it a ceremony being prepared, not held (集中开复工仪式筹备工作). */
export const PREPARED = /^(?:仪式|活动)?(?:的)?(?:筹备|准备工作)/;

/**
 * An action between 继 and 后 tells what came before the clause's happening (这是继开发区今年前四批重点项目集中开工后…,
 * 我县继去年底集中开工10个重大项目后，再次…): an earlier happening the clause's date is not the date of (find.ts keeps it
 * when 继 brings the date itself: 在继3月上旬集中签约一批重大项目后). Before: 继 and up to 24 characters in the clause;
 * after: up to 12 characters and (之)后.
 */
export const EARLIER_BEFORE = /继[^，,。；;]{0,24}$/;
export const EARLIER_AFTER = /^[^，,。；;]{0,12}?之?后/;

/**
 * A later sentence about the happening's own batch (据了解，此次集中开工的10个重大项目，总投资40.6亿元): read for the amount and
 * count the happening's clause does not state, also a few sentences on (past a paragraph about the year's plans).
 */
export const FOLLOW_UP_START = /^(?:据了解|据介绍|据悉|另悉|记者了解到|记者获悉|经了解)?[，,]?(?:此次|本次|这次|这批|该批)/;

/**
 * Words that make a sentence with an investment sum a tally or a plan of the year, not the happening's batch (东丽区今年新开工项目
 * 共计33个，计划总投资378亿元; 从年初至4月21日…总投资944亿元; 启东一季度计划新开工…); 计划总投资 alone is a batch's planned total.
 */
export const TALLY_WORDS = /今年|年初|以来|累计|截至|截止|全年|至今|目前|(?:计划|预计|拟)(?!总投资)/;

/** How many sentences after an event's own words are searched for a FOLLOW_UP_START sentence. */
export const FOLLOW_UP_REACH = 8;

/** Amount context: only investment sums count as the event's amount (到位资金 does not). */
export const AMOUNT_PATTERN = /(?:总投资|投资)(?:额|金额|总额)?(?:高达|达到|达|约|为|超过|超|近)?([0-9]+(?:\.[0-9]+)?)(万亿|亿|万)?元/;

/** Powers of ten of amount units. */
export const AMOUNT_UNITS: Readonly<Record<string, number>> = { "": 0, 万: 4, 亿: 8, 万亿: 12 };

/** Project counts: 20个重大项目, 项目共20个, 共有14个项目; not the slogan “三个一批” (签约一批、开工一批、投产一批) before 重点项目. */
export const PROJECT_COUNT_PATTERNS: readonly RegExp[] = [
  /(?<![又第每“"])([0-9]+|[一二三四五六七八九十]+)个(?!一批)[^，,。；0-9]{0,8}?项目/,
  /项目(?:共有|共|达)?([0-9]+|[一二三四五六七八九十]+)个/,
];

/**
 * Where a clause lists a second place's ceremony after the first's (…白城市…开工暨…启动仪式、松原市…开工活动暨…开工仪式举行):
 * 仪式/活动/大会 and 、 before a place name. Each listed place's ceremony is a happening of its own that day.
 */
export const PARALLEL_CEREMONY = /(?:仪式|活动|大会)、(?=\p{Script=Han}{1,8}?(?:省|市|县|区|州|盟|旗|镇|乡|街道))/gu;

/** What a parallel ceremony's date evidence ends with: another place's happening that day, never a retelling of the first. */
export const PARALLEL_MARK = "……、";
