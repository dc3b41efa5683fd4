// Words of statistical tables printed as text (statistical bulletins' 表1…表n).

/** A header naming the row-label column (产品名称, 品名, 指标, 项目, 地区). */
export const LABEL_HEADER = /名称|品名|指标|项目|类别|地区|行业|产品|品种|分组/;
/** A header naming the unit column (计量单位, 单位). */
export const UNIT_HEADER = /^(?:计量)?单位$/;
/** A header that makes its column a change: 比上年增长(%), 增长%, 同比增速, 累计增长. */
export const GROWTH_HEADER = /增长|增速|增幅|同比|比上年|±/;
/** A header of points of change (比上年增减(百分点)). */
export const POINTS_HEADER = /百分点/;
/** A header of shares (比重%, 占比). */
export const SHARE_HEADER = /比重|占比|构成/;
/** A unit written in a header's brackets or in a caption: 产量(万吨), 单位：亿元. */
// Copies mix the bracket forms, small-form ﹙﹚ too (播种面积(亩﹚, 产量﹙吨﹚).
export const HEADER_UNIT = /[(（﹙]([^()（）﹙﹚%％]{1,6})[)）﹚]/;
export const CAPTION_UNIT = /单位[:：]\s*([^\s，,。；;]{1,6})/;
/** A number in a cell: optional sign (small-form ﹢/﹣ too, as some copies print growth), digits with separators and decimals. */
export const CELL_NUMBER = /^[-−－﹣+＋﹢]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[-−－﹣+＋﹢]?\d+(?:\.\d+)?$/;
/** A cell holding a number and its own unit (162817吨, 44383头), as some tables print their value columns. */
export const UNIT_VALUE_CELL = /^[-−－]?\d+(?:\.\d+)?\s*[\u4e00-\u9fff]{1,4}$/;
/** Row labels that start with these are sub-rows (其中：…, #…); the marker is not part of the metric. */
export const SUB_ROW = /^(?:其中[:：]?|#|＃|\s)+/;
