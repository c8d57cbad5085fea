/**
 * BatchNormalization: normalizes each channel of its input (axis `axis`, default -1, the last) with the
 * mean and variance of the batch in training, and with moving averages of them in inference. The shape
 * is unchanged. For `c` channels: `gamma [c]` (unless `scale: false`) and `beta [c]` (unless
 * `center: false`) are trained; `moving_mean [c]` and `moving_variance [c]` are not.
 *
 * ```ts
 * const x = input({ shape: [56, 56, 64] });   // SymbolicTensor<[null, 56, 56, 64]>
 * batchNormalization()(x);                   // SymbolicTensor<[null, 56, 56, 64]>: 256 params, 128 of them non-trainable
 * ```
 */
import type { config, declaredOf, flag, InputKey, opt, weightIf } from "../../core/config.js";
import { fail, type CheckedOptions, type firstErr, type ShapeErr } from "../../core/errors.js";
import { declaredInput, type InputSpecOptions } from "../../core/input-spec.js";
import { SingleInputLayer, type BaseLayerOptions, type Layer, type Rule, type WeightSpec } from "../../core/layer.js";
import { baseKeys, checkKeys, inputKeys, type AnyKeys, type checkKnownKeys, type Defined, type fastInput } from "../../core/options.js";
import { formatShape, type Shape } from "../../core/shape.js";
import { axesSizes, checkAxis, checkNumber } from "./axes.js";
import { readOptions, type OptionsCall } from "../../core/read-options.js";
import { batchNormalizationTrainingKeys, checkTraining, pickTraining, trainingConfig, type BatchNormalizationTrainingOptions } from "../../core/keras-config.js";

export interface BatchNormalizationOptions extends BaseLayerOptions, InputSpecOptions, BatchNormalizationTrainingOptions {
  /**
   * The axis to normalize, whose size is the number of channels: default -1, the last (for
   * `channelsLast` data); use `axis: 1` after a layer with `dataFormat: "channelsFirst"`. Negative
   * counts from the end. One axis only, as in Keras 3.
   */
  readonly axis?: number;
  /** Momentum of the moving mean and variance: `moving = moving * momentum + batch * (1 - momentum)`. Default 0.99. */
  readonly momentum?: number;
  /** Small number added to the variance so that it is never divided by zero. Default 0.001. */
  readonly epsilon?: number;
  /** Whether to add the trained offset `beta`. Default `true`. */
  readonly center?: boolean;
  /** Whether to multiply by the trained factor `gamma`. Default `true`. */
  readonly scale?: boolean;
}
const batchNormalizationKeys = ["axis", "momentum", "epsilon", "center", "scale", ...baseKeys, ...inputKeys, ...batchNormalizationTrainingKeys] as const;
/** The options that decide the layer's shapes and weights: what its type keeps. */
type shapeKeys = "axis" | "center" | "scale" | InputKey;

/** The part of BatchNormalization's options its type keeps: `{ axis: 1 }`, `{ center: false }`, `{}`. */
export type batchNormalizationConfig<o> = config<o, shapeKeys>;

// --- messages --------------------------------------------------------------------------------------

/** Run time only: a layer's type does not record the shape of its first call. */
export type otherRank<name extends string, rank extends string, got extends string, gotRank extends string> =
  `BatchNormalization "${name}" was built on an input of rank ${rank} by its first call, and Keras fixes that rank, but it is called on ${got} of rank ${gotRank}. Fix: a layer called twice shares its weights and its input rank, so call it on inputs of the same rank, or create a new layer.`;
export const otherRank = <name extends string, rank extends string, got extends string, gotRank extends string>(
  name: name,
  rank: rank,
  got: got,
  gotRank: gotRank,
): otherRank<name, rank, got, gotRank> =>
  `BatchNormalization "${name}" was built on an input of rank ${rank} by its first call, and Keras fixes that rank, but it is called on ${got} of rank ${gotRank}. Fix: a layer called twice shares its weights and its input rank, so call it on inputs of the same rank, or create a new layer.`;

// --- type-level rule ---------------------------------------------------------------------------------

/** The number of channels of `s` as a one-element tuple, or the `ShapeErr` saying why it has none. */
type channels<s extends Shape, axis> = axis extends unknown ? channelsAt<s, axis> : never;
/** `channels` for one member of the axis option (each member of `axis: 2 | 3` is checked as its literal is). */
type channelsAt<s extends Shape, axis> = [axis] extends [-1]
  ? s extends readonly [...Shape, infer c]
    ? [c] extends [null] ? axesSizes<"BatchNormalization", s, [-1], true, "-1"> : [c]
    : axesSizes<"BatchNormalization", s, [-1], true, "-1">
  : axesSizes<"BatchNormalization", s, [axis], true, `${axis & number}`>;

/** The weights of BatchNormalization with config `c` for `ch` channels, in Keras's order. */
type bnWeights<c, ch> = [
  ...weightIf<flag<c, "scale", true>, ["gamma", [ch]]>,
  ...weightIf<flag<c, "center", true>, ["beta", [ch]]>,
  ["moving_mean", [ch], false],
  ["moving_variance", [ch], false],
];

export interface BatchNormalizationRule<c> extends Rule {
  readonly layer: "BatchNormalization";
  readonly channels: this["input"] extends Shape ? channels<this["input"], opt<c, "axis", -1>> : never;
  /** The input, or the errors among the channels of every member of a union of axes (one failing member fails the call). */
  readonly output: this["channels"] extends readonly [unknown] ? this["input"] : Extract<this["channels"], ShapeErr<string>>;
  readonly weights: this["channels"] extends readonly [infer ch] ? bnWeights<c, ch> : [];
}

/**
 * A BatchNormalization layer type; `c` is the part of its options that decides weights:
 * `BatchNormalization<{}>`, `BatchNormalization<{ axis: 1; center: false }>`.
 */
export interface BatchNormalization<c = {}> extends Layer<BatchNormalizationRule<c>, declaredOf<"BatchNormalization", c>> {
  readonly className: "BatchNormalization";
}

/** Everything that can be wrong with BatchNormalization's options, first problem first. */
export type checkBatchNormalization<o> = [keyof o, o, o[keyof o]] extends [fastKey, fastOptions, Defined]
  ? "ok" // the fast path (see `Defined` in options.ts)
  : firstErr<
  [
    checkKnownKeys<"BatchNormalization", o, typeof batchNormalizationKeys>,
    checkAxis<"BatchNormalization", opt<o, "axis", undefined>, "an integer", false>,
    declaredInput<"BatchNormalization", o>,
  ]
>;
/** The keys `checkBatchNormalization`'s fast path takes: the layer's but a declared input's. */
type fastKey = Exclude<(typeof batchNormalizationKeys)[number], InputKey>;
/** BatchNormalization options `checkBatchNormalization` certainly accepts: an axis of -8 to 8 (the rule checks it against the input's rank). */
interface fastOptions extends fastInput {
  readonly axis?: -8 | -7 | -6 | -5 | -4 | -3 | -2 | -1 | 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
}

// --- runtime twin ------------------------------------------------------------------------------------

class BatchNormalizationLayer extends SingleInputLayer {
  declare readonly axis: number;
  declare readonly momentum: number;
  declare readonly epsilon: number;
  declare readonly center: boolean;
  declare readonly scale: boolean;
  constructor(o: BatchNormalizationOptions) {
    checkKeys("BatchNormalization", o, batchNormalizationKeys);
    checkAxis("BatchNormalization", o.axis, "an integer", false);
    checkNumber("BatchNormalization", "momentum", o.momentum, "the weight the moving averages keep at each step", "0.99");
    checkNumber("BatchNormalization", "epsilon", o.epsilon, "added to the variance", "0.001");
    checkTraining("BatchNormalization", o, batchNormalizationTrainingKeys);
    super(o, "BatchNormalization", declaredInput("BatchNormalization", o));
    Object.assign(this, {
      trainingOptions: pickTraining(o, batchNormalizationTrainingKeys),
      axis: o.axis ?? -1,
      momentum: o.momentum ?? 0.99,
      epsilon: o.epsilon ?? 1e-3,
      center: o.center ?? true,
      scale: o.scale ?? true,
    });
  }
  computeOutputShape(s: Shape): Shape {
    // Keras 3's build sets `InputSpec(ndim=len(input_shape), ...)`: a later call must have the same rank.
    const first = this.nodes[0]?.inputs[0]?.shape;
    if (first !== undefined && first.length !== s.length)
      fail(otherRank(this.name, String(first.length), formatShape(s), String(s.length)), this.name);
    axesSizes(this.className, this.name, s, [this.axis], true, String(this.axis));
    return s;
  }
  override weightSpecs(s: Shape): Record<string, WeightSpec> {
    const [c] = axesSizes(this.className, this.name, s, [this.axis], true, String(this.axis)) as number[];
    const shape = [c!];
    // One literal for the usual case: spreading the optional entries made every call's object in a slow
    // path (a twentieth of a blocks ResNet50's build); the same entries in the same order either way.
    if (this.scale && this.center)
      return { gamma: { shape }, beta: { shape }, moving_mean: { shape, trainable: false }, moving_variance: { shape, trainable: false } };
    const specs: Record<string, WeightSpec> = {};
    if (this.scale) specs["gamma"] = { shape };
    if (this.center) specs["beta"] = { shape };
    specs["moving_mean"] = { shape, trainable: false };
    specs["moving_variance"] = { shape, trainable: false };
    return specs;
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return {
      axis: this.axis, momentum: this.momentum, epsilon: this.epsilon, center: this.center, scale: this.scale,
      ...trainingConfig(this.trainingOptions ?? {}, batchNormalizationTrainingKeys, {
        betaInitializer: "Zeros", gammaInitializer: "Ones", movingMeanInitializer: "Zeros", movingVarianceInitializer: "Ones",
      }),
    };
  }
}

/**
 * Normalizes each channel (axis `axis`, default -1) by the batch's mean and variance in training and by
 * their moving averages in inference; the shape is unchanged. Weights for `c` channels: `gamma [c]` and
 * `beta [c]` (trained), `moving_mean [c]` and `moving_variance [c]` (not trained), so `4c` params, `2c`
 * of them non-trainable.
 *
 * @example
 * ```ts
 * batchNormalization()(input({ shape: [56, 56, 64] }));           // SymbolicTensor<[null, 56, 56, 64]>: 256 params (128 non-trainable)
 * batchNormalization({ axis: 1 })(input({ shape: [64, 56, 56] })); // SymbolicTensor<[null, 64, 56, 56]>: channelsFirst
 * batchNormalization({ scale: false })(input({ shape: [10] }));    // SymbolicTensor<[null, 10]>: beta, moving_mean, moving_variance
 * ```
 */
export function batchNormalization<const o extends OptionsCall<BatchNormalizationOptions> & AnyKeys = {}>(
  options?: CheckedOptions<checkBatchNormalization<o>, o, BatchNormalizationOptions>,
): BatchNormalization<batchNormalizationConfig<o>>;
export function batchNormalization(options: unknown = {}): unknown {
  return new BatchNormalizationLayer(readOptions(options) as BatchNormalizationOptions);
}
