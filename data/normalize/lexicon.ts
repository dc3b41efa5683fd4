// Punctuation classes, line markers and boilerplate of the normalizing stage.

/** Characters that end a line that is a complete sentence (colon: the next line is a list, not a continuation). */
export const LINE_CLOSERS = "。！？；!?;…：:．";

/** Closing quotes and brackets that may follow the sentence-final character. */
export const CLOSING_MARKS = "”’」』）)】》〕〉\"'";

/** Characters that end a sentence inside a line (ASCII '.' is handled separately). */
export const SENTENCE_TERMINATORS = "。！？；!?;";

/** Markdown heading marker: `#`…`######` and a space. */
export const MARKDOWN_HEADING = /^(#{1,6})[ \t\u3000]+/;

/** Decorative bullet that starts a heading or byline (◎ ◆ ■ …) and the space after it. */
export const BULLET = /^[◎◆◇■□●○▲△▶►★☆•·][ \t\u3000]*/;

/** Numbered heading prefixes: (一) （二） 三、 1. 2、 第一章 — not a decimal like 1.2. */
export const NUMBERED =
  /^(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十]{1,3}[章节部分篇])/;

/** Byline: reporter or correspondent label followed by names. */
export const BYLINE = /^(?:本报(?:记者|通讯员)|特约记者|见习记者|通讯员|记者)[ \t\u3000:：]*[\u3400-\u9fff·]{2}/;

/** Longest plain (unmarked) line that can be a heading, in code points. */
export const MAX_PLAIN_HEADING = 40;

/** Longest marked (#, ◆, (一) …) line that can be a heading, in code points. */
export const MAX_MARKED_HEADING = 80;

/** Longest byline, in code points. */
export const MAX_BYLINE = 40;

/** Longest image caption that may sit inside a paragraph broken for an image, in code points. */
export const MAX_CAPTION = 30;

/**
 * Longest headline (code points) a document's first line can be when a blank line and a news lead follow it: a
 * headline with a comma (4467个项目复工开工，新疆吹响发展冲锋号) is not the first half of the lead's sentence.
 */
export const MAX_HEADLINE = 40;

/** How a news lead opens (3月17日，… / 2022年3月17日上午 / 近日， / 本报讯): the line before it is not its first half. */
export const LEAD_OPENING = /^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|本报讯|本报|记者)/;

/** Blank lines around an image: a caption inside a broken paragraph follows at least this many. */
export const MIN_CAPTION_GAP = 2;

/** Longest boilerplate line, in code points. */
export const MAX_BOILERPLATE = 60;

/** Lines that are page furniture, not report text (app prompts, editorial credits, reposting notes). */
export const BOILERPLATE: readonly RegExp[] = [
  /^扫码(?:下载|关注|阅读)/,
  /^找记者[ \t\u3000]*上壹点$/,
  /^(?:(?:责任|值班)?编辑|组版|校对|责编|美编|审核|审校|签发|监制|排版|视觉|制图)[ \t\u3000]*[:：]/,
  /^(?:稿源|原标题)[ \t\u3000]*[:：]/,
  // A source line with a date or time stamp (来源：某某融媒　发布时间：2023-03-28 22:44): its stamp is read from the dropped
  // lines as the publication date. A source line without one (来源：某某日报) is the page's front matter and stays: the
  // outlet it names is an entity.
  /^(?:来源)[ \t\u3000]*[:：](?=.*(?:(?:19|20)[0-9]{2}[-/.年]|[0-9]{1,2}:[0-9]{2}|时间|日期))/,
  /^[(（]?(?:完|全文完)[)）]?$/,
  /^(?:点击|长按)(?:识别|关注|下载|查看|二维码)/,
];

/** Invisible characters that carry no text (zero-width space, word joiner, stray BOM). */
export const INVISIBLE = /[\u200b\u2060\ufeff]/g;

/** Line breaks of every kind (CRLF, CR, form feed, NEL, line/paragraph separators). */
/**
 * A line that is only single Han characters, each one space (or ideographic space) apart: a letter-spaced heading or
 * signature (政 府 工 作 报 告, 山 东 省 统 计 局), printed so for looks. Three characters at least.
 */
export const LETTER_SPACED_LINE = /^\p{Script=Han}(?:[ \u3000]\p{Script=Han}){2,}$/u;

export const LINE_BREAK = /\r\n|[\r\n\f\v\u0085\u2028\u2029]/;
