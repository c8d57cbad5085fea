/**
 * shapeflow: Keras-style layers whose tensor shapes the TypeScript compiler checks, with a runtime
 * mirror that computes the same shapes, weights, parameter counts and summaries.
 */
export { SymbolicTensor } from "./core/tensor.js";
export { ShapeError, type Failed, type ShapeErr } from "./core/errors.js";
export type { Dim, Shape } from "./core/shape.js";
export { formatShape } from "./core/shape.js";
export {
  clearSession,
  type AnyLayer,
  type Apply,
  type Fold,
  type Layer,
  type LayerInfo,
  type MergeLayer,
  type Output,
  type MultiOutputLayer,
  type ParamCount,
  type Rule,
  type UnknownBlock,
  type Weight,
  type WeightShapes,
} from "./core/layer.js";
export type { InputSpecOptions } from "./core/input-spec.js";
export type { KerasLayerConfig } from "./core/keras-config.js";

export { input, type InputOptions } from "./layers/core/input.js";
export { dense, type Dense, type DenseOptions, type Units } from "./layers/core/dense.js";
export { activation, type Activation, type ActivationIdentifier, type ActivationOptions } from "./layers/core/activation.js";
export { dropout, type Dropout, type DropoutOptions } from "./layers/core/dropout.js";
export { embedding, type Embedding, type EmbeddingOptions } from "./layers/core/embedding.js";
export { masking, type Masking, type MaskingOptions } from "./layers/core/masking.js";
export { identity, type Identity, type IdentityOptions } from "./layers/core/identity.js";
export { add, type Add, type AddOptions } from "./layers/merging/add.js";
export { concatenate, type Concatenate, type ConcatenateOptions } from "./layers/merging/concatenate.js";
export { subtract, type Subtract, type SubtractOptions } from "./layers/merging/subtract.js";
export { multiply, type Multiply, type MultiplyOptions } from "./layers/merging/multiply.js";
export { average, type Average, type AverageOptions } from "./layers/merging/average.js";
export { maximum, type Maximum, type MaximumOptions } from "./layers/merging/maximum.js";
export { minimum, type Minimum, type MinimumOptions } from "./layers/merging/minimum.js";
export { dot, type Dot, type DotOptions } from "./layers/merging/dot.js";
export * from "./layers/convolutional/index.js";
export * from "./layers/pooling/index.js";
export * from "./layers/reshaping/index.js";
export * from "./layers/normalization/index.js";
export * from "./layers/recurrent/index.js";
export * from "./layers/activations/index.js";
export * from "./layers/regularization/index.js";
export * from "./layers/preprocessing/index.js";
export * from "./layers/attention/index.js";
export * from "./blocks/index.js";
export type { DataFormat, Padding, Spatial } from "./core/conv.js";

export { model, type Model, type ModelInfo, type ModelOptions } from "./models/model.js";
export { sequential, type Params, type Sequential, type SequentialOptions } from "./models/sequential.js";
export type { Unusable } from "./models/sequential.js";
export type {
  SequentialAdded,
  SequentialAfter,
  SequentialListed,
  inputOf as SequentialInput,
  outputOf as SequentialOutput,
  paramsOf as SequentialParams,
  listParams as SequentialListParams,
} from "./models/sequential.js";
export type { SummaryOptions } from "./models/summary.js";

export { toDot, type ToDotOptions } from "./plot/dot.js";
export { toMermaid } from "./plot/mermaid.js";
export { toNeuronDot, type NeuronOptions } from "./plot/neurons.js";
export type { PlotOptions } from "./plot/graph.js";

// Types that no user writes, exported only so that declaration emit can name what an exported helper
// generic over its tensor or a layer option returns (else TS2883, "cannot be named without a reference
// to ... This is likely not portable"); see test/consumer/helpers.ts.
export type { known } from "./core/config.js";
export type { OkShape } from "./core/errors.js";
export type { applyRule, mergeShapes } from "./core/layer.js";
export type { ElementwiseRule } from "./layers/merging/merge.js";
export type { SequentialRule } from "./models/sequential.js";
// A recurrent, Bidirectional, ConvLSTM or attention layer's call in a helper generic over its tensor.
export type { OutputAt, Outputs } from "./core/layer.js";
// A functional model's call in a helper generic over its tensor.
export type { CallShape } from "./core/layer.js";
export type { AttentionOutputAt, AttentionOutputs } from "./layers/attention/base-attention.js";
export type { ConcatenateRule } from "./layers/merging/concatenate.js";
export type { DotRule } from "./layers/merging/dot.js";
export type { SubtractRule } from "./layers/merging/subtract.js";
// A built functional model called, or a Sequential's countParams() returned, in a helper generic over its tensor or a size (review 3, finding 6).
export type { modelCall as ModelCall, modelListCall as ModelListCall, ModelLayer } from "./models/model.js";
export type { countOf as SequentialCount } from "./models/sequential.js";
