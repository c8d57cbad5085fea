/**
 * What MaxPooling1D/2D/3D and AveragePooling1D/2D/3D share, as Keras 3's BasePooling: a window of
 * `poolSize` slides over the spatial axes with `strides` (by default `poolSize`, so that windows do not
 * overlap) and `padding`, and each window becomes one value. The channels axis is kept as it is, even
 * when unknown: pooling has no weights. Each concrete layer is a thin file that fixes the rank and the
 * class name; the shape arithmetic is the convolution's (src/core/conv.ts) with a dilation of 1.
 */
import type { config, InputKey, opt } from "../../core/config.js";
import {
  checkChoice,
  checkSpatial,
  convSpatial,
  formatOf,
  joinShape,
  perAxis,
  spatialRank,
  split,
  type channelsOf,
  type knownFormat,
  type unknownLayout,
  type DataFormat,
  type fullRank,
  type Padding,
  type PositiveSpatial,
  type Spatial,
  type spatialOf,
  type SpatialRank,
} from "../../core/conv.js";
import { fail, type firstErr, type ShapeErr } from "../../core/errors.js";
import { declaredInput, type InputSpecOptions } from "../../core/input-spec.js";
import { SingleInputLayer, type BaseLayerOptions, type Rule } from "../../core/layer.js";
import { baseKeys, checkKeys, inputKeys, type checkKnownKeys, type Defined, type fastInput } from "../../core/options.js";
import { formatShape, type Dim, type Shape } from "../../core/shape.js";
import { snake } from "../../core/keras-config.js";

/** The options of a pooling layer over `r` spatial axes. */
export interface PoolingOptions<r extends SpatialRank> extends BaseLayerOptions, InputSpecOptions {
  /** The window each output value summarizes: one size for every spatial axis, or one per axis; default 2 (MaxPooling). */
  readonly poolSize?: Spatial<r>;
  /** How far the window moves each step; by default (or `null`) `poolSize`, so that windows do not overlap. */
  readonly strides?: Spatial<r> | null;
  /** `valid` (default; no padding, a partial window at the end is dropped) or `same` (the output keeps `ceil(n / strides)`). */
  readonly padding?: Padding;
  /** Where the channels axis is; default `channelsLast`. */
  readonly dataFormat?: DataFormat;
}
export const poolingKeys = ["poolSize", "strides", "padding", "dataFormat", ...baseKeys, ...inputKeys] as const;
/** The options that decide a pooling layer's shapes: what its type keeps. */
type shapeKeys = "poolSize" | "strides" | "padding" | "dataFormat" | InputKey;

/** The part of a pooling layer's options its type keeps: `{ poolSize: 3; strides: 2 }`, lists as written (`readonly [2, 3]`). */
export type poolConfig<o> = config<o, shapeKeys, "readonly">;

// --- messages --------------------------------------------------------------------------------------

export type poolSizeMissing<layer extends string> =
  `${layer} needs poolSize (Keras 3 gives average pooling no default window), but got none. Fix: pass the window, e.g. poolSize: 2.`;
export const poolSizeMissing = <layer extends string>(layer: layer): poolSizeMissing<layer> =>
  `${layer} needs poolSize (Keras 3 gives average pooling no default window), but got none. Fix: pass the window, e.g. poolSize: 2.`;

// --- type-level rule ---------------------------------------------------------------------------------


type orPool<s, p> = s extends null ? p : s;
/** The window of config `c`: its poolSize, 2 by default (MaxPooling; AveragePooling requires it). */
type poolOf<c> = opt<c, "poolSize", 2>;
/** The strides of config `c`: its `strides`, or its window when they are absent or `null`. */
type stridesOf<c> = orPool<opt<c, "strides", null>, poolOf<c>>;

/**
 * The output shape of a pooling layer of `r` spatial axes with config `c` on input `s`, or the
 * `ShapeErr` saying why it cannot take `s`. The channels axis passes through unchanged.
 */
export type poolShape<layer extends string, r extends SpatialRank, s, c, f = formatOf<c>> = s extends Shape
  ? s["length"] extends fullRank[r]
    ? knownFormat<f> extends false
      ? unknownLayout<r, s>
      : convSpatial<
            layer, "pool window", r, f, s, spatialOf<s, f>,
            perAxis<poolOf<c>, r>, perAxis<stridesOf<c>, r>, perAxis<1, r>, opt<c, "padding", "valid">
          > extends infer sp
        ? sp extends readonly unknown[] ? joinShape<s[0], sp, channelsOf<s, f>, f> : sp
        : never
    : ShapeErr<spatialRank<layer, r, f, formatShape<s>, `${s["length"]}`>>
  : never;

export interface PoolingRule<layer extends string, r extends SpatialRank, c> extends Rule {
  readonly layer: layer;
  readonly output: poolShape<layer, r, this["input"], c>;
  readonly weights: [];
}

/** Everything that can be wrong with a pooling layer's options, first problem first. */
export type checkPooling<layer extends string, r extends SpatialRank, o> = [keyof o, o, o[keyof o]] extends [fastPoolingKey, fastPoolingOptions<r>, Defined]
  ? "ok" // the fast path (see `Defined` in options.ts)
  : firstErr<
  [
    checkKnownKeys<layer, o, typeof poolingKeys>,
    checkSpatial<layer, "poolSize", opt<o, "poolSize", undefined>, r, "the window each output value summarizes", "2">,
    checkSpatial<layer, "strides", orPool<opt<o, "strides", undefined>, undefined>, r, "how far the window moves each step", "2">,
    declaredInput<layer, o>,
  ]
>;

/** The keys `checkPooling`'s fast path takes: a pooling layer's but a declared input's. */
type fastPoolingKey = Exclude<(typeof poolingKeys)[number], InputKey>;
/** Pooling options `checkPooling` certainly accepts. */
interface fastPoolingOptions<r extends SpatialRank> extends fastInput {
  readonly poolSize?: PositiveSpatial<r>;
  readonly strides?: PositiveSpatial<r>;
}

// --- runtime twin ------------------------------------------------------------------------------------

/** Runtime twin of `PoolingRule`. */
export class BasePoolingLayer extends SingleInputLayer {
  declare readonly rank: SpatialRank;
  declare readonly poolSize: number[];
  declare readonly strides: number[];
  declare readonly padding: Padding;
  declare readonly dataFormat: DataFormat;
  /** `defaultPool`: the window when poolSize is not given, or `undefined` when it must be (AveragePooling). */
  constructor(o: PoolingOptions<SpatialRank>, className: string, rank: SpatialRank, defaultPool: number | undefined) {
    checkKeys(className, o, poolingKeys);
    if (o.poolSize === undefined && defaultPool === undefined) fail(poolSizeMissing(className));
    checkSpatial(className, "poolSize", o.poolSize, rank, "the window each output value summarizes", "2");
    checkSpatial(className, "strides", o.strides ?? undefined, rank, "how far the window moves each step", "2");
    checkChoice(className, "padding", o.padding, ["valid", "same"]);
    checkChoice(className, "dataFormat", o.dataFormat, ["channelsLast", "channelsFirst"]);
    super(o, className, declaredInput(className, o));
    const poolSize = perAxis(o.poolSize ?? (defaultPool as number), rank);
    Object.assign(this, {
      rank,
      poolSize,
      strides: o.strides == null ? poolSize : perAxis(o.strides, rank),
      padding: o.padding ?? "valid",
      dataFormat: formatOf(o),
    });
  }
  computeOutputShape(s: Shape): Shape {
    const { rank: r, dataFormat: f } = this;
    if (s.length !== r + 2) fail(spatialRank(this.className, r, f, formatShape(s), String(s.length)), this.name);
    const { batch, spatial, channels } = split(s, f);
    const sp = convSpatial(this.className, this.name, "pool window", r, f, s, spatial, this.poolSize, this.strides, perAxis(1, r), this.padding);
    return joinShape(batch, sp, channels, f);
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { pool_size: [...this.poolSize], strides: [...this.strides], padding: this.padding, data_format: snake(this.dataFormat) };
  }
}
