// Periods, plans and set phrases (quantity domain; re-exported by ../lexicon.ts).

/** Periods as written; the nearest one before a fact is its period. Longest alternatives first. */
export const PERIOD_PATTERN = new RegExp(
  [
    String.raw`截[至止](?:目前|\d{4}年(?:\d{1,2}月(?:底|末|\d{1,2}日)?)?)`,
    String.raw`\d{4}年(?:\d{1,2}月(?:份|底|末|\d{1,2}日)?|上半年|下半年|前三季度|第?[一二三四]季度|全年|年底|年末|底)?`,
    String.raw`\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月份?`,
    String.raw`\d{1,2}月(?:\d{1,2}日|份|底|末)?`,
    "上半年",
    "下半年",
    "前三季度",
    "今年以来",
    "今年",
    "去年",
    "全年",
    "年内",
    "近年来",
    String.raw`[一二三四五六七八九十\d]+年内`,
  ].join("|"),
  "g",
);

/** Cues that put every later number in the sentence under a plan or goal. */
export const TARGET_CUE =
  /力争|预计|确保|目标|年内|计划(?![的，,、])|(?<![不])将(?=形成|达到|实现|建成|新增|突破|带动|全面|打造)|拟|启动|投产后|建成后|达产后|可满足/g;
/** Past markers that end a plan's scope (a later number is a result again). */
export const RESULT_MARKER = /已|了|累计|截至|截止/g;

/**
 * Set phrases that contain a numeral and classifier but are names, not quantities (五位一体 is an idiom; 市十六届人大五次会议
 * names a session; 两条底线, 四个意识 are political formulas).
 */
export const SET_PHRASES =
  /三次创业|三次产业|两件大事|一次性|一次办|一件事|一张网|[一二三四五六七八九十]位一体|[一二三四五六七八九十]+项规定|[四五]套班子|[一两二三四五六七八九]位数|[一二三四五六七八九十]+届(?:人大|政协|人民代表大会|党代会)?[一二三四五六七八九十]+次(?:全体)?(?:全会|会议|大会)|[一两二三四五六七八九十]+[个条项](?:底线|红线|意识|自信|维护|全面|必须|务必)|(?:世界|中国|全国|全球|民营企业|制造业)?(?:前)?\d+强|前\d+(?:家|名|位)/g;
