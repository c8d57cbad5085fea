/**
 * shapeflow's type-level arithmetic (src/core/arith.ts) against public type-level arithmetic libraries,
 * on one workload: the sizes a model zoo computes. Convolution output lengths (`valid`: (n - k) / s + 1
 * rounded down; `same`: n / s rounded up), convolution and Dense parameter counts (k * k * cin * cout +
 * cout), flattened sizes (h * w * c) and running totals of parameters, with sizes drawn from real
 * networks. Each formula is written once per engine as `const rK: <formula> = <value>;`, so a wrong
 * result is a compile error and an engine cannot be fast by being wrong.
 *
 * Engines: shapeflow; ts-arithmetic 0.1.1 (digit arithmetic on number literals; it has no floor
 * division, so floor(a / b) is written (a - a mod b) / b); hotscript 1.0.13 (`Call<Numbers.Div<...>>`
 * is integer division).
 *
 *   node bench/arith.mjs [--runs 3]      (bench/run.mjs runs it too)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { baselineProject, buildLib, compilers, exists, lib, measure, median, project, tmp } from "./lib.mjs";

/** Deterministic pseudo-random choice (a fixed LCG), so every run checks the same workload. */
const pick = (() => {
  let s = 12345;
  return (/** @type {readonly number[]} */ xs) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return xs[s % xs.length];
  };
})();

const lengths = [7, 13, 14, 17, 19, 25, 28, 33, 38, 50, 56, 65, 75, 112, 129, 150, 224, 257, 299, 513];
const kernels = [1, 3, 5, 7, 11];
const strides = [1, 2, 4];
const channels = [3, 16, 32, 64, 96, 128, 192, 256, 384, 512, 1024, 2048];
const units = [10, 100, 128, 256, 512, 1000, 1024, 4096];

/**
 * The workload as formulas over a tiny language: ["+", a, b], ["-", a, b], ["*", a, b], ["floor/", a, b],
 * ["ceil/", a, b], numbers. Returns [formula, value] pairs.
 */
const workload = () => {
  /** @type {[any, number][]} */
  const out = [];
  let total = 0;
  for (let i = 0; i < 80; i++) {
    const n = pick(lengths);
    const k = pick(kernels.filter((x) => x <= n));
    const s = pick(strides);
    out.push([["+", ["floor/", ["-", n, k], s], 1], Math.floor((n - k) / s) + 1]); // valid
    out.push([["ceil/", n, s], Math.ceil(n / s)]); // same
  }
  for (let i = 0; i < 80; i++) {
    const k = pick(kernels);
    const cin = pick(channels);
    const cout = pick(channels);
    const p = k * k * cin * cout + cout;
    out.push([["+", ["*", ["*", ["*", k, k], cin], cout], cout], p]);
    out.push([["+", total, p], total + p]); // the model's running total
    total += p;
  }
  for (let i = 0; i < 40; i++) {
    const h = pick(lengths);
    const w = pick(lengths);
    const c = pick(channels);
    out.push([["*", ["*", h, w], c], h * w * c]);
  }
  for (let i = 0; i < 40; i++) {
    const f = pick(lengths) * pick(channels);
    const u = pick(units);
    out.push([["+", ["*", f, u], u], f * u + u]);
  }
  return out;
};

/** How each engine writes each operation. */
const engines = {
  shapeflow: {
    imports: (/** @type {string} */ arith) => `import type { Add, CeilDiv, FloorDiv, Mul, Sub } from ${JSON.stringify(arith)};`,
    "+": (a, b) => `Add<${a}, ${b}>`,
    "-": (a, b) => `Sub<${a}, ${b}>`,
    "*": (a, b) => `Mul<${a}, ${b}>`,
    "floor/": (a, b) => `FloorDiv<${a}, ${b}>`,
    "ceil/": (a, b) => `CeilDiv<${a}, ${b}>`,
  },
  "ts-arithmetic": {
    imports: () => `import type { Add, Divide, Mod, Multiply, Subtract } from "ts-arithmetic";`,
    "+": (a, b) => `Add<${a}, ${b}>`,
    "-": (a, b) => `Subtract<${a}, ${b}>`,
    "*": (a, b) => `Multiply<${a}, ${b}>`,
    "floor/": (a, b) => `Divide<Subtract<${a}, Mod<${a}, ${b}>>, ${b}>`,
    // ceil(a / b) = floor((a + b - 1) / b); b is always a literal here
    "ceil/": (a, b) => `Divide<Subtract<Add<${a}, ${Number(b) - 1}>, Mod<Add<${a}, ${Number(b) - 1}>, ${b}>>, ${b}>`,
  },
  hotscript: {
    imports: () => `import type { Call, Numbers } from "hotscript";`,
    "+": (a, b) => `Call<Numbers.Add<${a}, ${b}>>`,
    "-": (a, b) => `Call<Numbers.Sub<${a}, ${b}>>`,
    "*": (a, b) => `Call<Numbers.Mul<${a}, ${b}>>`,
    "floor/": (a, b) => `Call<Numbers.Div<${a}, ${b}>>`,
    "ceil/": (a, b) => `Call<Numbers.Div<Call<Numbers.Add<${a}, ${Number(b) - 1}>>, ${b}>>`,
  },
};
export const engineNames = /** @type {(keyof typeof engines)[]} */ (Object.keys(engines));

/** @param {any} f @param {any} e */
const write = (f, e) => (typeof f === "number" ? `${f}` : e[f[0]](write(f[1], e), write(f[2], e)));

/** Counts the operations in the workload. @param {any} f @returns {number} */
const ops = (f) => (typeof f === "number" ? 0 : 1 + ops(f[1]) + ops(f[2]));

/** Writes one file per engine into bench/.tmp/arith; returns their paths and the workload's size. */
export const writeWorkload = () => {
  const w = workload();
  const dir = join(tmp, "arith");
  mkdirSync(dir, { recursive: true });
  /** @type {Record<string, string>} */
  const files = {};
  for (const name of engineNames) {
    const e = /** @type {any} */ (engines[name]);
    const body = w.map(([f, v], k) => `export const r${k}: ${write(f, e)} = ${v};`).join("\n");
    const path = join(dir, `${name}.ts`);
    writeFileSync(path, `${e.imports(join(lib, "core", "arith.js"))}\n\n${body}\n`);
    files[name] = path;
  }
  return { files, formulas: w.length, operations: w.reduce((n, [f]) => n + ops(f), 0) };
};

/**
 * Measures every engine on every compiler, `runs` times; returns medians over the baseline.
 * @param {number} runs @param {number} timeout seconds
 */
export const runArith = async (runs, timeout) => {
  const { files, formulas, operations } = writeWorkload();
  const base = baselineProject();
  /** @type {Record<string, Record<string, any>>} */
  const results = {};
  for (const c of compilers) {
    const b = [];
    for (let r = 0; r < runs; r++) b.push(await measure(c, base, timeout));
    const b0 = { checkTime: median(b.map((m) => m.checkTime ?? 0)), instantiations: median(b.map((m) => m.instantiations ?? 0)) };
    for (const name of engineNames) {
      const ms = [];
      for (let r = 0; r < runs; r++) {
        const m = await measure(c, project(`arith-${name}`, [files[name]]), timeout);
        ms.push(m);
        if (m.status !== "ok") break;
      }
      const ok = ms.every((m) => m.status === "ok");
      (results[name] ??= {})[c.id] = ok
        ? {
            status: "ok",
            instantiations: /** @type {number} */ (median(ms.map((m) => m.instantiations))) - /** @type {number} */ (b0.instantiations),
            checkTime: /** @type {number} */ (median(ms.map((m) => m.checkTime))) - /** @type {number} */ (b0.checkTime),
          }
        : { status: ms[ms.length - 1].status, why: ms[ms.length - 1].why };
    }
  }
  return { formulas, operations, results };
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "3" }, timeout: { type: "string", default: "300" } } });
  if (!exists(join(lib, "index.d.ts"))) buildLib();
  const r = await runArith(Number(values.runs), Number(values.timeout));
  console.log(`${r.formulas} formulas, ${r.operations} operations`);
  for (const [name, byCompiler] of Object.entries(r.results))
    for (const [c, m] of Object.entries(byCompiler))
      console.log(`${name.padEnd(14)} ${c.padEnd(6)} ${m.status === "ok" ? `${m.instantiations} instantiations, check ${m.checkTime.toFixed(2)} s` : `${m.status}: ${m.why}`}`);
}
