import type { DocumentRow, FactRow } from "../types.ts";

/**
 * The region a fact's figure is about: the fact's own region when the row has one, else its
 * document's, else null. The one place the derived tables read regions from, so the region
 * columns (documents.region, facts.region) plug in here when they exist.
 */
export function factRegion(fact: FactRow, doc: DocumentRow | undefined): string | null {
  const own = (fact as FactRow & { region?: string | null }).region;
  if (typeof own === "string" && own !== "") return own;
  const region = (doc as (DocumentRow & { region?: string | null }) | undefined)?.region;
  return typeof region === "string" && region !== "" ? region : null;
}
