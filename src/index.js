/**
 * shapeflow: Keras-style layers whose tensor shapes the TypeScript compiler checks, with a runtime
 * mirror that computes the same shapes, weights, parameter counts and summaries.
 */
export { SymbolicTensor } from "./core/tensor.js";
export { ShapeError } from "./core/errors.js";
export { formatShape } from "./core/shape.js";
export { clearSession, } from "./core/layer.js";
export { input } from "./layers/core/input.js";
export { dense } from "./layers/core/dense.js";
export { activation } from "./layers/core/activation.js";
export { dropout } from "./layers/core/dropout.js";
export { flatten } from "./layers/reshaping/flatten.js";
export { add } from "./layers/merging/add.js";
export { concatenate } from "./layers/merging/concatenate.js";
export { model } from "./models/model.js";
export { sequential } from "./models/sequential.js";
