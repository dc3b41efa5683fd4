// Links between pages that keep working when the site is deployed under a
// sub-folder (an intranet share, /reports-workbench/ …): resolved against the
// site root, which is two levels above this module (/_import/components/x.js).

/** The site root URL, derived from where this module is served. */
export function siteRoot(moduleUrl: string = import.meta.url): URL {
  const url = new URL(moduleUrl);
  // Built: /_import/components/siteHref.<hash>.js; preview: /_import/components/siteHref.ts?sha=…
  const marker = url.pathname.lastIndexOf("/_import/");
  return new URL(marker >= 0 ? url.pathname.slice(0, marker + 1) : "/", url);
}

/** A root-relative site path ("/reports/x#f-1") as a URL path that respects the deployment folder. */
export function siteHref(path: string, moduleUrl?: string): string {
  if (!path.startsWith("/")) throw new TypeError(`siteHref: path must start with "/", got ${path}`);
  const root = siteRoot(moduleUrl);
  return root.pathname + path.slice(1);
}
