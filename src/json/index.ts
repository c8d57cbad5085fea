/**
 * shapeflow/json: models in and out as JSON (Keras 3, Keras 2 / TensorFlow.js) and the code generator
 * behind `npx shapeflow codegen model.json`. No runtime dependency: the JSON is read and written here.
 */
export { toKerasJSON, toTfjsJSON, notAModelToExport, kerasOtherHardSigmoid, type Json, type KerasObject } from "./export.js";
export {
  fromJSON,
  readPlan,
  notModelJSON,
  subclassedModel,
  unknownLayerClass,
  noWrappedLayer,
  noSuchOutput,
  noClassName,
  layerRefused,
  badModelJSON,
  weightsDiffer,
  type ImportedModel,
  type Plan,
  type ModelPlan,
  type LayerPlan,
  type SequentialPlan,
  type FunctionalPlan,
  type CallPlan,
  type InputPlan,
} from "./import.js";
export { codegen, type CodegenOptions } from "./codegen.js";
export { kerasClasses, type Unmodeled } from "./classes.js";
