/**
 * ZeroPadding1D, ZeroPadding2D, ZeroPadding3D: add rows (or steps, or slices) of zeros before and
 * after each spatial axis; every padded axis grows by `before + after`, an unknown size stays unknown.
 * No weights. One rule and one runtime class over the number of spatial axes; each public layer is a
 * thin type and factory that fixes it, as Keras 3's three classes do the same thing per rank.
 *
 * ```ts
 * zeroPadding2d({ padding: [3, 3] })(input({ shape: [224, 224, 3] }));   // SymbolicTensor<[null, 230, 230, 3]>
 * ```
 */
import type { Add } from "../../core/arith.js";
import type { config, declaredOf, InputKey, opt } from "../../core/config.js";
import { checkChoice, formatOf, joinShape, split, type channelsOf, type DataFormat, type fullRank, type knownFormat, type unknownLayout, type spatialOf, type SpatialRank } from "../../core/conv.js";
import { fail, type CheckedOptions, type firstErr, type ShapeErr } from "../../core/errors.js";
import { declaredInput, type InputSpecOptions } from "../../core/input-spec.js";
import { SingleInputLayer, type BaseLayerOptions, type Layer, type Rule } from "../../core/layer.js";
import { baseKeys, checkKeys, inputKeys, type AnyKeys, type checkKnownKeys, type Defined, type fastInput } from "../../core/options.js";
import { formatShape, type Shape } from "../../core/shape.js";
import { marginPairs, rankMessage, type checkMargins, type fastMargins, type loosen, type LooseMargins, type Margins } from "./spatial.js";
import { readOptions, type OptionsCall } from "../../core/read-options.js";
import { snake } from "../../core/keras-config.js";

/** The options of a zero padding over `r` spatial axes. */
export interface ZeroPaddingOptions<r extends SpatialRank> extends BaseLayerOptions, InputSpecOptions {
  /**
   * How many zeros to add before and after each spatial axis; default 1 on every side. One number for
   * every side; with one axis `[before, after]`; with 2 or 3 axes one entry an axis, each a number or
   * `[before, after]`: `[3, 3]` (3 on each side of rows and cols), `[[1, 2], [3, 4]]`
   * (`[[top, bottom], [left, right]]`).
   */
  readonly padding?: Margins<r>;
  /** Where the channels axis is; default `channelsLast`. */
  readonly dataFormat?: DataFormat;
}
export interface ZeroPadding1DOptions extends ZeroPaddingOptions<1> {}
export interface ZeroPadding2DOptions extends ZeroPaddingOptions<2> {}
export interface ZeroPadding3DOptions extends ZeroPaddingOptions<3> {}

const zeroPaddingKeys = ["padding", "dataFormat", ...baseKeys, ...inputKeys] as const;

// --- type-level rule ---------------------------------------------------------------------------------

/** Each spatial size grown by its `[before, after]` pair; `null` stays `null`. Tail recursive. */
type padSpatial<sp extends readonly unknown[], ps extends readonly unknown[], acc extends unknown[] = []> =
  sp extends readonly [infer n, ...infer rest]
    ? ps extends readonly [readonly [infer a, infer b], ...infer prest]
      ? padSpatial<rest, prest, [...acc, [n] extends [null] ? null : Add<n, Add<a, b>>]>
      : acc
    : acc;

/** The output shape of a zero padding of `r` spatial axes with config `c` on input `s`, or the rank error. */
export type zeroPaddingShape<layer extends string, r extends SpatialRank, s, c, f = formatOf<c>> = s extends Shape
  ? s["length"] extends fullRank[r]
    ? knownFormat<f> extends false
      ? unknownLayout<r, s>
      : joinShape<s[0], padSpatial<spatialOf<s, f>, marginPairs<opt<c, "padding", 1>, r>>, channelsOf<s, f>, f>
    : ShapeErr<rankMessage<layer, r, f, true, formatShape<s>, `${s["length"]}`>>
  : never;

export interface ZeroPaddingRule<layer extends string, r extends SpatialRank, c> extends Rule {
  readonly layer: layer;
  readonly output: zeroPaddingShape<layer, r, this["input"], c>;
  readonly weights: [];
}

/** Everything that can be wrong with a zero padding's options, first problem first. */
export type checkZeroPadding<layer extends string, r extends SpatialRank, o> = [keyof o, o, o[keyof o]] extends [fastKey, fastOptions<r>, Defined]
  ? "ok" // the fast path (see `Defined` in options.ts)
  : firstErr<
  [checkKnownKeys<layer, o, typeof zeroPaddingKeys>, checkMargins<layer, "padding", opt<o, "padding", undefined>, r>, declaredInput<layer, o>]
>;
/** The keys `checkZeroPadding`'s fast path takes: a zero padding's but a declared input's. */
type fastKey = Exclude<(typeof zeroPaddingKeys)[number], InputKey>;
/** Zero padding options `checkZeroPadding` certainly accepts. */
interface fastOptions<r extends SpatialRank> extends fastInput {
  readonly padding?: fastMargins<r>;
}
/** The part of a zero padding's options its type keeps. */
type zeroPaddingConfig<o> = config<o, "padding" | "dataFormat" | InputKey>;

/** A ZeroPadding1D layer type; `c` is the part of its options that decides shapes: `ZeroPadding1D<{ padding: [1, 2] }>`. */
export interface ZeroPadding1D<c = {}> extends Layer<ZeroPaddingRule<"ZeroPadding1D", 1, c>, declaredOf<"ZeroPadding1D", c>> {
  readonly className: "ZeroPadding1D";
}
/** A ZeroPadding2D layer type; `c` is the part of its options that decides shapes: `ZeroPadding2D<{ padding: 3 }>`. */
export interface ZeroPadding2D<c = {}> extends Layer<ZeroPaddingRule<"ZeroPadding2D", 2, c>, declaredOf<"ZeroPadding2D", c>> {
  readonly className: "ZeroPadding2D";
}
/** A ZeroPadding3D layer type; `c` is the part of its options that decides shapes: `ZeroPadding3D<{ padding: 2 }>`. */
export interface ZeroPadding3D<c = {}> extends Layer<ZeroPaddingRule<"ZeroPadding3D", 3, c>, declaredOf<"ZeroPadding3D", c>> {
  readonly className: "ZeroPadding3D";
}

// --- runtime twin ------------------------------------------------------------------------------------

/** Runtime twin of `ZeroPaddingRule`. */
class ZeroPaddingLayer extends SingleInputLayer {
  declare readonly rank: SpatialRank;
  /** One `[before, after]` pair per spatial axis. */
  declare readonly padding: [number, number][];
  declare readonly dataFormat: DataFormat;
  constructor(o: ZeroPaddingOptions<SpatialRank>, className: string, rank: SpatialRank) {
    checkKeys(className, o, zeroPaddingKeys);
    const padding = marginPairs(className, "padding", o.padding, 1, rank);
    checkChoice(className, "dataFormat", o.dataFormat, ["channelsLast", "channelsFirst"]);
    super(o, className, declaredInput(className, o));
    Object.assign(this, { rank, padding, dataFormat: formatOf(o) });
  }
  computeOutputShape(s: Shape): Shape {
    const { rank: r, dataFormat: f } = this;
    if (s.length !== r + 2) fail(rankMessage(this.className, r, f, true, formatShape(s), String(s.length)), this.name);
    const { batch, spatial, channels } = split(s, f);
    return joinShape(batch, spatial.map((n, i) => (n === null ? null : n + this.padding[i]![0] + this.padding[i]![1])), channels, f);
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    // Keras writes ZeroPadding1D's padding as one pair, the others as a pair per axis.
    const padding = this.rank === 1 ? [...this.padding[0]!] : this.padding.map((p) => [...p]);
    return { padding, data_format: snake(this.dataFormat) };
  }
}

// --- factories ---------------------------------------------------------------------------------------

/**
 * Pads the steps of a sequence with zeros: input `(batch, steps, features)` (`channelsLast`, the
 * default) or `(batch, features, steps)`; `padding` is one number for both ends or `[before, after]`.
 *
 * @example
 * ```ts
 * zeroPadding1d({ padding: 2 })(input({ shape: [2, 3] }));        // SymbolicTensor<[null, 6, 3]>
 * zeroPadding1d({ padding: [1, 0] })(input({ shape: [null, 8] })); // SymbolicTensor<[null, null, 8]>
 * ```
 */
export function zeroPadding1d<const o extends loosen<OptionsCall<ZeroPadding1DOptions>, "padding", LooseMargins> & AnyKeys = {}>(
  options?: CheckedOptions<checkZeroPadding<"ZeroPadding1D", 1, o>, o, loosen<ZeroPadding1DOptions, "padding", LooseMargins>>,
): ZeroPadding1D<zeroPaddingConfig<o>>;
export function zeroPadding1d(options: unknown = {}): unknown {
  return new ZeroPaddingLayer(readOptions(options) as ZeroPadding1DOptions, "ZeroPadding1D", 1);
}

/**
 * Pads the rows and columns of an image with zeros: input `(batch, rows, cols, channels)`
 * (`channelsLast`, the default) or `(batch, channels, rows, cols)`. `padding`: one number for every
 * side, `[rows, cols]` for each axis's two sides, or `[[top, bottom], [left, right]]`.
 *
 * @example
 * ```ts
 * zeroPadding2d({ padding: [3, 3] })(input({ shape: [224, 224, 3] }));   // SymbolicTensor<[null, 230, 230, 3]>
 * zeroPadding2d({ padding: [[1, 2], [3, 4]], dataFormat: "channelsFirst" })(input({ shape: [3, 28, 28] })); // SymbolicTensor<[null, 3, 31, 35]>
 * ```
 */
export function zeroPadding2d<const o extends loosen<OptionsCall<ZeroPadding2DOptions>, "padding", LooseMargins> & AnyKeys = {}>(
  options?: CheckedOptions<checkZeroPadding<"ZeroPadding2D", 2, o>, o, loosen<ZeroPadding2DOptions, "padding", LooseMargins>>,
): ZeroPadding2D<zeroPaddingConfig<o>>;
export function zeroPadding2d(options: unknown = {}): unknown {
  return new ZeroPaddingLayer(readOptions(options) as ZeroPadding2DOptions, "ZeroPadding2D", 2);
}

/**
 * Pads the three spatial axes of a volume with zeros: input `(batch, dim1, dim2, dim3, channels)`
 * (`channelsLast`, the default) or `(batch, channels, dim1, dim2, dim3)`.
 *
 * @example
 * ```ts
 * zeroPadding3d({ padding: 2 })(input({ shape: [1, 2, 2, 3] }));              // SymbolicTensor<[null, 5, 6, 6, 3]>
 * zeroPadding3d({ padding: [[1, 0], 0, 2] })(input({ shape: [16, 28, 28, 1] })); // SymbolicTensor<[null, 17, 28, 32, 1]>
 * ```
 */
export function zeroPadding3d<const o extends loosen<OptionsCall<ZeroPadding3DOptions>, "padding", LooseMargins> & AnyKeys = {}>(
  options?: CheckedOptions<checkZeroPadding<"ZeroPadding3D", 3, o>, o, loosen<ZeroPadding3DOptions, "padding", LooseMargins>>,
): ZeroPadding3D<zeroPaddingConfig<o>>;
export function zeroPadding3d(options: unknown = {}): unknown {
  return new ZeroPaddingLayer(readOptions(options) as ZeroPadding3DOptions, "ZeroPadding3D", 3);
}
