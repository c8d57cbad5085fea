/** The preprocessing layers that have shapes and weights: Rescaling, Normalization. */
export { rescaling, type Rescaling, type RescalingOptions } from "./rescaling.js";
export { normalization, type Normalization, type NormalizationOptions } from "./normalization.js";
