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
  type TfjsLayerLike,
  type TfjsLike,
  type TfjsModelOf,
  type TfjsSymbolicTensorLike,
} from "./bridge.js";
