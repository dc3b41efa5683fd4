export { findMentions } from "./find.ts";
export { resolveEntities } from "./resolve.ts";
