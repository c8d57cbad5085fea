/**
 * CenterCrop: the central `height` x `width` of each image (Keras 3 resizes an image smaller than that
 * first, so the output is always that size). The input must be `(batch, rows, cols, channels)` (or
 * channels first). No weights.
 *
 * ```ts
 * centerCrop({ height: 224, width: 224 })(input({ shape: [256, 256, 3] }));   // SymbolicTensor<[null, 224, 224, 3]>
 * ```
 */
import type { config } from "../../core/config.js";
import type { CheckedOptions } from "../../core/errors.js";
import { SingleInputLayer, type Layer } from "../../core/layer.js";
import { baseKeys, checkKeys, type AnyKeys } from "../../core/options.js";
import { formatOf, type DataFormat } from "../../core/conv.js";
import type { Shape } from "../../core/shape.js";
import { readOptions } from "../../core/read-options.js";
import { snake } from "../../core/keras-config.js";
import { checkImageSize, imageSized, type ImageSizeOptions, type ImageSizeRule, type ImageSizes } from "./resizing.js";

export interface CenterCropOptions extends ImageSizeOptions {}
const centerCropKeys = ["height", "width", "dataFormat", ...baseKeys] as const;

/** A CenterCrop layer type; `c` keeps its sizes and data format. */
export interface CenterCrop<c = {}> extends Layer<ImageSizeRule<"CenterCrop", c>, undefined>, ImageSizes<c> {
  readonly className: "CenterCrop";
}

class CenterCropLayer extends SingleInputLayer {
  declare readonly height: number;
  declare readonly width: number;
  declare readonly dataFormat: DataFormat;
  constructor(o: CenterCropOptions) {
    checkKeys("CenterCrop", o, centerCropKeys);
    checkImageSize("CenterCrop", o);
    super(o, "CenterCrop");
    Object.assign(this, { height: o.height, width: o.width, dataFormat: formatOf(o) });
  }
  computeOutputShape(s: Shape): Shape {
    return imageSized(this.className, this.name, s, this.height, this.width, this.dataFormat);
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { height: this.height, width: this.width, data_format: snake(this.dataFormat) };
  }
}

/**
 * Crops the center `height` x `width` of each image (resizing a smaller one up first, as Keras 3 does).
 *
 * @example
 * ```ts
 * centerCrop({ height: 224, width: 224 })(input({ shape: [256, 256, 3] }));   // SymbolicTensor<[null, 224, 224, 3]>
 * ```
 */
export function centerCrop<const o extends CenterCropOptions & AnyKeys>(
  options: CheckedOptions<checkImageSize<"CenterCrop", o, typeof centerCropKeys>, o, CenterCropOptions>,
): CenterCrop<config<o, "height" | "width" | "dataFormat">>;
export function centerCrop(options: unknown): unknown {
  return new CenterCropLayer(readOptions(options) as CenterCropOptions);
}
