// `npm test`'s type check: the library, tests and examples (tsconfig.json) and the conformance tests on
// TypeScript 7, 6.0 and 5.9, and the type tests on 5.3 (the oldest supported), as the `typecheck*`
// scripts run them one by one. Each compiler run is one process, mostly on one core, so they run as many
// at a time as the machine has cores; each run's output is printed whole, in this order, when it ends.
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { pool } from "./pool.mjs";

const jobs = [
  ["typescript", "tsconfig.json"],
  ["typescript", "test/conformance/tsconfig.json"],
  ["typescript-5.9", "tsconfig.json"],
  ["typescript-5.9", "test/conformance/tsconfig.json"],
  ["typescript-6.0", "tsconfig.json"],
  ["typescript-6.0", "test/conformance/tsconfig.json"],
  ["typescript-5.3", "type-tests/tsconfig.json"],
];

const run = ([pkg, project]) =>
  new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, [`node_modules/${pkg}/bin/tsc`, "-p", project], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (code) => done({ pkg, project, code, out, seconds: (performance.now() - started) / 1000 }));
  });

let failed = 0;
await pool(jobs.map((j) => () => run(j)), availableParallelism(), (r) => {
  const ok = r.code === 0;
  if (!ok) failed++;
  console.log(`${ok ? "ok  " : "FAIL"} ${r.pkg.padEnd(15)} -p ${r.project.padEnd(31)} ${r.seconds.toFixed(1)} s`);
  if (r.out.trim()) console.log(r.out.trimEnd());
});
if (failed) {
  console.log(`\n${failed} type check(s) failed.`);
  process.exit(1);
}
