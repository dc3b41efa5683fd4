import { COMPANIES } from "./companies.ts";
import { GOVERNMENT, INSTITUTIONS } from "./organizations.ts";
import { PARKS } from "./parks.ts";
import { PLACES } from "./places.ts";
import { PROJECTS } from "./projects.ts";
import type { GazetteerEntry } from "./types.ts";

/** Every curated known name. */
export const GAZETTEER: readonly GazetteerEntry[] = [...COMPANIES, ...INSTITUTIONS, ...GOVERNMENT, ...PARKS, ...PLACES, ...PROJECTS];
