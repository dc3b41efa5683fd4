// Rewrites a seed sentence for a synthetic report: another zone, year, amounts and company names.
import { BRANDS, DATE_UNIT_AFTER, KEEP_AFTER, KEEP_BEFORE, SEED_COMPANIES, YEARS, ZONE_FORMS, ZONE_KEYS } from "./lexicon.ts";
import { pick, type Random, randomInt } from "./prng.ts";

/** Per-document choices every sentence of the document shares. */
export interface RewriteContext {
  random: Random;
  zone: (typeof ZONE_KEYS)[number];
  /** Year the report is about; seed years are shifted so that 2023 becomes this year. */
  year: number;
  /** Seed company → synthetic company, fixed for the document. */
  companies: Map<string, string>;
}

const ZONE_PATTERN = new RegExp([...ZONE_FORMS.jingkai, ...ZONE_FORMS.gaoxin].sort((a, b) => b.length - a.length).join("|"), "g");
const COMPANY_PATTERN = new RegExp(SEED_COMPANIES.join("|"), "g");
const NUMBER = /\d+(?:\.\d+)?/g;
const SEED_BASE_YEAR = 2023;

/** Draws the per-document choices. */
export function rewriteContext(random: Random): RewriteContext {
  const zone = pick(random, ZONE_KEYS);
  const year = randomInt(random, YEARS.min, YEARS.max);
  const companies = new Map<string, string>();
  for (const name of SEED_COMPANIES) companies.set(name, pick(random, BRANDS) + name.slice(2));
  return { random, zone, year, companies };
}

/** The same written form (full, city-prefixed, bare) of the context's zone. */
function swapZone(form: string, zone: RewriteContext["zone"]): string {
  for (const key of ZONE_KEYS) {
    const index = (ZONE_FORMS[key] as readonly string[]).indexOf(form);
    if (index >= 0) return ZONE_FORMS[zone][index];
  }
  return form;
}

/** A new value near `value` with the same number of decimals (percentages stay below 100). */
export function renumber(random: Random, written: string, isPercent: boolean): string {
  const decimals = written.includes(".") ? written.length - written.indexOf(".") - 1 : 0;
  const value = Number(written);
  let next = value * (0.5 + random() * 1.5);
  if (isPercent && value < 100) next = Math.min(next, 99);
  const step = 10 ** -decimals;
  next = Math.max(step, Math.round(next / step) * step);
  return next.toFixed(decimals);
}

/** Rewrites one number in its surroundings, or keeps it (dates, ranges, ordinals, codes, small counts). */
function rewriteNumber(context: RewriteContext, written: string, before: string, after: string): string {
  const asInt = Number(written);
  if (/^20[12]\d$/.test(written) && (after.startsWith("年") || /望$/.test(before))) {
    const year = context.year + (asInt - SEED_BASE_YEAR);
    return String(Math.min(Math.max(year, YEARS.min - 5), YEARS.max + 5));
  }
  if (DATE_UNIT_AFTER.test(after) || KEEP_BEFORE.test(before) || KEEP_AFTER.test(after)) return written;
  if (!written.includes(".") && asInt < 10) return written;
  return renumber(context.random, written, after.startsWith("%"));
}

/** Rewrites a seed sentence or line for the context's zone, year, numbers and companies. */
export function rewrite(context: RewriteContext, text: string): string {
  const zoned = text.replace(ZONE_PATTERN, (form) => swapZone(form, context.zone));
  const named = zoned.replace(COMPANY_PATTERN, (name) => context.companies.get(name) ?? name);
  return named.replace(NUMBER, (written, offset: number, whole: string) =>
    rewriteNumber(
      context,
      written,
      whole.slice(Math.max(0, offset - 2), offset),
      whole.slice(offset + written.length, offset + written.length + 2),
    ),
  );
}
