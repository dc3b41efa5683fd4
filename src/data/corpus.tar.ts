// Data loader: every report in seeds/ (or WORKBENCH_REPORTS) → one tar of Parquet tables
// (FileAttachment("data/corpus/facts.parquet") and so on).
// Failed reports are listed in errors.parquet and on stderr; they never stop the others.
import { printable } from "../../data/cli/printable.ts";
import { buildCorpusArchive } from "../../data/site/corpus.ts";
import { REPORTS_DIR } from "../../data/site/reportsDir.ts";

const { archive, result } = await buildCorpusArchive(REPORTS_DIR);
for (const e of result.errors) console.error(`ingest error: ${printable(e.file)} [${e.stage}] ${printable(e.message)}`);
console.error(
  `corpus: ${result.documents.length} documents, ${result.sentences.length} sentences, ${result.facts.length} facts, ` +
    `${result.entities.length} entities, ${result.events.length} events, ${result.errors.length} errors`,
);
process.stdout.write(archive);
