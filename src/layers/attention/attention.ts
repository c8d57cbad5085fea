/**
 * Attention: dot-product (Luong-style) attention, called on `[query, value]` or `[query, value, key]`.
 * Query `(batch, Tq, dim)`, value `(batch, Tv, dimV)`, key `(batch, Tv, dim)` (the value when not
 * given): scores `(batch, Tq, Tv)`, output `(batch, Tq, dimV)`.
 *
 * ```ts
 * attention()([q, v]);   // q: (None, 5, 8), v: (None, 7, 8)  ->  SymbolicTensor<[null, 5, 8]>
 * ```
 */
import type { flag, switchOn, weightIf } from "../../core/config.js";
import { fail, type CheckedOptions, type firstErr, type ShapeErr } from "../../core/errors.js";
import type { BaseLayerOptions, MultiRule, WeightSpec, severalOutputs } from "../../core/layer.js";
import { baseKeys, checkKeys, type AnyKeys, type checkKnownKeys } from "../../core/options.js";
import { checkBoolean, readOptions, type OptionsCall } from "../../core/read-options.js";
import { checkChoice } from "../../core/conv.js";
import { formatDim, formatShape, type Dim, type DimsAgree, type Shape } from "../../core/shape.js";
import { checkFraction, type checkFraction as checkFractionT } from "../regularization/checks.js";
import {
  AttentionBase,
  attentionFeatures,
  attentionInputs,
  attentionRank,
  broadcastable,
  checkBatch,
  keyName,
  keyValueMismatch,
  queryKeyFeatures,
  type AttentionLayer,
  type broadcastable as broadcastableT,
  type checkBatch as checkBatchT,
  type keyName as keyNameT,
  type keyOf,
} from "./base-attention.js";

export interface AttentionOptions extends BaseLayerOptions {
  /** Whether to learn a scalar `scale` the scores are multiplied by. Default `false`. */
  readonly useScale?: boolean;
  /** How query and key are scored: `"dot"` (their dot product, the default) or `"concat"` (the sum of tanh of their sum). */
  readonly scoreMode?: "dot" | "concat";
  /** The fraction of the attention scores to drop in training. Default 0. */
  readonly dropout?: number;
  /** The seed of the dropout, or none. */
  readonly seed?: number;
  /**
   * Whether a call gives the attention scores too, `[output, scores]` (Keras's call argument
   * `return_attention_scores`, here an option of the layer so that its type knows). Default `false`.
   */
  readonly returnAttentionScores?: boolean;
  /** The type of the weights and computations; default `float32`. */
  readonly dtype?: "float32" | "int32" | "bool" | "string";
}
const attentionKeys = ["useScale", "scoreMode", "dropout", "seed", "returnAttentionScores", ...baseKeys, "dtype"] as const;

// --- type level --------------------------------------------------------------------------------------

/** How query and key meet: a dot product (equal features) or a sum (features equal or 1, broadcast). */
export type Combine = "dot" | "add";
type how<c> = [c] extends ["dot"]
  ? "multiplies query by key along their last axis (features), which must have the same size"
  : "adds query and key along their last axis (features), whose sizes must be equal (or 1)";
const how = (c: Combine): string =>
  c === "dot"
    ? "multiplies query by key along their last axis (features), which must have the same size"
    : "adds query and key along their last axis (features), whose sizes must be equal (or 1)";

type rank3 = "query, value and key of rank 3, (batch, steps, features)";
const rank3: rank3 = "query, value and key of rank 3, (batch, steps, features)";
const names = ["query", "value", "key"] as const;

/** The first input of `ss` that is not of rank 3, as an error; else `"ok"`. */
type checkRanks<layer extends string, ss extends readonly Shape[], i extends unknown[] = []> = ss extends readonly [
  infer s extends Shape,
  ...infer rest extends readonly Shape[],
]
  ? s["length"] extends 3
    ? checkRanks<layer, rest, [...i, unknown]>
    : ShapeErr<attentionRank<layer, rank3, (typeof names)[i["length"]], formatShape<s>, `${s["length"]}`>>
  : "ok";

/** `"ok"` unless key and value (when the key is given) cannot have the same steps. */
type checkKeyValue<layer extends string, ss extends readonly Shape[]> = ss extends readonly [Shape, infer v extends Shape, infer k extends Shape]
  ? DimsAgree<k[1], v[1]> extends true
    ? "ok"
    : ShapeErr<keyValueMismatch<layer, formatShape<k>, formatShape<v>, "1", formatDim<k[1]>, formatDim<v[1]>>>
  : "ok";

/** `"ok"` unless the features of query and key cannot meet as `c` combines them. */
type checkFeatures<layer extends string, c, q extends Shape, k extends Shape, which extends string> = (
  [c] extends ["dot"] ? DimsAgree<q[2], k[2]> : broadcastableT<q[2], k[2]>
) extends true
  ? "ok"
  : ShapeErr<queryKeyFeatures<layer, how<c>, formatShape<q>, which, formatShape<k>, formatDim<q[2]>, formatDim<k[2]>>>;

/** `"ok"` unless the query's features size a weight (AdditiveAttention's `scale`) and are not known. */
type checkQueryFeatures<layer extends string, needed, q extends Shape> = [needed] extends [false]
  ? "ok"
  : [q[2]] extends [null]
    ? ShapeErr<attentionFeatures<layer, "its scale weight is (features,)", "query", formatShape<q>>>
    : "ok";

/**
 * The output and scores of Attention and AdditiveAttention on `[query, value]` or `[query, value, key]`,
 * or the first error. `c` is how query and key meet; `featuresNeeded` whether the query's features size
 * a weight. Run on each member of a union of shapes.
 */
export type attentionShapes<layer extends string, call extends string, c, featuresNeeded, ss> = [Dim[]] extends [ss]
  ? Dim[]
  : ss extends readonly [Shape, Shape] | readonly [Shape, Shape, Shape]
  ? firstErr<[checkRanks<layer, ss>]> extends infer e extends ShapeErr<string>
    ? e
    : keyOf<ss> extends infer k extends Shape
      ? rank3Shapes<layer, c, featuresNeeded, ss, ss[0], ss[1], k>
      : never
  : ShapeErr<attentionInputs<layer, `${ss extends readonly unknown[] ? ss["length"] : 0}`, `${call}()`>>;
type rank3Shapes<layer extends string, c, featuresNeeded, ss extends readonly Shape[], q extends Shape, v extends Shape, k extends Shape> =
  firstErr<[checkBatchT<layer, ss>, checkKeyValue<layer, ss>, checkFeatures<layer, c, q, k, keyNameT<ss>>, checkQueryFeatures<layer, featuresNeeded, q>]> extends infer e extends ShapeErr<string>
    ? e
    : [[q[0], q[1], v[2]], [q[0], q[1], k[1]]];

/** A rule's outputs from `[output, scores]`: both with `returnAttentionScores`, else the output alone; unknown rank for an unknown input. */
export type attentionOutputs<o, scores> = [o] extends [ShapeErr<string>]
  ? o
  : o extends readonly [infer out, infer sc]
    ? switchOn<scores, [out, sc], [out]>
    : switchOn<scores, [Dim[], Dim[]], [Dim[]]>;

/** Keras's order of a rule's outputs read where one tensor goes (a Sequential): the one output, or the error. */
export type oneOutput<layer extends string, os> = os extends readonly [infer one] ? one : os extends ShapeErr<string> ? os : ShapeErr<severalOutputs<layer, "2">>;

/** Attention's rule: `m` its score mode, `scale` whether it learns a scale, `scores` whether a call gives the scores. */
export interface AttentionRule<m, scale, scores> extends MultiRule {
  readonly layer: "Attention";
  readonly outputs: attentionOutputs<failIfAny<attentionShapes<"Attention", "attention", m extends "concat" ? "add" : m, false, this["input"]>>, scores>;
  readonly output: oneOutput<"Attention", this["outputs"]>;
  readonly states: Dim[];
  readonly weights: [...weightIf<scale, ["scale", []]>, ...(m extends "concat" ? [["concat_score_weight", []]] : [])];
}
/** The errors among a union of results, if any (one failing member fails the call), else the results. */
export type failIfAny<o> = [Extract<o, ShapeErr<string>>] extends [never] ? o : Extract<o, ShapeErr<string>>;

/** An Attention layer type. */
export interface Attention<c = {}> extends AttentionLayer<AttentionRule<modeOf<c>, flag<c, "useScale", false>, flag<c, "returnAttentionScores", false>>> {
  readonly className: "Attention";
}
/** The part of Attention's options its type keeps (those not at their default). */
export interface AttentionConfig {
  readonly useScale?: boolean;
  readonly scoreMode?: "dot" | "concat";
  readonly returnAttentionScores?: boolean;
}
type modeOf<c> = c extends { readonly scoreMode: infer m } ? (0 extends 1 & m ? "dot" | "concat" : m) : "dot";
/** Through `infer`, so that a hover shows the object, not this alias. */
type attentionConfig<o> = { -readonly [k in keyof o as k extends keyof AttentionConfig ? k : never]: o[k] } extends infer c ? c : never;

// --- run time ----------------------------------------------------------------------------------------

/** Runtime twin of `attentionShapes`. */
export const attentionShapes = (layer: string, call: string, c: Combine, featuresNeeded: boolean, shapes: readonly Shape[], name: string): [Shape, Shape] => {
  if (shapes.length < 2 || shapes.length > 3) fail(attentionInputs(layer, String(shapes.length), `${call}()`), name);
  shapes.forEach((s, i) => s.length !== 3 && fail(attentionRank(layer, rank3, names[i]!, formatShape(s), String(s.length)), name));
  checkBatch(layer, shapes, name);
  const [q, v] = shapes as [Shape, Shape];
  const k = shapes[2] ?? v;
  if (shapes.length === 3 && k[1] !== null && v[1] !== null && k[1] !== v[1])
    fail(keyValueMismatch(layer, formatShape(k), formatShape(v), "1", formatDim(k[1]!), formatDim(v[1]!)), name);
  const qd = q[2]!;
  const kd = k[2]!;
  if (!(c === "dot" ? qd === null || kd === null || qd === kd : broadcastable(qd, kd)))
    fail(queryKeyFeatures(layer, how(c), formatShape(q), keyName(shapes), formatShape(k), formatDim(qd), formatDim(kd)), name);
  if (featuresNeeded && qd === null) fail(attentionFeatures(layer, "its scale weight is (features,)", "query", formatShape(q)), name);
  return [
    [q[0]!, q[1]!, v[2]!],
    [q[0]!, q[1]!, k[1]!],
  ];
};

class AttentionImpl extends AttentionBase {
  readonly useScale: boolean;
  readonly scoreMode: "dot" | "concat";
  readonly dropout: number;
  readonly seed: number | null;
  constructor(o: AttentionOptions) {
    checkKeys("Attention", o, attentionKeys);
    checkBoolean("Attention", "useScale", o.useScale);
    checkBoolean("Attention", "returnAttentionScores", o.returnAttentionScores);
    if (o.scoreMode !== undefined) checkChoice("Attention", "scoreMode", o.scoreMode, ["dot", "concat"]);
    if (o.dropout !== undefined) checkFraction("Attention", "dropout", o.dropout, "is the fraction of the scores to drop", "0.1");
    super(o, "Attention");
    this.useScale = o.useScale ?? false;
    this.scoreMode = o.scoreMode ?? "dot";
    this.dropout = o.dropout ?? 0;
    this.seed = o.seed ?? null;
    Object.assign(this, { returnAttentionScores: o.returnAttentionScores ?? false, trainingOptions: o.dtype === undefined ? undefined : { dtype: o.dtype } });
  }
  protected shapesOf(shapes: readonly Shape[]): [Shape, Shape] {
    return attentionShapes("Attention", "attention", this.scoreMode === "dot" ? "dot" : "add", false, shapes, this.name);
  }
  override weightSpecs(): Record<string, WeightSpec> {
    return {
      ...(this.useScale ? { scale: { shape: [] } } : {}),
      ...(this.scoreMode === "concat" ? { concat_score_weight: { shape: [] } } : {}),
    };
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { use_scale: this.useScale, score_mode: this.scoreMode, dropout: this.dropout, seed: this.seed };
  }
}

/**
 * Dot-product attention over `[query, value]` or `[query, value, key]` (the key defaults to the value):
 * query `(batch, Tq, dim)`, value `(batch, Tv, dimV)`, key `(batch, Tv, dim)` give `(batch, Tq, dimV)`,
 * and with `returnAttentionScores: true` also the scores `(batch, Tq, Tv)`. `useScale` learns a scalar
 * `scale`; `scoreMode: "concat"` a scalar `concat_score_weight`.
 *
 * @example
 * ```ts
 * const q = input({ shape: [5, 8] });
 * const v = input({ shape: [7, 8] });
 * attention()([q, v]);                                    // SymbolicTensor<[null, 5, 8]>
 * const [out, scores] = attention({ returnAttentionScores: true })([q, v]); // (None, 5, 8), (None, 5, 7)
 * ```
 */
export function attention<const o extends OptionsCall<AttentionOptions> & AnyKeys = {}>(
  options?: CheckedOptions<
    firstErr<[checkKnownKeys<"Attention", o, typeof attentionKeys>, checkFractionT<"Attention", "dropout", o["dropout"], "is the fraction of the scores to drop", "0.1">]>,
    o,
    AttentionOptions
  >,
): Attention<attentionConfig<o>>;
export function attention(options: unknown = {}): unknown {
  return new AttentionImpl(readOptions(options) as AttentionOptions);
}
