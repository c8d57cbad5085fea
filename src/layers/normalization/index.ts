/** The normalization layers. */
export {
  batchNormalization,
  type BatchNormalization,
  type BatchNormalizationOptions,
} from "./batch-normalization.js";
export {
  layerNormalization,
  type LayerNormalization,
  type LayerNormalizationOptions,
} from "./layer-normalization.js";
