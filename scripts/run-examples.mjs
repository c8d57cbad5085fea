// Runs every compiled example (see `npm run examples`) in its own process, as a user's script would
// run, so each starts with fresh default names (dense, dense_1, ...) and prints its summaries. They run as
// many at a time as the machine has cores; each one's output is printed whole, in file order.
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";

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

/** @type {Promise<{ code: number | null, signal: string | null, out: string }>[]} */
const results = new Array(files.length);
const gates = files.map(() => {
  let open;
  const p = new Promise((r) => (open = r));
  return { p, open };
});
let next = 0;
const worker = async () => {
  while (next < files.length) {
    const i = next++;
    results[i] = run(files[i]);
    gates[i].open();
    await results[i];
  }
};
const workers = Promise.all(Array.from({ length: Math.min(Math.max(1, availableParallelism()), files.length) }, worker));

// Print in file order as soon as each example (and all before it) has finished.
let failed = 0;
for (const [i, f] of files.entries()) {
  await gates[i].p;
  const r = await results[i];
  console.log(`\n=== examples/${f.replace(/\.js$/, ".ts")} ===`);
  process.stdout.write(r.out);
  if (r.code !== 0) {
    failed++;
    console.log(`examples/${f.replace(/\.js$/, ".ts")} failed: ${r.signal ? `signal ${r.signal}` : `exit code ${r.code}`}`);
  }
}
await workers;
if (failed) {
  console.log(`\n${failed} example(s) failed.`);
  process.exit(1);
}
console.log(`\n${files.length} examples ran.`);
