import type { DocumentRow, FactRow, IndicatorValueRow, TargetLedgerRow } from "../types.ts";
import { targetLedger } from "./ledger.ts";
import { indicatorValues, type RegionOf } from "./values.ts";

/** The derived tables ingest writes next to the extracted ones. */
export function deriveIndicatorTables(
  documents: readonly DocumentRow[],
  facts: readonly FactRow[],
  regionOf?: RegionOf,
): { indicator_values: IndicatorValueRow[]; target_ledger: TargetLedgerRow[] } {
  const indicator_values = indicatorValues(documents, facts, regionOf);
  return { indicator_values, target_ledger: targetLedger(indicator_values) };
}
