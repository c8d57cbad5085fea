import type { Case } from "../cases.js";

/**
 * A string (or a number where a switch goes) in an option, as from a form, a command line or a parsed
 * file: the sentence the runtime throws, said by the compiler at that option, not "Type 'string' is not
 * assignable to type 'number'" (review s9, finding 10; session 11). Valid twins show the options keep
 * their meaning.
 */
export const stringCases: readonly Case[] = [
  // A layer's input declaration, on every kind of layer that can start a model.
  { code: `dense({ units: 4, inputShape: ["3"] })`, error: `Dense: every size in inputShape must be a positive integer or null, but got "3". Fix: give each axis its number of elements, or null where it is only known at run time.` },
  { code: `dense({ units: 4, inputShape: [3, "5"] })`, error: `Dense: every size in inputShape must be a positive integer or null, but got "5".` },
  { code: `dense({ units: 4, batchInputShape: [null, "3"] })`, error: `Dense: every size in batchInputShape must be a positive integer or null, but got "3".` },
  { code: `conv2d({ filters: 8, kernelSize: 3, batchShape: ["8", 28, 28, 1] })`, error: `Conv2D: every size in batchShape must be a positive integer or null, but got "8".` },
  { code: `lstm({ units: 4, inputDim: "3" })`, error: `LSTM: inputDim must be a positive integer (the size of the input's one feature axis: inputDim: 3 is inputShape: [3]), but got "3". Fix: write e.g. inputDim: 3.` },
  { code: `dense({ units: 4, inputShape: [3], batchSize: "30" })`, error: `Dense: batchSize must be a positive integer (the number of samples in each batch), but got "30". Fix: write e.g. batchSize: 32, or leave it out for batches of any size.` },
  { code: `batchNormalization({ inputShape: [null, "8"] })`, error: `BatchNormalization: every size in inputShape must be a positive integer or null, but got "8".` },
  { code: `maxPooling2d({ inputShape: ["28", 28, 1] })`, error: `MaxPooling2D: every size in inputShape must be a positive integer or null, but got "28".` },
  { code: `flatten({ inputShape: [2, "3"] })`, error: `Flatten: every size in inputShape must be a positive integer or null, but got "3".` },
  { code: `embedding({ inputDim: 100, outputDim: 8, inputShape: ["10"] })`, error: `Embedding: every size in inputShape must be a positive integer or null, but got "10".` },
  { code: `dropout({ rate: 0.5, inputDim: "3" })`, error: `Dropout: inputDim must be a positive integer (the size of the input's one feature axis: inputDim: 3 is inputShape: [3]), but got "3".` },
  { code: `timeDistributed({ layer: dense({ units: 2 }), inputShape: [5, "3"] })`, error: `TimeDistributed: every size in inputShape must be a positive integer or null, but got "3".` },
  { code: `sequential({ layers: [dense({ units: 4, inputDim: 3 }), dense({ units: 1 })] }).outputShape`, shape: [null, 1] },
  { code: `sequential({ layers: [lstm({ units: 4, inputShape: [10, 3], batchSize: 2 })] }).outputShape`, shape: [2, 4] },
  // The window of a convolution or a pooling, one size or a list.
  { code: `conv2d({ filters: 8, kernelSize: "3" })`, error: `Conv2D: kernelSize must be a positive integer or a list of 2 positive integers (the window each kernel covers), but got "3". Fix: use e.g. kernelSize: 3.` },
  { code: `conv1d({ filters: 8, kernelSize: 3, strides: "2" })`, error: `Conv1D: strides must be a positive integer or a list of 1 positive integers (how far the window moves each step), but got "2". Fix: use e.g. strides: 1.` },
  { code: `conv2d({ filters: 8, kernelSize: [3, "3"] })`, error: `Conv2D: kernelSize must be a positive integer or a list of 2 positive integers (the window each kernel covers), but got [3, "3"].` },
  { code: `conv3d({ filters: 8, kernelSize: 3, dilationRate: "2" })`, error: `Conv3D: dilationRate must be a positive integer or a list of 3 positive integers (the spacing of the kernel's taps), but got "2".` },
  { code: `depthwiseConv2d({ kernelSize: "3" })`, error: `DepthwiseConv2D: kernelSize must be a positive integer or a list of 2 positive integers (the window each kernel covers), but got "3".` },
  { code: `separableConv2d({ filters: 8, kernelSize: 3, strides: ["2", 2] })`, error: `SeparableConv2D: strides must be a positive integer or a list of 2 positive integers (how far the window moves each step), but got ["2", 2].` },
  { code: `conv2dTranspose({ filters: 8, kernelSize: "3" })`, error: `Conv2DTranspose: kernelSize must be a positive integer or a list of 2 positive integers (the window each kernel covers), but got "3".` },
  { code: `convLstm2d({ filters: 4, kernelSize: "3" })`, error: `ConvLSTM2D: kernelSize must be a positive integer or a list of 2 positive integers (the window each kernel covers), but got "3".` },
  { code: `maxPooling2d({ poolSize: "2" })`, error: `MaxPooling2D: poolSize must be a positive integer or a list of 2 positive integers (the window each output value summarizes), but got "2". Fix: use e.g. poolSize: 2.` },
  { code: `averagePooling1d({ poolSize: 2, strides: "2" })`, error: `AveragePooling1D: strides must be a positive integer or a list of 1 positive integers (how far the window moves each step), but got "2".` },
  { code: `maxPooling3d({ poolSize: [2, 2, "2"] })`, error: `MaxPooling3D: poolSize must be a positive integer or a list of 3 positive integers (the window each output value summarizes), but got [2, 2, "2"].` },
  { code: `conv2d({ filters: 8, kernelSize: [3, 5], strides: 2 })(input({ shape: [28, 28, 3] }))`, shape: [null, 13, 12, 8] },
  { code: `maxPooling2d({ poolSize: [2, 2], strides: 1 })(input({ shape: [4, 4, 1] }))`, shape: [null, 3, 3, 1] },
  // A switch: true or false, not "true", "false", 0 or 1.
  { code: `lstm({ units: 4, returnSequences: "true" })`, error: `LSTM: returnSequences must be true or false, but got "true". Fix: write returnSequences: true or returnSequences: false, or leave it out for the default.` },
  { code: `gru({ units: 4, returnState: "false" })`, error: `GRU: returnState must be true or false, but got "false".` },
  { code: `simpleRNN({ units: 4, goBackwards: "yes" })`, error: `SimpleRNN: goBackwards must be true or false, but got "yes".` },
  { code: `lstm({ units: 4, stateful: 1 })`, error: `LSTM: stateful must be true or false, but got 1. Fix: write stateful: true or stateful: false, or leave it out for the default.` },
  { code: `dense({ units: 4, useBias: "false" })`, error: `Dense: useBias must be true or false, but got "false". Fix: write useBias: true or useBias: false, or leave it out for the default.` },
  { code: `conv2d({ filters: 8, kernelSize: 3, useBias: 0 })`, error: `Conv2D: useBias must be true or false, but got 0.` },
  { code: `convLstm1d({ filters: 4, kernelSize: 3, returnSequences: "true" })`, error: `ConvLSTM1D: returnSequences must be true or false, but got "true".` },
  { code: `rnn({ cell: lstmCell({ units: 4 }), returnSequences: "true" })`, error: `RNN: returnSequences must be true or false, but got "true".` },
  { code: `lstm({ units: 4, returnSequences: true, goBackwards: false })(input({ shape: [10, 3] }))`, shape: [null, 10, 4] },
  { code: `dense({ units: 4, useBias: false })(input({ shape: [3] }))`, shape: [null, 4] },
];
