/** The preprocessing layers that have shapes and weights: Rescaling, Normalization. */
export { rescaling, type Rescaling, type RescalingOptions } from "./rescaling.js";
export { normalization, type Normalization, type NormalizationOptions } from "./normalization.js";
export { resizing, type Resizing, type ResizingOptions, type ResizeInterpolation } from "./resizing.js";
export { centerCrop, type CenterCrop, type CenterCropOptions } from "./center-crop.js";
