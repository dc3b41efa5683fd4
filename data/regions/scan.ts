import { foldTraditional } from "../read/traditional.ts";
import { BARE_ZONE_WORDS, NOT_PLACES, ZONE_CATEGORY_WORDS, ZONE_ENDINGS, ZONE_INFIXES, type ZoneKind } from "./lexicon.ts";
import { type Region, type RegionIndex, regionIndex } from "./model.ts";
import { divisionForms } from "./names.ts";

/** A place named in a text: the regions its words can mean, or a bare zone word (高新区) to resolve later. */
export interface RegionMention {
  /** UTF-16 indices into the scanned text. */
  start: number;
  end: number;
  text: string;
  /** Regions the words can name (several for 吉林, 朝阳); empty for a bare zone word. */
  candidates: Region[];
  /** True when every candidate comes from a weak form (海淀, 微山). */
  weak: boolean;
  /** Kinds of zone a bare word (高新区, 开发区) can mean; null for a named place. */
  bare: readonly ZoneKind[] | null;
}

const CATEGORY = new Set<string>(ZONE_CATEGORY_WORDS);
// A Set, not `w in BARE_ZONE_WORDS`: `in` with a freshly sliced key cost most of the scan's time.
const BARE = new Set(Object.keys(BARE_ZONE_WORDS));
const BARE_LENGTHS = [...new Set(Object.keys(BARE_ZONE_WORDS).map((w) => w.length))].sort((a, b) => b - a);
const CATEGORY_LENGTHS = [...new Set(ZONE_CATEGORY_WORDS.map((w) => w.length))].sort((a, b) => b - a);

/**
 * Every place named in `text`, left to right, longest form first (苏州高新区 before 苏州). A zone word
 * right after a division (苏州经开区, 昆山经济开发区) names that division's zone: the listed one when the
 * reference data has it, else a zone made by rule (see zoneByRule). Hand-written rather than a regex
 * alternation of 8,000 names: a per-position lookup is linear and needs no build step. Names in
 * traditional characters match too; a mention's `text` is then its simplified form.
 */
export function scanRegions(text: string, index: RegionIndex = regionIndex()): RegionMention[] {
  return scanMasked(maskPlaces(text), index, null);
}

/** The text scanRegions reads: traditional characters folded, NOT_PLACES words blanked (same length). */
export function maskPlaces(text: string): string {
  // Traditional characters fold to simplified ones of the same length (廣東省 → 广东省): offsets hold.
  return foldTraditional(text).replace(NOT_PLACES, (m) => "\u3000".repeat(m.length));
}

/** Most UTF-16 units zoneAfter may read past a place that no zone word follows (infix + longest word). */
const ZONE_REACH = Math.max(...ZONE_INFIXES.map((w) => w.length)) + Math.max(...BARE_LENGTHS);
const INFIX_STARTS = new Set(ZONE_INFIXES.map((w) => w.charCodeAt(0)));

/**
 * scanRegions over masked text. With `reads`, also records [start, end) pairs covering every step
 * that read more than the one unit it skipped (see scanAt.ts): a slice cut inside none of them
 * scans to the same mentions.
 */
export function scanMasked(masked: string, index: RegionIndex, reads: number[] | null): RegionMention[] {
  const starts = startTable(index);
  const pairs = pairTable(index);
  const out: RegionMention[] = [];
  let i = 0;
  while (i < masked.length) {
    // Most characters start no name and no zone word: skip them with one table look-up.
    // Names and zone words are two characters or more: most remaining positions fail on the pair.
    const unit = masked.charCodeAt(i);
    if (starts[unit] === 0 || pairs[pairSlot(unit, masked.charCodeAt(i + 1))] === 0) {
      i++;
      continue;
    }
    const category = matchAt(masked, i, CATEGORY_LENGTHS, (w) => CATEGORY.has(w));
    if (category) {
      reads?.push(i, i + category.length);
      i += category.length;
      continue;
    }
    const named = longestForm(masked, i, index);
    if (named) {
      const list = index.forms.get(named)!;
      const mention: RegionMention = {
        start: i,
        end: i + named.length,
        text: named,
        candidates: list.map((f) => f.region),
        weak: list.every((f) => f.weak),
        bare: null,
      };
      const zone = zoneAfter(masked, mention, index);
      if (reads) {
        const after = masked.charCodeAt(mention.end);
        // No zone word followed: zoneAfter read one unit, or up to ZONE_REACH when that unit starts an infix or a word.
        const far = !zone && (INFIX_STARTS.has(after) || WORD_STARTS.has(after));
        reads.push(i, far ? mention.end + ZONE_REACH : (zone ?? mention).end);
      }
      out.push(zone ?? mention);
      i = (zone ?? mention).end;
      continue;
    }
    const bare = matchAt(masked, i, BARE_LENGTHS, (w) => BARE.has(w));
    if (bare) {
      reads?.push(i, i + bare.length);
      out.push({ start: i, end: i + bare.length, text: bare, candidates: [], weak: false, bare: BARE_ZONE_WORDS[bare]! });
      i += bare.length;
      continue;
    }
    i++;
  }
  return out;
}

function longestForm(text: string, at: number, index: RegionIndex): string | null {
  let node = index.trie;
  let end = -1;
  for (let i = at; i < text.length; i++) {
    const next = node.next.get(text.charCodeAt(i));
    if (!next) break;
    node = next;
    if (node.form && i - at >= 1) end = i + 1;
  }
  return end === -1 ? null : text.slice(at, end);
}

/** First characters of the bare and category words: most positions start neither. */
const WORD_STARTS = new Set([...Object.keys(BARE_ZONE_WORDS), ...ZONE_CATEGORY_WORDS].map((w) => w.charCodeAt(0)));

const startTables = new WeakMap<RegionIndex, Uint8Array>();

/** 1 for each UTF-16 unit that starts a surface form or a zone word, else 0 (one table per index). */
function startTable(index: RegionIndex): Uint8Array {
  let table = startTables.get(index);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (const unit of index.trie.next.keys()) table[unit] = 1;
    for (const unit of WORD_STARTS) table[unit] = 1;
    startTables.set(index, table);
  }
  return table;
}

/** Slots of the pair table: a hash of two UTF-16 units (NaN past the end falls in slot 0, a miss at worst). */
const PAIR_BITS = 20;
const pairSlot = (a: number, b: number) => (a * 31 + b) & ((1 << PAIR_BITS) - 1);

const pairTables = new WeakMap<RegionIndex, Uint8Array>();

/**
 * 1 in the slot of each pair of units that starts a form (longestForm takes two units or more) or a
 * bare or category word; a shared slot only lets a position through to the full look-up.
 */
function pairTable(index: RegionIndex): Uint8Array {
  let table = pairTables.get(index);
  if (!table) {
    table = new Uint8Array(1 << PAIR_BITS);
    for (const [a, node] of index.trie.next) for (const b of node.next.keys()) table[pairSlot(a, b)] = 1;
    for (const w of [...Object.keys(BARE_ZONE_WORDS), ...ZONE_CATEGORY_WORDS]) {
      if (w.length < 2) throw new TypeError(`scanRegions: zone word ${JSON.stringify(w)} is shorter than the pair filter allows`);
      table[pairSlot(w.charCodeAt(0), w.charCodeAt(1))] = 1;
    }
    pairTables.set(index, table);
  }
  return table;
}

function matchAt(text: string, at: number, lengths: readonly number[], test: (w: string) => boolean): string | null {
  if (!WORD_STARTS.has(text.charCodeAt(at))) return null;
  for (const length of lengths) {
    const word = text.slice(at, at + length);
    if (word.length === length && test(word)) return word;
  }
  return null;
}

/** 苏州 + 经开区 → the zone of 苏州市 of that kind, as one mention; null when no zone word follows. */
function zoneAfter(text: string, place: RegionMention, index: RegionIndex): RegionMention | null {
  let at = place.end;
  for (const infix of ZONE_INFIXES) {
    if (text.startsWith(infix, at)) {
      at += infix.length;
      break;
    }
  }
  const word = matchAt(text, at, BARE_LENGTHS, (w) => BARE.has(w) && w !== "开发区");
  if (!word) return null;
  const hosts = place.candidates.filter((r) => r.level !== "zone");
  if (hosts.length !== 1) return null;
  const host = hosts[0]!;
  const zone = zoneByRule(host, place.text, word, index);
  return {
    start: place.start,
    end: at + word.length,
    text: text.slice(place.start, at + word.length),
    candidates: [zone],
    weak: false,
    bare: null,
  };
}

const ruleZones = new Map<string, Region>();

/** A region of the reference data or a zone made by rule in this process, by id. */
export function regionById(id: string, index: RegionIndex = regionIndex()): Region | undefined {
  return index.byId.get(id) ?? ruleZones.get(id.replace(/^zone:/, ""));
}

/**
 * The zone `place` + `word` names: a listed zone of that kind hosted by the place whose name starts with
 * one of the place's forms, else a zone made by rule (name = place's short form + the full ending,
 * e.g. 苏州经济技术开发区; no code). Made zones are cached by name, so every report gets the same one.
 */
export function zoneByRule(host: Region, placeText: string, word: string, index: RegionIndex = regionIndex()): Region {
  const ending = ZONE_ENDINGS.find((e) => e.full === word || e.short === word)!;
  const key = `${host.id}\u0000${placeText}\u0000${ending.kind}\u0000${ending.full}`;
  const cached = ruleCache.get(key);
  if (cached) return cached;
  const zone = findOrMakeZone(host, placeText, ending, index);
  ruleCache.set(key, zone);
  return zone;
}

/** zoneByRule's answers by host, words and ending: the reference data never changes within a process. */
const ruleCache = new Map<string, Region>();

function findOrMakeZone(host: Region, placeText: string, ending: (typeof ZONE_ENDINGS)[number], index: RegionIndex): Region {
  const forms = divisionForms(host.name, host.level as "province" | "prefecture" | "county").strong;
  const listed = index.regions.find(
    (r) =>
      r.level === "zone" &&
      r.kind === ending.kind &&
      r.parent === host &&
      forms.some((f) => r.name.startsWith(f)) &&
      splitPrefixIsPlace(r.name, forms),
  );
  if (listed) return listed;
  const short = forms.length > 1 ? forms[forms.length - 1]! : placeText;
  const name = `${short}${ending.full}`;
  const existing = index.forms.get(name)?.[0]?.region ?? ruleZones.get(name);
  if (existing) return existing;
  const zone: Region = {
    id: `zone:${name}`,
    code: null,
    name,
    level: "zone",
    parent: host,
    kind: ending.kind,
    short: `${short}${ending.short}`,
  };
  ruleZones.set(name, zone);
  return zone;
}

/** 苏州高新技术产业开发区 is 苏州's zone; 苏州北湖高新区 would not be the zone 苏州高新区 means. */
function splitPrefixIsPlace(zoneName: string, forms: readonly string[]): boolean {
  return ZONE_ENDINGS.some((e) => forms.some((f) => zoneName === f + e.full));
}
