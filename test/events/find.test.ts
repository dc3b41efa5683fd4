import { describe, expect, it } from "vitest";
import { findMentions } from "../../data/entities/find.ts";
import { resolveEntities } from "../../data/entities/resolve.ts";
import { findEventClauses, findEvents, finishEvents } from "../../data/events/find.ts";
import type { EventDraft } from "../../data/types.ts";
import { SEED_FILES, seedDoc, sentenceDoc } from "../entities/helpers.ts";

const docs = SEED_FILES.map(seedDoc);
const { entities, mentions } = resolveEntities(
  docs.flatMap((d) => findMentions(d)),
  docs,
);
const nameOf = new Map(entities.map((e) => [e.entity_id, e.name]));
const events = new Map(docs.map((d) => [d.doc_id, findEvents(d, mentions)]));
const brief = (e: EventDraft) => [e.date, e.precision, e.end_date, e.action, e.amount_cny, e.project_count];

describe("findEvents on the seeds", () => {
  it("findEvents finds the dated happenings of each seed (golden list)", () => {
    const got = Object.fromEntries([...events].map(([id, evs]) => [id, evs.map(brief)]));
    expect(got).toEqual({
      // 上半年新签约亿元以上产业项目17个 is a tally of the half-year, not a happening (round 4: TALLY_AFTER).
      "000": [],
      "001": [],
      "002": [
        ["2017-09-22", "day", null, "签约", 19_700_000_000, null],
        ["2017-09-29", "day", null, "上市", null, null],
        ["2017-11-25", "day", null, "下线", null, null],
        // "9月22日,…推介会在此举行" is the venue of the 签约 above (absorbMeetings), not another event.
        ["2017-01-01", "year", null, "启动", null, null],
        // The lead's 11月11日 开工 merged into this, the section's fuller report.
        ["2017-11-11", "day", null, "开工", 12_470_000_000, 20],
      ],
      "003": [[null, null, null, "会议", null, null]],
      "004": [
        ["2023-05-12", "day", null, "签约", null, null],
        ["2023-09-26", "day", null, "签约", null, null],
        ["2023-06-16", "day", null, "签约", null, 13],
        ["2023-09-04", "day", "2023-09-05", "考察", null, 12],
        ["2023-02-14", "day", null, "会议", null, 20],
        ["2023-08-23", "day", null, "会议", null, null],
        ["2023-11-03", "day", null, "会议", null, 14],
        ["2023-05-24", "day", null, "会议", null, null],
        ["2023-02-01", "month", null, "创纪录", null, null],
        ["2023-08-04", "day", null, "会议", null, null],
        ["2023-12-09", "day", null, "会议", null, null],
        // 举行 here: the crude test sentences carry no section headings; with the pipeline's
        // structure the heading “…立交桥转体合龙” makes it 合龙 (test/golden).
        ["2023-08-28", "day", null, "举行", null, null],
        ["2023-09-22", "day", null, "开园", null, null],
        ["2023-10-15", "day", null, "举行", null, null],
        ["2023-04-01", "month", null, "上线", null, null],
        ["2023-06-16", "day", null, "启动", null, null],
        ["2023-07-03", "day", null, "举行", null, null],
      ],
    });
  });

  it("findEvents links the entities named in the clause", () => {
    const komatsu = events.get("004")!.find((e) => e.date === "2023-05-12")!;
    expect(komatsu.entity_ids.map((id) => nameOf.get(id)).sort()).toEqual(
      ["小松(中国)投资有限公司", "小松全球智能制造产业基地项目", "济宁高新区管委会"].sort(),
    );
    const trip = events.get("004")!.find((e) => e.action === "考察")!;
    expect(trip.entity_ids.map((id) => nameOf.get(id))).toContain("陈成华");
  });

  it("findEvents gives ids, offsets and text that point back into the document", () => {
    for (const doc of docs) {
      for (const e of events.get(doc.doc_id)!) {
        expect(doc.text.slice(e.start, e.end)).toBe(e.text);
        expect(e.event_id).toBe(`${doc.doc_id}-ev${e.start}`);
        expect(doc.sentences.some((s) => s.sentence_id === e.sentence_id && s.start <= e.start && e.start < s.end)).toBe(true);
      }
    }
  });

  it("findEvents extends an event over a following 当天/此次 sentence", () => {
    const groundbreaking = events.get("002")!.find((e) => e.action === "开工")!;
    expect(groundbreaking.text).toMatch(/^11月11日上午.*。当天,包括红星爱琴海城市综合体/);
  });

  it("findEvents keeps one event per date and action, with the fuller clause and all entities (002: 11月11日 开工)", () => {
    const groundbreakings = events.get("002")!.filter((e) => e.date === "2017-11-11");
    expect(groundbreakings).toHaveLength(1);
    expect(groundbreakings[0]!.entity_ids.map((id) => nameOf.get(id)).sort()).toEqual(
      ["山东铭德机械有限公司", "济宁高新技术产业开发区", "红星爱琴海城市综合体"].sort(),
    );
  });

  it("findEvents says where the year came from", () => {
    expect(events.get("002")![0]!.date_basis).toBe("year_from_report");
    expect(events.get("004")![0]!.date_basis).toBe("explicit");
    expect(events.get("003")![0]).toMatchObject({ date_basis: "day_only", date_evidence: "6日" });
  });
});

describe("findEvents on single sentences", () => {
  it.each([
    // A date that modifies a noun is not an event date.
    ["济宁高新区隆重举行2017年第四季度重大项目集中开工仪式。", 0],
    // A plan is not a happening.
    ["2024年,济宁高新区将继续凝心聚力,推进重点项目开工。", 0],
    // A result without an action is not an event.
    ["2024年,济宁高新区重点项目建设稳步推进,多个项目迎来重大进展。", 0],
    ["截至2023年12月底,全区备案托育机构36家。", 0],
    // Two dated clauses in one sentence make two events.
    ["9月29日,辰欣药业挂牌上市,11月25日,济宁玉柴发动机同步下线。", 2],
    // Same date, different actions: two events (the meeting names no entity, so it stays).
    ["9月22日,珠三角专题招商推介会在此举行。9月22日,与11家企业重点项目签约。", 2],
    // Chinese-numeral months.
    ["十一月十一日,总投资达124.7亿元的20个重大项目集中开工。", 1],
  ] as const)("findEvents(%j) finds %i events", (text, n) => {
    expect(findEvents(sentenceDoc(text, "济宁高新技术产业开发区", 2023), [])).toHaveLength(n);
  });

  // The same happening told twice in a document is one event. The second telling's date takes the year of the batch
  // its clause names (2017年第四季度) since round 3, so the report's year is the seed's own (2017) here.
  it("the same happening told twice is one event", () => {
    const text = "11月11日,总投资达124.7亿元的20个重大项目集中开工。11月11日上午,济宁高新区隆重举行2017年第四季度重大项目集中开工仪式。";
    expect(findEvents(sentenceDoc(text, "济宁高新技术产业开发区", 2017), []).map((e) => [e.date, e.action])).toEqual([
      ["2017-11-11", "开工"],
    ]);
  });

  it("findEvents takes the section heading's action when the clause only says a ceremony was held", () => {
    const doc = sentenceDoc("2023年8月28日,济宁高新区海川路北延上跨新兖铁路立交桥转体仪式举行。", "济宁高新技术产业开发区", 2023);
    const inSection = { ...doc, sentences: doc.sentences.map((s) => ({ ...s, section: "海川路北延上跨新兖铁路立交桥转体合龙" })) };
    expect(findEvents(inSection, []).map((e) => e.action)).toEqual(["合龙"]);
    expect(findEvents(doc, []).map((e) => e.action)).toEqual(["举行"]);
  });

  it("findEvents parses a Chinese-numeral month (十一月十一日)", () => {
    const [e] = findEvents(sentenceDoc("十一月十一日,总投资达124.7亿元的20个重大项目集中开工。", "济宁高新技术产业开发区", 2017), []);
    expect([e!.date, e!.precision, e!.action]).toEqual(["2017-11-11", "day", "开工"]);
  });

  it("findEvents throws TypeError on misuse", () => {
    expect(() => findEvents(sentenceDoc("x"), undefined as never)).toThrow(TypeError);
  });
});

describe("findEventClauses / finishEvents", () => {
  it("finishEvents(doc, findEventClauses(doc), mentions) equals findEvents(doc, mentions) on every seed", () => {
    for (const d of docs) expect(finishEvents(d, findEventClauses(d), mentions)).toEqual(events.get(d.doc_id));
  });

  it("findEventClauses finds the clauses without entities, before duplicates merge (002 tells 11月11日 开工 twice)", () => {
    const doc = docs.find((d) => d.doc_id === "002")!;
    const clauses = findEventClauses(doc);
    expect(clauses.every((c) => !("entity_ids" in c))).toBe(true);
    expect(clauses.filter((c) => c.date === "2017-11-11" && c.action === "开工").length).toBeGreaterThan(1);
    expect(events.get("002")!.filter((e) => e.date === "2017-11-11" && e.action === "开工")).toHaveLength(1);
  });

  it("findEventClauses and finishEvents throw TypeError on misuse", () => {
    expect(() => findEventClauses(null as never)).toThrow(TypeError);
    expect(() => finishEvents(docs[0]!, null as never, [])).toThrow(TypeError);
  });
});
