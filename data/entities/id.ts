import { createHash } from "node:crypto";
import type { EntityType } from "../types.ts";

/** Stable entity id: "e-" + first 12 hex of sha256(`${type}:${canonical}`). */
export function entityId(type: EntityType, canonical: string): string {
  return `e-${createHash("sha256").update(`${type}:${canonical}`).digest("hex").slice(0, 12)}`;
}
