/**
 * Resizing: resizes a batch of images to `height` x `width` (the channels are kept). The input must be
 * `(batch, rows, cols, channels)` (or channels first). No weights.
 *
 * ```ts
 * resizing({ height: 224, width: 224 })(input({ shape: [null, null, 3] }));   // SymbolicTensor<[null, 224, 224, 3]>
 * ```
 */
import type { config } from "../../core/config.js";
import type { CheckedOptions, firstErr, OptionErr, ShapeErr } from "../../core/errors.js";
import { SingleInputLayer, type BaseLayerOptions, type Layer, type Rule } from "../../core/layer.js";
import { baseKeys, checkKeys, checkPositive, type AnyKeys, type checkKnownKeys } from "../../core/options.js";
import { checkChoice, formatOf, spatialRank, type DataFormat } from "../../core/conv.js";
import { fail } from "../../core/errors.js";
import { formatShape, type Dim, type Shape } from "../../core/shape.js";
import { checkBoolean, readOptions } from "../../core/read-options.js";
import { snake } from "../../core/keras-config.js";
import type { known } from "../../core/config.js";

/** The interpolations Keras 3's Resizing takes. */
export type ResizeInterpolation = "bilinear" | "nearest" | "bicubic" | "area" | "lanczos3" | "lanczos5";
const interpolations = ["bilinear", "nearest", "bicubic", "area", "lanczos3", "lanczos5"] as const;

export interface ImageSizeOptions extends BaseLayerOptions {
  /** The output's rows. */
  readonly height: number;
  /** The output's columns. */
  readonly width: number;
  /** Where the channels axis is: last (default) or right after the batch axis. */
  readonly dataFormat?: DataFormat;
}
export interface ResizingOptions extends ImageSizeOptions {
  /** How new pixels are computed; default `"bilinear"`. */
  readonly interpolation?: ResizeInterpolation;
  /** Crop to the target's aspect ratio first, instead of distorting; default `false`. */
  readonly cropToAspectRatio?: boolean;
  /** Pad to the target's aspect ratio first, instead of distorting; default `false`. */
  readonly padToAspectRatio?: boolean;
}
const resizingKeys = ["height", "width", "interpolation", "cropToAspectRatio", "padToAspectRatio", "dataFormat", ...baseKeys] as const;

/** The output of an image-size layer: rows and columns replaced by `h` and `w`, on an input of rank 4. */
export type imageSized<layer extends string, s, h, w, f> = s extends Shape
  ? s extends readonly [infer b, infer x, infer y, infer z]
    ? [f] extends ["channelsFirst"] ? [b, x, h & Dim, w & Dim] : [f] extends ["channelsLast"] ? [b, h & Dim, w & Dim, z] : [b, number | null, number | null, number | null]
    : ShapeErr<spatialRank<layer, 2, f, formatShape<s>, `${s["length"]}`>>
  : never;
export const imageSized = (layer: string, name: string, s: Shape, h: number, w: number, f: DataFormat): Shape => {
  if (s.length !== 4) return fail(spatialRank(layer, 2, f, formatShape(s), String(s.length)), name);
  return f === "channelsFirst" ? [s[0]!, s[1]!, h, w] : [s[0]!, h, w, s[3]!];
};

export interface ImageSizeRule<layer extends string, c> extends Rule {
  readonly layer: layer;
  readonly output: imageSized<layer, this["input"], c extends { readonly height: infer h } ? known<h, number> : number, c extends { readonly width: infer w } ? known<w, number> : number, formatOf<c>>;
  readonly weights: [];
}

/**
 * The sizes an image-size layer has as properties, as at run time. They also tell two such layers apart:
 * without a member that reads its config, the compiler took `Resizing<{ height: 1; ... }>` and
 * `Resizing<{ height: 6; ... }>` for one type (the rule's output reads `c` only where the input is
 * generic), and `c ? resizing({ height: 1, ... }) : resizing({ height: 6, ... })` was typed as its first
 * member, its output `[null, 1, 5, 3]` where the runtime gives `[null, 6, 5, 3]` for the other (found by
 * the soundness probes' layer-union form).
 */
export interface ImageSizes<c> {
  readonly height: c extends { readonly height: infer h } ? known<h, number> : number;
  readonly width: c extends { readonly width: infer w } ? known<w, number> : number;
}
/** A Resizing layer type; `c` keeps its sizes and data format. */
export interface Resizing<c = {}> extends Layer<ImageSizeRule<"Resizing", c>, undefined>, ImageSizes<c> {
  readonly className: "Resizing";
}

/** The option checks every image-size layer makes. */
export type checkImageSize<layer extends string, o, keys extends readonly string[]> = firstErr<[
  checkKnownKeys<layer, o, keys>,
  checkPositive<layer, "height", o extends { readonly height: infer h } ? h : 1, "the output's rows", "224">,
  checkPositive<layer, "width", o extends { readonly width: infer w } ? w : 1, "the output's columns", "224">,
]>;
export const checkImageSize = (layer: string, o: ImageSizeOptions): void => {
  checkPositive(layer, "height", o.height, "the output's rows", "224");
  checkPositive(layer, "width", o.width, "the output's columns", "224");
  checkChoice(layer, "dataFormat", o.dataFormat, ["channelsLast", "channelsFirst"]);
};

export type bothAspectRatios = "Resizing: cropToAspectRatio and padToAspectRatio cannot both be true (Keras 3 refuses it when the layer runs: \"Only one of `pad_to_aspect_ratio` & `crop_to_aspect_ratio` can be `True`\"). Fix: keep one of them: crop to the aspect ratio, or pad to it.";
export const bothAspectRatios: bothAspectRatios =
  "Resizing: cropToAspectRatio and padToAspectRatio cannot both be true (Keras 3 refuses it when the layer runs: \"Only one of `pad_to_aspect_ratio` & `crop_to_aspect_ratio` can be `True`\"). Fix: keep one of them: crop to the aspect ratio, or pad to it.";
/**
 * Resizing's own check: cropping and padding to the aspect ratio both `true` (as literals: a `boolean`
 * passes, for the runtime to check). Keras 3's image.resize raises on it in every backend
 * (keras/src/backend/tensorflow/image.py, resize).
 */
type checkAspectRatios<o> = o extends { readonly cropToAspectRatio: true; readonly padToAspectRatio: true }
  ? [boolean] extends [o["cropToAspectRatio"]] ? "ok" : [boolean] extends [o["padToAspectRatio"]] ? "ok" : OptionErr<bothAspectRatios, "padToAspectRatio">
  : "ok";
type checkResizing<o> = firstErr<[checkImageSize<"Resizing", o, typeof resizingKeys>, checkAspectRatios<o>]>;

class ResizingLayer extends SingleInputLayer {
  declare readonly height: number;
  declare readonly width: number;
  declare readonly dataFormat: DataFormat;
  declare readonly interpolation: ResizeInterpolation;
  declare readonly cropToAspectRatio: boolean;
  declare readonly padToAspectRatio: boolean;
  constructor(o: ResizingOptions) {
    checkKeys("Resizing", o, resizingKeys);
    checkImageSize("Resizing", o);
    checkChoice("Resizing", "interpolation", o.interpolation, interpolations);
    checkBoolean("Resizing", "cropToAspectRatio", o.cropToAspectRatio);
    checkBoolean("Resizing", "padToAspectRatio", o.padToAspectRatio);
    if (o.cropToAspectRatio === true && o.padToAspectRatio === true) fail(bothAspectRatios);
    super(o, "Resizing");
    Object.assign(this, {
      height: o.height, width: o.width, dataFormat: formatOf(o), interpolation: o.interpolation ?? "bilinear",
      cropToAspectRatio: o.cropToAspectRatio ?? false, padToAspectRatio: o.padToAspectRatio ?? false,
    });
  }
  computeOutputShape(s: Shape): Shape {
    return imageSized(this.className, this.name, s, this.height, this.width, this.dataFormat);
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return {
      height: this.height, width: this.width, interpolation: this.interpolation, data_format: snake(this.dataFormat),
      crop_to_aspect_ratio: this.cropToAspectRatio, pad_to_aspect_ratio: this.padToAspectRatio,
      fill_mode: "constant", fill_value: 0, antialias: false,
    };
  }
}

/**
 * Resizes images to `height` x `width`; the batch and channels axes are kept. The input must have
 * rank 4.
 *
 * @example
 * ```ts
 * resizing({ height: 224, width: 224 })(input({ shape: [null, null, 3] }));   // SymbolicTensor<[null, 224, 224, 3]>
 * ```
 */
export function resizing<const o extends ResizingOptions & AnyKeys>(
  options: CheckedOptions<checkResizing<o>, o, ResizingOptions>,
): Resizing<config<o, "height" | "width" | "dataFormat">>;
export function resizing(options: unknown): unknown {
  return new ResizingLayer(readOptions(options) as ResizingOptions);
}
