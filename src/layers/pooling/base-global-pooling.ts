/**
 * What GlobalMaxPooling1D/2D/3D and GlobalAveragePooling1D/2D/3D share, as Keras 3's BaseGlobalPooling:
 * every spatial axis is reduced to one value, so `(batch, rows, cols, channels)` becomes
 * `(batch, channels)`, or `(batch, 1, 1, channels)` with `keepdims: true`. The channels axis is kept as
 * it is, even when unknown: pooling has no weights.
 */
import type { config, flag, InputKey, switchOn } from "../../core/config.js";
import {
  badChoice,
  checkChoice,
  formatOf,
  joinShape,
  spatialRank,
  split,
  type channelsOf,
  type knownFormat,
  type unknownAxes,
  type DataFormat,
  type fullRank,
  type perAxis,
  type SpatialRank,
} from "../../core/conv.js";
import { fail, type firstErr, type ShapeErr } from "../../core/errors.js";
import { declaredInput, type InputSpecOptions } from "../../core/input-spec.js";
import { SingleInputLayer, type BaseLayerOptions, type Rule } from "../../core/layer.js";
import { baseKeys, checkKeys, formatOption, inputKeys, type checkKnownKeys } from "../../core/options.js";
import { formatShape, type Dim, type Shape } from "../../core/shape.js";
import { snake } from "../../core/keras-config.js";

/** The options of a global pooling layer. */
export interface GlobalPoolingOptions extends BaseLayerOptions, InputSpecOptions {
  /** Where the channels axis is; default `channelsLast`. */
  readonly dataFormat?: DataFormat;
  /** Keep the spatial axes, each of size 1 (`(batch, 1, 1, channels)`), instead of dropping them; default `false`. */
  readonly keepdims?: boolean;
}
export const globalPoolingKeys = ["dataFormat", "keepdims", ...baseKeys, ...inputKeys] as const;
type shapeKeys = "dataFormat" | "keepdims" | InputKey;

/** The part of a global pooling layer's options its type keeps: `{ keepdims: true }`, lists as written. */
export type globalPoolConfig<o> = config<o, shapeKeys, "readonly">;

// --- type-level rule ---------------------------------------------------------------------------------

/** The output for `keepdims` `k`; a non-literal `boolean` gives both shapes. */
type reduced<k, r extends SpatialRank, s extends Shape, f> = switchOn<
  k,
  knownFormat<f> extends false ? [s[0], ...unknownAxes[r], Dim] : joinShape<s[0], perAxis<1, r>, channelsOf<s, f>, f>,
  [s[0], knownFormat<f> extends false ? Dim : channelsOf<s, f>]
>;

/**
 * The output shape of a global pooling layer of `r` spatial axes with config `c` on input `s`, or the
 * `ShapeErr` saying why it cannot take `s`.
 */
export type globalPoolShape<layer extends string, r extends SpatialRank, s, c, f = formatOf<c>> = s extends Shape
  ? s["length"] extends fullRank[r]
    ? reduced<flag<c, "keepdims", false>, r, s, f>
    : ShapeErr<spatialRank<layer, r, f, formatShape<s>, `${s["length"]}`>>
  : never;

export interface GlobalPoolingRule<layer extends string, r extends SpatialRank, c> extends Rule {
  readonly layer: layer;
  readonly output: globalPoolShape<layer, r, this["input"], c>;
  readonly weights: [];
}

/** Everything that can be wrong with a global pooling layer's options, first problem first. */
export type checkGlobalPooling<layer extends string, o> = firstErr<[checkKnownKeys<layer, o, typeof globalPoolingKeys>, declaredInput<layer, o>]>;

// --- runtime twin ------------------------------------------------------------------------------------

/** Runtime twin of `GlobalPoolingRule`. */
export class BaseGlobalPoolingLayer extends SingleInputLayer {
  declare readonly rank: SpatialRank;
  declare readonly dataFormat: DataFormat;
  declare readonly keepdims: boolean;
  constructor(o: GlobalPoolingOptions, className: string, rank: SpatialRank) {
    checkKeys(className, o, globalPoolingKeys);
    checkChoice(className, "dataFormat", o.dataFormat, ["channelsLast", "channelsFirst"]);
    if (o.keepdims !== undefined && typeof o.keepdims !== "boolean")
      fail(badChoice(className, "keepdims", formatOption(o.keepdims), "true, false"));
    super(o, className, declaredInput(className, o));
    Object.assign(this, { rank, dataFormat: formatOf(o), keepdims: o.keepdims ?? false });
  }
  computeOutputShape(s: Shape): Shape {
    const { rank: r, dataFormat: f } = this;
    if (s.length !== r + 2) fail(spatialRank(this.className, r, f, formatShape(s), String(s.length)), this.name);
    const { batch, spatial, channels } = split(s, f);
    return this.keepdims ? joinShape(batch, spatial.map(() => 1), channels, f) : [batch, channels];
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { data_format: snake(this.dataFormat), keepdims: this.keepdims };
  }
}
