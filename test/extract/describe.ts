import type { FactDraft } from "../../data/types.ts";

/** One line per fact, the form the tables in these tests are written in. */
export function describeFact(f: FactDraft): string {
  return `${f.text} ${f.kind} ${f.value} ${f.unit} q=${f.qualifier} m=${f.metric} p=${f.period} t=${f.is_target}`;
}
