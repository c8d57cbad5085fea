/**
 * MultiHeadAttention: `numHeads` attention heads over learned projections of query, key and value,
 * called on `[query, value]` or `[query, value, key]`. Query `(batch, Tq, Dq)`, value `(batch, Tv, Dv)`,
 * key `(batch, Tv, Dk)` give `(batch, Tq, Dq)` (or `outputShape`), and the scores
 * `(batch, heads, Tq, Tv)`. Weights as Keras 3 names them: `query/kernel (Dq, heads, keyDim)`,
 * `key/kernel (Dk, heads, keyDim)`, `value/kernel (Dv, heads, valueDim)`, `attention_output/kernel
 * (heads, valueDim, out)`, each with a bias of its last axes.
 *
 * ```ts
 * multiHeadAttention({ numHeads: 4, keyDim: 16 })([x, x]);   // x: (None, 128, 64)  ->  SymbolicTensor<[null, 128, 64]>, 16,640 params
 * ```
 */
import type { NotPositiveInts, Sub } from "../../core/arith.js";
import type { flag, opt, plain, weightIf } from "../../core/config.js";
import { fail, type CheckedOptions, type firstErr, type OptionErr, type ShapeErr } from "../../core/errors.js";
import type { BaseLayerOptions, MultiRule, WeightSpec } from "../../core/layer.js";
import { baseKeys, checkKeys, checkPositive, formatOption, type checkKeys as checkKeysT, type checkPositive as checkPositiveT, type has, type notPositive } from "../../core/options.js";
import { checkBoolean, missingOption, readOptions } from "../../core/read-options.js";
import { checkTraining, kernelTrainingConfig, kernelTrainingKeys, pickTraining, type KernelTrainingOptions } from "../../core/keras-config.js";
import { formatDim, formatShape, type Dim, type IsKnown, type Init, type Last, type normalizeAxis, type Shape } from "../../core/shape.js";
import { checkFraction, type checkFraction as checkFractionT } from "../regularization/checks.js";
import {
  AttentionBase,
  attentionFeatures,
  attentionInputs,
  attentionRank,
  checkBatch,
  keyValueMismatch,
  type AttentionLayer,
  type checkBatch as checkBatchT,
  type keyOf,
} from "./base-attention.js";
import type { attentionOutputs, failIfAny, oneOutput } from "./attention.js";
import type { MultiHeadAttentionOptions as MultiHeadAttentionOptionsCall } from "../option-calls.js";

export interface MultiHeadAttentionOptions extends BaseLayerOptions, KernelTrainingOptions {
  /** How many attention heads. */
  readonly numHeads: number;
  /** The size of each head's query and key projections. */
  readonly keyDim: number;
  /** The size of each head's value projection; default `keyDim`. */
  readonly valueDim?: number;
  /** The fraction of the attention scores to drop in training. Default 0. */
  readonly dropout?: number;
  /** Whether the projections have biases. Default `true`. */
  readonly useBias?: boolean;
  /** The output's last axes (one size, or several); default the query's features. */
  readonly outputShape?: number | readonly number[];
  /** The axes of the query attention runs over; default every axis between batch and features. */
  readonly attentionAxes?: number | readonly number[];
  /**
   * Whether a call gives the attention scores too, `[output, scores]` (Keras's call argument
   * `return_attention_scores`, here an option of the layer so that its type knows). Default `false`.
   */
  readonly returnAttentionScores?: boolean;
}
const mhaKeys = [
  "numHeads", "keyDim", "valueDim", "dropout", "useBias", "outputShape", "attentionAxes", "returnAttentionScores",
  ...baseKeys, ...kernelTrainingKeys,
] as const;

// --- messages ----------------------------------------------------------------------------------------

type sameRank = "query, value and key of the same rank, 3 or more, (batch, steps, features)";
const sameRank: sameRank = "query, value and key of the same rank, 3 or more, (batch, steps, features)";
type kernelsWhy = "its kernels are (features, heads, keyDim)";
const kernelsWhy: kernelsWhy = "its kernels are (features, heads, keyDim)";

export type badAttentionAxes<got extends string, q extends string, last extends string> =
  `MultiHeadAttention: attentionAxes ${got} must name axes of the query between its batch and features axes, from 1 to ${last} (or from -2 back), but query is ${q}. Fix: leave attentionAxes out to attend over every such axis, or name some of them, e.g. attentionAxes: [1].`;
export const badAttentionAxes = <got extends string, q extends string, last extends string>(got: got, q: q, last: last): badAttentionAxes<got, q, last> =>
  `MultiHeadAttention: attentionAxes ${got} must name axes of the query between its batch and features axes, from 1 to ${last} (or from -2 back), but query is ${q}. Fix: leave attentionAxes out to attend over every such axis, or name some of them, e.g. attentionAxes: [1].`;

export type badAxesOption<got extends string> =
  `MultiHeadAttention: attentionAxes must be an axis or a non-empty list of axes (integers), but got ${got}. Fix: use e.g. attentionAxes: [1], or leave it out to attend over every axis between batch and features.`;
export const badAxesOption = <got extends string>(got: got): badAxesOption<got> =>
  `MultiHeadAttention: attentionAxes must be an axis or a non-empty list of axes (integers), but got ${got}. Fix: use e.g. attentionAxes: [1], or leave it out to attend over every axis between batch and features.`;

export type queryKeyAxis<axes extends string, q extends string, k extends string, axis extends string, a extends string, b extends string> =
  `MultiHeadAttention attends over axes ${axes} only, so query and key must agree on every other axis, but query is ${q} and key is ${k}: axis ${axis} is ${a} vs ${b}. Fix: attend over that axis too, or give query and key the same size there.`;
export const queryKeyAxis = <axes extends string, q extends string, k extends string, axis extends string, a extends string, b extends string>(
  axes: axes, q: q, k: k, axis: axis, a: a, b: b,
): queryKeyAxis<axes, q, k, axis, a, b> =>
  `MultiHeadAttention attends over axes ${axes} only, so query and key must agree on every other axis, but query is ${q} and key is ${k}: axis ${axis} is ${a} vs ${b}. Fix: attend over that axis too, or give query and key the same size there.`;

// --- type level --------------------------------------------------------------------------------------

const names = ["query", "value", "key"] as const;

/** The first input whose rank is not 3 or more and the query's, as an error; else `"ok"`. */
type checkRanks<ss extends readonly Shape[]> = ss[0]["length"] extends 0 | 1 | 2
  ? ShapeErr<attentionRank<"MultiHeadAttention", sameRank, "query", formatShape<ss[0]>, `${ss[0]["length"]}`>>
  : ss[1]["length"] extends ss[0]["length"]
    ? ss extends readonly [Shape, Shape, infer k extends Shape]
      ? k["length"] extends ss[0]["length"]
        ? "ok"
        : ShapeErr<attentionRank<"MultiHeadAttention", sameRank, "key", formatShape<k>, `${k["length"]}`>>
      : "ok"
    : ShapeErr<attentionRank<"MultiHeadAttention", sameRank, "value", formatShape<ss[1]>, `${ss[1]["length"]}`>>;

/** Keras's build check that key and value agree on every axis but the batch and the last, compared as they are (None is not 5). */
type checkKeyValue<ss extends readonly Shape[]> = ss extends readonly [Shape, infer v extends Shape, infer k extends Shape]
  ? keyValueFold<k, v, 1, [unknown, unknown]>
  : "ok";
type keyValueFold<k extends Shape, v extends Shape, at extends number, i extends unknown[]> = i["length"] extends k["length"]
  ? "ok"
  : clash<k[at], v[at]> extends true
    ? ShapeErr<keyValueMismatch<"MultiHeadAttention", formatShape<k>, formatShape<v>, `${at}`, formatDim<k[at]>, formatDim<v[at]>>>
    : keyValueFold<k, v, i["length"], [...i, unknown]>;
/** Two sizes Keras's tuple comparison finds different: two different known sizes, or None against a known size. */
type clash<x, y> = IsKnown<x> extends true
  ? IsKnown<y> extends true ? ([x] extends [y] ? false : true) : [y] extends [null] ? true : false
  : [x] extends [null] ? IsKnown<y> : false;

/** The first of query, value and key whose features are not known, as an error: they size the kernels. */
type checkFeatures<ss extends readonly Shape[], i extends unknown[] = []> = ss extends readonly [infer s extends Shape, ...infer rest extends readonly Shape[]]
  ? [Last<s>] extends [null]
    ? ShapeErr<attentionFeatures<"MultiHeadAttention", kernelsWhy, (typeof names)[i["length"]], formatShape<s>>>
    : checkFeatures<rest, [...i, unknown]>
  : "ok";

/**
 * `attentionAxes` (`undefined` when left out) against the query `q`: the runtime's error when a literal
 * axis is not between the batch and the features axes; non-literal axes (`number`, a union) pass, for
 * the runtime to check.
 */
type checkAttentionAxes<axes, q extends Shape> = [axes] extends [undefined]
  ? "ok"
  : anyOutside<axes extends readonly unknown[] ? axes : [axes], q["length"]> extends true
    ? ShapeErr<badAttentionAxes<formatOption<axes extends readonly unknown[] ? axes : [axes]>, formatShape<q>, `${Sub<q["length"], 2> & number}`>>
    : "ok";
type anyOutside<as extends readonly unknown[], r extends number> = as extends readonly [infer a, ...infer rest]
  ? IsKnown<a> extends true ? (outside<normalizeAxis<a, r>, r> extends true ? true : anyOutside<rest, r>) : anyOutside<rest, r>
  : false;
/** An axis index (never: not in the query at all) that is the batch axis, the features axis, or none. */
type outside<i, r extends number> = [i] extends [never] ? true : i extends 0 | Sub<r, 1> ? true : false;
/**
 * The runtime's `queryKeyAxis` check: Keras's einsum treats the axes not attended over as batch axes, so
 * query and key must agree on each of them (two different known sizes are an error; None, or a size the
 * compiler does not know, passes). Only when every axis of `axes` is a literal; else `"ok"` (the runtime checks).
 */
type checkQueryKey<axes, q extends Shape, k extends Shape> = axesLeftOut<axes> extends true
  ? "ok"
  : attended<[axes] extends [readonly unknown[]] ? axes : [axes], q["length"]> extends infer att
    ? [att] extends [false] ? "ok" : queryKeyFold<formatOption<[axes] extends [readonly unknown[]] ? axes : [axes]>, q, k, att, [unknown]>
    : never;
/** The attended axes counted from 0 (a union), or false when one of them is not a literal. */
type attended<as extends readonly unknown[], r extends number, acc = never> = as extends readonly [infer a, ...infer rest]
  ? IsKnown<a> extends true ? attended<rest, r, acc | normalizeAxis<a, r>> : false
  : acc;
/** The axes from 1 to the one before the features, each not attended over: query's and key's sizes must not clash. */
type queryKeyFold<axes extends string, q extends Shape, k extends Shape, att, i extends unknown[]> = [...i, unknown]["length"] extends q["length"]
  ? "ok"
  : i["length"] extends att
    ? queryKeyFold<axes, q, k, att, [...i, unknown]>
    : [IsKnown<q[i["length"]]>, IsKnown<k[i["length"]]>] extends [true, true]
      ? [q[i["length"]]] extends [k[i["length"]]]
        ? queryKeyFold<axes, q, k, att, [...i, unknown]>
        : ShapeErr<queryKeyAxis<axes, formatShape<q>, formatShape<k>, `${i["length"]}`, formatDim<q[i["length"]]>, formatDim<k[i["length"]]>>>
      : queryKeyFold<axes, q, k, att, [...i, unknown]>;
/** attentionAxes as given, or `undefined`. */
type axesOf<c> = c extends { readonly attentionAxes: infer a } ? a : undefined;
/** Whether attentionAxes was left out: not when it is `any` (which `[any] extends [undefined]` would accept). */
type axesLeftOut<axes> = 0 extends 1 & axes ? false : [axes] extends [undefined] ? true : false;

/** The axes between batch and features. */
type middle<s extends Shape> = s extends readonly [Dim, ...infer m extends Shape, Dim] ? m : [];

/** The output's last axes: `outputShape` as a list, or the query's features. */
type outAxes<o, q extends Shape> = [o] extends [undefined] ? [Last<q>] : o extends readonly number[] ? o : [o];
/** `outputShape`, or `undefined`; an `any` may be a size or a list, so its axes are not known (`number[]`). */
type outputShapeOf<c> = c extends { readonly outputShape: infer v } ? (0 extends 1 & v ? number[] : v) : undefined;

/**
 * MultiHeadAttention's output and scores on `[query, value]` or `[query, value, key]`, or the first
 * error. The scores' shape is known for the default attention axes: `(batch, heads, Tq..., Tv...)`.
 */
export type mhaShapes<h, o, axes, ss> = [Dim[]] extends [ss]
  ? Dim[]
  : ss extends readonly [Shape, Shape] | readonly [Shape, Shape, Shape]
    ? keyOf<ss> extends infer k extends Shape
      ? firstErr<[checkRanks<ss>, checkBatchT<"MultiHeadAttention", ss>, checkKeyValue<ss>, checkFeatures<ss>, checkAttentionAxes<axes, ss[0]>, checkQueryKey<axes, ss[0], k>]> extends infer e extends ShapeErr<string>
        ? e
        : [[...Init<ss[0]>, ...outAxes<o, ss[0]>], axesLeftOut<axes> extends true ? [ss[0][0], h, ...middle<ss[0]>, ...middle<k>] : Dim[]]
      : never
    : ShapeErr<attentionInputs<"MultiHeadAttention", `${ss extends readonly unknown[] ? ss["length"] : 0}`, "multiHeadAttention({ numHeads: 4, keyDim: 16 })">>;

/** MultiHeadAttention's rule; `c` is the part of its options that decides its shapes and weights. */
export interface MultiHeadAttentionRule<c> extends MultiRule {
  readonly layer: "MultiHeadAttention";
  readonly outputs: attentionOutputs<
    failIfAny<mhaShapes<opt<c, "numHeads", number>, outputShapeOf<c>, axesOf<c>, this["input"]>>,
    flag<c, "returnAttentionScores", false>
  >;
  readonly output: oneOutput<"MultiHeadAttention", this["outputs"]>;
  readonly states: Dim[];
  readonly weights: this["input"] extends readonly [infer q extends Shape, infer v extends Shape, ...unknown[]]
    ? keyOf<this["input"]> extends infer k extends Shape ? mhaWeights<
        q,
        v,
        k,
        opt<c, "numHeads", number>,
        opt<c, "keyDim", number>,
        opt<c, "valueDim", opt<c, "keyDim", number>>,
        outAxes<outputShapeOf<c>, q>,
        flag<c, "useBias", true>
      > : []
    : [];
}
/** The weights in Keras's order: the query, key, value and output projections, each a kernel and a bias. */
type mhaWeights<q extends Shape, v extends Shape, k extends Shape, h, kd, vd, o extends readonly unknown[], b> = [
  ["query/kernel", [Last<q>, h, kd]],
  ...weightIf<b, ["query/bias", [h, kd]]>,
  ["key/kernel", [Last<k>, h, kd]],
  ...weightIf<b, ["key/bias", [h, kd]]>,
  ["value/kernel", [Last<v>, h, vd]],
  ...weightIf<b, ["value/bias", [h, vd]]>,
  ["attention_output/kernel", [h, vd, ...o]],
  ...weightIf<b, ["attention_output/bias", o]>,
];

/** A MultiHeadAttention layer type: `c` holds its heads, key size and the options that change shapes or weights. */
export interface MultiHeadAttention<c = MultiHeadAttentionConfig> extends AttentionLayer<MultiHeadAttentionRule<c>> {
  readonly className: "MultiHeadAttention";
}
/** The part of MultiHeadAttention's options its type keeps. */
export interface MultiHeadAttentionConfig {
  readonly numHeads: number;
  readonly keyDim: number;
  readonly valueDim?: number;
  readonly outputShape?: number | readonly number[];
  readonly attentionAxes?: number | readonly number[];
  readonly useBias?: boolean;
  readonly returnAttentionScores?: boolean;
}
/** The options its type keeps; through `infer`, so that a hover shows the object, not this alias (review s9, finding 13). */
type mhaConfig<o> = {
  -readonly [k in keyof o as k extends keyof MultiHeadAttentionConfig ? k : never]: k extends "outputShape" | "attentionAxes" ? plain<o[k]> : o[k];
} extends infer c
  ? c
  : never;

type checkSize<option extends string, v> = checkPositiveT<"MultiHeadAttention", option, v, sizeMeaning<option>, option extends "numHeads" ? "4" : "16">;
type sizeMeaning<option extends string> = option extends "numHeads"
  ? "the number of attention heads"
  : option extends "keyDim"
    ? "the size of each head's query and key"
    : option extends "valueDim"
      ? "the size of each head's value"
      : "the size of the output's last axis, or a list of sizes";
const sizeMeaning = (option: string): string =>
  option === "numHeads" ? "the number of attention heads"
  : option === "keyDim" ? "the size of each head's query and key"
  : option === "valueDim" ? "the size of each head's value"
  : "the size of the output's last axis, or a list of sizes";
/** `outputShape`: a positive size, or a list of them. */
type checkOutputShape<v> = v extends readonly unknown[]
  ? [NotPositiveInts<v[number]>] extends [never]
    ? "ok"
    : OptionErr<notPositive<"MultiHeadAttention", "outputShape", `${NotPositiveInts<v[number]> & (number | string)}`, sizeMeaning<"outputShape">, "16">, "outputShape">
  : checkSize<"outputShape", v>;

/** Everything that can be wrong with MultiHeadAttention's options, first problem first. */
export type checkMultiHeadAttention<o extends MultiHeadAttentionOptionsCall> = firstErr<
  [
    checkKeysT<"MultiHeadAttention", o, typeof mhaKeys>,
    checkSize<"numHeads", o["numHeads"]>,
    checkSize<"keyDim", o["keyDim"]>,
    checkSize<"valueDim", o extends { readonly valueDim: infer v } ? v : 1>,
    checkOutputShape<o extends { readonly outputShape: infer v } ? v : 1>,
    checkFractionT<"MultiHeadAttention", "dropout", o["dropout"], "is the fraction of the scores to drop", "0.1">,
  ]
>;

// --- run time ----------------------------------------------------------------------------------------

const isInt = (a: unknown): a is number => typeof a === "number" && Number.isSafeInteger(a);

class MultiHeadAttentionImpl extends AttentionBase {
  readonly numHeads: number;
  readonly keyDim: number;
  readonly valueDim: number;
  readonly dropout: number;
  readonly useBias: boolean;
  readonly outputShape: readonly number[] | null;
  readonly attentionAxes: readonly number[] | null;
  constructor(o: MultiHeadAttentionOptions) {
    const layer = "MultiHeadAttention";
    checkKeys(layer, o, mhaKeys);
    if (o.numHeads === undefined) fail(missingOption(layer, "numHeads", sizeMeaning("numHeads"), "4"));
    if (o.keyDim === undefined) fail(missingOption(layer, "keyDim", sizeMeaning("keyDim"), "16"));
    checkPositive(layer, "numHeads", o.numHeads, sizeMeaning("numHeads"), "4");
    checkPositive(layer, "keyDim", o.keyDim, sizeMeaning("keyDim"), "16");
    if (o.valueDim !== undefined) checkPositive(layer, "valueDim", o.valueDim, sizeMeaning("valueDim"), "16");
    if (o.outputShape !== undefined) {
      const list = Array.isArray(o.outputShape) ? o.outputShape : [o.outputShape];
      for (const d of list) checkPositive(layer, "outputShape", d, sizeMeaning("outputShape"), "16");
    }
    const axes = o.attentionAxes;
    if (axes !== undefined && !(isInt(axes) || (Array.isArray(axes) && axes.length > 0 && axes.every(isInt))))
      fail(badAxesOption(formatOption(axes)));
    if (o.dropout !== undefined) checkFraction(layer, "dropout", o.dropout, "is the fraction of the scores to drop", "0.1");
    checkBoolean(layer, "returnAttentionScores", o.returnAttentionScores);
    checkTraining(layer, o);
    super(o, layer);
    this.numHeads = o.numHeads;
    this.keyDim = o.keyDim;
    this.valueDim = o.valueDim ?? o.keyDim;
    this.dropout = o.dropout ?? 0;
    this.useBias = o.useBias ?? true;
    this.outputShape = o.outputShape === undefined ? null : Array.isArray(o.outputShape) ? [...o.outputShape] : [o.outputShape as number];
    this.attentionAxes = axes === undefined ? null : Array.isArray(axes) ? [...axes] : [axes as number];
    Object.assign(this, { returnAttentionScores: o.returnAttentionScores ?? false, trainingOptions: pickTraining(o, kernelTrainingKeys) });
  }
  protected shapesOf(shapes: readonly Shape[]): [Shape, Shape] {
    const layer = "MultiHeadAttention";
    if (shapes.length < 2 || shapes.length > 3) fail(attentionInputs(layer, String(shapes.length), "multiHeadAttention({ numHeads: 4, keyDim: 16 })"), this.name);
    const [q, v] = shapes as [Shape, Shape];
    const k = shapes[2] ?? v;
    if (q.length < 3) fail(attentionRank(layer, sameRank, "query", formatShape(q), String(q.length)), this.name);
    shapes.forEach((s, i) => s.length !== q.length && fail(attentionRank(layer, sameRank, names[i]!, formatShape(s), String(s.length)), this.name));
    checkBatch(layer, shapes, this.name);
    if (shapes.length === 3)
      for (let i = 1; i < k.length - 1; i++)
        if (k[i] !== v[i]) fail(keyValueMismatch(layer, formatShape(k), formatShape(v), String(i), formatDim(k[i]!), formatDim(v[i]!)), this.name);
    shapes.forEach((s, i) => s[s.length - 1] === null && fail(attentionFeatures(layer, kernelsWhy, names[i]!, formatShape(s)), this.name));
    const rank = q.length;
    const given = this.attentionAxes;
    const axes = given === null ? Array.from({ length: rank - 2 }, (_, i) => i + 1) : given.map((a) => (a < 0 ? rank + a : a));
    if (axes.some((a) => a < 1 || a > rank - 2))
      fail(badAttentionAxes(formatOption(given), formatShape(q), String(rank - 2)), this.name);
    const out = [...q.slice(0, -1), ...(this.outputShape ?? [q[rank - 1]!])];
    // The other axes (the batch, the heads in the last place) index the scores first, as Keras's einsum orders them.
    const others = Array.from({ length: rank }, (_, i) => i).filter((i) => !axes.includes(i));
    for (const i of others)
      if (i < rank - 1 && q[i] !== null && k[i] !== null && q[i] !== k[i])
        fail(queryKeyAxis(formatOption(given), formatShape(q), formatShape(k), String(i), formatDim(q[i]!), formatDim(k[i]!)), this.name);
    const scores = [...others.map((i) => (i === rank - 1 ? this.numHeads : q[i]!)), ...axes.map((i) => q[i]!), ...axes.map((i) => k[i]!)];
    return [out, scores];
  }
  override weightSpecs(shapes: readonly Shape[]): Record<string, WeightSpec> {
    const [q, v] = shapes as [Shape, Shape];
    const k = shapes[2] ?? v;
    const last = (s: Shape): number => s[s.length - 1] as number;
    const [h, kd, vd] = [this.numHeads, this.keyDim, this.valueDim];
    const o = this.outputShape ?? [last(q)];
    const proj = (name: string, d: number, size: number): Record<string, WeightSpec> => ({
      [`${name}/kernel`]: { shape: [d, h, size] },
      ...(this.useBias ? { [`${name}/bias`]: { shape: [h, size] } } : {}),
    });
    return {
      ...proj("query", last(q), kd),
      ...proj("key", last(k), kd),
      ...proj("value", last(v), vd),
      "attention_output/kernel": { shape: [h, vd, ...o] },
      ...(this.useBias ? { "attention_output/bias": { shape: [...o] } } : {}),
    };
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return {
      num_heads: this.numHeads,
      key_dim: this.keyDim,
      value_dim: this.valueDim,
      dropout: this.dropout,
      use_bias: this.useBias,
      output_shape: this.outputShape === null ? null : [...this.outputShape],
      attention_axes: this.attentionAxes === null ? null : [...this.attentionAxes],
      ...kernelTrainingConfig(this.trainingOptions ?? {}),
    };
  }
}

/**
 * Multi-head attention over `[query, value]` or `[query, value, key]` (the key defaults to the value):
 * `numHeads` heads of `keyDim`-sized query/key projections and `valueDim`-sized value projections
 * (default `keyDim`), projected back to the query's features (or `outputShape`). Query
 * `(batch, Tq, Dq)` and value `(batch, Tv, Dv)` give `(batch, Tq, Dq)`, and with
 * `returnAttentionScores: true` also the scores `(batch, heads, Tq, Tv)`. Parameters:
 * `heads·keyDim·(Dq + Dk + 2) + heads·valueDim·(Dv + 1) + heads·valueDim·out + out` with biases.
 *
 * @example
 * ```ts
 * const x = input({ shape: [128, 64] });
 * multiHeadAttention({ numHeads: 4, keyDim: 16 })([x, x]);   // SymbolicTensor<[null, 128, 64]>: 16,640 params
 * const [y, scores] = multiHeadAttention({ numHeads: 4, keyDim: 16, returnAttentionScores: true })([x, x]); // scores (None, 4, 128, 128)
 * ```
 */
export function multiHeadAttention<const o extends MultiHeadAttentionOptionsCall>(
  options: CheckedOptions<checkMultiHeadAttention<o>, o, MultiHeadAttentionOptions>,
): MultiHeadAttention<mhaConfig<o>>;
export function multiHeadAttention(options: unknown): unknown {
  return new MultiHeadAttentionImpl(readOptions(options) as MultiHeadAttentionOptions);
}
