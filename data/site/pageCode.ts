// The JavaScript a Framework page runs, pulled out of its Markdown so it can be
// type-checked and linted like any module: ```js blocks verbatim, ```sql id=x
// blocks as a declared variable x, and inline ${…} expressions. Each generated
// line maps back to its line in the page, so problems are reported there.
// Hand-written: no maintained library extracts Framework's cell code with line maps.

/** The page's code as one module, and for each generated line (0-based) the page line (1-based) it came from. */
export interface PageCode {
  code: string;
  lines: number[];
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)([^\n]*)$/;

/** End index (exclusive) of the `${…}` expression whose `{` is at `open`, or -1 when unterminated. */
export function expressionEnd(text: string, open: number): number {
  // A stack of contexts: "{" code braces, "`" template literal bodies.
  const stack: string[] = ["{"];
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i]!;
    const top = stack[stack.length - 1];
    if (top === "`") {
      if (c === "\\") i++;
      else if (c === "`") stack.pop();
      else if (c === "$" && text[i + 1] === "{") {
        stack.push("{");
        i++;
      }
      continue;
    }
    if (c === "'" || c === '"') {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === "\\") i++;
    } else if (c === "`") stack.push("`");
    else if (c === "{") stack.push("{");
    else if (c === "}") {
      stack.pop();
      if (stack.length === 0) return i + 1;
    }
  }
  return -1;
}

function lineAt(index: number, starts: readonly number[]): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Extracts the page's JavaScript (see the file comment). */
export function extractPageCode(markdown: string): PageCode {
  if (typeof markdown !== "string") throw new TypeError("extractPageCode: markdown must be a string");
  const source = markdown.split("\n");
  const out: string[] = [];
  const lines: number[] = [];
  const emit = (text: string, line: number) => {
    for (const [k, part] of text.split("\n").entries()) {
      out.push(part);
      lines.push(line + k);
    }
  };
  let i = 0;
  // Front matter is YAML, not code.
  if (source[0] === "---") {
    const close = source.indexOf("---", 1);
    if (close > 0) i = close + 1;
  }
  const prose: Array<{ text: string; line: number }> = [];
  while (i < source.length) {
    const open = FENCE.exec(source[i]!);
    if (!open) {
      prose.push({ text: source[i]!, line: i + 1 });
      i++;
      continue;
    }
    const [, , marks, lang, info] = open;
    let end = i + 1;
    while (end < source.length && !source[end]!.trim().startsWith(marks!)) end++;
    const body = source.slice(i + 1, end);
    if (lang === "js" || lang === "javascript") {
      emit(`${body.join("\n")}\n;`, i + 2);
    } else if (lang === "sql") {
      const id = /\bid=([A-Za-z_$][\w$]*)/.exec(info!)?.[1];
      if (id) emit(`/** @type {any} */ const ${id} = /** @type {any} */ (null);`, i + 1);
    }
    i = end + 1;
  }
  // Inline expressions in prose and HTML.
  const text = prose.map((p) => p.text).join("\n");
  const starts = [0];
  for (let k = 0; k < text.length; k++) if (text[k] === "\n") starts.push(k + 1);
  for (let k = text.indexOf("${"); k >= 0; k = text.indexOf("${", k + 2)) {
    const end = expressionEnd(text, k + 1);
    if (end < 0) break;
    emit(`void (${text.slice(k + 2, end - 1)});`, prose[lineAt(k, starts) - 1]!.line);
    k = end - 2;
  }
  return { code: out.join("\n"), lines };
}
