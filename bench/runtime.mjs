/**
 * The runtime mirror against TensorFlow.js: the same example code (ResNet50 from examples/applications,
 * or, until it exists, the branching Dense + Concatenate fixture) builds its model with shapeflow and with
 * TensorFlow.js layers 4.22 (CPU backend, zero initializers), in one process, alternating. A run is:
 * build the model, read its output shape, count its parameters and render its summary text.
 *
 *   node --expose-gc bench/runtime.mjs [--runs 5] [--json] [--model path/to/example.ts] [--baseline dir]
 *
 * --baseline: another build of shapeflow (a directory holding its index.js, e.g. main's bench/.tmp/lib
 * copied aside) timed in the same loop, so that a change is measured side by side with what it changes:
 * on a loaded machine, only ratios taken in one run mean anything.
 * --cpu: time each build by the process's CPU time (process.cpuUsage) instead of the wall clock, which on
 * a machine shared with other work counts the time the process waited for a core.
 *
 * Prints the medians and their ratio; only the ratio means anything beyond this machine and this run.
 * Expects bench/.tmp/lib (bench/run.mjs builds it; or `node bench/runtime.mjs --build`).
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { buildExample } from "./example-runner.mjs";
import { findExample } from "./fixtures.mjs";
import { buildLib, exists, lib, median, root } from "./lib.mjs";
import { ready, shim, tf } from "./tfjs-shim.mjs";

/** The model compared: ResNet50 from the examples, or until it exists the Dense + Concatenate fixture. */
const candidates = [
  { name: "resnet50", file: findExample("resnet50.ts") },
  { name: "dense-concat", file: "bench/fixtures/dense-concat.ts" },
];

const { values } = parseArgs({ options: { model: { type: "string" }, baseline: { type: "string" }, cpu: { type: "boolean", default: false }, runs: { type: "string", default: "5" }, json: { type: "boolean", default: false }, build: { type: "boolean", default: false } } });
const runs = Number(values.runs);
if (values.build || !exists(join(lib, "index.js"))) buildLib();

const chosen = values.model
  ? { name: values.model.replace(/^.*\/|\.ts$/g, ""), file: values.model }
  : candidates.find((c) => c.file !== undefined && exists(join(root, c.file)));
if (chosen === undefined) throw new Error("no model to compare");
const path = join(root, /** @type {string} */ (chosen.file));
const shapeflow = await import(pathToFileURL(join(lib, "index.js")).href);
const baseline = values.baseline === undefined ? undefined : await import(pathToFileURL(join(values.baseline, "index.js")).href);
await ready();

const gc = () => (globalThis.gc ? globalThis.gc() : undefined);
/** Time of one build, in milliseconds, and what it made. @param {() => { models: any[], layers: number }} build */
const pause = new Int32Array(new SharedArrayBuffer(4));
const time = (build) => {
  gc();
  // The collector frees the previous build's garbage partly on background threads after gc() returns
  // (TensorFlow.js leaves about 100 MB a build): wait for them, so that no build is billed the previous one's.
  Atomics.wait(pause, 0, 0, 30);
  if (values.cpu) {
    const c = process.cpuUsage();
    const made = build();
    const d = process.cpuUsage(c);
    return { ms: (d.user + d.system) / 1000, ...made };
  }
  const t = performance.now();
  const made = build();
  return { ms: performance.now() - t, ...made };
};

// The same model, twice: both must agree on what they built, or the comparison is off.
const sf = time(() => buildExample(path, shapeflow));
const tj = time(() => buildExample(path, shim));
const last = (/** @type {any[]} */ ms) => ms[ms.length - 1];
const what = (/** @type {any} */ m) => ({ params: m.countParams(), outputShape: JSON.stringify(m.outputShape) });
const a = what(last(sf.models));
const b = what(last(tj.models));
if (a.params !== b.params || a.outputShape !== b.outputShape)
  throw new Error(`the two libraries built different models: shapeflow ${JSON.stringify(a)} from ${sf.layers} layers, TensorFlow.js ${JSON.stringify(b)} from ${tj.layers}`);
const layers = sf.layers;
tf.disposeVariables();
// Two more builds each before timing, so that both are timed warm (the JIT has compiled both).
const uncounted = { count: false };
for (let r = 0; r < 2; r++) {
  buildExample(path, shapeflow, uncounted);
  if (baseline) buildExample(path, baseline, uncounted);
  buildExample(path, shim, uncounted);
  tf.disposeVariables();
}

/** @type {number[]} */
const sfTimes = [];
/** @type {number[]} */
const tfTimes = [];
/** @type {number[]} */
const baseTimes = [];
// With a baseline, the two shapeflow builds swap places every round: the build timed right after
// TF.js's pays for what TF.js leaves running (its code compiled again on background threads after each
// collection, about ten functions a build), and measured 5-9% slower (medians, session 11) than the one
// timed second, which always favoured the baseline.
for (let r = 0; r < runs; r++) {
  const first = baseline !== undefined && r % 2 === 1;
  if (first) baseTimes.push(time(() => buildExample(path, baseline, uncounted)).ms);
  sfTimes.push(time(() => buildExample(path, shapeflow, uncounted)).ms);
  if (baseline && !first) baseTimes.push(time(() => buildExample(path, baseline, uncounted)).ms);
  tfTimes.push(time(() => buildExample(path, shim, uncounted)).ms);
  tf.disposeVariables();
}
const result = {
  model: chosen.name,
  file: chosen.file,
  layers,
  params: a.params,
  runs,
  shapeflowMs: median(sfTimes),
  tfjsMs: median(tfTimes),
  ratio: /** @type {number} */ (median(tfTimes)) / /** @type {number} */ (median(sfTimes)),
  ...(baseline && { baselineMs: median(baseTimes), baselineRatio: /** @type {number} */ (median(tfTimes)) / /** @type {number} */ (median(baseTimes)) }),
};
if (values.json) console.log(JSON.stringify(result));
else
  console.log(
    `${chosen.name} (${layers} layers, ${a.params} params), median of ${runs} builds with shape, parameter count and summary${values.cpu ? " (CPU time)" : ""}:\n` +
      `  shapeflow ${result.shapeflowMs?.toFixed(2)} ms, TensorFlow.js ${result.tfjsMs?.toFixed(1)} ms: shapeflow is ${result.ratio.toFixed(0)}x faster` +
      (result.baselineMs === undefined ? "" : `\n  baseline ${values.baseline}: ${result.baselineMs.toFixed(2)} ms, ${result.baselineRatio?.toFixed(0)}x faster than TensorFlow.js; this build is ${(result.baselineMs / /** @type {number} */ (result.shapeflowMs)).toFixed(2)}x the baseline's speed`),
  );
