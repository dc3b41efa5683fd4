// Filter and selection state in the query string: typed parameters with
// defaults; anything invalid falls back to its default and is reported, so a
// page can show a visible note instead of silently ignoring it.

/** One typed query parameter: its default, how to read it and how to write it back. */
export interface Param<T> {
  default: T;
  /** The value for a raw string, or undefined when the string is not valid. */
  parse(raw: string): T | undefined;
  format(value: T): string;
  /** Why a raw string was refused (shown to the user). */
  describe: string;
}

/** Parameters of a page by name. */
export type Schema = Record<string, Param<unknown>>;

/** Site-wide parameters every page accepts and keeps (presentation mode: ?present=N). */
export const GLOBAL_PARAMS: ReadonlySet<string> = new Set(["present"]);

/** The values of a schema's parameters. */
export type Values<S extends Schema> = { [K in keyof S]: S[K] extends Param<infer T> ? T : never };

/** A parameter that was refused, and why. */
export interface Rejected {
  name: string;
  value: string;
  reason: string;
}

/** Outcome of `parseParams`. */
export interface Parsed<S extends Schema> {
  values: Values<S>;
  rejected: Rejected[];
}

/** Free text, trimmed; longer than `maxLength` is refused. */
function text(def = "", maxLength = 100): Param<string> {
  return {
    default: def,
    parse: (raw) => (raw.trim().length <= maxLength ? raw.trim() : undefined),
    format: String,
    describe: `不超过 ${maxLength} 个字符的文本`,
  };
}

/** An integer in [min, max]; the empty string means the default. */
function integer(def: number | null, min: number, max: number): Param<number | null> {
  if (!(min <= max)) throw new TypeError(`param.integer: min ${min} > max ${max}`);
  return {
    default: def,
    parse: (raw) => {
      if (!/^-?\d+$/.test(raw.trim())) return undefined;
      const n = Number(raw.trim());
      return n >= min && n <= max ? n : undefined;
    },
    format: (v) => (v == null ? "" : String(v)),
    describe: `${min} 到 ${max} 之间的整数`,
  };
}

/** One of a fixed list of values. */
function oneOf<T extends string>(values: readonly T[], def: T): Param<T> {
  if (!values.includes(def)) throw new TypeError(`param.oneOf: default ${JSON.stringify(def)} is not one of ${JSON.stringify(values)}`);
  return {
    default: def,
    parse: (raw) => ((values as readonly string[]).includes(raw) ? (raw as T) : undefined),
    format: String,
    describe: `以下之一：${values.map((v) => v || "（空）").join("、")}`,
  };
}

/** Constructors of typed parameters. */
export const param = { text, integer, oneOf };

function search(input: string | URLSearchParams): URLSearchParams {
  return typeof input === "string" ? new URLSearchParams(input) : input;
}

/** Reads `search` against `schema`: unknown, duplicate and invalid parameters are rejected; every missing value takes its default. */
export function parseParams<S extends Schema>(schema: S, input: string | URLSearchParams): Parsed<S> {
  const params = search(input);
  const values: Record<string, unknown> = {};
  const rejected: Rejected[] = [];
  for (const [name, p] of Object.entries(schema)) values[name] = p.default;
  const seen = new Set<string>();
  for (const [name, value] of params) {
    const p = Object.hasOwn(schema, name) ? schema[name] : undefined;
    if (!p && GLOBAL_PARAMS.has(name)) continue;
    if (!p) {
      rejected.push({ name, value, reason: "未知参数" });
    } else if (seen.has(name)) {
      rejected.push({ name, value, reason: "重复参数，只用第一个" });
    } else {
      seen.add(name);
      const parsed = value === "" ? p.default : p.parse(value);
      if (parsed === undefined) rejected.push({ name, value, reason: `应为${p.describe}` });
      else values[name] = parsed;
    }
  }
  return { values: values as Values<S>, rejected };
}

/** The query string for `values` ("?a=1&b=x", or "" when every value is its default); parameters keep the schema's order. */
export function serializeParams<S extends Schema>(schema: S, values: Partial<Values<S>>): string {
  const out = new URLSearchParams();
  for (const [name, p] of Object.entries(schema)) {
    if (!(name in values)) continue;
    const value = (values as Record<string, unknown>)[name];
    if (value === undefined || value === p.default) continue;
    const formatted = p.format(value);
    if (formatted !== "") out.set(name, formatted);
  }
  const s = out.toString();
  return s ? `?${s}` : "";
}

/** Replaces the current URL's query string with `values` (keeps path and hash; no history entry). */
export function writeParams<S extends Schema>(schema: S, values: Partial<Values<S>>, win: Window = globalThis.window): void {
  const { pathname, hash, search: current } = win.location;
  const kept = new URLSearchParams(current);
  const global = [...kept].filter(([name]) => GLOBAL_PARAMS.has(name) && !Object.hasOwn(schema, name));
  const own = serializeParams(schema, values);
  const rest = new URLSearchParams(global).toString();
  const next = own && rest ? `${own}&${rest}` : own || (rest ? `?${rest}` : "");
  if (next !== current) win.history.replaceState(win.history.state, "", `${pathname}${next}${hash}`);
}

/** A visible note listing refused parameters (an empty, hidden element when there are none). */
export function rejectedNote(rejected: Rejected[]): HTMLElement {
  const note = document.createElement("div");
  note.className = "param-note";
  note.setAttribute("role", "status");
  if (rejected.length === 0) {
    note.hidden = true;
    return note;
  }
  const head = document.createElement("strong");
  head.textContent = "部分地址参数无效，已改用默认值：";
  note.append(head);
  const list = document.createElement("ul");
  for (const r of rejected) {
    const li = document.createElement("li");
    const code = document.createElement("code");
    code.textContent = `${r.name}=${r.value}`;
    li.append(code, `：${r.reason}`);
    list.append(li);
  }
  note.append(list);
  return note;
}
