// Loaded on every page by the config `head`: ?present (or ?present=N) shows the
// page one ## section per screen; a page with `briefing: true` in its front
// matter (the config adds <meta name="workbench-briefing">) starts presenting.
import { autoPresent } from "./briefing.js";

autoPresent();
