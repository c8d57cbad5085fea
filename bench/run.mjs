/**
 * The benchmark: type-check cost of the model zoo on TypeScript 7 and 5.9, the runtime mirror against
 * TensorFlow.js, the arithmetic engine against public libraries, and hover latency. Writes
 * bench/results.json and bench/RESULTS.md (with what changed since the previous results.json).
 *
 *   npm run bench                         everything, median of 3 runs (CI=true: 1 run)
 *   node bench/run.mjs --runs 5           more runs
 *   node bench/run.mjs --only resnet50,chain-list   fixtures whose name contains one of these
 *   node bench/run.mjs --skip runtime,arith,hover   leave parts out (their previous results are kept)
 *   node bench/run.mjs --limits           also find where each chain form stops on each compiler (slow)
 *
 * Each fixture is compiled alone in a project of its own (bench/.tmp/projects/) with the repo's strict
 * options and the library read from a fresh build of src/ (bench/.tmp/lib); the numbers are those of
 * `tsc --extendedDiagnostics` minus those of a project that loads the library and uses nothing.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { runArith } from "./arith.mjs";
import { buildExample } from "./example-runner.mjs";
import { fixtures } from "./fixtures.mjs";
import { forms, generate } from "./fixtures/generate.mjs";
import { baselineProject, buildLib, compilers, exists, fixtureProject, lib, machine, measure, median, project, root, tmp } from "./lib.mjs";
import { keptSection, renderResults } from "./report.mjs";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: process.env["CI"] ? "1" : "3" },
    only: { type: "string" },
    skip: { type: "string", default: "" },
    limits: { type: "boolean", default: false },
    timeout: { type: "string", default: "300" },
  },
});
const runs = Number(values.runs);
const timeout = Number(values.timeout);
const skip = new Set(values.skip.split(",").filter(Boolean));
const only = values.only?.split(",").filter(Boolean);
const resultsPath = join(root, "bench", "results.json");
const previous = exists(resultsPath) ? JSON.parse(readFileSync(resultsPath, "utf8")) : undefined;
const log = (/** @type {string} */ s) => process.stderr.write(`${s}\n`);

const changed = generate();
if (changed.length) log(`regenerated fixtures: ${changed.join(", ")}`);
log("building the library into bench/.tmp/lib ...");
buildLib();

const { present, missing } = fixtures();
for (const m of missing) log(`notice: skipping ${m}: the file does not exist yet`);
const chosen = present.filter((f) => !only || only.some((o) => f.name.includes(o)));

// --- type-check cost ---------------------------------------------------------------------------------

/** @param {import("./lib.mjs").Measure[]} ms */
const summarize = (ms) => {
  const ok = ms.filter((m) => m.status === "ok");
  const last = ms[ms.length - 1];
  if (ok.length < ms.length) return { status: last.status, why: last.why, wall: last.wall, instantiations: last.instantiations };
  const pick = (/** @type {keyof import("./lib.mjs").Measure} */ k) => median(ok.map((m) => /** @type {number} */ (m[k] ?? 0)));
  return {
    status: "ok",
    checkTime: pick("checkTime"),
    totalTime: pick("totalTime"),
    instantiations: pick("instantiations"),
    types: pick("types"),
    memory: pick("memory"),
    wall: pick("wall"),
    runs: ms.length,
  };
};

/** Medians of the baseline, per compiler; `libCheck`: of the empty project that `libCheck` fixtures are measured against. */
const baseline = {};
const libCheckBaseline = {};
for (const [into, base, label] of /** @type {const} */ ([[baseline, baselineProject(), "baseline"], [libCheckBaseline, baselineProject(true), "baseline without skipLibCheck"]]))
  for (const c of compilers) {
    const ms = [];
    for (let r = 0; r < runs; r++) ms.push(await measure(c, base, timeout));
    into[c.id] = summarize(ms);
    log(`${label} ${c.name}: check ${into[c.id].checkTime} s, total ${into[c.id].totalTime} s, ${into[c.id].memory} K`);
  }

/** Minus the baseline: seconds, instantiations, megabytes. @param {any} m @param {string} c @param {boolean} [libCheck] */
const overBaseline = (m, c, libCheck = false) => {
  const b = (libCheck ? libCheckBaseline : baseline)[c];
  return m.status !== "ok"
    ? m
    : {
        ...m,
        checkTime: m.checkTime - b.checkTime,
        totalTime: m.totalTime - b.totalTime,
        instantiations: m.instantiations - b.instantiations,
        types: m.types - b.types,
        memoryMB: (m.memory - b.memory) / 1024,
      };
};

const shapeflow = await import(pathToFileURL(join(lib, "index.js")).href);
/** The layers an example makes (every layer factory call, input() included), counted by running it with shapeflow. @param {import("./fixtures.mjs").Fixture} f */
const countLayers = (f) => {
  try {
    return buildExample(join(root, f.files[0]), shapeflow).layers || undefined;
  } catch (e) {
    log(`notice: ${f.name} did not run (${String(e).split("\n")[0]}), so its layers are not counted`);
    return undefined;
  }
};

const fixtureResults = {};
for (const f of chosen) {
  const p = fixtureProject(f);
  const byCompiler = {};
  for (const c of compilers) {
    const ms = [];
    for (let r = 0; r < runs; r++) {
      const m = await measure(c, p, timeout);
      ms.push(m);
      if (m.status !== "ok") break; // a stop or an error is the same every time
    }
    byCompiler[c.id] = overBaseline(summarize(ms), c.id, f.libCheck);
    const m = byCompiler[c.id];
    log(`${f.name.padEnd(26)} ${c.id.padEnd(6)} ${m.status === "ok" ? `${m.checkTime.toFixed(3)} s, ${m.instantiations} inst, ${m.memoryMB.toFixed(0)} MB` : `${m.status}: ${m.why}`}`);
  }
  const layers = f.layers ?? (f.libCheck ? undefined : countLayers(f)); // a libCheck fixture measures the library, not a model
  fixtureResults[f.name] = { group: f.group, libCheck: f.libCheck, files: f.files, layers, depth: f.depth, form: f.form, expect: f.expect, byCompiler };
}

// --- where each chain form stops ---------------------------------------------------------------------

/** Finds the longest chain of `form` that compiles on `c`, between `lo` (compiles) and `hi`. */
const bisect = async (form, c, lo, hi, step) => {
  const dir = join(tmp, "limits");
  mkdirSync(dir, { recursive: true });
  const tries = [];
  const compiles = async (n) => {
    const file = join(dir, `${form}-${n}.ts`);
    writeFileSync(file, forms[form](n));
    const m = await measure(c, project(`limit-${form}-${n}`, [file]), timeout);
    tries.push({ n, status: m.status, why: m.why });
    log(`limits: ${form} ${n} on ${c.id}: ${m.status}${m.why ? ` (${m.why})` : ""}`);
    return m;
  };
  const top = await compiles(hi);
  if (top.status === "ok") return { compiles: hi, stopsAt: undefined, tries };
  let why = top.why;
  while (hi - lo > step) {
    const mid = Math.round((lo + hi) / 2 / step) * step;
    const m = await compiles(mid);
    if (m.status === "ok") lo = mid;
    else [hi, why] = [mid, m.why];
  }
  return { compiles: lo, stopsAt: hi, why, tries };
};

let limits = previous?.limits;
if (values.limits) {
  limits = { date: new Date().toISOString().slice(0, 10), results: [] };
  // Ranges: from a length known to compile to twice the 1,000 layers the issue asks for (or, for the
  // single .add chain on 5.x, to where the facts put its stack overflow).
  const plan = [
    { form: "add-chain", c: "ts5.9", lo: 200, hi: 1000, step: 10 },
    { form: "add-chain", c: "ts7", lo: 1000, hi: 2000, step: 100 },
    { form: "list", c: "ts7", lo: 1000, hi: 2200, step: 50 },
    { form: "list", c: "ts5.9", lo: 1000, hi: 2200, step: 50 },
    { form: "add-split", c: "ts5.9", lo: 1000, hi: 2000, step: 100 },
    { form: "functional", c: "ts7", lo: 1000, hi: 2000, step: 100 },
    { form: "functional", c: "ts5.9", lo: 1000, hi: 2000, step: 100 },
  ];
  for (const p of plan) {
    const c = compilers.find((x) => x.id === p.c);
    limits.results.push({ form: p.form, compiler: p.c, ...(await bisect(p.form, c, p.lo, p.hi, p.step)) });
  }
}

// --- runtime, arithmetic, hover: each in a process of its own -------------------------------------------

/** Runs a bench script that prints JSON; returns it, or the previous result when skipped or failed. */
const script = (/** @type {string} */ name, /** @type {string[]} */ args, /** @type {unknown} */ old) => {
  if (skip.has(name)) return old;
  log(`${name} ...`);
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", maxBuffer: 64 << 20, timeout: 1800_000 });
  if (r.status !== 0) {
    log(`notice: ${name} failed: ${(r.stderr || r.stdout).trim().split("\n").slice(-5).join("\n")}`);
    return { failed: (r.stderr || r.stdout).trim().split("\n").slice(-3).join(" ").slice(0, 500) };
  }
  return JSON.parse(r.stdout.trim().split("\n").pop() ?? "null");
};

const runtime = script("runtime", ["--expose-gc", "bench/runtime.mjs", "--json", "--runs", String(Math.max(runs, 5))], previous?.runtime);
const arith = skip.has("arith") ? previous?.arith : (log("arith ..."), await runArith(runs, timeout));
const hover = script("hover", ["bench/hover.mjs", "--json", "--runs", String(Math.max(runs, 5))], previous?.hover);

// --- results -----------------------------------------------------------------------------------------

const git = (/** @type {string[]} */ args) => {
  try {
    return execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();
  } catch {
    return "";
  }
};
const results = {
  date: new Date().toISOString(),
  commit: git(["rev-parse", "--short", "HEAD"]),
  uncommittedSrc: git(["status", "--porcelain", "src"]) !== "",
  machine: machine(),
  compilers: Object.fromEntries(compilers.map((c) => [c.id, JSON.parse(readFileSync(join(c.bin, "..", "..", "package.json"), "utf8")).version])),
  runs,
  command: `node bench/run.mjs${process.argv.slice(2).length ? ` ${process.argv.slice(2).join(" ")}` : ""}`,
  baseline,
  // A partial run (--only) keeps the previous numbers of the fixtures it left out.
  fixtures: only ? { ...previous?.fixtures, ...fixtureResults } : fixtureResults,
  missing,
  limits,
  runtime,
  arith,
  hover,
};
writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
const resultsMd = join(root, "bench", "RESULTS.md");
writeFileSync(resultsMd, renderResults(results, previous, exists(resultsMd) ? keptSection(readFileSync(resultsMd, "utf8")) : undefined));
log("wrote bench/results.json and bench/RESULTS.md");
