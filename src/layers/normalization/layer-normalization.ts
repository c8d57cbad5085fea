/**
 * LayerNormalization: normalizes each sample on its own over the axes `axis` (default -1, the last),
 * then scales by `gamma` and offsets by `beta`, both trained and shaped like those axes:
 * `[input_shape[a] for a in axis]`, in the order written. The shape is unchanged.
 *
 * ```ts
 * const x = input({ shape: [10, 64] });                    // SymbolicTensor<[null, 10, 64]>
 * layerNormalization()(x);                                 // SymbolicTensor<[null, 10, 64]>: gamma [64], beta [64], 128 params
 * layerNormalization({ axis: [1, 2] })(x);                 // gamma [10, 64], beta [10, 64]: 1,280 params
 * ```
 */
import type { config, declaredOf, flag, InputKey, opt, weightIf } from "../../core/config.js";
import type { CheckedOptions, firstErr, ShapeErr } from "../../core/errors.js";
import { declaredInput, type InputSpecOptions } from "../../core/input-spec.js";
import { SingleInputLayer, type BaseLayerOptions, type Layer, type Rule, type WeightSpec } from "../../core/layer.js";
import { baseKeys, checkKeys, formatOption, inputKeys, type AnyKeys, type checkKnownKeys } from "../../core/options.js";
import type { Shape } from "../../core/shape.js";
import { axesSizes, checkAxis, checkNumber, type axisLists } from "./axes.js";
import { readOptions, type OptionsCall } from "../../core/read-options.js";
import { checkTraining, layerNormalizationTrainingKeys, pickTraining, trainingConfig, type NormalizationTrainingOptions } from "../../core/keras-config.js";

export interface LayerNormalizationOptions extends BaseLayerOptions, InputSpecOptions, NormalizationTrainingOptions {
  /**
   * The axis, or list of axes, to normalize over; default -1, the last. Negative counts from the end.
   * `gamma` and `beta` take the sizes of these axes, in the order written.
   */
  readonly axis?: number | readonly number[];
  /** Small number added to the variance so that it is never divided by zero. Default 0.001. */
  readonly epsilon?: number;
  /** Whether to add the trained offset `beta`. Default `true`. */
  readonly center?: boolean;
  /** Whether to multiply by the trained factor `gamma`. Default `true`. */
  readonly scale?: boolean;
  /**
   * Scales by `gamma` and the inverse root of the variance only: `gamma` is kept and `beta` left out
   * whatever `center` and `scale` say. Default `false`.
   * @deprecated Keras 3 deprecates it (it divides by the variance, not the root mean square); use
   * RMS normalization instead.
   */
  readonly rmsScaling?: boolean;
}
const layerNormalizationKeys = ["axis", "epsilon", "center", "scale", "rmsScaling", ...baseKeys, ...inputKeys, ...layerNormalizationTrainingKeys] as const;
/** The options that decide the layer's shapes and weights: what its type keeps. */
type shapeKeys = "axis" | "center" | "scale" | "rmsScaling" | InputKey;

/** The part of LayerNormalization's options its type keeps: `{ axis: [1, 2] }`, `{ center: false }`, `{}`. */
export type layerNormalizationConfig<o> = config<o, shapeKeys>;

// --- type-level rule ---------------------------------------------------------------------------------

/** The weights' switches as `[gamma, beta]`: rmsScaling keeps gamma only; a `boolean` switch gives each possibility. */
type switches<c, rms = flag<c, "rmsScaling", false>> = rms extends true ? [true, false] : [flag<c, "scale", true>, flag<c, "center", true>];
type hasGamma<c> = switches<c>[0];
type hasBeta<c> = switches<c>[1];

/** The axes as a list: `-1` is `[-1]`. */
type axesOf<a> = a extends readonly unknown[] ? axisLists<a> : [a];

/** The shape of `gamma` and `beta` on input `s`, or the `ShapeErr` saying why there is none. */
type paramShape<s extends Shape, c> = [opt<c, "axis", -1>] extends [-1]
  ? s extends readonly [...Shape, infer d] ? ([d] extends [null] ? general<s, c> : [d]) : general<s, c>
  : general<s, c>;
type general<s extends Shape, c> = axesSizes<
  "LayerNormalization", s, axesOf<opt<c, "axis", -1>>,
  true extends hasGamma<c> | hasBeta<c> ? true : false, // sized weights in any possibility need the axes known
  formatOption<opt<c, "axis", -1>>
>;

/** The weights for switches `sw` (distributed over a union of them) and parameter shape `p`. */
type lnWeights<sw, p> = sw extends [infer g, infer b] ? [...weightIf<g, ["gamma", p]>, ...weightIf<b, ["beta", p]>] : never;

export interface LayerNormalizationRule<c> extends Rule {
  readonly layer: "LayerNormalization";
  readonly params: this["input"] extends Shape ? paramShape<this["input"], c> : never;
  /** The errors among the params of every possible axis (a union of axes fails if any member fails). */
  readonly paramErrors: Extract<this["params"], ShapeErr<string>>;
  readonly output: [this["paramErrors"]] extends [never] ? this["input"] : this["paramErrors"];
  readonly weights: [this["paramErrors"]] extends [never] ? lnWeights<switches<c>, this["params"]> : [];
}

/**
 * A LayerNormalization layer type; `c` is the part of its options that decides weights:
 * `LayerNormalization<{}>`, `LayerNormalization<{ axis: [1, 2] }>`.
 */
export interface LayerNormalization<c = {}> extends Layer<LayerNormalizationRule<c>, declaredOf<"LayerNormalization", c>> {
  readonly className: "LayerNormalization";
}

/** Everything that can be wrong with LayerNormalization's options, first problem first. */
export type checkLayerNormalization<o> = firstErr<
  [
    checkKnownKeys<"LayerNormalization", o, typeof layerNormalizationKeys>,
    checkAxis<"LayerNormalization", opt<o, "axis", undefined>, "an integer or a non-empty list of integers", true>,
    declaredInput<"LayerNormalization", o>,
  ]
>;

// --- runtime twin ------------------------------------------------------------------------------------

class LayerNormalizationLayer extends SingleInputLayer {
  declare readonly axis: number | readonly number[];
  declare readonly epsilon: number;
  declare readonly center: boolean;
  declare readonly scale: boolean;
  declare readonly rmsScaling: boolean;
  constructor(o: LayerNormalizationOptions) {
    checkKeys("LayerNormalization", o, layerNormalizationKeys);
    checkAxis("LayerNormalization", o.axis, "an integer or a non-empty list of integers", true);
    checkNumber("LayerNormalization", "epsilon", o.epsilon, "added to the variance", "0.001");
    checkTraining("LayerNormalization", o, layerNormalizationTrainingKeys);
    super(o, "LayerNormalization", declaredInput("LayerNormalization", o));
    Object.assign(this, {
      trainingOptions: pickTraining(o, layerNormalizationTrainingKeys),
      axis: Array.isArray(o.axis) ? [...o.axis] : (o.axis ?? -1),
      epsilon: o.epsilon ?? 1e-3,
      center: o.center ?? true,
      scale: o.scale ?? true,
      rmsScaling: o.rmsScaling ?? false,
    });
  }
  private get hasGamma(): boolean {
    return this.scale || this.rmsScaling;
  }
  private get hasBeta(): boolean {
    return this.center && !this.rmsScaling;
  }
  private params(s: Shape) {
    const axes = typeof this.axis === "number" ? [this.axis] : this.axis;
    return axesSizes(this.className, this.name, s, axes, this.hasGamma || this.hasBeta, formatOption(this.axis));
  }
  computeOutputShape(s: Shape): Shape {
    this.params(s);
    return s;
  }
  override weightSpecs(s: Shape): Record<string, WeightSpec> {
    const shape = this.params(s) as number[];
    return { ...(this.hasGamma && { gamma: { shape } }), ...(this.hasBeta && { beta: { shape } }) };
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return {
      axis: typeof this.axis === "number" ? this.axis : [...this.axis], epsilon: this.epsilon, center: this.center, scale: this.scale,
      rms_scaling: this.rmsScaling,
      ...trainingConfig(this.trainingOptions ?? {}, layerNormalizationTrainingKeys, { betaInitializer: "Zeros", gammaInitializer: "Ones" }),
    };
  }
}

/**
 * Normalizes each sample on its own over `axis` (default -1; an axis or a list of axes), then scales
 * by `gamma` and offsets by `beta`, both trained and shaped like the normalized axes. The shape is
 * unchanged.
 *
 * @example
 * ```ts
 * layerNormalization()(input({ shape: [10, 64] }));                   // SymbolicTensor<[null, 10, 64]>: gamma [64], beta [64]
 * layerNormalization({ axis: [1, 2, 3] })(input({ shape: [20, 30, 40] })); // SymbolicTensor<[null, 20, 30, 40]>: gamma, beta [20, 30, 40]
 * ```
 */
export function layerNormalization<const o extends OptionsCall<LayerNormalizationOptions> & AnyKeys = {}>(
  options?: CheckedOptions<checkLayerNormalization<o>, o, LayerNormalizationOptions>,
): LayerNormalization<layerNormalizationConfig<o>>;
export function layerNormalization(options: unknown = {}): unknown {
  return new LayerNormalizationLayer(readOptions(options) as LayerNormalizationOptions);
}
