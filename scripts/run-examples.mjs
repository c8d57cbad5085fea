// Runs every compiled example (see `npm run examples`) in its own process, as a user's script would
// run, so each starts with fresh default names (dense, dense_1, ...) and prints its summaries. They run as
// many at a time as the machine has cores; each one's output is printed whole, in file order.
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { pool } from "./pool.mjs";

const dir = resolve(".tmp/examples");
const files = readdirSync(dir).filter((f) => f.endsWith(".js")).sort();
if (files.length === 0) throw new Error(`no compiled examples in ${dir}`);

const run = (f) =>
  new Promise((done) => {
    const child = spawn(process.execPath, [join(dir, f)], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (code, signal) => done({ code, signal, out }));
  });

let failed = 0;
await pool(files.map((f) => () => run(f)), availableParallelism(), (r, i) => {
  const name = `examples/${files[i].replace(/\.js$/, ".ts")}`;
  console.log(`\n=== ${name} ===`);
  process.stdout.write(r.out);
  if (r.code !== 0) {
    failed++;
    console.log(`${name} failed: ${r.signal ? `signal ${r.signal}` : `exit code ${r.code}`}`);
  }
});
if (failed) {
  console.log(`\n${failed} example(s) failed.`);
  process.exit(1);
}
console.log(`\n${files.length} examples ran.`);
