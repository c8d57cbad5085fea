/**
 * Generated type/runtime parity: the generator's specs, written as TypeScript (one exported const a
 * step), are compiled once per compiler in one file, and the compiler must agree with the runtime mirror:
 *
 * - the type of every tensor and model the runtime made (read from the emitted declarations) is the
 *   shape the runtime computed;
 * - a spec the runtime accepts compiles without error;
 * - a spec the runtime rejects is a compile error at the very statement whose step threw, its text
 *   containing the runtime's exact ShapeError message, and no statement before it is an error;
 * - except where the types by design cannot see the error (named rules in
 *   test/conformance/known-differences.ts, `typeDifferences`): then nothing up to that statement is a
 *   compile error; or where the option's type already excludes the value: then the compiler's own
 *   error is at that statement.
 *
 * Statements after the failing one never run, so the runtime cannot judge their errors (a spec may hold
 * a second mistake): they are counted, and those known to echo the first error (`typeCascades`, bugs)
 * are counted under their rule, whose examples are kept as expected failures.
 *
 * SHAPEFLOW_PARITY_CASES=1000 SHAPEFLOW_SEED=7 npx vitest run test/generated-parity.test.ts   checks more, or others.
 */
import { join, relative } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { everydayTopUp, keras3Only, runSettings, sampleSpecs, sequenceTopUp } from "./conformance/arbitraries.js";
import { typeCascades, typeDifferences } from "./conformance/known-differences.js";
import { bindingName, buildShapeflow, everydayKind, everydayKinds, lower, sequenceKinds, sequenceKindsOf, sourceHeader, toSource, type Outcome, type Spec, type Step, type Value } from "./conformance/spec.js";
import { compilers, readDeclared, root, runTsc, writeCaseProject, type Diagnostic } from "./tsc.js";

const { seed, cases } = runSettings(300, "SHAPEFLOW_PARITY_CASES");
const dir = join(root, ".tmp/generated-parity");
const file = ".tmp/generated-parity/cases.ts";

interface Case {
  readonly spec: Spec;
  readonly steps: readonly Step[];
  readonly outcome: Outcome;
  /** The line of each step's statement. */
  readonly lines: readonly number[];
  readonly source: string;
}

/** The generator's specs, with ConvLSTM1D and ConvLSTM3D (which TF.js lacks) in a share of them. */
const sampled = sampleSpecs(cases, seed).map(keras3Only);
/** Each everyday layer (issue #15) in a few specs: the next specs of the stream that hold one the sample has too few of. */
const EVERYDAY_SPECS = 2;
/** Each sequence layer (issue #13) in a valid spec at least: likewise. */
const SEQUENCE_SPECS = 1;
const specs = [...sampled, ...everydayTopUp(sampled, seed, EVERYDAY_SPECS), ...sequenceTopUp(sampled, seed, SEQUENCE_SPECS, true)];
const header = sourceHeader("../../src/index.js");
let nextLine = header.split("\n").length + 1;
const place = (spec: Spec, name: string): Case => {
  const source = toSource(spec, name);
  const steps = lower(spec);
  const c = { spec, steps, outcome: buildShapeflow(spec), lines: steps.map((_, k) => nextLine + k), source };
  nextLine += steps.length;
  return c;
};
const generated: Case[] = specs.map((spec, i) => place(spec, `c${i}`));
// The examples of known type-level bugs go in the same file, so that they cost no extra compile.
const cascadeExamples = typeCascades.flatMap((r, i) => r.examples.map((e, j) => ({ rule: r, c: place(e, `bug${i}_${j}`) })));
writeCaseProject(relative(root, dir), `${header}\n${[...generated, ...cascadeExamples.map((e) => e.c)].map((c) => c.source).join("\n")}\n`);

/** The shape a declared type stands for: `SymbolicTensor<[null, 4]>` is [null, 4], a model's its output shape(s). */
const declaredShape = (type: string): Value | "unbuilt" | undefined => {
  // A Sequential's count is printed as Params<n> (summed when read): n, for the JSON below.
  const t = type.replace(/import\("[^"]+"\)\./g, "").replace(/\bParams<([^<>]*)>/g, "$1");
  const m = /^(SymbolicTensor|Model|Sequential)<(.*)>$/s.exec(t);
  const parse = (x: string): unknown => {
    try {
      return JSON.parse(x);
    } catch {
      return undefined;
    }
  };
  // A call of several outputs (Bidirectional's mergeMode null): a tuple of tensors, each its shape.
  if (m === null) return parse(t.startsWith("[") ? t.replace(/SymbolicTensor<(\[[^\]]*\])>/g, "$1") : t) as Value | undefined;
  if (m[1] === "Sequential" && m[2]!.startsWith("undefined,")) return "unbuilt";
  const args = parse(`[${m[2]}]`) as Value[] | undefined;
  return m[1] === "SymbolicTensor" ? (args?.[0] as Value | undefined) : (args?.[1] as Value | undefined);
};

/** The runtime value a step's type must show, or `skip` for steps whose type is not a shape. */
const expectedType = (s: Step, v: Value): Value | "unbuilt" | "skip" => {
  if (s.op === "layer" || s.op === "sequential" || s.op === "countParams") return "skip";
  if ((s.op === "seqAdd" || s.op === "seqLayers") && v === null) return "unbuilt";
  return v;
};

// The run above is the same whatever the compiler; only the diagnostics and declarations differ.
const runtimeInvalid = generated.filter((c) => c.outcome.error !== undefined).length;

test("the specs compiled include valid models with each of the other sequence layers (issue #13), so their types are compared", () => {
  const valid = (kind: string) => generated.filter((c) => c.outcome.error === undefined && sequenceKindsOf(c.spec).has(kind as never)).length;
  const counts = Object.fromEntries(sequenceKinds.map((t) => [t, valid(t)]));
  console.log("valid specs with each sequence layer:", counts);
  for (const t of sequenceKinds) expect(counts[t], t).toBeGreaterThan(0);
});

describe.each(compilers)("$name agrees with the runtime on generated models", ({ name, bin }) => {
  let diags: Diagnostic[] = [];
  let declared = new Map<string, string>();
  beforeAll(() => {
    diags = runTsc(bin, ".tmp/generated-parity/tsconfig.json");
    declared = readDeclared(join(dir, "out/.tmp/generated-parity/cases.d.ts"));
  }, 600_000);

  test(`${specs.length} specs (seed ${seed}, ${runtimeInvalid} invalid at run time): types, error lines and messages`, () => {
    expect(diags.filter((d) => d.file !== file), "errors outside the generated file").toEqual([]);
    const byLine = new Map<number, Diagnostic[]>();
    for (const d of diags) byLine.set(d.line, [...(byLine.get(d.line) ?? []), d]);
    const counts = new Map<string, number>([
      ["valid: compiled cleanly", 0],
      ["invalid: error at the failing statement with the runtime's message", 0],
      ["invalid: also errors after the failing statement (not judged)", 0],
      ["types compared", 0],
    ]);
    for (const r of [...typeDifferences, ...typeCascades]) counts.set(r.id, 0);
    const bump = (k: string, n = 1) => counts.set(k, (counts.get(k) ?? 0) + n);
    const failures: string[] = [];

    for (const [i, c] of generated.entries()) {
      const problems: string[] = [];
      const errorsAt = (k: number) => byLine.get(c.lines[k]!) ?? [];
      const err = c.outcome.error;
      // Types of every step the runtime completed.
      c.outcome.values.forEach((v, k) => {
        const s = c.steps[k]!;
        const want = expectedType(s, v);
        if (want === "skip") return;
        const type = declared.get(bindingName(`c${i}`, s));
        const got = type === undefined ? undefined : declaredShape(type);
        if (JSON.stringify(got) !== JSON.stringify(want))
          problems.push(`${s.name}: the runtime gives ${JSON.stringify(v)}, the declared type is ${type}`);
        else bump("types compared");
      });
      const rule = err === undefined ? undefined : typeDifferences.find((r) => r.explains(err.message, c.steps[err.step]!));
      const errorLines = c.steps.map((_, k) => k).filter((k) => errorsAt(k).length > 0);
      if (err === undefined) {
        for (const k of errorLines) problems.push(`${c.steps[k]!.name}: unexpected compile error: ${errorsAt(k).map((d) => d.text).join(" | ")}`);
        if (problems.length === 0) bump("valid: compiled cleanly");
      } else if (rule !== undefined) {
        // Invalid in a way the types cannot see: no compile error up to the failing statement. Or, for
        // a value the option's type leaves out, the compiler's own error there and none before.
        const says = rule.compilerSays;
        if (says !== undefined && !errorsAt(err.step).some((d) => says.test(d.text)))
          problems.push(`${c.steps[err.step]!.name}: the compiler says ${errorsAt(err.step).map((d) => d.text).join(" | ") || "nothing"}, not ${says}`);
        for (const k of errorLines.filter((k) => (says === undefined ? k <= err.step : k < err.step)))
          problems.push(`${c.steps[k]!.name}: unexpected compile error: ${errorsAt(k).map((d) => d.text).join(" | ")}`);
        if (errorLines.some((k) => k > err.step)) bump("invalid: also errors after the failing statement (not judged)");
        if (problems.length === 0) bump(rule.id);
      } else {
        const here = errorsAt(err.step).map((d) => d.text);
        if (!here.some((t) => t.includes(err.message)))
          problems.push(
            `${c.steps[err.step]!.name}: the runtime throws "${err.message}", the compiler says ${here.length === 0 ? "nothing" : here.join(" | ")}`,
          );
        for (const k of errorLines.filter((k) => k < err.step))
          problems.push(`${c.steps[k]!.name}: a compile error before the statement the runtime fails at: ${errorsAt(k).map((d) => d.text).join(" | ")}`);
        // Statements after it never run, so the runtime has nothing to say about them: a spec may hold a
        // second, independent mistake. They are counted, not judged; known echoes of the first error
        // (bugs) are counted under their rule.
        for (const k of errorLines.filter((k) => k > err.step)) {
          const echo = typeCascades.find((r) => errorsAt(k).every((d) => r.explains(d.text, c.steps[k]!, c.steps[err.step]!)));
          bump(echo?.id ?? "invalid: also errors after the failing statement (not judged)");
        }
        if (problems.length === 0) bump("invalid: error at the failing statement with the runtime's message");
      }
      if (problems.length > 0) failures.push(`c${i}:\n  ${problems.join("\n  ")}\n${c.source}`);
    }
    console.log(`${name}: ${specs.length} specs\n${[...counts].map(([k, v]) => `  ${String(v).padStart(6)}  ${k}`).join("\n")}`);
    expect(failures.slice(0, 5).join("\n\n"), `${failures.length} of ${specs.length} specs disagree`).toBe("");
    // The everyday layers are compared too (the top-up above adds specs where the sample has too few).
    for (const k of everydayKinds) expect(specs.filter((s) => s.layers.some((l) => everydayKind(l) === k)).length, k).toBeGreaterThanOrEqual(EVERYDAY_SPECS);
  });

  // Type-level echoes this suite found and that were fixed: regression tests.
  for (const [j, { rule, c }] of cascadeExamples.entries())
    test(`${rule.id} (example ${j}): nothing after the failing statement is an error`, () => {
      const failed = c.outcome.error!.step;
      const later = c.steps.map((_, k) => k).filter((k) => k > failed && diags.some((d) => d.line === c.lines[k]));
      expect(later.map((k) => c.steps[k]!.name), c.source).toEqual([]);
    });
});
