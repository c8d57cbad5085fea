/**
 * shapeflow/tfjs: run a checked shapeflow model with TensorFlow.js. TensorFlow.js is an optional peer
 * dependency of this entry point only; the core (`shapeflow`) has no runtime dependency.
 */
export {
  noTfjsLayer,
  noTfjsOption,
  noTfjsActivation,
  tfjsBrokenLayer,
  tfjsOtherHardSigmoid,
  articleOf,
  notAModel,
  predictedOther,
  tfjsChainedOps,
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
  dataMissingName,
  dataRank,
  dataSize,
  dataUnknownName,
  noTensorFunction,
  raggedData,
  shapeOfData,
  type batchOf,
  type CheckedData,
  type checkData,
  type checkModelData,
  type dataRankOf,
  type Predicted,
  type predictedShape,
  type predictResult,
} from "./data.js";
