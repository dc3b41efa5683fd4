import { candidateAt } from "./candidate.ts";
import { MEASURE_UNIT, MEASURE_UNITS, measureUnit, SUFFIX_QUALIFIER } from "./lexicon.ts";
import { shiftDecimal } from "./parse/decimal.ts";
import { parseNumber } from "./parse/number.ts";
import { literalWords, QUANTITY_START, skipToStart } from "./scan.ts";
import { quantityHead, readQuantity } from "./shape.ts";
import type { Extractor } from "./types.ts";

/** Moves a value to the base unit by a power of ten, exactly (公斤 → t is 10^-3). */
function toBase(value: number, exponent: number): number {
  if (exponent === 0) return value;
  const sign = value < 0 ? -1 : 1;
  return sign * shiftDecimal(String(Math.abs(value)), exponent);
}

/**
 * Physical measures: 244.359亩, 1.2万亩, 70万平方米, 27公里, 106吨, 900马力, 200公里每小时,
 * 1000万千瓦 (kW), 5329亿千瓦时 (kWh), 1.2亿度电, 50平方公里, 3000公顷, 2996亿斤, 300万标准箱.
 */
export const measureExtractor: Extractor = {
  name: "measure",
  pattern: new RegExp(String.raw`${quantityHead()}\s*(?<unit>${MEASURE_UNIT})(?:\s*(?<after>${SUFFIX_QUALIFIER}))?`, "y"),
  // Every measure ends in a unit: none is tried after the last one.
  skipTo: skipToStart(QUANTITY_START, literalWords(Object.keys(MEASURE_UNITS))),
  extract(context, match) {
    const g = match.groups!;
    const q = readQuantity(match, g.after);
    if (!q) return null;
    const unit = measureUnit(g.unit!);
    if (!unit) return null;
    const exponent = unit.exponent;
    return candidateAt("measure", context, match, q.numStart, q.numEnd, {
      value: toBase(q.value, exponent),
      value_max: q.value_max === null ? null : toBase(q.value_max, exponent),
      unit: unit.unit,
      unit_text: g.unit!,
      classifier: null,
      kind: "measure",
      qualifier: q.qualifier,
      revalue: (numeral) => {
        const v = parseNumber(numeral);
        return v === null ? null : toBase(v, exponent);
      },
    });
  },
};
