// A lossless SQL tokenizer: joining the tokens gives back the input exactly,
// so the same tokens drive highlighting (every character kept) and the guard.
import { KEYWORD_SET } from "./lexicon.js";
import type { Token, TokenType } from "./types.js";

// Ordered: the first rule that matches at a position wins.
const RULES: [TokenType, RegExp][] = [
  ["whitespace", /\s+/y],
  ["comment", /--[^\n]*/y],
  ["comment", /\/\*[\s\S]*?(?:\*\/|$)/y],
  // As DuckDB reads them: E'…' strings take backslash escapes (E'\'' is one quote), plain ones do not;
  // dollar quotes have an optional tag of letters, digits and _ not starting with a digit ($1 is a parameter).
  ["string", /[eE]'(?:[^'\\]|\\[\s\S]|'')*(?:'|$)/y],
  ["string", /'(?:[^']|'')*(?:'|$)/y],
  ["string", /\$([\p{L}_][\p{L}\p{N}_]*)?\$[\s\S]*?(?:\$\1\$|$)/uy],
  ["quoted", /"(?:[^"]|"")*(?:"|$)/y],
  ["number", /(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y],
  ["identifier", /[\p{L}_][\p{L}\p{N}_$]*/uy],
  ["semicolon", /;/y],
  ["punct", /[(),.[\]{}]/y],
  ["operator", /::|->>|->|<=|>=|<>|!=|\|\||\*\*|[-+*/%<>=!~^&|?:@#$]/y],
];

/** Splits a query into tokens; unterminated strings and comments run to the end. */
export function tokenize(sql: string): Token[] {
  if (typeof sql !== "string") throw new TypeError(`tokenize: expected a string, got ${typeof sql}`);
  const tokens: Token[] = [];
  let at = 0;
  while (at < sql.length) {
    let matched = false;
    for (const [type, re] of RULES) {
      re.lastIndex = at;
      const m = re.exec(sql);
      if (!m || m[0].length === 0) continue;
      const text = m[0];
      const kind: TokenType = type === "identifier" && KEYWORD_SET.has(text.toUpperCase()) ? "keyword" : type;
      tokens.push({ type: kind, text, start: at, end: at + text.length });
      at += text.length;
      matched = true;
      break;
    }
    if (!matched) {
      // Any other character (e.g. a stray backslash) is its own token.
      const text = String.fromCodePoint(sql.codePointAt(at)!);
      tokens.push({ type: "operator", text, start: at, end: at + text.length });
      at += text.length;
    }
  }
  return tokens;
}

/** Tokens that carry meaning (no whitespace, no comments). */
export function significant(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => t.type !== "whitespace" && t.type !== "comment");
}
