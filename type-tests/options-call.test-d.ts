// Positive twins of the session-11 negatives (./errors/input-spec.ts, conv.ts, pooling.ts, recurrent.ts,
// dense.ts): the factories let a string through to their checks (OptionsCall), and valid options keep
// their exact types: the same layer types, shapes and counts as before, unknowns flowing on as unknowns.
import { expectTypeOf } from "expect-type";
import {
  averagePooling1d,
  batchNormalization,
  conv2d,
  depthwiseConv2d,
  dense,
  embedding,
  flatten,
  gru,
  input,
  lstm,
  maxPooling2d,
  sequential,
  simpleRNN,
  zeroPadding2d,
  type Conv2D,
  type Dense,
  type Dim,
  type Embedding,
  type LSTM,
  type MaxPooling2D,
  type ParamCount,
  type Params,
  type Sequential,
  type SymbolicTensor,
} from "../src/index.js";
import type { PositiveSize } from "../src/core/positive-size.js";

declare const n: number;
declare const b: boolean;
declare const anything: any;
const biasOrNot = dense({ units: 4, useBias: b });

// A layer's input declaration, every spelling.
expectTypeOf(dense({ units: 4, inputShape: [3] })).toEqualTypeOf<Dense<{ units: 4; batchInputShape: [null, 3] }>>();
expectTypeOf(dense({ units: 4, inputDim: 3 })).toEqualTypeOf<Dense<{ units: 4; batchInputShape: [null, 3] }>>();
expectTypeOf(dense({ units: 4, inputShape: [3], batchSize: 30 })).toEqualTypeOf<Dense<{ units: 4; batchInputShape: [30, 3] }>>();
expectTypeOf(dense({ units: 4, batchInputShape: [null, 3] })).toEqualTypeOf<Dense<{ units: 4; batchInputShape: [null, 3] }>>();
expectTypeOf(dense({ units: 4, batchShape: [8, n] })).toEqualTypeOf<Dense<{ units: 4; batchInputShape: [8, number] }>>();
expectTypeOf(dense({ units: 4, inputDim: n })).toEqualTypeOf<Dense<{ units: 4; batchInputShape: [null, number] }>>();
expectTypeOf(sequential({ layers: [dense({ units: 4, inputDim: 3 }), dense({ units: 1 })] })).toEqualTypeOf<
  Sequential<[null, 3], [null, 1], Params<21>>
>();
expectTypeOf(lstm({ units: 4, inputShape: [10, 3] })(input({ shape: [10, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
expectTypeOf(flatten({ inputShape: [2, 3] })(input({ shape: [2, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 6]>>();
expectTypeOf(batchNormalization({ inputShape: [null, 8] })(input({ shape: [5, 8] }))).toEqualTypeOf<SymbolicTensor<[null, 5, 8]>>();
// Embedding's inputDim is its vocabulary: its count reads it as given, `number` when unknown.
expectTypeOf(embedding({ inputDim: 10, outputDim: 4 })).toEqualTypeOf<Embedding<{ inputDim: 10; outputDim: 4 }>>();
expectTypeOf(embedding({ inputDim: 10, outputDim: 4 }).inputDim).toEqualTypeOf<10>();
expectTypeOf(embedding({ inputDim: n, outputDim: 4 }).inputDim).toEqualTypeOf<number>();
expectTypeOf(sequential({ layers: [embedding({ inputDim: 10, outputDim: 4, inputShape: [5] })] }).countParams()).toEqualTypeOf<40>();

// The window, one size, a list, or a size the compiler does not know.
expectTypeOf(conv2d({ filters: 8, kernelSize: [3, 5], strides: 2 })).toEqualTypeOf<Conv2D<{ filters: 8; kernelSize: [3, 5]; strides: 2 }>>();
expectTypeOf(conv2d({ filters: 8, kernelSize: [3, 5], strides: 2 })(input({ shape: [28, 28, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 13, 12, 8]>>();
expectTypeOf(conv2d({ filters: 8, kernelSize: n })(input({ shape: [28, 28, 3] }))).toEqualTypeOf<SymbolicTensor<[null, number, number, 8]>>();
expectTypeOf(maxPooling2d({ poolSize: 2 })).toEqualTypeOf<MaxPooling2D<{ poolSize: 2 }>>();
expectTypeOf(maxPooling2d({ poolSize: [2, 2], strides: 1 })(input({ shape: [4, 4, 1] }))).toEqualTypeOf<SymbolicTensor<[null, 3, 3, 1]>>();
expectTypeOf(averagePooling1d({ poolSize: 2 })(input({ shape: [8, 2] }))).toEqualTypeOf<SymbolicTensor<[null, 4, 2]>>();

// Switches: true, false, or boolean (both outputs, both counts); `any` is unknown, never an error.
expectTypeOf(lstm({ units: 4, returnSequences: true })).toEqualTypeOf<LSTM<{ units: 4; returnSequences: true }>>();
expectTypeOf(lstm({ units: 4, returnSequences: true })(input({ shape: [10, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 10, 4]>>();
expectTypeOf(gru({ units: 4, returnSequences: b })(input({ shape: [10, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 4] | [null, 10, 4]>>();
expectTypeOf(simpleRNN({ units: 4, goBackwards: true, stateful: false })(input({ shape: [10, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
expectTypeOf(dense({ units: 4, useBias: false })).toEqualTypeOf<Dense<{ units: 4; useBias: false }>>();
expectTypeOf<ParamCount<typeof biasOrNot, [null, 3]>>().toEqualTypeOf<12 | 16>();
expectTypeOf(lstm({ units: 4, returnSequences: anything })(input({ shape: [10, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 4] | [null, 10, 4]>>();
expectTypeOf(dense({ units: 4, inputShape: anything })).toEqualTypeOf<Dense<{ units: 4; batchInputShape: [null, ...Dim[]] }>>();

// A helper generic over its options passes them on: a string could not reach its checks.
function convBlock<K extends number, B extends boolean>(k: K, bias: B) {
  return conv2d({ filters: 8, kernelSize: k, useBias: bias });
}
expectTypeOf(convBlock(3, false)(input({ shape: [28, 28, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 26, 26, 8]>>();
function recurrent<S extends boolean>(s: S) {
  return lstm({ units: 4, returnSequences: s })(input({ shape: [10, 3] }));
}
expectTypeOf(recurrent(true)).toEqualTypeOf<SymbolicTensor<[null, 10, 4]>>();

// null in a layer's input declaration is left out, as the runtime leaves it out and Keras reads
// input_dim=None and input_shape=None (their defaults): the same types as without it.
expectTypeOf(dense({ units: 4, inputShape: null })).toEqualTypeOf<Dense<4>>();
expectTypeOf(dense({ units: 4, inputDim: null })).toEqualTypeOf<Dense<4>>();
expectTypeOf(dense({ units: 4, inputDim: null, inputShape: [3] })).toEqualTypeOf<Dense<{ units: 4; batchInputShape: [null, 3] }>>();
expectTypeOf(dense({ units: 4, inputShape: [3], batchSize: null })).toEqualTypeOf<Dense<{ units: 4; batchInputShape: [null, 3] }>>();
expectTypeOf(dense({ units: 4, batchShape: null, batchInputShape: [8, 3], batchSize: null })).toEqualTypeOf<Dense<{ units: 4; batchInputShape: [8, 3] }>>();
expectTypeOf(dense({ units: 4, inputShape: null })(input({ shape: [5] }))).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
expectTypeOf(lstm({ units: 4, inputDim: null })).toEqualTypeOf<LSTM<{ units: 4 }>>();
expectTypeOf(sequential({ layers: [dense({ units: 4, inputDim: null, batchInputShape: [null, 3] }), dense({ units: 1 })] })).toEqualTypeOf<
  Sequential<[null, 3], [null, 1], Params<21>>
>();
// A value that may be null declares that shape or none: neither its rank nor its sizes are certain
// (a shape of unknown rank, as an `any` shape), and a batch size that may be null is that union.
declare const maybeShape: [3] | null;
declare const maybeDim: 3 | null;
declare const maybeBatch: 30 | null;
expectTypeOf(dense({ units: 4, inputShape: maybeShape })).toEqualTypeOf<Dense<{ units: 4; batchInputShape: [null, ...Dim[]] }>>();
expectTypeOf(dense({ units: 4, inputDim: maybeDim })).toEqualTypeOf<Dense<{ units: 4; batchInputShape: [null, ...Dim[]] }>>();
expectTypeOf(dense({ units: 4, inputShape: [3], batchSize: maybeBatch })).toEqualTypeOf<Dense<{ units: 4; batchInputShape: [30 | null, 3] }>>();

// The options checks' fast path (`Defined` in core/options.ts, issue 17 session 12) takes sizes up to
// 1,024; a larger size, an unknown one or a dilation goes to the full check, with the same types.
expectTypeOf(conv2d({ filters: 4096, kernelSize: [1, 3], strides: 2 })).toEqualTypeOf<Conv2D<{ filters: 4096; kernelSize: [1, 3]; strides: 2 }>>();
expectTypeOf(conv2d({ filters: 5000, kernelSize: 1 })(input({ shape: [4, 4, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 4, 4, 5000]>>();
expectTypeOf(conv2d({ filters: n, kernelSize: 1 })(input({ shape: [4, 4, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 4, 4, number]>>();
expectTypeOf(conv2d({ filters: 8, kernelSize: 3, dilationRate: 2 })(input({ shape: [9, 9, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 5, 5, 8]>>();
// PositiveSize is 1 to 1,024 (a union written out: its ends here, its order and gaps in test/conv.test.ts).
expectTypeOf<Extract<PositiveSize, 0 | 1 | 2 | 1023 | 1024 | 1025 | 4096 | 1.5 | -1>>().toEqualTypeOf<1 | 2 | 1023 | 1024>();

// A window of 1 with stride 1 keeps the sizes (`convSpatial`'s short cut), null and unknown sizes too.
expectTypeOf(conv2d({ filters: 8, kernelSize: 1 })(input({ shape: [null, 5, 3] }))).toEqualTypeOf<SymbolicTensor<[null, null, 5, 8]>>();
expectTypeOf(conv2d({ filters: 8, kernelSize: [1, 1], strides: 1 })(input({ shape: [n, 5, 3] }))).toEqualTypeOf<SymbolicTensor<[null, number, 5, 8]>>();
expectTypeOf(conv2d({ filters: 8, kernelSize: 1, strides: [1, 2] })(input({ shape: [7, 5, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 7, 3, 8]>>();

// Dense's fast path: units up to 1,024; above, unknown or with a declared input, the full check, same types.
expectTypeOf(dense({ units: 4096, useBias: false })).toEqualTypeOf<Dense<{ units: 4096; useBias: false }>>();
expectTypeOf(dense({ units: 10000 })(input({ shape: [3] }))).toEqualTypeOf<SymbolicTensor<[null, 10000]>>();
expectTypeOf(dense({ units: n, inputDim: 3 })).toEqualTypeOf<Dense<{ units: number; batchInputShape: [null, 3] }>>();
expectTypeOf(depthwiseConv2d({ kernelSize: 3, depthMultiplier: 2, padding: "same" })(input({ shape: [8, 8, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 8, 8, 6]>>();
expectTypeOf(depthwiseConv2d({ kernelSize: 3, dilationRate: 2 })(input({ shape: [8, 8, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 4, 4, 3]>>();
// BatchNormalization's and the poolings' fast paths: an axis of -8 to 8, sizes of PositiveSize; else the full check.
expectTypeOf(batchNormalization({ axis: -1, epsilon: 1e-3 })(input({ shape: [4, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 4, 3]>>();
expectTypeOf(maxPooling2d({ poolSize: 3, strides: 2 })(input({ shape: [9, 9, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 4, 4, 3]>>();
expectTypeOf(maxPooling2d({ poolSize: 2, strides: null })(input({ shape: [9, 9, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 4, 4, 3]>>();
// ZeroPadding's fast path: margins of 0 to 4,096 in any of their forms; else the full check, same types.
expectTypeOf(zeroPadding2d({ padding: [[0, 1], 2] })(input({ shape: [4, 4, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 5, 8, 3]>>();
expectTypeOf(zeroPadding2d({ padding: 5000 })(input({ shape: [4, 4, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 10004, 10004, 3]>>();
