export { MENTION_REFINERS } from "./config.ts";
export { nameCore } from "./core.ts";
export { findMentions } from "./find.ts";
export { entityId } from "./id.ts";
export { resolveEntities } from "./resolve.ts";
export { ENTITY_RULES } from "./rules/index.ts";
export type { Candidate, EntityRule, MentionRefiner, MentionTrace } from "./types.ts";
