// A small line diff for golden-test failures: LCS over lines, printed as a unified diff.

/** One line of a diff: kept (" "), removed ("-") or added ("+"). */
export interface DiffLine {
  op: " " | "-" | "+";
  text: string;
}

/** Line-by-line edit script from `a` to `b` (longest common subsequence; removals before additions). */
export function diffLines(a: readonly string[], b: readonly string[]): DiffLine[] {
  const n = a.length;
  const m = b.length;
  // lcs[i][j] = length of the LCS of a[i..] and b[j..].
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ op: " ", text: a[i]! });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) out.push({ op: "-", text: a[i++]! });
    else out.push({ op: "+", text: b[j++]! });
  }
  while (i < n) out.push({ op: "-", text: a[i++]! });
  while (j < m) out.push({ op: "+", text: b[j++]! });
  return out;
}

/**
 * Unified diff of two texts with `context` unchanged lines around each change, under
 * "--- expected" / "+++ actual" headers; "" when the texts are equal.
 */
export function unifiedDiff(
  expected: string,
  actual: string,
  context = 2,
  labels: readonly [string, string] = ["expected", "actual"],
): string {
  if (!Number.isInteger(context) || context < 0) throw new TypeError(`unifiedDiff: context must be a non-negative integer, got ${context}`);
  if (expected === actual) return "";
  const lines = diffLines(expected.split("\n"), actual.split("\n"));
  const changed = lines.flatMap((l, k) => (l.op === " " ? [] : [k]));
  // Group changes whose context windows touch into hunks.
  const hunks: [number, number][] = [];
  for (const k of changed) {
    const from = Math.max(0, k - context);
    const to = Math.min(lines.length, k + context + 1);
    const last = hunks[hunks.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else hunks.push([from, to]);
  }
  const out = [`--- ${labels[0]}`, `+++ ${labels[1]}`];
  for (const [from, to] of hunks) {
    // Line numbers (1-based) of the hunk's first line in each text.
    let oldLine = 1;
    let newLine = 1;
    for (const l of lines.slice(0, from)) {
      if (l.op !== "+") oldLine++;
      if (l.op !== "-") newLine++;
    }
    const body = lines.slice(from, to);
    const oldCount = body.filter((l) => l.op !== "+").length;
    const newCount = body.filter((l) => l.op !== "-").length;
    out.push(`@@ -${oldLine},${oldCount} +${newLine},${newCount} @@`);
    for (const l of body) out.push(`${l.op}${l.text}`);
  }
  return out.join("\n");
}
