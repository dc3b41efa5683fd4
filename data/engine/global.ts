/** `pattern` with only the g flag (as `new RegExp(pattern.source, "g")`), made once per pattern. */
const globals = new WeakMap<RegExp, RegExp>();

export function globalOf(pattern: RegExp): RegExp {
  let g = globals.get(pattern);
  if (!g) {
    g = new RegExp(pattern.source, "g");
    globals.set(pattern, g);
  }
  return g;
}

/**
 * `[...text.matchAll(pattern)]` without the copy of the pattern matchAll makes on every call: an exec loop on
 * `pattern` itself (a `g` pattern), from its lastIndex as matchAll starts, stepping over empty matches as
 * matchAll does; the pattern's lastIndex is left as it was.
 */
export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`execAll: ${pattern} needs the g flag`);
  const start = pattern.lastIndex;
  const unicode = pattern.unicode || pattern.flags.includes("v");
  const out: RegExpExecArray[] = [];
  try {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      out.push(m);
      if (m[0] !== "") continue;
      const at = pattern.lastIndex;
      const wide = unicode && (text.codePointAt(at) ?? 0) > 0xffff;
      pattern.lastIndex = at + (wide ? 2 : 1);
    }
  } finally {
    pattern.lastIndex = start;
  }
  return out;
}
