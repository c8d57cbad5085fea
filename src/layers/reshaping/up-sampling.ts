/**
 * UpSampling1D, UpSampling2D, UpSampling3D: repeat each step (row, column, slice) `size` times along
 * its spatial axis, so each axis is multiplied by its factor; an unknown size stays unknown. No
 * weights. One rule and one runtime class over the number of spatial axes; each public layer is a thin
 * type and factory that fixes it.
 *
 * As in Keras 3, UpSampling1D takes one integer `size` and no `dataFormat` (its input is always
 * `(batch, steps, features)`), and only UpSampling2D takes an `interpolation`.
 *
 * ```ts
 * upSampling2d({ size: [1, 2] })(input({ shape: [2, 1, 3] }));   // SymbolicTensor<[null, 2, 2, 3]>
 * ```
 */
import type { Mul } from "../../core/arith.js";
import type { config, declaredOf, InputKey, opt } from "../../core/config.js";
import {
  checkChoice,
  checkSpatial,
  formatOf,
  joinShape,
  perAxis,
  split,
  type channelsOf,
  type knownFormat,
  type unknownLayout,
  type DataFormat,
  type fullRank,
  type Spatial,
  type spatialOf,
  type SpatialRank,
} from "../../core/conv.js";
import { fail, type CheckedOptions, type firstErr, type OptionErr, type ShapeErr } from "../../core/errors.js";
import { declaredInput, type InputSpecOptions } from "../../core/input-spec.js";
import { SingleInputLayer, type BaseLayerOptions, type Layer, type Rule } from "../../core/layer.js";
import { baseKeys, checkKeys, formatOption, inputKeys, notPositive, type AnyKeys, type checkKnownKeys, type checkPositive } from "../../core/options.js";
import { formatShape, type Shape } from "../../core/shape.js";
import { rankMessage, type factors, type loosen } from "./spatial.js";
import { readOptions, type OptionsCall } from "../../core/read-options.js";
import { snake } from "../../core/keras-config.js";

/** How UpSampling2D fills the new pixels (Keras 3's choices); the shape is the same for all. */
export type Interpolation = "nearest" | "bilinear" | "bicubic" | "lanczos3" | "lanczos5";
const interpolations: readonly Interpolation[] = ["nearest", "bilinear", "bicubic", "lanczos3", "lanczos5"];

export interface UpSampling1DOptions extends BaseLayerOptions, InputSpecOptions {
  /** How many times each step is repeated; default 2. Input `(batch, steps, features)`. */
  readonly size?: number;
}
export interface UpSampling2DOptions extends BaseLayerOptions, InputSpecOptions {
  /** The factor rows and cols are repeated by: one for both, or `[rows, cols]`; default 2. */
  readonly size?: Spatial<2>;
  /** Where the channels axis is; default `channelsLast`. */
  readonly dataFormat?: DataFormat;
  /** How new pixels are filled: `nearest` (default: repeat them), `bilinear`, `bicubic`, `lanczos3` or `lanczos5`. */
  readonly interpolation?: Interpolation;
}
export interface UpSampling3DOptions extends BaseLayerOptions, InputSpecOptions {
  /** The factor each spatial axis is repeated by: one for all, or `[dim1, dim2, dim3]`; default 2. */
  readonly size?: Spatial<3>;
  /** Where the channels axis is; default `channelsLast`. */
  readonly dataFormat?: DataFormat;
}

const upSampling1dKeys = ["size", ...baseKeys, ...inputKeys] as const;
const upSampling2dKeys = ["size", "dataFormat", "interpolation", ...baseKeys, ...inputKeys] as const;
const upSampling3dKeys = ["size", "dataFormat", ...baseKeys, ...inputKeys] as const;
const sizeMeaning = "the factor each spatial axis is repeated by";
const stepsMeaning = "how many times each step is repeated";

// --- type-level rule ---------------------------------------------------------------------------------

/** Each spatial size multiplied by its factor; `null` stays `null`. Tail recursive. */
type upSpatial<sp extends readonly unknown[], k extends readonly unknown[], acc extends unknown[] = []> =
  sp extends readonly [infer n, ...infer rest]
    ? k extends readonly [infer m, ...infer krest]
      ? upSpatial<rest, krest, [...acc, [n] extends [null] ? null : Mul<n, m>]>
      : acc
    : acc;

/** The output shape of an upsampling of `r` spatial axes with config `c` on input `s`, or the rank error. */
export type upSamplingShape<layer extends string, r extends SpatialRank, s, c, f = formatOf<c>> = s extends Shape
  ? s["length"] extends fullRank[r]
    ? knownFormat<f> extends false
      ? unknownLayout<r, s>
      : joinShape<s[0], upSpatial<spatialOf<s, f>, factors<opt<c, "size", 2>, r>>, channelsOf<s, f>, f>
    : ShapeErr<rankMessage<layer, r, f, r extends 1 ? false : true, formatShape<s>, `${s["length"]}`>>
  : never;

export interface UpSamplingRule<layer extends string, r extends SpatialRank, c> extends Rule {
  readonly layer: layer;
  readonly output: upSamplingShape<layer, r, this["input"], c>;
  readonly weights: [];
}

/**
 * `"ok"` or the error for a wrong `size`: UpSampling1D takes one positive integer, the others one or a
 * list of `r`. A list whose length the compiler does not know (`number[]`) is left to the runtime.
 */
type checkSize<layer extends string, r extends SpatialRank, v> = [v] extends [undefined]
  ? "ok"
  : r extends 1
    ? [v] extends [readonly unknown[]]
      ? OptionErr<notPositive<layer, "size", formatOption<v>, typeof stepsMeaning, "2">, "size">
      : checkPositive<layer, "size", v, typeof stepsMeaning, "2">
    : [v] extends [readonly unknown[]]
      ? number extends v["length"] ? "ok" : checkSpatial<layer, "size", v, r, typeof sizeMeaning, "2">
      : checkSpatial<layer, "size", v, r, typeof sizeMeaning, "2">;

/** Everything that can be wrong with an upsampling's options, first problem first. */
export type checkUpSampling<layer extends string, r extends SpatialRank, o, keys extends readonly string[]> = firstErr<
  [
    checkKnownKeys<layer, o, keys>,
    checkSize<layer, r, opt<o, "size", undefined>>,
    declaredInput<layer, o>,
  ]
>;
/** The part of an upsampling's options its type keeps (`interpolation` does not change shapes). */
type upSamplingConfig<o> = config<o, "size" | "dataFormat" | InputKey>;

/** An UpSampling1D layer type; `c` is the part of its options that decides shapes: `UpSampling1D<{ size: 3 }>`. */
export interface UpSampling1D<c = {}> extends Layer<UpSamplingRule<"UpSampling1D", 1, c>, declaredOf<"UpSampling1D", c>> {
  readonly className: "UpSampling1D";
}
/** An UpSampling2D layer type; `c` is the part of its options that decides shapes: `UpSampling2D<{ size: [1, 2] }>`. */
export interface UpSampling2D<c = {}> extends Layer<UpSamplingRule<"UpSampling2D", 2, c>, declaredOf<"UpSampling2D", c>> {
  readonly className: "UpSampling2D";
}
/** An UpSampling3D layer type; `c` is the part of its options that decides shapes: `UpSampling3D<{ size: 2 }>`. */
export interface UpSampling3D<c = {}> extends Layer<UpSamplingRule<"UpSampling3D", 3, c>, declaredOf<"UpSampling3D", c>> {
  readonly className: "UpSampling3D";
}

// --- runtime twin ------------------------------------------------------------------------------------

/** Runtime twin of `UpSamplingRule`. */
class UpSamplingLayer extends SingleInputLayer {
  declare readonly rank: SpatialRank;
  /** The factor per spatial axis. */
  declare readonly size: number[];
  declare readonly dataFormat: DataFormat;
  declare readonly interpolation: Interpolation;
  constructor(o: UpSampling2DOptions | UpSampling3DOptions, className: string, rank: SpatialRank, keys: readonly string[]) {
    checkKeys(className, o, keys);
    const size: unknown = o.size;
    if (rank === 1) {
      if (size !== undefined && !(typeof size === "number" && Number.isSafeInteger(size) && size > 0))
        fail(notPositive(className, "size", formatOption(size), stepsMeaning, "2"));
    } else checkSpatial(className, "size", size, rank, sizeMeaning, "2");
    checkChoice(className, "dataFormat", o.dataFormat, ["channelsLast", "channelsFirst"]);
    const interpolation = (o as UpSampling2DOptions).interpolation;
    checkChoice(className, "interpolation", interpolation, interpolations);
    super(o, className, declaredInput(className, o));
    Object.assign(this, { rank, size: perAxis(o.size ?? 2, rank), dataFormat: formatOf(o), interpolation: interpolation ?? "nearest" });
  }
  computeOutputShape(s: Shape): Shape {
    const { rank: r, dataFormat: f } = this;
    if (s.length !== r + 2) fail(rankMessage(this.className, r, f, r !== 1, formatShape(s), String(s.length)), this.name);
    const { batch, spatial, channels } = split(s, f);
    return joinShape(batch, spatial.map((n, i) => (n === null ? null : n * this.size[i]!)), channels, f);
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    // Keras's UpSampling1D has one size and no data_format; UpSampling3D no interpolation.
    if (this.rank === 1) return { size: this.size[0] };
    const common = { size: [...this.size], data_format: snake(this.dataFormat) };
    return this.rank === 2 ? { ...common, interpolation: this.interpolation } : common;
  }
}

// --- factories ---------------------------------------------------------------------------------------

/**
 * Repeats each step of a sequence `size` times: input `(batch, steps, features)`, output
 * `(batch, steps * size, features)`.
 *
 * @example
 * ```ts
 * upSampling1d({ size: 2 })(input({ shape: [2, 3] }));       // SymbolicTensor<[null, 4, 3]>
 * upSampling1d()(input({ shape: [null, 3] }));                // SymbolicTensor<[null, null, 3]>
 * ```
 */
export function upSampling1d<const o extends loosen<OptionsCall<UpSampling1DOptions>, "size", number | readonly number[]> & AnyKeys = {}>(
  options?: CheckedOptions<checkUpSampling<"UpSampling1D", 1, o, typeof upSampling1dKeys>, o, loosen<UpSampling1DOptions, "size", number | readonly number[]>>,
): UpSampling1D<upSamplingConfig<o>>;
export function upSampling1d(options: unknown = {}): unknown {
  return new UpSamplingLayer(readOptions(options) as UpSampling1DOptions, "UpSampling1D", 1, upSampling1dKeys);
}

/**
 * Repeats the rows and columns of an image: input `(batch, rows, cols, channels)` (`channelsLast`, the
 * default) or `(batch, channels, rows, cols)`; each spatial axis is multiplied by its factor.
 *
 * @example
 * ```ts
 * upSampling2d()(input({ shape: [14, 14, 64] }));                                      // SymbolicTensor<[null, 28, 28, 64]>
 * upSampling2d({ size: [1, 2], dataFormat: "channelsFirst" })(input({ shape: [3, 2, 1] })); // SymbolicTensor<[null, 3, 2, 2]>
 * ```
 */
export function upSampling2d<const o extends loosen<OptionsCall<UpSampling2DOptions>, "size", number | readonly number[]> & AnyKeys = {}>(
  options?: CheckedOptions<checkUpSampling<"UpSampling2D", 2, o, typeof upSampling2dKeys>, o, loosen<UpSampling2DOptions, "size", number | readonly number[]>>,
): UpSampling2D<upSamplingConfig<o>>;
export function upSampling2d(options: unknown = {}): unknown {
  return new UpSamplingLayer(readOptions(options) as UpSampling2DOptions, "UpSampling2D", 2, upSampling2dKeys);
}

/**
 * Repeats the three spatial axes of a volume: input `(batch, dim1, dim2, dim3, channels)`
 * (`channelsLast`, the default) or `(batch, channels, dim1, dim2, dim3)`.
 *
 * @example
 * ```ts
 * upSampling3d({ size: 2 })(input({ shape: [1, 2, 1, 3] }));   // SymbolicTensor<[null, 2, 4, 2, 3]>
 * ```
 */
export function upSampling3d<const o extends loosen<OptionsCall<UpSampling3DOptions>, "size", number | readonly number[]> & AnyKeys = {}>(
  options?: CheckedOptions<checkUpSampling<"UpSampling3D", 3, o, typeof upSampling3dKeys>, o, loosen<UpSampling3DOptions, "size", number | readonly number[]>>,
): UpSampling3D<upSamplingConfig<o>>;
export function upSampling3d(options: unknown = {}): unknown {
  return new UpSamplingLayer(readOptions(options) as UpSampling3DOptions, "UpSampling3D", 3, upSampling3dKeys);
}
