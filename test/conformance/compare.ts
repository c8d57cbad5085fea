/**
 * Compares a shapeflow run with a TensorFlow.js run of the same spec, step by step, and says whether they
 * agree, differ in a way a known difference explains, or differ unexplained (a failure). Once both have
 * built the whole model, each layer's weights (shapes, trainable, then names) and parameter count are
 * compared too.
 */
import {
  isTfjsDefaultName,
  keras3Names,
  knownDifferences,
  namesDifference,
  type Divergence,
  type KnownDifference,
} from "./known-differences.js";
import { buildShapeflow, buildTfjs, lower, type Outcome, type Spec, type Value } from "./spec.js";

/** Equal as JSON, except that a NaN (TF.js computes some sizes from undefined) is not null. */
const same = (a: unknown, b: unknown): boolean => {
  const json = (x: unknown) => JSON.stringify(x, (_, v: unknown) => (typeof v === "number" && Number.isNaN(v) ? "NaN" : v));
  return json(a) === json(b);
};

/** The first step (or count) where the two runs differ, or `undefined` when they agree throughout. */
export const firstDivergence = (spec: Spec, sf: Outcome, tf: Outcome): Divergence | undefined => {
  const steps = lower(spec);
  const d = (at: number, kind: Divergence["kind"]): Divergence => ({ spec, steps, sf, tf, at, kind });
  const n = Math.min(sf.values.length, tf.values.length);
  const shapes = (o: Outcome) => o.layers?.map((l) => l.weights.map(([, shape, trainable]) => [shape, trainable])) ?? [];
  for (let k = 0; k < n; k++)
    if (!same(sf.values[k], tf.values[k]))
      // A parameter count that differs because the weights do: say so (both built the model).
      return steps[k]!.op === "countParams" && sf.layers !== undefined && tf.layers !== undefined && !same(shapes(sf), shapes(tf))
        ? d(steps.length - 1, "weights")
        : d(k, "value");
  if (sf.values.length !== tf.values.length) return d(n, "validity");
  if (sf.error !== undefined || tf.error !== undefined) return undefined; // both threw at the same step
  const end = steps.length - 1;
  // Weight shapes (and whether they train) first, their names last: a name that differs on purpose
  // (TF.js's depthwise_kernel) must not hide a shape that differs.
  if (!same(shapes(sf), shapes(tf))) return d(end, "weights");
  if (!same(sf.layers?.map((l) => l.params) ?? [], tf.layers?.map((l) => l.params) ?? [])) return d(end, "params");
  if (sf.total !== tf.total) return d(end, "total");
  const names = (o: Outcome) => o.layers?.map((l) => l.weights.map(([name]) => name)) ?? [];
  if (!same(names(sf), names(tf))) return d(end, "weightNames");
  return undefined;
};

export type Verdict =
  | { readonly kind: "agree"; readonly valid: boolean; readonly names: boolean }
  | { readonly kind: "mapped"; readonly rule: KnownDifference; readonly names: boolean }
  | { readonly kind: "unexplained"; readonly why: string };

/**
 * Runs both and judges. Besides shapes and counts: shapeflow may only throw ShapeError, and where both
 * made the same layers, shapeflow's names must be Keras 3's while TF.js's are its own (`names`: the
 * default-names difference was seen and checked).
 */
export const judge = (spec: Spec): { verdict: Verdict; sf: Outcome; tf: Outcome } => {
  const sf = buildShapeflow(spec);
  const tf = buildTfjs(spec);
  const verdict = ((): Verdict => {
    if (sf.error !== undefined && sf.error.kind !== "ShapeError")
      return { kind: "unexplained", why: `shapeflow crashed with ${sf.error.kind}: ${sf.error.message}` };
    const expected = keras3Names(spec.layers).slice(0, sf.names.length);
    if (!same(sf.names, expected)) return { kind: "unexplained", why: `shapeflow's names ${JSON.stringify(sf.names)} are not Keras 3's ${JSON.stringify(expected)}` };
    const both = Math.min(sf.names.length, tf.names.length);
    const names = both > 0;
    for (let k = 0; k < both; k++)
      if (!isTfjsDefaultName(tf.names[k]!, spec.layers[k]!))
        return { kind: "unexplained", why: `TF.js named layer ${k} ${JSON.stringify(tf.names[k])}, not as the ${namesDifference.id} rule says` };
    const d = firstDivergence(spec, sf, tf);
    if (d === undefined) return { kind: "agree", valid: sf.error === undefined, names };
    const rules = knownDifferences.filter((r) => r.explains(d));
    if (rules.length === 1) return { kind: "mapped", rule: rules[0]!, names };
    // `sequential({ layers })` builds every layer in one step, so a difference in one of them can make a
    // later one throw in the same step, or show only in the weights of a later one, and two layers'
    // differences can meet in one step. The same model built by add() separates the layers: the
    // difference it meets first is this one's.
    if (rules.length !== 1 && spec.kind === "sequential" && spec.style === "layers") {
      const local = judge({ ...spec, style: "add" }).verdict;
      if (local.kind === "mapped") return { kind: "mapped", rule: local.rule, names };
    }
    return {
      kind: "unexplained",
      why:
        rules.length === 0
          ? `no known difference explains a ${d.kind} difference at step ${d.at} (${d.steps[d.at]?.name})`
          : `several known differences claim it: ${rules.map((r) => r.id).join(", ")}`,
    };
  })();
  return { verdict, sf, tf };
};
