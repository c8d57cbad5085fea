/**
 * What SpatialDropout1D/2D/3D share: Dropout that drops whole feature maps (one choice per sample and
 * channel), on inputs of rank r + 2. The shape is unchanged and they have no weights.
 */
import type { firstErr, ShapeErr } from "../../core/errors.js";
import { SingleInputLayer, type BaseLayerOptions, type Rule } from "../../core/layer.js";
import { baseKeys, checkKeys } from "../../core/options.js";
import { checkChoice, formatOf, spatialRank, type DataFormat, type SpatialRank } from "../../core/conv.js";
import { fail } from "../../core/errors.js";
import { formatShape, type Shape } from "../../core/shape.js";
import { snake } from "../../core/keras-config.js";
import { checkFraction } from "./checks.js";
import type { Add } from "../../core/arith.js";

export interface SpatialDropoutOptions extends BaseLayerOptions {
  /** The fraction of the feature maps to drop, from 0 to 1. */
  readonly rate: number;
  /** Optional seed for the random choice. */
  readonly seed?: number;
}
export interface SpatialDropoutFormatOptions extends SpatialDropoutOptions {
  /** Where the channels axis is: last (default) or right after the batch axis. */
  readonly dataFormat?: DataFormat;
}
export const spatialDropoutKeys = ["rate", "seed", ...baseKeys] as const;
export const spatialDropoutFormatKeys = ["rate", "dataFormat", "seed", ...baseKeys] as const;

/** The rule: an input of rank r + 2, unchanged. */
export interface SpatialDropoutRule<layer extends string, r extends SpatialRank, f> extends Rule {
  readonly layer: layer;
  readonly output: this["input"] extends infer s extends Shape
    ? s["length"] extends Add<r, 2>
      ? s
      : ShapeErr<spatialRank<layer, r, f, formatShape<s>, `${s["length"]}`>>
    : never;
  readonly weights: [];
}

/** The option checks of a SpatialDropout layer. */
export type checkSpatialDropout<layer extends string, o, keys extends readonly string[]> = firstErr<
  [checkKeys<layer, o, keys>, checkFraction<layer, "rate", o extends { readonly rate: infer v } ? v : undefined, "is the fraction of feature maps to drop", "0.2">]
>;

/** Runtime twin of `SpatialDropoutRule`. */
export abstract class SpatialDropoutBase extends SingleInputLayer {
  declare readonly rate: number;
  declare readonly seed: number | null;
  declare readonly dataFormat: DataFormat;
  constructor(o: SpatialDropoutFormatOptions, className: string, readonly rank: SpatialRank, keys: readonly string[]) {
    checkKeys(className, o, keys);
    checkFraction(className, "rate", o.rate, "is the fraction of feature maps to drop", "0.2");
    checkChoice(className, "dataFormat", o.dataFormat, ["channelsLast", "channelsFirst"]);
    super(o, className);
    Object.assign(this, { rank, rate: o.rate, seed: o.seed ?? null, dataFormat: formatOf(o) });
  }
  computeOutputShape(s: Shape): Shape {
    if (s.length !== this.rank + 2) fail(spatialRank(this.className, this.rank, this.dataFormat, formatShape(s), String(s.length)), this.name);
    return s;
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { rate: this.rate, seed: this.seed, ...(this.rank > 1 && { data_format: snake(this.dataFormat) }) };
  }
}
