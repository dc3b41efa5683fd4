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
