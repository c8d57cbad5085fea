/**
 * Options the compiler cannot see (issue 11): each probe builds a layer from a config parsed from JSON
 * (`any` to the compiler) or a non-literal boolean, runs it, and compiles it on TypeScript 7 and 5.9.
 * The compiler must report no error, and the type it states must admit what the runtime computes: a
 * literal only where it is that very value, `number` where the runtime has some size, `Dim` (`number |
 * null`) or `...Dim[]` where it may have anything. A confident literal that the runtime contradicts
 * fails here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import * as shapeflow from "../src/index.js";
import { compilers, root, runTsc, writeCaseProject, type Diagnostic } from "./tsc.js";

interface Probe {
  /** An expression over `cfg`, which is `JSON.parse(config)`. */
  readonly code: string;
  readonly config: string;
}

const probes: readonly Probe[] = [
  { code: `conv2d({ filters: 2, kernelSize: 3, strides: cfg.v })(input({ shape: [8, 8, 3] }))`, config: `{ "v": 2 }` },
  { code: `conv2d({ filters: 2, kernelSize: 3, strides: cfg.v })(input({ shape: [8, 8, 3] }))`, config: `{ "v": [1, 2] }` },
  { code: `conv2d({ filters: 2, kernelSize: 3, padding: cfg.v })(input({ shape: [8, 8, 3] }))`, config: `{ "v": "same" }` },
  { code: `conv2d({ filters: 2, kernelSize: 3, dilationRate: cfg.v })(input({ shape: [8, 8, 3] }))`, config: `{ "v": 2 }` },
  { code: `conv2d({ filters: 2, kernelSize: cfg.v })(input({ shape: [8, 8, 3] }))`, config: `{ "v": 5 }` },
  { code: `conv2d({ filters: cfg.v, kernelSize: 3 })(input({ shape: [8, 8, 3] }))`, config: `{ "v": 7 }` },
  { code: `conv2d({ filters: 2, kernelSize: 3, dataFormat: cfg.v })(input({ shape: [8, 8, 3] }))`, config: `{ "v": "channelsFirst" }` },
  { code: `conv2d({ filters: 2, kernelSize: 3, dataFormat: cfg.v })(input({ shape: [8, 8, 3] }))`, config: `{ "v": "channelsLast" }` },
  { code: `conv1d({ filters: 2, kernelSize: 3, padding: cfg.v })(input({ shape: [10, 4] }))`, config: `{ "v": "causal" }` },
  { code: `conv2dTranspose({ filters: 2, kernelSize: 3, strides: cfg.v })(input({ shape: [8, 8, 3] }))`, config: `{ "v": 2 }` },
  { code: `depthwiseConv2d({ kernelSize: 3, depthMultiplier: cfg.v })(input({ shape: [8, 8, 3] }))`, config: `{ "v": 2 }` },
  { code: `separableConv2d({ filters: 2, kernelSize: 3, padding: cfg.v })(input({ shape: [8, 8, 3] }))`, config: `{ "v": "same" }` },
  { code: `maxPooling2d({ poolSize: cfg.v })(input({ shape: [8, 8, 3] }))`, config: `{ "v": 4 }` },
  { code: `maxPooling2d({ strides: cfg.v })(input({ shape: [8, 8, 3] }))`, config: `{ "v": 1 }` },
  { code: `averagePooling2d({ poolSize: 2, padding: cfg.v })(input({ shape: [7, 7, 3] }))`, config: `{ "v": "same" }` },
  { code: `maxPooling2d({ dataFormat: cfg.v })(input({ shape: [8, 8, 3] }))`, config: `{ "v": "channelsFirst" }` },
  { code: `globalAveragePooling2d({ keepdims: cfg.v })(input({ shape: [8, 8, 3] }))`, config: `{ "v": true }` },
  { code: `zeroPadding2d({ padding: cfg.v })(input({ shape: [8, 8, 3] }))`, config: `{ "v": 2 }` },
  { code: `zeroPadding2d({ dataFormat: cfg.v })(input({ shape: [8, 8, 3] }))`, config: `{ "v": "channelsFirst" }` },
  { code: `cropping2d({ cropping: cfg.v })(input({ shape: [8, 8, 3] }))`, config: `{ "v": [[1, 2], [0, 3]] }` },
  { code: `upSampling2d({ size: cfg.v })(input({ shape: [8, 8, 3] }))`, config: `{ "v": 3 }` },
  { code: `upSampling2d({ dataFormat: cfg.v })(input({ shape: [8, 8, 3] }))`, config: `{ "v": "channelsFirst" }` },
  { code: `dense({ units: cfg.v })(input({ shape: [3] }))`, config: `{ "v": 5 }` },
  { code: `dense({ units: 3 })(conv2d({ filters: cfg.v, kernelSize: 3 })(input({ shape: [8, 8, 3] })))`, config: `{ "v": 7 }` },
  { code: `dense({ units: 2, inputShape: [cfg.v] })(input({ shape: [3] }))`, config: `{ "v": 3 }` },
  { code: `input({ shape: [cfg.v, 4] })`, config: `{ "v": null }` },
  { code: `input({ shape: cfg.v })`, config: `{ "v": [2, 3, 4] }` },
  { code: `input({ shape: [3], batchSize: cfg.v })`, config: `{ "v": 16 }` },
  { code: `reshape({ targetShape: [cfg.v, -1] })(input({ shape: [4, 4] }))`, config: `{ "v": 2 }` },
  { code: `reshape({ targetShape: cfg.v })(input({ shape: [4, 4] }))`, config: `{ "v": [8, 2] }` },
  { code: `repeatVector({ n: cfg.v })(input({ shape: [4] }))`, config: `{ "v": 3 }` },
  { code: `permute({ dims: cfg.v })(input({ shape: [4, 5] }))`, config: `{ "v": [2, 1] }` },
  { code: `flatten()(conv2d({ filters: 2, kernelSize: 3, strides: cfg.v })(input({ shape: [8, 8, 3] })))`, config: `{ "v": 2 }` },
  { code: `batchNormalization({ axis: cfg.v })(input({ shape: [4, 5] }))`, config: `{ "v": 1 }` },
  { code: `layerNormalization({ axis: cfg.v })(input({ shape: [4, 5] }))`, config: `{ "v": [1, 2] }` },
  // Parameter counts with a switch the compiler cannot tell: the type is the union, or number.
  { code: `sequential({ layers: [input({ shape: [2] }), dense({ units: 3, useBias: cfg.v })] }).countParams()`, config: `{ "v": false }` },
  { code: `sequential({ layers: [input({ shape: [2] }), dense({ units: 3, ...(cfg.v ? {} : { useBias: false }) })] }).countParams()`, config: `{ "v": false }` },
  { code: `sequential({ layers: [input({ shape: [4] }), batchNormalization({ center: cfg.v })] }).countParams()`, config: `{ "v": false }` },
  { code: `sequential({ layers: [input({ shape: [4] }), layerNormalization({ rmsScaling: cfg.v })] }).countParams()`, config: `{ "v": true }` },
  // A layer chosen by a switch: the output is the union of the members' outputs, not the first member's.
  { code: `(cfg.v ? dense({ units: 4 }) : dense({ units: 8 }))(input({ shape: [3] }))`, config: `{ "v": false }` },
  { code: `(cfg.v ? dense({ units: 4 }) : dense({ units: 8 })).apply(input({ shape: [3] }))`, config: `{ "v": false }` },
  { code: `(cfg.v ? conv2d({ filters: 4, kernelSize: 3 }) : conv2d({ filters: 4, kernelSize: 5 }))(input({ shape: [28, 28, 1] }))`, config: `{ "v": false }` },
  { code: `(cfg.v ? maxPooling2d({ poolSize: 2 }) : maxPooling2d({ poolSize: 4 }))(input({ shape: [8, 8, 1] }))`, config: `{ "v": false }` },
  { code: `(cfg.v ? dense({ units: 4 }) : lstm({ units: 4 }))(input({ shape: [5, 3] }))`, config: `{ "v": false }` },
  { code: `pipe(input({ shape: [3] }), dense({ units: 5 }), cfg.v ? dense({ units: 4 }) : dense({ units: 8 }))`, config: `{ "v": false }` },
  { code: `sequential({ layers: [input({ shape: [3] }), cfg.v ? dense({ units: 4 }) : dense({ units: 8 })] }).outputShape`, config: `{ "v": false }` },
  { code: `sequential({ layers: [input({ shape: [3] }), cfg.v ? dense({ units: 4 }) : dense({ units: 8 })] }).countParams()`, config: `{ "v": false }` },
];

const run = (p: Probe): unknown => {
  shapeflow.clearSession();
  const names = Object.keys(shapeflow);
  const v = new Function("cfg", ...names, `return (${p.code});`)(JSON.parse(p.config), ...names.map((k) => (shapeflow as Record<string, unknown>)[k]));
  return v instanceof shapeflow.SymbolicTensor ? v.shape : v;
};

/** Splits a type's text at its top-level `sep`. */
const splitTop = (t: string, sep: string): string[] => {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if ("[<({".includes(c)) depth++;
    else if ("]>)}".includes(c)) depth--;
    else if (depth === 0 && t.startsWith(sep, i)) {
      parts.push(t.slice(start, i).trim());
      start = i + sep.length;
    }
  }
  return [...parts, t.slice(start).trim()];
};

/** Whether one size of a declared type admits the runtime value `v`. */
const admitsDim = (t: string, v: unknown): boolean =>
  splitTop(t.replace(/import\("[^"]+"\)\./g, ""), "|").some((a) =>
    a === "Dim" ? v === null || typeof v === "number"
    : a === "number" ? typeof v === "number"
    : a === "null" ? v === null
    : String(v) === a,
  );

/** Whether a declared type (a shape tuple, a union of them, or a count) admits the runtime value `v`. */
export const admits = (t: string, v: unknown): boolean => {
  const tensors = splitTop(t.replace(/import\("[^"]+"\)\./g, ""), "|");
  if (tensors.length > 1 && tensors.every((a) => /^SymbolicTensor<.*>$/.test(a))) return tensors.some((a) => admits(a, v));
  const type = t.replace(/import\("[^"]+"\)\./g, "").replace(/^SymbolicTensor<(.*)>$/, "$1");
  return splitTop(type, "|").some((alt) => {
    if (!alt.startsWith("[")) return admitsDim(alt, v);
    if (alt.endsWith("[]") && !alt.startsWith("[")) return Array.isArray(v);
    if (!Array.isArray(v)) return false;
    const items = splitTop(alt.slice(1, -1), ",").filter((s) => s !== "");
    const rest = items.findIndex((s) => s.startsWith("..."));
    if (rest === -1) return items.length === v.length && items.every((s, i) => admitsDim(s, v[i]));
    const before = items.slice(0, rest);
    const after = items.slice(rest + 1);
    const restType = items[rest]!.slice(3).replace(/\[\]$/, "");
    if (v.length < before.length + after.length) return false;
    return (
      before.every((s, i) => admitsDim(s, v[i])) &&
      after.every((s, i) => admitsDim(s, v[v.length - after.length + i])) &&
      v.slice(before.length, v.length - after.length).every((x) => admitsDim(restType.replace(/^\((.*)\)$/, "$1"), x))
    );
  }) || /^Dim\[\]$/.test(type);
};

test("the type matcher refuses a confident literal the runtime contradicts", () => {
  expect(admits("SymbolicTensor<[null, 6, 6, 2]>", [null, 3, 3, 2])).toBe(false);
  expect(admits("SymbolicTensor<[null, number, number, 2]>", [null, 3, 3, 2])).toBe(true);
  expect(admits("SymbolicTensor<[null, Dim]>", [null, null])).toBe(true);
  expect(admits("SymbolicTensor<[null, number]>", [null, null])).toBe(false);
  expect(admits("SymbolicTensor<[null, ...Dim[]]>", [null, 2, 3])).toBe(true);
  expect(admits("6 | 9", 6)).toBe(true);
  expect(admits("9", 6)).toBe(false);
  expect(admits("SymbolicTensor<[null, 4]>", [null, 8])).toBe(false);
  expect(admits("SymbolicTensor<[null, 4]> | SymbolicTensor<[null, 8]>", [null, 8])).toBe(true);
  expect(admits("SymbolicTensor<[null, 4]> | SymbolicTensor<[null, 2]>", [null, 8])).toBe(false);
});

const dir = ".tmp/soundness";
const header = `import { ${Object.keys(shapeflow).filter((k) => /^[a-z]/.test(k)).sort().join(", ")} } from "../../src/index.js";\ndeclare const cfg: any;\n`;
const firstLine = header.split("\n").length;
writeCaseProject(dir, header + probes.map((p, i) => `export const probe${i} = ${p.code};`).join("\n") + "\n");

describe.each(compilers.filter((c) => c.name === "TypeScript 7" || c.name === "TypeScript 5.9"))("$name", ({ bin }) => {
  let diags: Diagnostic[] = [];
  let declared: string[] = [];
  beforeAll(() => {
    diags = runTsc(bin, `${dir}/tsconfig.json`).filter((d) => d.file === `${dir}/cases.ts`);
    const dts = readFileSync(join(root, dir, "out", dir, "cases.d.ts"), "utf8");
    declared = probes.map((_, i) => new RegExp(`export declare const probe${i}: (.*);`).exec(dts)?.[1] ?? "");
  }, 180_000);
  test.each(probes.map((p, i) => [`${p.code} with ${p.config}`, i] as const))("%s", (_, i) => {
    expect(diags.filter((d) => d.line === firstLine + i), "no compile error for what runs").toEqual([]);
    const got = run(probes[i]!);
    expect(admits(declared[i]!, got), `declared ${declared[i]} but the runtime gives ${JSON.stringify(got)}`).toBe(true);
  });
});
