// Runs every compiled example (see `npm run examples`) in its own process, as a user's script would
// run, so each starts with fresh default names (dense, dense_1, ...) and prints its summaries.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";

const dir = resolve(".tmp/examples");
const files = readdirSync(dir).filter((f) => f.endsWith(".js")).sort();
if (files.length === 0) throw new Error(`no compiled examples in ${dir}`);
for (const f of files) {
  console.log(`\n=== examples/${f.replace(/\.js$/, ".ts")} ===`);
  execFileSync(process.execPath, [join(dir, f)], { stdio: "inherit" });
}
console.log(`\n${files.length} examples ran.`);
