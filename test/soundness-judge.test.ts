/**
 * The soundness suite's own checks, on made-up compiler results, so that each property it reports is
 * seen to fire (a probe suite that never fails proves nothing): the reader of printed types, and the
 * judge of a probe against its runs, errors and declared types.
 */
import { describe, expect, test } from "vitest";
import { judge, probeClasses, probeSource, runProbe, sampleProbes, type Probe, type RunOutcome } from "./conformance/probes.js";
import { admits, anyOrNever, parseType } from "./conformance/type-text.js";
import type { Diagnostic } from "./tsc.js";
import { exportedHelpers } from "./exported-helpers.js";

const admitted = (type: string, v: unknown) => {
  const t = parseType(type);
  return t === undefined ? "unparsed" : admits(t, v);
};

describe("reading printed types", () => {
  test.each([
    ['import("../../src/index.js").SymbolicTensor<[null, 6, 6, 2]>', [null, 6, 6, 2], true],
    ["SymbolicTensor<[null, 6, 6, 2]>", [null, 3, 3, 2], false],
    ["SymbolicTensor<[null, 6, 6, 2]>", [null, 6, 6], false],
    ["SymbolicTensor<[null, number, 6 | 3]>", [null, 5, 3], true],
    ["SymbolicTensor<[null, number, 6 | 3]>", [null, 5, 4], false],
    ["SymbolicTensor<[null, 4] | [null, 2]>", [null, 2], true],
    ["SymbolicTensor<[2, 3]>", [null, 3], false],
    ['import("x").Dim[]', [null, 4], true],
    ["(number | null)[]", [null, 4], true],
    ["readonly number[]", [null, 4], false],
    ["[null, ...number[], 3]", [null, 2, 5, 3], true],
    ["[null, ...number[], 3]", [null, 3], true],
    ["[null, ...number[], 3]", [null, 2, 4], false],
    ["[a: null, b?: 4]", [null], true],
    ["12 | 9", 9, true],
    ["12 | 9", 10, false],
    ["number", 10, true],
    ["0", 24, false],
    ["Foo<1>", 1, undefined],
    ["{ a: 1 }", 1, "unparsed"],
  ] as const)("%s holds %j: %s", (type, value, want) => {
    expect(admitted(type, value)).toBe(want);
  });

  test("any and never are found in a type, not in a message", () => {
    expect(anyOrNever("SymbolicTensor<[null, ...any[]]>")).toEqual(["any"]);
    expect(anyOrNever("Model<[null, 3], never>")).toEqual(["never"]);
    expect(anyOrNever('"Dense: never give units: 0"')).toEqual([]);
    expect(anyOrNever("SymbolicTensor<[null, 4]>")).toEqual([]);
  });
});

describe("judging a probe", () => {
  const probes = sampleProbes(1, 1);
  const probe = (cls: RegExp): Probe => {
    const p = probes.find((x) => cls.test(x.cls));
    if (p === undefined) throw new Error(`no probe ${cls}`);
    return p;
  };
  const any = probe(/^conv2d\.strides\.any@/);
  const bad = probe(/^dense\.units\.literal-bad@/);
  const sequential = any.host.startsWith("sequential");
  const ok = (value: unknown, output: (number | null)[], count: number): RunOutcome => ({ value, input: [null, 8, 8, 3], output, count });
  const runs = [ok(1, [null, 6, 6, 2], 56), ok(2, [null, 3, 3, 2], 56)];
  const noErrors = (): Diagnostic[][] => [[], [], [], [], [], []];
  const diag = (text: string): Diagnostic => ({ file: "x.ts", line: 1, code: "TS2322", text });
  const types = (o: string, c = "number", i = "SymbolicTensor<[null, 8, 8, 3]>") =>
    new Map([
      ["q_i", i],
      ["q_o", o],
      ["q_c", c],
      [sequential ? "q_s" : "q_m", "Model<[null, 8, 8, 3], [null, number, number, 2]>"],
    ]);
  const properties = (p: Probe, r: readonly RunOutcome[], e: Diagnostic[][], d: Map<string, string>) => judge(p, "q", r, e, d).map((v) => v.property);

  test("an honest unknown passes; a confident literal that one run contradicts is a wrong shape", () => {
    expect(properties(any, runs, noErrors(), types("SymbolicTensor<[null, number, number, 2]>"))).toEqual([]);
    expect(properties(any, runs, noErrors(), types("SymbolicTensor<[null, 6, 6, 2]>"))).toEqual(["wrong-shape"]);
  });
  test("a count the runtime does not give is a wrong count; any or never is reported as such", () => {
    expect(properties(any, runs, noErrors(), types("SymbolicTensor<[null, number, number, 2]>", "54"))).toEqual(["wrong-count"]);
    expect(properties(any, runs, noErrors(), types("SymbolicTensor<[null, number, number, 2]>", "never"))).toEqual(["any-or-never"]);
    expect(properties(any, runs, noErrors(), types("SymbolicTensor<any>"))).toEqual(["any-or-never"]);
    expect(properties(any, runs, noErrors(), types("Weird<1>"))).toEqual(["unreadable-type"]);
  });
  test("an error where every run succeeds is a false error (and its types are not judged)", () => {
    const e = noErrors();
    e[3]!.push(diag("Dense: the layer was declared with batch input shape ()"));
    expect(properties(any, runs, e, types("SymbolicTensor<[null, 6, 6, 2]>"))).toEqual(["false-error"]);
  });
  test("a literal the runtime rejects must be an error at that step carrying the runtime's sentence", () => {
    const message = "Dense: units must be a positive integer, but got 0.";
    const r: RunOutcome[] = [{ value: 0, input: [null, 3], error: { step: 2, message, shapeError: true } }];
    const at = (step: number, text: string) => {
      const e = noErrors();
      e[step]!.push(diag(text));
      return e;
    };
    expect(properties(bad, r, at(2, `Type '0' is not assignable to type '"${message}"'.`), types("x"))).toEqual([]);
    expect(properties(bad, r, noErrors(), types("x", "number", "SymbolicTensor<[null, 3]>"))).toEqual(["missed-error"]);
    expect(properties(bad, r, at(2, "Type '0' is not assignable to type 'never'."), types("x"))).toEqual(["wrong-message"]);
    expect(properties(bad, r, at(1, message), types("x"))).toEqual(["missed-error", "early-error"]);
  });
  test("a runtime that throws something other than a ShapeError is a crash", () => {
    const r: RunOutcome[] = [...runs, { value: 3, input: [null, 8, 8, 3], error: { step: 3, message: "x is undefined", shapeError: false } }];
    expect(properties(any, r, noErrors(), types("SymbolicTensor<[null, number, number, 2]>"))).toEqual(["runtime-crash"]);
  });
});

describe("judging a helper generic over its tensor", () => {
  const p = sampleProbes(1, 1).find((x) => /^dense\.shape\.generic-tensor-bad@/.test(x.cls))!;
  const message = "Dense needs an input of rank 2 or more";
  const r: RunOutcome[] = [{ value: [], input: [null], error: { step: 3, message, shapeError: true } }];
  const at = (step: number) => {
    const e: Diagnostic[][] = [[], [], [], [], [], []];
    e[step]!.push({ file: "x.ts", line: 1, code: "TS2345", text: `... '"${message}"'` });
    return e;
  };
  const d = new Map([["q_o", "SymbolicTensor<never>"]]);
  test("its sentence may come at the helper's call or at the first use of what it returns, not later", () => {
    expect(judge(p, "q", r, at(3), d).map((v) => v.property)).toEqual([]);
    expect(judge(p, "q", r, at(4), d).map((v) => v.property)).toEqual([]);
    expect(judge(p, "q", r, at(5), d).map((v) => v.property)).toEqual(["missed-error"]);
  });
});

test("every layer factory and block that src/index.ts exports has probes, and the models and pipe host them", async () => {
  const shapeflow = await import("../src/index.js");
  const factories = Object.entries(shapeflow)
    .filter(([k, v]) => typeof v === "function" && /^[a-z]/.test(k))
    .map(([k]) => k)
    .filter((k) => ![...exportedHelpers, "model", "sequential", "pipe"].includes(k));
  const probed = new Set(sampleProbes(1, 1).map((p) => p.target.id.replace(/-.*/, "")));
  expect(factories.filter((k) => !probed.has(k))).toEqual([]);
  const hosts = new Set(sampleProbes(1, 1).map((p) => p.host));
  expect([...hosts].sort()).toEqual(["functional", "pipe", "sequential-add", "sequential-layers"]);
});

test("more cases of a class take the other hosts, and the first case keeps its host and values whatever the count", () => {
  const hosts = probeClasses(4).filter((c) => c.cls.startsWith("conv2d.strides.any@")).map((c) => c.host);
  expect(new Set(hosts).size).toBe(4);
  const one = sampleProbes(7, 1);
  const first = sampleProbes(7, 3).filter((_, k) => k % 3 === 0);
  expect(first.map((p) => [p.cls, p.written, p.runs])).toEqual(one.map((p) => [p.cls, p.written, p.runs]));
});

describe("a union of layers and a model called as a layer (session 12)", () => {
  const probes = sampleProbes(1, 1);
  test("every target with an option of several values is probed as a switch of two layers, every one-input target inside a model", () => {
    const targets = new Set(probes.map((p) => p.target));
    const withUnion = new Set(probes.filter((p) => p.form === "layer-union").map((p) => p.target));
    const withModel = new Set(probes.filter((p) => p.form === "model-layer").map((p) => p.target));
    for (const t of targets) {
      const several = Object.values(t.options).some((o) => o.at !== "input" && o.good.length > 1);
      expect(withUnion.has(t), `${t.id} layer-union`).toBe(several);
      const layerOption = Object.values(t.options).some((o) => o.at !== "input");
      expect(withModel.has(t), `${t.id} model-layer`).toBe(layerOption && t.merge === undefined);
    }
  });
  test("the switch is written in place between two values, and the runtime runs each", () => {
    const p = probes.find((x) => /^dense\.units\.layer-union@/.test(x.cls))!;
    const [a, b] = p.written;
    expect(probeSource(p, "q")[2]).toBe(`export const q_l = q_v ? dense({ units: ${a} }) : dense({ units: ${b} });`);
    expect(p.runs).toEqual([a, b]);
  });
  test("the model is built on the target's input and called as a layer; a run that fails there must be a compile error with its sentence", () => {
    const p = probes.find((x) => /^dense\.units\.model-layer@/.test(x.cls))!;
    expect(probeSource(p, "q")[2]).toMatch(/^export const q_l = \(\(t\) => model\(\{ inputs: t, outputs: dense\(\{ units: \d+ \}\)\(t\) \}\)\)\(input\(\{ shape: \[3\] \}\)\);$/);
    const run = runProbe(p, p.runs[0]);
    expect(run.error).toBeUndefined();
    expect(run.count).toBe(3 * (p.runs[0] as number) + (p.runs[0] as number));
    const message = "Functional: a model of 2 outputs cannot be called as a layer yet";
    const r: RunOutcome[] = [{ value: 4, input: [null, 3], error: { step: 3, message, shapeError: true } }];
    const none: Diagnostic[][] = [[], [], [], [], [], []];
    expect(judge(p, "q", r, none, new Map()).map((v) => v.property)).toContain("missed-error");
    const said: Diagnostic[][] = [[], [], [], [{ file: "x.ts", line: 1, code: "TS2345", text: `... '"${message}"'` }], [], []];
    expect(judge(p, "q", r, said, new Map()).map((v) => v.property)).toEqual([]);
  });
});
