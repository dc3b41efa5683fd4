// Number formatting for REPORT.md.

/** Milliseconds: "850 ms", "1.24 s", or "–" when missing. */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return "–";
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Bytes in decimal units: "812 B", "46.2 kB", "8.41 MB", "1.20 GB". */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return "–";
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`;
  if (bytes < 1e9) return `${(bytes / 1e6).toFixed(2)} MB`;
  return `${(bytes / 1e9).toFixed(2)} GB`;
}

/** A number with `digits` decimals and thin grouping of thousands ("1,234.5"). */
export function formatNumber(n: number | null | undefined, digits = 0): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "–";
  return n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Row counts: 10k, 100k, 1M. */
export function formatRows(rows: number): string {
  if (rows >= 1e6 && rows % 1e6 === 0) return `${rows / 1e6}M`;
  if (rows >= 1e3 && rows % 1e3 === 0) return `${rows / 1e3}k`;
  return String(rows);
}

/** ✅ reached, ❌ missed, – not measured. */
export function formatReached(reached: boolean | null): string {
  return reached === null ? "– not measured" : reached ? "✅ reached" : "❌ missed";
}

/** A Markdown table; cells have `|` escaped. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly ("l" | "r")[]): string {
  const cell = (s: string) => s.replaceAll("|", "\\|").replaceAll("\n", " ");
  const rule = header.map((_, i) => (align?.[i] === "r" ? "---:" : "---"));
  return [header, rule, ...rows]
    .map((r) => `| ${r.map(cell).join(" | ")} |`)
    .join("\n")
    .replace(/\| (-{3}:?) \|/g, "| $1 |");
}
