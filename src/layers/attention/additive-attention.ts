/**
 * AdditiveAttention: Bahdanau-style attention, called on `[query, value]` or `[query, value, key]`.
 * The scores are the sum over features of `scale * tanh(query + key)`; query `(batch, Tq, dim)`, value
 * `(batch, Tv, dimV)`, key `(batch, Tv, dim)` give `(batch, Tq, dimV)`, with a `scale` of `(dim,)`.
 *
 * ```ts
 * additiveAttention()([q, v]);   // q: (None, 5, 8), v: (None, 7, 8)  ->  SymbolicTensor<[null, 5, 8]>, scale (8,)
 * ```
 */
import type { flag, weightIf } from "../../core/config.js";
import type { CheckedOptions, firstErr } from "../../core/errors.js";
import type { BaseLayerOptions, MultiRule, WeightSpec } from "../../core/layer.js";
import { baseKeys, checkKeys, type AnyKeys, type checkKnownKeys } from "../../core/options.js";
import { checkBoolean, readOptions, type OptionsCall } from "../../core/read-options.js";
import type { Dim, Shape } from "../../core/shape.js";
import { checkFraction, type checkFraction as checkFractionT } from "../regularization/checks.js";
import { AttentionBase, type AttentionLayer } from "./base-attention.js";
import { attentionShapes, type attentionOutputs, type failIfAny, type oneOutput } from "./attention.js";

export interface AdditiveAttentionOptions extends BaseLayerOptions {
  /** Whether to learn a `scale` of `(features,)` the scores are weighted by. Default `true`. */
  readonly useScale?: boolean;
  /** The fraction of the attention scores to drop in training. Default 0. */
  readonly dropout?: number;
  /** The seed of the dropout, or none. */
  readonly seed?: number;
  /** Whether a call gives the attention scores too, `[output, scores]` (Keras's call argument `return_attention_scores`). Default `false`. */
  readonly returnAttentionScores?: boolean;
  /** The type of the weights and computations; default `float32`. */
  readonly dtype?: "float32" | "int32" | "bool" | "string";
}
const additiveKeys = ["useScale", "dropout", "seed", "returnAttentionScores", ...baseKeys, "dtype"] as const;

/** AdditiveAttention's rule: `scale` whether it learns a scale (of the query's features), `scores` whether a call gives the scores. */
export interface AdditiveAttentionRule<scale, scores> extends MultiRule {
  readonly layer: "AdditiveAttention";
  readonly outputs: attentionOutputs<failIfAny<attentionShapes<"AdditiveAttention", "additiveAttention", "add", scale, this["input"]>>, scores>;
  readonly output: oneOutput<"AdditiveAttention", this["outputs"]>;
  readonly states: Dim[];
  readonly weights: this["input"] extends readonly [infer q extends Shape, ...unknown[]] ? [...weightIf<scale, ["scale", [q[2]]]>] : [];
}

/** An AdditiveAttention layer type. */
export interface AdditiveAttention<c = {}>
  extends AttentionLayer<AdditiveAttentionRule<flag<c, "useScale", true>, flag<c, "returnAttentionScores", false>>> {
  readonly className: "AdditiveAttention";
}
/** The part of AdditiveAttention's options its type keeps. */
export interface AdditiveAttentionConfig {
  readonly useScale?: boolean;
  readonly returnAttentionScores?: boolean;
}
/** Through `infer`, so that a hover shows the object, not this alias. */
type additiveConfig<o> = { -readonly [k in keyof o as k extends keyof AdditiveAttentionConfig ? k : never]: o[k] } extends infer c ? c : never;

class AdditiveAttentionImpl extends AttentionBase {
  readonly useScale: boolean;
  readonly dropout: number;
  readonly seed: number | null;
  constructor(o: AdditiveAttentionOptions) {
    checkKeys("AdditiveAttention", o, additiveKeys);
    checkBoolean("AdditiveAttention", "useScale", o.useScale);
    checkBoolean("AdditiveAttention", "returnAttentionScores", o.returnAttentionScores);
    if (o.dropout !== undefined) checkFraction("AdditiveAttention", "dropout", o.dropout, "is the fraction of the scores to drop", "0.1");
    super(o, "AdditiveAttention");
    this.useScale = o.useScale ?? true;
    this.dropout = o.dropout ?? 0;
    this.seed = o.seed ?? null;
    Object.assign(this, { returnAttentionScores: o.returnAttentionScores ?? false, trainingOptions: o.dtype === undefined ? undefined : { dtype: o.dtype } });
  }
  protected shapesOf(shapes: readonly Shape[]): [Shape, Shape] {
    return attentionShapes("AdditiveAttention", "additiveAttention", "add", this.useScale, shapes, this.name);
  }
  override weightSpecs(shapes: readonly Shape[]): Record<string, WeightSpec> {
    return this.useScale ? { scale: { shape: [shapes[0]![2] as number] } } : {};
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { use_scale: this.useScale, dropout: this.dropout, seed: this.seed };
  }
}

/**
 * Additive (Bahdanau-style) attention over `[query, value]` or `[query, value, key]` (the key defaults
 * to the value): query `(batch, Tq, dim)`, value `(batch, Tv, dimV)`, key `(batch, Tv, dim)` give
 * `(batch, Tq, dimV)`, and with `returnAttentionScores: true` also the scores `(batch, Tq, Tv)`.
 * `useScale` (the default) learns a `scale` of `(dim,)`.
 *
 * @example
 * ```ts
 * additiveAttention()([input({ shape: [5, 8] }), input({ shape: [7, 8] })]); // SymbolicTensor<[null, 5, 8]>, scale (8,): 8 params
 * ```
 */
export function additiveAttention<const o extends OptionsCall<AdditiveAttentionOptions> & AnyKeys = {}>(
  options?: CheckedOptions<
    firstErr<[checkKnownKeys<"AdditiveAttention", o, typeof additiveKeys>, checkFractionT<"AdditiveAttention", "dropout", o["dropout"], "is the fraction of the scores to drop", "0.1">]>,
    o,
    AdditiveAttentionOptions
  >,
): AdditiveAttention<additiveConfig<o>>;
export function additiveAttention(options: unknown = {}): unknown {
  return new AdditiveAttentionImpl(readOptions(options) as AdditiveAttentionOptions);
}
