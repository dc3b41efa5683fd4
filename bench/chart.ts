// Charts for REPORT.md as SVG strings, drawn with d3 scales and path generators (no DOM needed).
import { extent, line, max, scaleBand, scaleLinear, scaleLog } from "d3";
import type { IngestRun, LoadRow } from "./types.ts";

const COLORS = ["#4269d0", "#ff725c", "#3ca951", "#efb118", "#a463f2"];
const FONT = 'font-family="system-ui, sans-serif" font-size="11"';

function esc(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
}

function fmt(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n >= 1 ? n.toFixed(2) : n.toPrecision(2);
}

/** Log–log lines of ingest wall time against corpus size, one per worker count, with a slope-1 guide. */
export function ingestChart(runs: readonly IngestRun[], width = 640, height = 320): string {
  if (runs.length === 0) throw new TypeError("ingestChart: no runs");
  const m = { top: 20, right: 120, bottom: 40, left: 56 };
  const [x0, x1] = extent(runs, (r) => r.textMB) as [number, number];
  const [y0, y1] = extent(runs, (r) => r.wallMs / 1000) as [number, number];
  const x = scaleLog()
    .domain([x0, x1 === x0 ? x0 * 10 : x1])
    .range([m.left, width - m.right])
    .nice();
  const y = scaleLog()
    .domain([y0, y1 === y0 ? y0 * 10 : y1])
    .range([height - m.bottom, m.top])
    .nice();
  const path = line<IngestRun>()
    .x((r) => x(r.textMB))
    .y((r) => y(r.wallMs / 1000));
  const workers = [...new Set(runs.map((r) => r.workers))].sort((a, b) => a - b);
  const parts: string[] = [];
  for (const t of x.ticks(5)) {
    if (!Number.isInteger(Math.log10(t))) continue;
    parts.push(`<line x1="${x(t)}" x2="${x(t)}" y1="${m.top}" y2="${height - m.bottom}" stroke="#ccc"/>`);
    parts.push(`<text x="${x(t)}" y="${height - m.bottom + 14}" text-anchor="middle">${fmt(t)}</text>`);
  }
  for (const t of y.ticks(5)) {
    if (!Number.isInteger(Math.log10(t))) continue;
    parts.push(`<line x1="${m.left}" x2="${width - m.right}" y1="${y(t)}" y2="${y(t)}" stroke="#ccc"/>`);
    parts.push(`<text x="${m.left - 6}" y="${y(t) + 4}" text-anchor="end">${fmt(t)}</text>`);
  }
  // Guide: linear growth through the largest single-worker run.
  const anchor = runs.filter((r) => r.workers === workers[0]).at(-1)!;
  const guide = (mb: number) => y((anchor.wallMs / 1000) * (mb / anchor.textMB));
  parts.push(
    `<line x1="${x(x.domain()[0])}" y1="${guide(x.domain()[0])}" x2="${x(anchor.textMB)}" y2="${guide(anchor.textMB)}" stroke="#999" stroke-dasharray="4 3"/>`,
  );
  workers.forEach((w, i) => {
    const series = runs.filter((r) => r.workers === w).sort((a, b) => a.textMB - b.textMB);
    const color = COLORS[i % COLORS.length];
    parts.push(`<path d="${path(series)}" fill="none" stroke="${color}" stroke-width="2"/>`);
    for (const r of series) parts.push(`<circle cx="${x(r.textMB)}" cy="${y(r.wallMs / 1000)}" r="3" fill="${color}"/>`);
    const last = series.at(-1)!;
    parts.push(`<text x="${x(last.textMB) + 8}" y="${y(last.wallMs / 1000) + 4}" fill="${color}">${w} worker${w > 1 ? "s" : ""}</text>`);
  });
  parts.push(`<text x="${width - m.right + 8}" y="${guide(anchor.textMB) + 18}" fill="#999">slope 1 (linear)</text>`);
  parts.push(`<text x="${(m.left + width - m.right) / 2}" y="${height - 6}" text-anchor="middle">corpus size (MB, log)</text>`);
  parts.push(
    `<text transform="translate(14 ${(m.top + height - m.bottom) / 2}) rotate(-90)" text-anchor="middle">ingest wall time (s, log)</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT}>${parts.join("")}</svg>`;
}

/** Horizontal stacked bars: time to first answered query per load path, split into its phases. */
export function loadChart(rows: readonly LoadRow[], width = 640): string {
  const ok = rows.filter((r) => r.ok && r.totalMs !== undefined);
  if (ok.length === 0) throw new TypeError("loadChart: no successful load paths");
  const m = { top: 20, right: 20, bottom: 40, left: 120 };
  const height = m.top + m.bottom + ok.length * 34;
  const x = scaleLinear()
    .domain([0, max(ok, (r) => r.totalMs!)!])
    .range([m.left, width - m.right])
    .nice();
  const y = scaleBand()
    .domain(ok.map((r) => r.path))
    .range([m.top, height - m.bottom])
    .padding(0.25);
  const parts: string[] = [];
  for (const t of x.ticks(6)) {
    parts.push(`<line x1="${x(t)}" x2="${x(t)}" y1="${m.top}" y2="${height - m.bottom}" stroke="#ccc"/>`);
    parts.push(`<text x="${x(t)}" y="${height - m.bottom + 14}" text-anchor="middle">${t}</text>`);
  }
  for (const r of ok) {
    const top = y(r.path)!;
    // Fetch and DuckDB start overlap; the bar shows the later of the two, then decode, insert, first query.
    const ready = Math.max(r.fetchMs ?? 0, r.startMs ?? 0);
    const segments: [string, number, number][] = [
      ["download / start", 0, ready],
      ["decode", ready, ready + (r.decodeMs ?? 0)],
      ["insert / attach", ready + (r.decodeMs ?? 0), r.totalMs! - (r.firstQueryMs ?? 0)],
      ["first query", r.totalMs! - (r.firstQueryMs ?? 0), r.totalMs!],
    ];
    segments.forEach(([name, a, b], i) => {
      if (b > a)
        parts.push(
          `<rect x="${x(a)}" y="${top}" width="${x(b) - x(a)}" height="${y.bandwidth()}" fill="${COLORS[i]}"><title>${esc(name)}</title></rect>`,
        );
    });
    parts.push(`<text x="${m.left - 6}" y="${top + y.bandwidth() / 2 + 4}" text-anchor="end">${esc(r.path)}</text>`);
    parts.push(`<text x="${x(r.totalMs!) + 4}" y="${top + y.bandwidth() / 2 + 4}">${fmt(r.totalMs! / 1000)} s</text>`);
  }
  const legend = ["download / start", "decode", "insert / attach", "first query"];
  legend.forEach((name, i) => {
    parts.push(`<rect x="${m.left + i * 120}" y="${height - 16}" width="10" height="10" fill="${COLORS[i]}"/>`);
    parts.push(`<text x="${m.left + i * 120 + 14}" y="${height - 7}">${name}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT}>${parts.join("")}</svg>`;
}
