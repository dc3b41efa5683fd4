// The investment page's rows: project events (the investment actions, plus any event stating an
// amount or a project count) and the named projects with the yuan amounts of their sentences.
// Answered at build time for the first view (views/investment.json); see source.ts.
import type { DocumentRow, EventRow, FactRow } from "../contract/index.js";
import type { QuerySource } from "./source.js";

/** One project event with its report's region and title; dates as YYYY-MM-DD. */
export type InvestmentEvent = Pick<
  EventRow,
  "event_id" | "doc_id" | "date" | "precision" | "end_date" | "action" | "text" | "amount_cny" | "project_count" | "duplicate_of"
> &
  Pick<DocumentRow, "region" | "title">;

/** One mention of a project entity, with one yuan fact of its sentence (or none: fact fields null). */
export interface ProjectMentionRow {
  entity_id: string;
  name: string;
  mentions: number;
  doc_id: string;
  sentence_id: string;
  m_start: number;
  m_end: number;
  sentence: string;
  s_start: number;
  region: string | null;
  year: number | null;
  title: string;
  fact_id: string | null;
  value: number | null;
  unit: string | null;
  classifier: string | null;
  kind: FactRow["kind"] | null;
  qualifier: string | null;
  metric: string | null;
  period: string | null;
  is_target: boolean | null;
  f_text: string | null;
  f_start: number | null;
  f_end: number | null;
}

/** Everything the page shows before any filter. */
export interface InvestmentView {
  events: InvestmentEvent[];
  projects: ProjectMentionRow[];
}

export async function investmentView(source: QuerySource): Promise<InvestmentView> {
  const events = await source.rows(`select e.event_id, e.doc_id, strftime(e.date, '%Y-%m-%d') as date, e.precision,
      strftime(e.end_date, '%Y-%m-%d') as end_date, e.action, e.text, e.amount_cny, e.project_count::INTEGER as project_count, e.duplicate_of,
      d.region, d.title
    from events e join documents d using (doc_id)
    where e.action in ('签约', '开工', '投产') or e.amount_cny is not null or e.project_count is not null
    order by e.date nulls last, e.start, e.event_id`);
  const projects = await source.rows(`select en.entity_id, en.name, en.mentions::INTEGER as mentions, m.doc_id, m.sentence_id,
      m.start::INTEGER as m_start, m."end"::INTEGER as m_end, s.text as sentence, s.start::INTEGER as s_start, d.region, d.year::INTEGER as year, d.title,
      f.fact_id, f.value, f.unit, f.classifier, f.kind, f.qualifier, f.metric, f.period, f.is_target, f.text as f_text,
      f.start::INTEGER as f_start, f."end"::INTEGER as f_end
    from entities en join mentions m on m.entity_id = en.entity_id
    join sentences s on s.sentence_id = m.sentence_id
    join documents d on d.doc_id = m.doc_id
    left join facts f on f.sentence_id = m.sentence_id and f.unit = 'CNY'
    where en.type = 'project'
    order by en.mentions desc, en.name, m.doc_id, m.start, f.start`);
  return { events: events as unknown as InvestmentEvent[], projects: projects as unknown as ProjectMentionRow[] };
}
