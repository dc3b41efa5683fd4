// Loaded on every page by the config `head`: ?present (or ?present=N) shows the
// page one ## section per screen; a page with `briefing: true` in its front
// matter (the config adds <meta name="workbench-briefing">) starts presenting.
// Also: download buttons under every chart (SVG, PNG) and table (Excel), and a
// loading badge while the page's data is still coming.
import { autoPresent } from "./briefing.js";
import { watchExports } from "./exportMenu.js";
import { watchLoading } from "./loadingBadge.js";

autoPresent();
watchExports();
watchLoading();
