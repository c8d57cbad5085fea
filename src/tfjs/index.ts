/**
 * shapeflow/tfjs: run a checked shapeflow model with TensorFlow.js. TensorFlow.js is an optional peer
 * dependency of this entry point only; the core (`shapeflow`) has no runtime dependency.
 */
export {
  noTfjsLayer,
  noTfjsOption,
  notAModel,
  tfjsNotFound,
  tfjsOtherShape,
  tfjsRejected,
  toTfjs,
  withTfjs,
  type TfjsRunner,
  type TfjsLayerLike,
  type TfjsLike,
  type TfjsModelOf,
  type TfjsSymbolicTensorLike,
} from "./bridge.js";
export {
  batchAxisMissing,
  dataCount,
  dataRank,
  dataSize,
  shapeOfData,
  type CheckedData,
  type checkData,
  type dataRankOf,
} from "./data.js";
