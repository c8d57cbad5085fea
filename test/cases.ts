/**
 * One table of cases that both halves of shapeflow must agree on: each is an expression run by the
 * runtime mirror and compiled by each supported compiler. `shape` is the expected output shape (of a
 * tensor, or a model's `outputShape`); `error` the expected message, thrown at run time AND reported
 * by the compiler at that expression.
 */
import { convCases } from "./cases/conv.js";
import { poolingCases } from "./cases/pooling.js";
import { reshapingCases } from "./cases/reshaping.js";
import { paddingCases } from "./cases/padding.js";
import { normalizationCases } from "./cases/normalization.js";
import { soundnessCases } from "./cases/soundness.js";
import { embeddingCases, recurrentCases, timeDistributedCases, wrapperCases } from "./cases/recurrent.js";
import { mergingCases } from "./cases/merging.js";
import { activationCases } from "./cases/activations.js";
import { regularizationCases } from "./cases/regularization.js";
import { imageSizeCases, preprocessingCases } from "./cases/preprocessing.js";
import { attentionCases } from "./cases/attention.js";
import { stringCases } from "./cases/strings.js";

export interface Case {
  readonly code: string;
  readonly shape?: readonly (number | null)[];
  readonly error?: string;
}

const coreCases: readonly Case[] = [
  // input and the batch axis
  { code: `input({ shape: [3] })`, shape: [null, 3] },
  { code: `input({ shape: [50, 50, 3], batchSize: 30 })`, shape: [30, 50, 50, 3] },
  { code: `input({ batchShape: [30, 50, 50, 3] })`, shape: [30, 50, 50, 3] },
  { code: `input({ shape: [null, 3] })`, shape: [null, null, 3] },
  { code: `input({})`, error: "Input needs the shape of the data, but got neither shape nor batchShape." },
  { code: `input({ shape: [3], batchShape: [30, 3] })`, error: "Input: the input shape is given twice, as shape and as batchShape." },
  { code: `input({ batchShape: [30, 3], batchSize: 30 })`, error: "Input: batchSize cannot go with batchShape" },
  { code: `input({ shape: [0] })`, error: "Input: every size in shape must be a positive integer or null, but got 0." },
  { code: `input({ shape: [2.5] })`, error: "Input: every size in shape must be a positive integer or null, but got 2.5." },
  { code: `input({ shape: [3], batchSize: -1 })`, error: "Input: batchSize must be a positive integer (the number of samples in each batch), but got -1. Fix: write e.g. batchSize: 32, or leave it out for batches of any size." },
  { code: `dense({ units: 2, inputDim: 0 })`, error: "Dense: inputDim must be a positive integer (the size of the input's one feature axis: inputDim: 3 is inputShape: [3]), but got 0. Fix: write e.g. inputDim: 3." },
  // null is left out, at both levels, as Keras reads input_dim=None and input_shape=None (session 12).
  { code: `dense({ units: 4, inputShape: null })(input({ shape: [5] }))`, shape: [null, 4] },
  { code: `lstm({ units: 2, inputDim: null })(input({ shape: [5, 3] }))`, shape: [null, 2] },
  { code: `sequential({ layers: [dense({ units: 4, inputDim: null, inputShape: [3] })] }).outputShape`, shape: [null, 4] },
  { code: `sequential({ layers: [dense({ units: 4, inputDim: 3, batchSize: null })] }).outputShape`, shape: [null, 4] },
  { code: `sequential({ layers: [dense({ units: 4, batchShape: null, batchInputShape: [8, 3] })] }).outputShape`, shape: [8, 4] },
  { code: `sequential({ layers: [dense({ units: 4, batchInputShape: [8, 3], batchSize: null })] }).outputShape`, shape: [8, 4] },
  { code: `dense({ units: 4, inputShape: [3], inputDim: null, batchInputShape: [null, 3] })`, error: "Dense: the input shape is given twice, as inputShape and as batchInputShape." },
  // dense
  { code: `dense({ units: 4 })(input({ shape: [3] }))`, shape: [null, 4] },
  { code: `dense({ units: 4 }).apply(input({ shape: [10, 3] }))`, shape: [null, 10, 4] },
  { code: `dense({ units: 4 })(input({ shape: [null, 3] }))`, shape: [null, null, 4] },
  { code: `dense({ units: 2, useBias: false })(input({ batchShape: [30, 3] }))`, shape: [30, 2] },
  { code: `dense({ units: 4, inputShape: [3] })(input({ batchShape: [8, 3] }))`, shape: [8, 4] },
  { code: `dense({ units: 4 })(input({ shape: [] }))`, error: "Dense needs an input of rank 2 or more, (batch, ..., features), but got (None,) of rank 1. Fix: give the input a feature axis: input({ shape: [3] }) makes (None, 3)." },
  { code: `dense({ units: 4 })(input({ shape: [null] }))`, error: "Dense needs the last axis (features) of its input defined, since its kernel is [features, units], but got (None, None)." },
  { code: `dense({ units: 0 })`, error: "Dense: units must be a positive integer (the number of neurons, the size of the output's last axis), but got 0. Fix: use e.g. units: 4." },
  { code: `dense({ units: -2 })`, error: "Dense: units must be a positive integer (the number of neurons, the size of the output's last axis), but got -2." },
  { code: `dense({ units: 1.5 })`, error: "Dense: units must be a positive integer (the number of neurons, the size of the output's last axis), but got 1.5." },
  // An input-shape option on a layer that cannot start a model: not a misspelling; the fix is input() (review, session 9).
  { code: `reLU({ inputShape: [3] })`, error: "ReLU takes no inputShape: ReLU cannot start a model with an input shape. Fix: start it with input({ shape: [...] }) instead; ReLU takes maxValue, negativeSlope, threshold, name, trainable." },
  { code: `gaussianNoise({ stddev: 0.1, batchSize: 4 })`, error: "GaussianNoise takes no batchSize: GaussianNoise cannot start a model with an input shape." },
  // input() spells its own options shape and batchShape: a layer's spelling there is met with the one to use (review s9, finding 13).
  { code: `input({ shape: [3], inputDim: 3 })`, error: "Input takes shape, not inputDim (an option of the first layer of a Sequential). Fix: write input({ shape: [3] })." },
  { code: `input({ inputShape: [3] })`, error: "Input takes shape, not inputShape (an option of the first layer of a Sequential). Fix: write input({ shape: [3] })." },
  { code: `input({ batchInputShape: [null, 3] })`, error: "Input takes batchShape, not batchInputShape (an option of the first layer of a Sequential). Fix: write input({ batchShape: [null, 3] })." },
  // A string where a size goes: the same sentence at compile time (review s9, finding 10).
  { code: `input({ shape: ["3"] })`, error: 'Input: every size in shape must be a positive integer or null, but got "3". Fix: give each axis its number of elements, or null where it is only known at run time.' },
  { code: `input({ shape: [3], batchSize: "30" })`, error: 'Input: batchSize must be a positive integer (the number of samples in each batch), but got "30". Fix: write e.g. batchSize: 32, or leave it out for batches of any size.' },
  { code: `input({ shape: [3], foo: 1 })`, error: 'Input has no option "foo". Fix: check the spelling; Input takes shape, batchShape, batchSize, name, dtype.' },
  { code: `dense({ units: 4, unit: 3 })`, error: `Dense has no option "unit". Fix: did you mean units? Dense takes units, activation, useBias, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize, kernelInitializer, biasInitializer, kernelRegularizer, biasRegularizer, activityRegularizer, kernelConstraint, biasConstraint, dtype.` },
  // Training-only options change no shape: accepted, and passed to TF.js by shapeflow/tfjs.
  { code: `dense({ units: 4, kernelInitializer: "heNormal", biasInitializer: "zeros", kernelRegularizer: "l1l2", activityRegularizer: "l1l2", kernelConstraint: "maxNorm", dtype: "float32" })(input({ shape: [3] }))`, shape: [null, 4] },
  { code: `conv2d({ filters: 8, kernelSize: 3, kernelInitializer: "heUniform", biasConstraint: "nonNeg" })(input({ shape: [28, 28, 1] }))`, shape: [null, 26, 26, 8] },
  { code: `conv2dTranspose({ filters: 8, kernelSize: 3, biasRegularizer: "l1l2", dtype: "float32" })(input({ shape: [28, 28, 1] }))`, shape: [null, 30, 30, 8] },
  { code: `dense({ units: 4, inputShape: [3], inputDim: 3 })`, error: "Dense: the input shape is given twice, as inputShape and as inputDim." },
  { code: `dense({ units: 4, inputShape: [3], batchShape: [1, 3] })`, error: "Dense: the input shape is given twice, as inputShape and as batchShape." },
  { code: `dense({ units: 4, batchSize: 30 })`, error: "Dense: batchSize goes with inputShape or inputDim, but got it alone." },
  { code: `dense({ units: 4, batchInputShape: [30, 3], batchSize: 30 })`, error: "Dense: batchSize goes with inputShape or inputDim, but got it with batchInputShape." },
  { code: `dense({ units: 4, inputShape: [-1] })`, error: "Dense: every size in inputShape must be a positive integer or null, but got -1." },
  { code: `dense({ units: 4, inputShape: [3] })(input({ shape: [5] }))`, error: "Dense: the layer was declared with batch input shape (None, 3), but is called on (None, 5)." },
  { code: `dense({ units: 4, inputShape: [3] })(input({ shape: [2, 3] }))`, error: "Dense: the layer was declared with batch input shape (None, 3), but is called on (None, 2, 3)." },
  // flatten, activation, dropout
  { code: `flatten()(input({ shape: [50, 50, 3] }))`, shape: [null, 7500] },
  { code: `flatten()(input({ shape: [224, 224, 3], batchSize: 2 }))`, shape: [2, 150528] },
  { code: `flatten()(input({ shape: [null, 3] }))`, shape: [null, null] },
  { code: `flatten()(input({ shape: [] }))`, shape: [null, 1] },
  { code: `activation({ activation: "softmax" })(input({ shape: [10] }))`, shape: [null, 10] },
  { code: `dropout({ rate: 0.5 })(input({ shape: [7, 2] }))`, shape: [null, 7, 2] },
  { code: `dropout({ rate: 1 })(input({ shape: [2] }))`, shape: [null, 2] },
  { code: `dropout({ rate: 2 })`, error: "Dropout: rate is the fraction of inputs to drop and must be between 0 and 1, but got 2." },
  // add
  { code: `add()([input({ shape: [4] }), input({ shape: [4] })])`, shape: [null, 4] },
  { code: `add()([input({ shape: [4] }), input({ shape: [1] })])`, shape: [null, 4] },
  { code: `add()([input({ shape: [1] }), input({ shape: [4] })])`, shape: [null, 4] },
  { code: `add()([input({ shape: [5, 1] }), input({ shape: [4] })])`, shape: [null, 5, 4] },
  { code: `add()([input({ shape: [4] }), input({ shape: [null] })])`, shape: [null, null] },
  { code: `add()([input({ shape: [4] }), input({ batchShape: [6, 4] })])`, shape: [6, 4] },
  { code: `add()([input({ shape: [4] })])`, shape: [null, 4] },
  { code: `add()([input({ shape: [4] }), input({ shape: [3] })])`, error: "Add needs inputs of the same shape (a size of 1 broadcasts), but input 1 is (None, 3) while input 0 is (None, 4): axis -1 is 4 vs 3." },
  { code: `add()([input({ shape: [2, 4] }), input({ shape: [2, 4] }), input({ shape: [3, 4] })])`, error: "Add needs inputs of the same shape (a size of 1 broadcasts), but input 2 is (None, 3, 4) while the inputs before it give (None, 2, 4): axis -2 is 2 vs 3." },
  { code: `add()([input({ batchShape: [2, 4] }), input({ batchShape: [3, 4] })])`, error: "Add cannot merge tensors with different batch sizes, but input 1 has batch size 3 while the inputs before it have 2." },
  { code: `add()([])`, error: "Add needs a list of at least one tensor, but got an empty list." },
  // concatenate
  { code: `concatenate()([input({ shape: [4] }), input({ shape: [3] })])`, shape: [null, 7] },
  { code: `concatenate({ axis: 1 })([input({ shape: [2, 3] }), input({ shape: [5, 3] })])`, shape: [null, 7, 3] },
  { code: `concatenate({ axis: -2 })([input({ shape: [2, 3] }), input({ shape: [5, 3] }), input({ shape: [1, 3] })])`, shape: [null, 8, 3] },
  { code: `concatenate()([input({ shape: [4] }), input({ shape: [null] })])`, shape: [null, null] },
  { code: `concatenate()([input({ shape: [null, 3] }), input({ shape: [6, 2] })])`, shape: [null, null, 5] },
  { code: `concatenate()([input({ shape: [2, 3] }), input({ shape: [4, 5] })])`, error: "Concatenate joins along axis -1 and needs every other axis equal, but input 1 is (None, 4, 5) while input 0 is (None, 2, 3): axis 1 differs." },
  { code: `concatenate()([input({ shape: [null, 3] }), input({ shape: [5, 2] }), input({ shape: [6, 4] })])`, error: "Concatenate joins along axis -1 and needs every other axis equal, but input 2 is (None, 6, 4) while the inputs before it give (None, 5, 3): axis 1 differs." },
  { code: `concatenate()([input({ shape: [null, 3] }), input({ shape: [5, 2] }), input({ shape: [5, 4] })])`, shape: [null, null, 9] },
  { code: `concatenate()([input({ shape: [4] }), input({ shape: [4, 5] })])`, error: "Concatenate needs inputs of the same rank, but input 1 is (None, 4, 5) while input 0 is (None, 4)." },
  { code: `concatenate({ axis: 3 })([input({ shape: [4] }), input({ shape: [4] })])`, error: "Concatenate: axis 3 does not exist in (None, 4), which has rank 2." },
  { code: `concatenate({ axis: -3 })([input({ shape: [4] })])`, error: "Concatenate: axis -3 does not exist in (None, 4), which has rank 2." },
  // models
  { code: `sequential().add(dense({ units: 4, inputShape: [3] })).add(dense({ units: 4 })).add(dense({ units: 1 })).outputShape`, shape: [null, 1] },
  { code: `sequential({ layers: [dense({ units: 4, inputDim: 3 }), dense({ units: 1 })] }).outputShape`, shape: [null, 1] },
  { code: `sequential({ layers: [input({ shape: [28, 28] }), flatten(), dense({ units: 10 })] }).outputShape`, shape: [null, 10] },
  { code: `sequential().add(dense({ units: 8, batchInputShape: [30, 50, 50, 3] })).add(flatten()).outputShape`, shape: [30, 20000] },
  { code: `sequential().add(dense({ units: 4, inputShape: [3] })).add(dense({ units: 2, inputShape: [5] }))`, error: "Dense: the layer was declared with batch input shape (None, 5), but is called on (None, 4)." },
  { code: `sequential().add(dense({ units: 4, inputShape: [3] })).add(input({ shape: [3] }))`, error: "Sequential: an input() tensor can only be the first thing added, but the model already has an input or layers, and shape (None, 4)." },
  { code: `sequential({ layers: [input({ shape: [null, 3] }), flatten(), dense({ units: 2 })] })`, error: "Sequential layer 2: Dense needs the last axis (features) of its input defined, since its kernel is [features, units], but got (None, None)." },
  { code: `sequential().add(dense({ units: 4 })).summary()`, error: "Sequential: the model has no input shape, so its shapes and weights are not known. Fix: give the first layer an input shape, e.g. dense({ units: 4, inputShape: [3] }), or add input({ shape: [3] }) first." },
  { code: `sequential().add(dense({ units: 4 })).countParams()`, error: "Sequential: the model has no input shape, so its shapes and weights are not known." },
  // A model with no layers at all: in TypeScript, the usual cause is model.add(...) written as a statement.
  { code: `sequential().summary()`, error: "Sequential: the model has no input shape, as it has no layers. If you added them with model.add(...) written as statements, the variable kept the type it was declared with. Fix: chain the calls, sequential().add(input({ shape: [3] })).add(dense({ units: 4 })), or use what .add returns." },
  { code: `sequential({ layers: [] }).countParams()`, error: "Sequential: the model has no input shape, as it has no layers." },
  // issue 14: a model is a layer; it takes any batch size and checks the rest of its input
  { code: `sequential({ layers: [input({ batchShape: [2, 3] }), dense({ units: 2 })] })(input({ shape: [3] }))`, shape: [null, 2] },
  { code: `sequential({ layers: [input({ shape: [3] }), dense({ units: 2 })] })(input({ batchShape: [5, 3] }))`, shape: [5, 2] },
  { code: `sequential({ layers: [input({ shape: [3] }), dense({ units: 2 })] })(input({ shape: [4] }))`, error: "Sequential: the model takes inputs of shape (None, 3) (any batch size), but is called on (None, 4). Fix: call it on a tensor of that shape, or build the model on an input with None for the sizes that vary, e.g. input({ shape: [null, 3] })." },
  { code: `sequential({ layers: [sequential({ layers: [input({ shape: [3] }), dense({ units: 2 })] }), dense({ units: 1 })] }).outputShape`, shape: [null, 1] },
  { code: `sequential({ layers: [input({ shape: [4] }), sequential({ layers: [input({ shape: [3] }), dense({ units: 2 })] })] })`, error: "Sequential layer 1: Sequential: the model takes inputs of shape (None, 3) (any batch size), but is called on (None, 4)." },
  // issue 14: messages
  { code: `concatenate()([input({ shape: [2, 3, 6] }), input({ shape: [4, 5, 6] })])`, error: "axes 1, 2 differ. Fix: make axes 1, 2 match; only the axis joined along may differ." },
  { code: `concatenate()([input({ shape: [2, 3] }), input({ shape: [4, 5] })])`, error: "axis 1 differs. Fix: make axis 1 match (joining along axis 1 instead would not work, since axis -1 differs too)." },
  { code: `concatenate()([input({ shape: [2, 3] }), input({ shape: [4, 3] })])`, error: "axis 1 differs. Fix: make axis 1 match, or join along axis 1 instead." },
  { code: `add()([input({ shape: [8, 8, 16] }), input({ shape: [8, 8, 8] })])`, error: "Fix: make every branch end in the same shape (for the last axis, the same units in their last Dense layers, or filters in their last Conv layers)." },
  { code: `input({ shape: [3], batchShape: [null, 3] })`, error: "Input: the input shape is given twice, as shape and as batchShape. Fix: keep one: shape leaves the batch axis out (it shows as None), batchShape includes it." },
  { code: `sequential({ layers: [dropout({ rate: 0.5, inputShape: [3], dtype: "float32" }), dense({ units: 2 })] }).outputShape`, shape: [null, 2] },
  { code: `sequential({ layers: [activation({ activation: "relu", inputDim: 3, batchSize: 4 }), dense({ units: 2 })] }).outputShape`, shape: [4, 2] },
  { code: `sequential({ layers: [conv2d({ filters: 8, kernelSize: 3, inputShape: [null, 28, 28, 1] }), flatten(), dense({ units: 10 })] })`, error: "Sequential layer 0: The declared input (None, None, 28, 28, 1) starts with None twice: inputShape leaves out the batch axis, so inputShape: [null, 28, 28, 1] adds one more. Fix: if its first null is the batch axis, write inputShape: [28, 28, 1]. Conv2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, None, 28, 28, 1) of rank 5." },
  { code: `sequential().add(conv2d({ filters: 8, kernelSize: 3, inputShape: [null, 28, 28, 1] }))`, error: "The declared input (None, None, 28, 28, 1) starts with None twice: inputShape leaves out the batch axis, so inputShape: [null, 28, 28, 1] adds one more. Fix: if its first null is the batch axis, write inputShape: [28, 28, 1]. Conv2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, None, 28, 28, 1) of rank 5." },
  { code: `sequential().add(dense({ units: 8, inputShape: [null, 28, 28, 1] })).outputShape`, shape: [null, null, 28, 28, 8] },
  { code: `sequential().add(conv2d({ filters: 8, kernelSize: 3, inputShape: [30, 50, 50, 3] }))`, error: "inputShape leaves out the batch axis, so the declared input is (None, 30, 50, 50, 3). Fix: if the first size (30) is the number of samples, write inputShape: [50, 50, 3], and batchSize: 30 for a fixed batch. Conv2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 30, 50, 50, 3) of rank 5." },
  { code: `sequential({ layers: [lstm({ units: 4, inputShape: [32, 10, 3] })] })`, error: "Sequential layer 0: inputShape leaves out the batch axis, so the declared input is (None, 32, 10, 3). Fix: if the first size (32) is the number of samples, write inputShape: [10, 3], and batchSize: 32 for a fixed batch. LSTM needs (batch, steps, features), an input of rank 3, but got (None, 32, 10, 3) of rank 4." },
  { code: `dropout({ rate: 0.5, inputShape: [3] })(input({ shape: [4] }))`, error: "Dropout: the layer was declared with batch input shape (None, 3), but is called on (None, 4)." },
];

/** Each layer family adds its own table in test/cases/. */
export const cases: readonly Case[] = [...coreCases, ...convCases, ...poolingCases, ...reshapingCases, ...paddingCases, ...normalizationCases, ...soundnessCases, ...recurrentCases, ...embeddingCases, ...wrapperCases, ...timeDistributedCases, ...mergingCases, ...activationCases, ...regularizationCases, ...preprocessingCases, ...imageSizeCases, ...attentionCases, ...stringCases];
