// Characters a rule's match cannot do without: every text the pattern matches in holds at least one of them (年, 月,
// 日 … for the date rules), in the match or in what a positive look-around reads. A text holding none of the characters every rule of a set needs cannot match any of them, so
// runRules skips the set with one walk of the text instead of one regex search per rule (most sentences name no
// date). Read off the parsed pattern (@eslint-community/regexpp, the parser ESLint uses for regexes).
import { type AST, RegExpParser, RegExpSyntaxError } from "@eslint-community/regexpp";
import type { Rule } from "./types.ts";

/** Code-unit ranges [lo, hi, lo, hi, …], inclusive. */
type Ranges = number[];

/** Above this many units a set rejects too few texts to be worth a walk. */
const MAX_UNITS = 512;

const SPACES: Ranges = [0x09, 0x0d, 0x20, 0x20, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x202f];
const SETS: Record<string, Ranges> = {
  digit: [0x30, 0x39],
  word: [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a],
  space: [...SPACES, 0x205f, 0x205f, 0x3000, 0x3000, 0xfeff, 0xfeff],
};

function size(r: Ranges): number {
  let n = 0;
  for (let k = 0; k < r.length; k += 2) n += r[k + 1]! - r[k]! + 1;
  return n;
}

/** The units of a character, class element or class; null when it is not a plain set of BMP units. */
function unitsOf(node: AST.Node): Ranges | null {
  switch (node.type) {
    case "Character":
      return node.value <= 0xffff ? [node.value, node.value] : null;
    case "CharacterClassRange":
      return node.max.value <= 0xffff ? [node.min.value, node.max.value] : null;
    case "CharacterSet":
      return node.kind in SETS && !("negate" in node && node.negate) ? SETS[node.kind]! : null;
    case "CharacterClass": {
      if (node.negate || node.unicodeSets) return null;
      const out: Ranges = [];
      for (const e of node.elements) {
        const r = unitsOf(e);
        if (r === null) return null;
        out.push(...r);
      }
      return out;
    }
    default:
      return null;
  }
}

/** Units one of which every text `node` matches in holds, the fewest found; null when none can be named. */
function needOf(node: AST.Node): Ranges | null {
  switch (node.type) {
    case "Character":
    case "CharacterClassRange":
    case "CharacterSet":
    case "CharacterClass":
      return unitsOf(node);
    case "Quantifier":
      return node.min >= 1 ? needOf(node.element) : null;
    case "Group":
    case "CapturingGroup":
    case "Pattern":
      return anyOf(node.alternatives);
    case "Alternative": {
      // Every element is matched in turn: any one element's need will do, the smallest rejects the most.
      let best: Ranges | null = null;
      for (const e of node.elements) {
        const r = needOf(e);
        if (r !== null && (best === null || size(r) < size(best))) best = r;
      }
      return best;
    }
    case "Assertion":
      // What a positive look-around reads is in the text too (before or after the match): enough for a text's test.
      return (node.kind === "lookahead" || node.kind === "lookbehind") && !node.negate ? anyOf(node.alternatives) : null;
    default:
      // Back-references repeat what was needed already.
      return null;
  }
}

/** One alternative matches: the union of every alternative's need, null when one of them has none. */
function anyOf(alternatives: readonly AST.Alternative[]): Ranges | null {
  const out: Ranges = [];
  for (const a of alternatives) {
    const r = needOf(a);
    if (r === null) return null;
    out.push(...r);
  }
  return merged(out);
}

/** Ranges sorted and merged, so that a unit needed by several alternatives (今日|今天) counts once. */
function merged(r: Ranges): Ranges {
  const pairs: [number, number][] = [];
  for (let k = 0; k < r.length; k += 2) pairs.push([r[k]!, r[k + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: Ranges = [];
  for (const [lo, hi] of pairs) {
    if (out.length > 0 && lo <= out[out.length - 1]! + 1) out[out.length - 1] = Math.max(out[out.length - 1]!, hi);
    else out.push(lo, hi);
  }
  return out;
}

const parser = new RegExpParser();

/** The units every text `pattern` matches in holds one of (a table, 1 each), or null when they cannot be told or are too many. */
export function neededUnits(pattern: RegExp): Uint8Array | null {
  // Ignoring case would add the other case of every letter; code points (u, v) may be astral.
  if (/[iuv]/.test(pattern.flags)) return null;
  let ast: AST.RegExpLiteral;
  try {
    ast = parser.parseLiteral(`/${pattern.source}/${pattern.flags}`);
  } catch (e) {
    // Syntax newer than the parser knows: the rule is simply always tried.
    if (e instanceof RegExpSyntaxError) return null;
    throw e;
  }
  const ranges = needOf(ast.pattern);
  if (ranges === null || size(ranges) > MAX_UNITS) return null;
  const table = new Uint8Array(0x10000);
  for (let k = 0; k < ranges.length; k += 2) table.fill(1, ranges[k]!, ranges[k + 1]! + 1);
  return table;
}

const byRule = new WeakMap<object, Uint8Array | null>();
const byRules = new WeakMap<readonly object[], Uint8Array | null>();

/** neededUnits of one rule's pattern, once per rule. */
function ruleNeed(rule: Rule<unknown, unknown>): Uint8Array | null {
  let need = byRule.get(rule);
  if (need === undefined) {
    need = neededUnits(rule.pattern);
    byRule.set(rule, need);
  }
  return need;
}

/**
 * The units a match of any of `rules` holds one of: the union of each rule's, or null when some rule's cannot be
 * told (then every text is searched). Kept per rule list, so a module's list is read once.
 */
export function rulesNeed(rules: readonly Rule<never, unknown>[]): Uint8Array | null {
  if (rules.length === 1) return ruleNeed(rules[0] as Rule<unknown, unknown>);
  let need = byRules.get(rules);
  if (need !== undefined) return need;
  need = new Uint8Array(0x10000);
  let units = 0;
  for (const rule of rules) {
    const own = ruleNeed(rule as Rule<unknown, unknown>);
    if (own === null) {
      need = null;
      break;
    }
    for (let c = 0; c < 0x10000; c++)
      if (own[c] === 1 && need[c] === 0) {
        need[c] = 1;
        units++;
      }
  }
  if (units > MAX_UNITS) need = null;
  byRules.set(rules, need);
  return need;
}

/** True when `text` holds a unit of `table`. */
export function holdsAny(text: string, table: Uint8Array): boolean {
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** Which of a rule list's rules a text can match, by what each needs: one walk of the text for all of them. */
export interface Presence {
  /** Per UTF-16 unit, the bits of the rules that need it. */
  units: Uint32Array;
  /** Per rule (by index), its bit, or 0 when its need is not known (it is always tried). */
  bits: Uint32Array;
  /** Every bit in use. */
  all: number;
}

const presences = new WeakMap<readonly object[], Presence | null>();

/**
 * The presence table of `rules`: the first 32 rules whose needs are known get a bit each; null when fewer than two
 * have one (one walk per text would then cost more than it saves).
 */
export function presenceOf(rules: readonly Rule<never, unknown>[]): Presence | null {
  // One rule (a fresh [rule] per call, as action.ts passes): its need was tested with the list's (rulesNeed).
  if (rules.length < 2) return null;
  let presence = presences.get(rules);
  if (presence !== undefined) return presence;
  const units = new Uint32Array(0x10000);
  const bits = new Uint32Array(rules.length);
  let next = 0;
  for (let r = 0; r < rules.length && next < 32; r++) {
    const need = ruleNeed(rules[r] as Rule<unknown, unknown>);
    if (need === null) continue;
    const bit = 1 << next++;
    bits[r] = bit;
    for (let c = 0; c < 0x10000; c++) if (need[c] === 1) units[c]! |= bit;
  }
  presence = next < 2 ? null : { units, bits, all: next === 32 ? 0xffffffff : (1 << next) - 1 };
  presences.set(rules, presence);
  return presence;
}

/** The bits of the rules whose needed units `text` holds (`presence.all` as soon as all are found). */
export function presentBits(text: string, presence: Presence): number {
  const { units, all } = presence;
  let found = 0;
  for (let i = 0; i < text.length; i++) {
    found |= units[text.charCodeAt(i)]!;
    if ((found | 0) === (all | 0)) break;
  }
  return found;
}
