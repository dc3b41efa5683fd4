// Cues around a number: ranks, growth, shares, clause breaks (quantity domain; re-exported by ../lexicon.ts).

/**
 * A ranking verb and where, right before a rank written without 第 or without 位/名 (综合排名24位, 位居全国第二,
 * 名列第一, 列第二); 居 and 列 only where they rank (not 居民, 居住, 系列, 并列).
 */
export const RANKED_BEFORE =
  /(?:排名|排在|(?<![定聚移安旅邻群杂散蜗])居(?![民住家委室所])|(?<![系行陈并序])列(?![车席入举入]))[\u4e00-\u9fff]{0,6}$/;

/** A ranking verb before 首位 (first place), a scope of up to eight characters between (居全省设区市首位, 位于全省七大新区首位). */
export const TOP_RANKED_BEFORE = /(?:(?<![定聚移安旅邻群杂散蜗])居(?![民住家委室所])|位于|排名|排在|位列|名列|列)[\u4e00-\u9fff“”]{0,10}$/;

/**
 * A scope right before a bare rank (项目54个、全省第一; 消费增速连续8个月全省第一): 全国/全省/全市… 第N at a clause end
 * ranks without a verb. Only for ranks without 位/名: 全省100名 can be a count of people.
 */
export const RANK_SCOPE_BEFORE = /全[国省市区县州]$/;

/** Cues just before a percentage that make it a change (growth); the sign says which way. */
// Harvests rise and fall as 增产/减产 (增产1.3%, 减产0.8%); 同比减1.2% is a fall written short.
export const GROWTH_UP_CUE = /增长|增速|增幅|涨幅|同比增|增产|提高|提升|上升|攀升|上涨/g;
export const GROWTH_DOWN_CUE = /负增长|下降|微降|降低|减少|缩减|减免|减产|同比减|比上年减|回落|压减|缩短|下跌/g;
/**
 * A branch that drags the total's growth down by so many points, its object between verb and figure (下拉全市工业增加值
 * 增速1.2个百分点, 拉低全区增速…): a negative contribution, whatever 增速 inside the object says.
 */
export const DRAG_DOWN_BEFORE = /(?:下拉|拉低)[\u4e00-\u9fff]{0,24}$/;
/** Cues that make a percentage a share of a whole. */
export const SHARE_CUE = /占比|占|比例|比重/g;
/** Cues that make a percentage a completion or coverage ratio. */
export const RATIO_CUE = /完成率|覆盖率|完成[^，,、]*的|率|覆盖|达标|指数/g;

/** Clause separators for metric and cue scoping. */
export const CLAUSE_BREAK = /[，,、：:；;（）()]/;

/** Breaks between clause groups (；, ASCII ; in seed 001, 。): a period written before one does not reach past it. */
export const PERIOD_BREAK = /[；;。]/;
