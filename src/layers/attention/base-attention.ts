/**
 * What the attention layers share: they are called on a list `[query, value]` or `[query, value, key]`
 * (the key defaults to the value), as Keras 3 calls them, and give one tensor, or two with
 * `returnAttentionScores: true`: the output and the attention scores.
 *
 * Keras takes `return_attention_scores` as an argument of the call; shapeflow takes it as an option of
 * the layer, so that the number of tensors a call gives is known from the layer's type, as an LSTM's
 * `returnState` is. It changes no weight and is not part of Keras's config.
 */
import { fail, type Checked, type Failed, type messageOf, type ShapeErr } from "../../core/errors.js";
import {
  describe,
  notATensor,
  type LayerInfo,
  type MultiRule,
  type multiRuleOf,
  type outputTensors,
  type shapeAt,
  type declaredKey,
  type depthKey,
  type ruleKey,
  type runOutputs,
  type shapesOf,
} from "../../core/layer.js";
import { formatDim, formatShape, type Dim, type IsKnown, type Shape } from "../../core/shape.js";
import { SymbolicTensor } from "../../core/tensor.js";
import { MergeBase, notAList } from "../merging/merge.js";

// --- messages ----------------------------------------------------------------------------------------

export type attentionInputs<layer extends string, got extends string, call extends string> =
  `${layer} takes a list [query, value] or [query, value, key], but got a list of ${got}. Fix: pass the query and the value, ${call}([query, value]), and the key third only when it differs from the value.`;
export const attentionInputs = <layer extends string, got extends string, call extends string>(layer: layer, got: got, call: call): attentionInputs<layer, got, call> =>
  `${layer} takes a list [query, value] or [query, value, key], but got a list of ${got}. Fix: pass the query and the value, ${call}([query, value]), and the key third only when it differs from the value.`;

export type attentionRank<layer extends string, want extends string, which extends string, got extends string, rank extends string> =
  `${layer} needs ${want}, but ${which} is ${got} of rank ${rank}. Fix: give each input a steps axis and a features axis: input({ shape: [10, 16] }) makes (None, 10, 16).`;
export const attentionRank = <layer extends string, want extends string, which extends string, got extends string, rank extends string>(
  layer: layer, want: want, which: which, got: got, rank: rank,
): attentionRank<layer, want, which, got, rank> =>
  `${layer} needs ${want}, but ${which} is ${got} of rank ${rank}. Fix: give each input a steps axis and a features axis: input({ shape: [10, 16] }) makes (None, 10, 16).`;

export type attentionBatch<layer extends string, which extends string, b extends string, other extends string, ob extends string> =
  `${layer} cannot attend across different batch sizes, but ${which} has batch size ${b} while ${other} has ${ob}. Fix: give every input the same batchSize, or leave it out (None).`;
export const attentionBatch = <layer extends string, which extends string, b extends string, other extends string, ob extends string>(
  layer: layer, which: which, b: b, other: other, ob: ob,
): attentionBatch<layer, which, b, other, ob> =>
  `${layer} cannot attend across different batch sizes, but ${which} has batch size ${b} while ${other} has ${ob}. Fix: give every input the same batchSize, or leave it out (None).`;

export type keyValueMismatch<layer extends string, key extends string, value extends string, axis extends string, k extends string, v extends string> =
  `${layer} needs key and value of the same steps (every axis but the last), since each key step scores one value step, but key is ${key} and value is ${value}: axis ${axis} is ${k} vs ${v}. Fix: pass a key with the value's steps, or leave the key out to use the value as the key.`;
export const keyValueMismatch = <layer extends string, key extends string, value extends string, axis extends string, k extends string, v extends string>(
  layer: layer, key: key, value: value, axis: axis, k: k, v: v,
): keyValueMismatch<layer, key, value, axis, k, v> =>
  `${layer} needs key and value of the same steps (every axis but the last), since each key step scores one value step, but key is ${key} and value is ${value}: axis ${axis} is ${k} vs ${v}. Fix: pass a key with the value's steps, or leave the key out to use the value as the key.`;

export type queryKeyFeatures<layer extends string, how extends string, q extends string, which extends string, k extends string, a extends string, b extends string> =
  `${layer} ${how}, but query is ${q} and ${which} is ${k}: ${a} vs ${b}. Fix: give query and key the same features (e.g. a dense({ units: ${b} }) on the query), or use multiHeadAttention, which projects them.`;
export const queryKeyFeatures = <layer extends string, how extends string, q extends string, which extends string, k extends string, a extends string, b extends string>(
  layer: layer, how: how, q: q, which: which, k: k, a: a, b: b,
): queryKeyFeatures<layer, how, q, which, k, a, b> =>
  `${layer} ${how}, but query is ${q} and ${which} is ${k}: ${a} vs ${b}. Fix: give query and key the same features (e.g. a dense({ units: ${b} }) on the query), or use multiHeadAttention, which projects them.`;

export type attentionFeatures<layer extends string, why extends string, which extends string, got extends string> =
  `${layer} needs the last axis (features) of ${which} defined, since ${why}, but got ${got}. Fix: give the last axis a size in the input shape; only other axes may be None.`;
export const attentionFeatures = <layer extends string, why extends string, which extends string, got extends string>(
  layer: layer, why: why, which: which, got: got,
): attentionFeatures<layer, why, which, got> =>
  `${layer} needs the last axis (features) of ${which} defined, since ${why}, but got ${got}. Fix: give the last axis a size in the input shape; only other axes may be None.`;

// --- type level --------------------------------------------------------------------------------------

/** The name messages give the key: `value` when the value stands in for it. */
export type keyName<ss> = ss extends readonly [unknown, unknown, unknown] ? "key" : "value";
export const keyName = (shapes: readonly Shape[]): string => (shapes.length === 3 ? "key" : "value");

/** The key of `[query, value]` or `[query, value, key]`: the value when not given. */
export type keyOf<ss> = ss extends readonly [unknown, unknown, infer k] ? k : ss extends readonly [unknown, infer v] ? v : never;

/** The first input whose batch size cannot be the one of an input before it (query, value, key), as an error; else `"ok"`. */
export type checkBatch<layer extends string, ss extends readonly Shape[]> = batchFold<layer, ss, null, "", ["query", "value", "key"]>;
type batchFold<layer extends string, ss extends readonly Shape[], b, bName extends string, names extends readonly string[]> = ss extends readonly [
  infer s extends Shape,
  ...infer rest extends readonly Shape[],
]
  ? names extends readonly [infer name extends string, ...infer more extends readonly string[]]
    ? IsKnown<s[0]> extends true
      ? IsKnown<b> extends true
        ? [b] extends [s[0]]
          ? batchFold<layer, rest, b, bName, more>
          : ShapeErr<attentionBatch<layer, name, `${s[0] & number}`, bName, `${b & number}`>>
        : batchFold<layer, rest, s[0], name, more>
      : batchFold<layer, rest, b, bName, more>
    : "ok"
  : "ok";
export const checkBatch = (layer: string, shapes: readonly Shape[], name: string): void => {
  const names = ["query", "value", "key"];
  let b: Dim = null;
  let bName = "";
  shapes.forEach((s, i) => {
    const d = s[0] ?? null;
    if (d === null) return;
    if (b === null) [b, bName] = [d, names[i]!];
    else if (b !== d) fail(attentionBatch(layer, names[i]!, String(d), bName, String(b)), name);
  });
};

/** Whether two sizes can be added with broadcasting: equal, one of them 1, or either not known. */
export type broadcastable<a, b> = [IsKnown<a>, IsKnown<b>] extends [true, true] ? ([a] extends [b] ? true : [a] extends [1] ? true : [b] extends [1] ? true : false) : true;
export const broadcastable = (a: Dim, b: Dim): boolean => a === null || b === null || a === b || a === 1 || b === 1;

/** An unknown-rank tuple of shapes the size of `o` (a rule's outputs for an input of unknown rank). */
type fill<t, v> = { -readonly [k in keyof t]: v };

/**
 * An attention rule on a list of tensors: the tuple of its output shapes, or a `ShapeErr`. A list of
 * unknown length, or an input of unknown rank, gives outputs of unknown rank (the runtime checks them);
 * an input that comes from a failed layer passes its failure on.
 */
export type applyAttention<r extends MultiRule, ts extends readonly SymbolicTensor[]> = number extends ts["length"]
  ? runOutputs<r, Dim[]>
  : [Extract<ts[number]["shape"], Failed<string>>] extends [never]
    ? attentionOn<r, shapesOf<ts>>
    : fill<runOutputs<r, Dim[]>, Extract<ts[number]["shape"], Failed<string>>>;
/**
 * The rule on a tuple of shapes, or its outputs of unknown rank when one shape's rank is not known.
 * Written as `mergeShapes` is (no `infer`), so that the compiler's check of a helper generic over its
 * tensor, which puts a wildcard in the place of the helper's shape, takes the unknown-rank branch.
 */
type attentionOn<r extends MultiRule, ss extends readonly unknown[]> = true extends {
  [k in keyof ss]: [Dim[]] extends [ss[k]] ? true : ss[k] extends Shape ? (number extends ss[k]["length"] ? true : false) : false;
}[number]
  ? runOutputs<r, Dim[]>
  : runOutputs<r, ss>;

/**
 * The tensors a call of attention layer `l` on the list `ts` returns: one `SymbolicTensor`, or
 * `[output, scores]` with `returnAttentionScores`. As for `Outputs` (core/layer.ts), how many is read
 * from the rule's outputs on an input of unknown rank, which only the options decide, so that in a
 * helper generic over its tensors the call is still one tensor (or a pair) whose shapes are open.
 */
export type AttentionOutputs<l, ts extends readonly SymbolicTensor[]> = [runOutputs<multiRuleOf<l>, Dim[]>] extends [never]
  ? outputTensors<applyAttention<multiRuleOf<l>, ts>>
  : attentionLaidOut<runOutputs<multiRuleOf<l>, Dim[]>, l, ts>;
type attentionLaidOut<k, l, ts extends readonly SymbolicTensor[]> = k extends readonly [unknown]
  ? SymbolicTensor<AttentionOutputAt<l, ts, 0, 1>>
  : k extends readonly unknown[]
    ? { -readonly [j in keyof k]: SymbolicTensor<AttentionOutputAt<l, ts, j, k["length"]>> }
    : outputTensors<applyAttention<multiRuleOf<l>, ts>>;
/** The shape of output `j` of attention layer `l` on `ts` when its call gives `n` tensors (a failed call's shape carries its sentence). */
export type AttentionOutputAt<l, ts extends readonly SymbolicTensor[], j, n> = [applyAttention<multiRuleOf<l>, ts>] extends [ShapeErr<string>]
  ? Failed<messageOf<applyAttention<multiRuleOf<l>, ts>>>
  : shapeAt<applyAttention<multiRuleOf<l>, ts>, j, n>;

/**
 * An attention layer: `attention()([query, value])` gives the output tensor, and with
 * `returnAttentionScores: true` the pair `[output, scores]`.
 */
export interface AttentionLayer<r extends MultiRule = MultiRule> extends LayerInfo {
  <const ts extends readonly SymbolicTensor[]>(xs: Checked<applyAttention<r, ts>, ts>): AttentionOutputs<this, ts>;
  apply<const ts extends readonly SymbolicTensor[]>(xs: Checked<applyAttention<r, ts>, ts>): AttentionOutputs<this, ts>;
  /** @internal */
  readonly [ruleKey]: r;
  /** @internal */
  readonly [declaredKey]: undefined;
  /** @internal */
  readonly [depthKey]: 0;
}

// --- run time ----------------------------------------------------------------------------------------

/** Runtime twin of the attention layers: a list of two or three tensors, one output or two. */
export abstract class AttentionBase extends MergeBase {
  declare readonly returnAttentionScores: boolean;
  protected override inputOf(xs: unknown): { tensors: SymbolicTensor[]; shape: readonly Shape[] } {
    if (!Array.isArray(xs)) return fail(notAList(this.className, describe(xs), this.call), this.name);
    for (const x of xs) if (!(x instanceof SymbolicTensor)) fail(notATensor(this.className, describe(x)), this.name);
    if (xs.length < 2 || xs.length > 3) fail(attentionInputs(this.className, String(xs.length), `${this.call}()`), this.name);
    return { tensors: xs, shape: xs.map((x: SymbolicTensor) => x.shape) };
  }
  /** The output and the attention scores, after the checks. */
  protected abstract shapesOf(shapes: readonly Shape[]): [Shape, Shape];
  override computeOutputShapes(shapes: readonly Shape[]): Shape[] {
    const [out, scores] = this.shapesOf(shapes);
    return this.returnAttentionScores ? [out, scores] : [out];
  }
  computeOutputShape(shapes: readonly Shape[]): Shape {
    return this.shapesOf(shapes)[0];
  }
}
