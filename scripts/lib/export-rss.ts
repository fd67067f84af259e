// Writes a consultation's summary table as .xlsx to a temporary file and reports the time, the file's size and this
// process's peak RSS (the figure the 300 MB target is about). Run by scripts/bench-consultation-staff.ts.
// Usage: node --conditions=react-server --import tsx scripts/lib/export-rss.ts <tenantId> <consultationId>
import { createWriteStream, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeSummaryXlsx } from "@/lib/modules/consultation";

const [tenantId, consultationId] = process.argv.slice(2);
const file = path.join(os.tmpdir(), `lianxin-export-${process.pid}.xlsx`);
const t0 = performance.now();
await writeSummaryXlsx(tenantId!, consultationId!, createWriteStream(file));
const seconds = (performance.now() - t0) / 1000;
const size = statSync(file).size;
rmSync(file);
// maxRSS is in kilobytes.
console.log(
  `${seconds.toFixed(1)} s, ${(size / 2 ** 20).toFixed(1)} MB file, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
process.exit(0);
