/**
 * Cropping1D, Cropping2D, Cropping3D: cut `before` and `after` elements off each spatial axis; every
 * cropped axis shrinks by `before + after` and must keep at least one element (Keras 3 raises
 * otherwise); an unknown size stays unknown. No weights. One rule and one runtime class over the
 * number of spatial axes; each public layer is a thin type and factory that fixes it.
 *
 * As in Keras 3, Cropping1D takes no `dataFormat`: its input is always `(batch, steps, features)`.
 *
 * ```ts
 * cropping2d({ cropping: [[2, 2], [4, 4]] })(input({ shape: [28, 28, 3] }));   // SymbolicTensor<[null, 24, 20, 3]>
 * ```
 */
import type { Add, NegativeDifference, Sub } from "../../core/arith.js";
import type { config, declaredOf, InputKey, opt } from "../../core/config.js";
import {
  axisName,
  checkChoice,
  formatOf,
  joinShape,
  shapeAxis,
  split,
  type channelsOf,
  type knownFormat,
  type unknownLayout,
  type DataFormat,
  type fullRank,
  type spatialOf,
  type SpatialRank,
} from "../../core/conv.js";
import { fail, type CheckedOptions, type firstErr, type ShapeErr } from "../../core/errors.js";
import { declaredInput, type InputSpecOptions } from "../../core/input-spec.js";
import { SingleInputLayer, type BaseLayerOptions, type Layer, type Rule } from "../../core/layer.js";
import { baseKeys, checkKeys, inputKeys, type AnyKeys, type checkKnownKeys } from "../../core/options.js";
import { formatDim, formatShape, type Shape } from "../../core/shape.js";
import { marginPairs, rankMessage, type checkMargins, type loosen, type LooseMargins, type Margins } from "./spatial.js";
import { readOptions, type OptionsCall } from "../../core/read-options.js";
import { snake } from "../../core/keras-config.js";

/** The options of a cropping over `r` spatial axes. */
export interface CroppingOptions<r extends SpatialRank> extends BaseLayerOptions, InputSpecOptions {
  /**
   * How many elements to cut off before and after each spatial axis. One number for every side; with
   * one axis `[before, after]`; with 2 or 3 axes one entry an axis, each a number or
   * `[before, after]`: `[2, 4]` (2 off each side of rows, 4 off each side of cols),
   * `[[2, 2], [4, 4]]` (`[[top, bottom], [left, right]]`). Default (Keras 3): 1 on each side in 1D
   * and 3D, nothing in 2D.
   */
  readonly cropping?: Margins<r>;
}
/** The options of Cropping1D: no `dataFormat` (Keras 3 has none); the input is `(batch, steps, features)`. */
export interface Cropping1DOptions extends CroppingOptions<1> {}
export interface Cropping2DOptions extends CroppingOptions<2> {
  /** Where the channels axis is; default `channelsLast`. */
  readonly dataFormat?: DataFormat;
}
export interface Cropping3DOptions extends CroppingOptions<3> {
  /** Where the channels axis is; default `channelsLast`. */
  readonly dataFormat?: DataFormat;
}

const cropping1dKeys = ["cropping", ...baseKeys, ...inputKeys] as const;
const croppingKeys = ["cropping", "dataFormat", ...baseKeys, ...inputKeys] as const;
/** Keras 3's default cropping per rank. */
type defaultCropping = { 1: 1; 2: 0; 3: 1 };
const defaultCropping = { 1: 1, 2: 0, 3: 1 } as const;

// --- messages --------------------------------------------------------------------------------------

export type cropTooMuch<layer extends string, before extends string, after extends string, axis extends string, name extends string, size extends string, got extends string> =
  `${layer}: cropping ${before} + ${after} from axis ${axis} (${name}) of size ${size} leaves nothing: the input is ${got}. Fix: crop less than ${size} in total along ${name}, or use a larger input.`;
export const cropTooMuch = <layer extends string, before extends string, after extends string, axis extends string, name extends string, size extends string, got extends string>(
  layer: layer,
  before: before,
  after: after,
  axis: axis,
  name: name,
  size: size,
  got: got,
): cropTooMuch<layer, before, after, axis, name, size, got> =>
  `${layer}: cropping ${before} + ${after} from axis ${axis} (${name}) of size ${size} leaves nothing: the input is ${got}. Fix: crop less than ${size} in total along ${name}, or use a larger input.`;

// --- type-level rule ---------------------------------------------------------------------------------

/**
 * Each spatial size shrunk by its `[before, after]` pair, or the `ShapeErr` for the first axis that
 * would keep nothing; `null` stays `null`, a non-literal `number` gives `number`. Tail recursive.
 */
type cropSpatial<
  layer extends string, r extends SpatialRank, f, got extends string,
  sp extends readonly unknown[], ps extends readonly unknown[], acc extends unknown[] = [],
> = sp extends readonly [infer n, ...infer rest]
  ? ps extends readonly [readonly [infer a, infer b], ...infer prest]
    ? ([n] extends [null] ? null : Sub<n, Add<a, b>>) extends infer o
      ? [o] extends [0 | NegativeDifference<unknown, unknown>]
        ? ShapeErr<cropTooMuch<layer, `${a & number}`, `${b & number}`, `${shapeAxis<acc["length"], f> & number}`, axisName<r, acc["length"]>, formatDim<n>, got>>
        : cropSpatial<layer, r, f, got, rest, prest, [...acc, o]>
      : never
    : acc
  : acc;

/** The output shape of a cropping of `r` spatial axes with config `c` on input `s`, or the `ShapeErr` saying why it cannot take `s`. */
export type croppingShape<layer extends string, r extends SpatialRank, s, c, f = formatOf<c>> = s extends Shape
  ? s["length"] extends fullRank[r]
    ? knownFormat<f> extends false
      ? unknownLayout<r, s>
      : cropSpatial<layer, r, f, formatShape<s>, spatialOf<s, f>, marginPairs<opt<c, "cropping", defaultCropping[r]>, r>> extends infer sp
      ? sp extends readonly unknown[] ? joinShape<s[0], sp, channelsOf<s, f>, f> : sp
      : never
    : ShapeErr<rankMessage<layer, r, f, r extends 1 ? false : true, formatShape<s>, `${s["length"]}`>>
  : never;

export interface CroppingRule<layer extends string, r extends SpatialRank, c> extends Rule {
  readonly layer: layer;
  readonly output: croppingShape<layer, r, this["input"], c>;
  readonly weights: [];
}

/** Everything that can be wrong with a cropping's options, first problem first. */
export type checkCropping<layer extends string, r extends SpatialRank, o, keys extends readonly string[]> = firstErr<
  [checkKnownKeys<layer, o, keys>, checkMargins<layer, "cropping", opt<o, "cropping", undefined>, r>, declaredInput<layer, o>]
>;
/** The part of a cropping's options its type keeps. */
type croppingConfig<o> = config<o, "cropping" | "dataFormat" | InputKey>;

/** A Cropping1D layer type; `c` is the part of its options that decides shapes: `Cropping1D<{ cropping: [1, 2] }>`. */
export interface Cropping1D<c = {}> extends Layer<CroppingRule<"Cropping1D", 1, c>, declaredOf<"Cropping1D", c>> {
  readonly className: "Cropping1D";
}
/** A Cropping2D layer type; `c` is the part of its options that decides shapes: `Cropping2D<{ cropping: [[2, 2], [4, 4]] }>`. */
export interface Cropping2D<c = {}> extends Layer<CroppingRule<"Cropping2D", 2, c>, declaredOf<"Cropping2D", c>> {
  readonly className: "Cropping2D";
}
/** A Cropping3D layer type; `c` is the part of its options that decides shapes: `Cropping3D<{ cropping: [2, 4, 2] }>`. */
export interface Cropping3D<c = {}> extends Layer<CroppingRule<"Cropping3D", 3, c>, declaredOf<"Cropping3D", c>> {
  readonly className: "Cropping3D";
}

// --- runtime twin ------------------------------------------------------------------------------------

/** Runtime twin of `CroppingRule`. */
class CroppingLayer extends SingleInputLayer {
  declare readonly rank: SpatialRank;
  /** One `[before, after]` pair per spatial axis. */
  declare readonly cropping: [number, number][];
  declare readonly dataFormat: DataFormat;
  constructor(o: CroppingOptions<SpatialRank> & { readonly dataFormat?: DataFormat }, className: string, rank: SpatialRank) {
    checkKeys(className, o, rank === 1 ? cropping1dKeys : croppingKeys);
    const cropping = marginPairs(className, "cropping", o.cropping, defaultCropping[rank], rank);
    checkChoice(className, "dataFormat", o.dataFormat, ["channelsLast", "channelsFirst"]);
    super(o, className, declaredInput(className, o));
    Object.assign(this, { rank, cropping, dataFormat: formatOf(o) });
  }
  computeOutputShape(s: Shape): Shape {
    const { rank: r, dataFormat: f } = this;
    if (s.length !== r + 2) fail(rankMessage(this.className, r, f, r !== 1, formatShape(s), String(s.length)), this.name);
    const { batch, spatial, channels } = split(s, f);
    const cropped = spatial.map((n, i) => {
      const [a, b] = this.cropping[i]!;
      if (n === null) return null;
      return n - a - b > 0
        ? n - a - b
        : fail(cropTooMuch(this.className, String(a), String(b), String(shapeAxis(i, f)), axisName(r, i), formatDim(n), formatShape(s)), this.name);
    });
    return joinShape(batch, cropped, channels, f);
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    // Keras's Cropping1D has one pair and no data_format; the others a pair per axis.
    if (this.rank === 1) return { cropping: [...this.cropping[0]!] };
    return { cropping: this.cropping.map((p) => [...p]), data_format: snake(this.dataFormat) };
  }
}

// --- factories ---------------------------------------------------------------------------------------

/**
 * Cuts steps off the start and end of a sequence: input `(batch, steps, features)`; `cropping` is one
 * number for both ends or `[before, after]` (default `[1, 1]`).
 *
 * @example
 * ```ts
 * cropping1d({ cropping: [1, 2] })(input({ shape: [5, 7] }));   // SymbolicTensor<[null, 2, 7]>
 * cropping1d()(input({ shape: [null, 7] }));                     // SymbolicTensor<[null, null, 7]>
 * ```
 */
export function cropping1d<const o extends loosen<OptionsCall<Cropping1DOptions>, "cropping", LooseMargins> & AnyKeys = {}>(
  options?: CheckedOptions<checkCropping<"Cropping1D", 1, o, typeof cropping1dKeys>, o, loosen<Cropping1DOptions, "cropping", LooseMargins>>,
): Cropping1D<croppingConfig<o>>;
export function cropping1d(options: unknown = {}): unknown {
  return new CroppingLayer(readOptions(options) as Cropping1DOptions, "Cropping1D", 1);
}

/**
 * Cuts rows and columns off the borders of an image: input `(batch, rows, cols, channels)`
 * (`channelsLast`, the default) or `(batch, channels, rows, cols)`. `cropping`: one number for every
 * side, `[rows, cols]` for each axis's two sides, or `[[top, bottom], [left, right]]`.
 *
 * @example
 * ```ts
 * cropping2d({ cropping: [[2, 2], [4, 4]] })(input({ shape: [28, 28, 3] }));                      // SymbolicTensor<[null, 24, 20, 3]>
 * cropping2d({ cropping: 1, dataFormat: "channelsFirst" })(input({ shape: [3, 28, null] }));      // SymbolicTensor<[null, 3, 26, null]>
 * ```
 */
export function cropping2d<const o extends loosen<OptionsCall<Cropping2DOptions>, "cropping", LooseMargins> & AnyKeys = {}>(
  options?: CheckedOptions<checkCropping<"Cropping2D", 2, o, typeof croppingKeys>, o, loosen<Cropping2DOptions, "cropping", LooseMargins>>,
): Cropping2D<croppingConfig<o>>;
export function cropping2d(options: unknown = {}): unknown {
  return new CroppingLayer(readOptions(options) as Cropping2DOptions, "Cropping2D", 2);
}

/**
 * Cuts slices off the borders of a volume: input `(batch, dim1, dim2, dim3, channels)` (`channelsLast`,
 * the default) or `(batch, channels, dim1, dim2, dim3)`. Default: 1 off each side of every axis.
 *
 * @example
 * ```ts
 * cropping3d({ cropping: [2, 4, 2] })(input({ shape: [28, 28, 10, 3] }));   // SymbolicTensor<[null, 24, 20, 6, 3]>
 * ```
 */
export function cropping3d<const o extends loosen<OptionsCall<Cropping3DOptions>, "cropping", LooseMargins> & AnyKeys = {}>(
  options?: CheckedOptions<checkCropping<"Cropping3D", 3, o, typeof croppingKeys>, o, loosen<Cropping3DOptions, "cropping", LooseMargins>>,
): Cropping3D<croppingConfig<o>>;
export function cropping3d(options: unknown = {}): unknown {
  return new CroppingLayer(readOptions(options) as Cropping3DOptions, "Cropping3D", 3);
}
