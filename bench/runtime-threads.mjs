/**
 * Where a timed build's CPU time goes, thread by thread: builds one library as bench/runtime.mjs times
 * it (a full collection and a 30 ms pause before each build, TF.js's builds in between unless
 * --no-tfjs), and reads each thread's CPU time around every build from /proc/self/task/<tid>/schedstat
 * (Linux). process.cpuUsage(), which bench/runtime.mjs's --cpu reads, counts every thread: the main
 * thread's work, and V8's background threads (TurboFan compiling, the collector's helpers).
 *
 *   node --expose-gc bench/runtime-threads.mjs [--lib bench/.tmp/lib] [--model examples/resnet50.ts] [--runs 160] [--skip 40] [--no-tfjs] [--mark]
 *
 * --skip: builds left out of the figures (the JIT's warm-up). --mark: prints "@@BUILD n" and "@@END n"
 * around each build, so that the lines of --trace-opt / --trace-deopt / --trace-gc can be told apart by
 * build. With --cpu-prof, bench/.tmp/runtime-windows.json lists each counted build's start and end
 * (microseconds of the monotonic clock, as the profile's timestamps and `perf record -k mono`).
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { buildExample } from "./example-runner.mjs";
import { lib as builtLib, median, root, tmp } from "./lib.mjs";
import { ready, shim, tf } from "./tfjs-shim.mjs";

const { values } = parseArgs({
  options: {
    lib: { type: "string", default: builtLib },
    model: { type: "string", default: "examples/resnet50.ts" },
    runs: { type: "string", default: "160" },
    skip: { type: "string", default: "40" },
    "no-tfjs": { type: "boolean", default: false },
    mark: { type: "boolean", default: false },
  },
});
if (!globalThis.gc) throw new Error("run with node --expose-gc");
const gc = globalThis.gc;
const path = resolve(root, values.model);
const lib = await import(pathToFileURL(join(resolve(values.lib), "index.js")).href);
const withTf = !values["no-tfjs"];
if (withTf) await ready();
const runs = Number(values.runs);
const skip = Number(values.skip);

/** CPU time of a thread so far, in milliseconds. @param {string} t */
const cpuOf = (t) => {
  try {
    return Number(readFileSync(`/proc/self/task/${t}/schedstat`, "utf8").split(" ")[0]) / 1e6;
  } catch {
    return undefined; // a thread that ended meanwhile
  }
};
const self = String(process.pid);
/**
 * CPU time of each thread so far, in milliseconds. The main thread's is read last before a build and
 * first after it (`mainLast`), so that the reading of the others' is not counted as its work.
 * @param {boolean} mainLast
 */
const threads = (mainLast) => {
  const m = new Map();
  if (!mainLast) m.set(self, cpuOf(self));
  for (const t of readdirSync("/proc/self/task")) if (t !== self) m.set(t, cpuOf(t));
  if (mainLast) m.set(self, cpuOf(self));
  return m;
};
const pause = new Int32Array(new SharedArrayBuffer(4));
const uncounted = { count: false };
const tfBuild = () => {
  if (!withTf) return;
  buildExample(path, shim, uncounted);
  tf.disposeVariables();
};
buildExample(path, lib);
for (let r = 0; r < 2; r++) buildExample(path, lib, uncounted), tfBuild();

let main = 0;
let others = 0;
/** @type {number[]} */
const process_ = [];
/** @type {[number, number][]} */
const windows = [];
for (let r = 0; r < runs; r++) {
  gc();
  Atomics.wait(pause, 0, 0, 30);
  if (values.mark) console.log(`@@BUILD ${r}`);
  const before = threads(true);
  const cpu = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  buildExample(path, lib, uncounted);
  const t1 = process.hrtime.bigint();
  const d = process.cpuUsage(cpu);
  const after = threads(false);
  if (values.mark) console.log(`@@END ${r}`);
  if (r >= skip) {
    for (const [t, ms] of after) {
      const spent = ms === undefined ? 0 : ms - (before.get(t) ?? ms);
      if (Number(t) === process.pid) main += spent;
      else others += spent;
    }
    process_.push((d.user + d.system) / 1000);
    windows.push([Number(t0 / 1000n), Number(t1 / 1000n)]);
  }
  gc();
  Atomics.wait(pause, 0, 0, 30);
  tfBuild();
}
writeFileSync(join(tmp, "runtime-windows.json"), JSON.stringify(windows));
const n = runs - skip;
console.log(
  `${values.model}, builds ${skip}-${runs - 1}${withTf ? " (TF.js's builds in between)" : ""}: process CPU median ${median(process_)?.toFixed(2)} ms, mean ${(process_.reduce((a, b) => a + b, 0) / n).toFixed(2)} ms; ` +
    `by thread, mean a build: main ${(main / n).toFixed(2)} ms, all others ${(others / n).toFixed(2)} ms`,
);
