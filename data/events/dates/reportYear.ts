import { collectYearEvidence } from "../../meta/index.ts";
import { YEAR_WEIGHTS } from "../../meta/lexicon.ts";
import { toMatchView } from "../../normalize/index.ts";
import type { DocContext } from "../../types.ts";
import { BATCH_NAMED, MIN_REPORT_YEAR_WEIGHT, PLANNED_LEAD, YEAR_OPENED } from "../lexicon.ts";

/** The year a date written without one may take from its report, or why it takes none. */
export interface ReportYear {
  year: number | null;
  /** Why the report's year is not used (its only words, too weak to date a happening); null when it is used or there is none. */
  weak: string | null;
}

/**
 * The report's year as yearless event dates may use it: only when the words it was inferred from weigh at least
 * MIN_REPORT_YEAR_WEIGHT (a publication line, the title, a look back, or more than one mention), or when the report names a
 * batch of that year (2018年秋季, 2025年第三批: BATCH_NAMED) or a year whose work it opens (…2021年招商引资工作全面拉开大幕: YEAR_OPENED).
 * A news item whose only year is an incidental one (…开发区始建于2003年1月) does not date its 11月2日: unknown beats wrong.
 * A year the caller gives with no words for it in the text (a test's context) is taken as given.
 */
export function reportYearOf(doc: DocContext): ReportYear {
  if (doc.year === null) return { year: null, weak: null };
  const context = { text: doc.text, title: doc.title, region: doc.region?.name ?? null };
  // Weighed as the document's year was inferred (data/meta/year/infer.ts): title evidence counts more.
  const evidence = [
    ...collectYearEvidence(context, doc.title).map((e) => ({ ...e, weight: e.weight + YEAR_WEIGHTS.inTitle })),
    ...collectYearEvidence(context, doc.text),
  ].filter((e) => e.year === doc.year);
  // A plan's year (计划2020年6月竣工, 拟于2024年投产) says when something is to happen, never when the report's happenings were.
  const told = evidence.filter((e) => !PLANNED_LEAD.test(e.basis.slice(0, Math.max(0, e.basis.indexOf(String(e.year))))));
  const weight = told.reduce((sum, e) => sum + e.weight, 0);
  if (evidence.length === 0 || weight >= MIN_REPORT_YEAR_WEIGHT) return { year: doc.year, weak: null };
  const view = doc.view ?? toMatchView(doc.text);
  for (const m of [...view.matchAll(BATCH_NAMED), ...view.matchAll(YEAR_OPENED)])
    if (Number(m[1]) === doc.year) return { year: doc.year, weak: null };
  return { year: null, weak: `报告年份${doc.year}只见于“${evidence[0]!.basis}”，不足以定年` };
}
