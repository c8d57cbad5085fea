// Helper functions generic over their input's shape: their bodies compile without casts, and each
// call site gets the exact shape for its concrete input (issue 7).
import { expectTypeOf } from "expect-type";
import { add, concatenate, conv2d, dense, flatten, input, type Failed, type Shape, type SymbolicTensor } from "../src/index.js";

function mlpHead<S extends Shape>(x: SymbolicTensor<S>) {
  const h = dense({ units: 8, activation: "relu" })(x);
  return dense({ units: 2 })(h);
}
function convBlock<S extends Shape, F extends number>(x: SymbolicTensor<S>, filters: F) {
  const y = conv2d({ filters, kernelSize: 3, padding: "same", activation: "relu" })(x);
  return conv2d({ filters, kernelSize: 3, strides: 2, padding: "same" })(y);
}
function twoPaths<S extends Shape>(x: SymbolicTensor<S>) {
  const a = dense({ units: 8 })(x);
  const b = dense({ units: 8 })(x);
  return concatenate()([add()([a, b]), x]);
}

// Exact at each call site, for several inputs.
expectTypeOf(mlpHead(input({ shape: [3] }))).toEqualTypeOf<SymbolicTensor<[null, 2]>>();
expectTypeOf(mlpHead(input({ shape: [10, 5] }))).toEqualTypeOf<SymbolicTensor<[null, 10, 2]>>();
expectTypeOf(convBlock(input({ shape: [32, 32, 3] }), 16)).toEqualTypeOf<SymbolicTensor<[null, 16, 16, 16]>>();
expectTypeOf(convBlock(input({ shape: [null, 32, 3] }), 8)).toEqualTypeOf<SymbolicTensor<[null, null, 16, 8]>>();
expectTypeOf(flatten()(convBlock(input({ shape: [8, 8, 1] }), 4))).toEqualTypeOf<SymbolicTensor<[null, 64]>>();
expectTypeOf(twoPaths(input({ shape: [4] }))).toEqualTypeOf<SymbolicTensor<[null, 12]>>();
// A non-literal filters count flows through as `number`.
declare const n: number;
expectTypeOf(convBlock(input({ shape: [32, 32, 3] }), n)).toEqualTypeOf<SymbolicTensor<[null, 16, 16, number]>>();
// An input the helper's layers cannot take gives a Failed shape carrying the layer's sentence (it was
// `never`, which flowed on without a word); model() refuses it (type-tests/errors/generic-helpers.ts),
// and the runtime throws the layer's ShapeError at the helper's call.
expectTypeOf(mlpHead(input({ shape: [] }))).toEqualTypeOf<
  SymbolicTensor<Failed<"Dense needs an input of rank 2 or more, (batch, ..., features), but got (None,) of rank 1. Fix: give the input a feature axis: input({ shape: [3] }) makes (None, 3).">>
>();
// Later layers pass it on unchanged, so its hover keeps saying where it failed.
expectTypeOf(flatten()(mlpHead(input({ shape: [] })))).toEqualTypeOf<ReturnType<typeof mlpHead<[null]>>>();
expectTypeOf(concatenate()([mlpHead(input({ shape: [] })), input({ shape: [2] })])).toEqualTypeOf<ReturnType<typeof mlpHead<[null]>>>();

// --- blocks: a Sequential without an input is a layer; combinators; pipe ------------------------------
import { parallel, pipe, repeat, residual, sequential, type ParamCount, type Params, type Sequential } from "../src/index.js";
const block = sequential({ layers: [dense({ units: 8, activation: "relu" }), dense({ units: 2 })] });
expectTypeOf(block(input({ shape: [3] }))).toEqualTypeOf<SymbolicTensor<[null, 2]>>();
expectTypeOf(block(input({ batchShape: [5, 10, 3] }))).toEqualTypeOf<SymbolicTensor<[5, 10, 2]>>();
expectTypeOf<ParamCount<typeof block, [null, 3]>>().toEqualTypeOf<50>();
const built = sequential({ layers: [input({ shape: [3] }), block] });
expectTypeOf(built).toEqualTypeOf<Sequential<[null, 3], [null, 2], Params<50>>>();
expectTypeOf<ParamCount<typeof built>>().toEqualTypeOf<50>();
expectTypeOf(built.countParams()).toEqualTypeOf<50>();
expectTypeOf(built(input({ batchShape: [7, 3] }))).toEqualTypeOf<SymbolicTensor<[7, 2]>>();
// Residual, with the identity or a projection shortcut.
const x8 = input({ shape: [8] });
expectTypeOf(residual(sequential({ layers: [dense({ units: 8 }), dense({ units: 8 })] }))(x8)).toEqualTypeOf<SymbolicTensor<[null, 8]>>();
expectTypeOf(residual(dense({ units: 16 }), dense({ units: 16 }))(x8)).toEqualTypeOf<SymbolicTensor<[null, 16]>>();
expectTypeOf<ParamCount<ReturnType<typeof residual<import("../src/index.js").Dense<16>, import("../src/index.js").Dense<16>>>, [null, 8]>>().toEqualTypeOf<288>();
// Parallel branches joined on the last axis; repeat with separate weights.
expectTypeOf(parallel([dense({ units: 4 }), dense({ units: 6 })])(x8)).toEqualTypeOf<SymbolicTensor<[null, 10]>>();
expectTypeOf(repeat(3, () => dense({ units: 8 }))(x8)).toEqualTypeOf<SymbolicTensor<[null, 8]>>();
expectTypeOf(sequential({ layers: [x8, repeat(3, () => residual(dense({ units: 8 })))] }).countParams()).toEqualTypeOf<216>();
// pipe through layers and generic helpers.
expectTypeOf(pipe(input({ shape: [3] }), dense({ units: 4 }), mlpHead)).toEqualTypeOf<SymbolicTensor<[null, 2]>>();
expectTypeOf(pipe(input({ shape: [16, 16, 3] }), (t) => convBlock(t, 8), flatten())).toEqualTypeOf<SymbolicTensor<[null, 512]>>();

// --- Sequential in a helper generic over its tensor (issue 11): the body compiles, the call is exact ----
function seqFrom<S extends Shape>(x: SymbolicTensor<S>) {
  return sequential().add(x).add(dense({ units: 4 }));
}
function seqList<S extends Shape>(x: SymbolicTensor<S>) {
  return sequential({ layers: [x, dense({ units: 4 })] });
}
function seqLonger<S extends Shape>(x: SymbolicTensor<S>) {
  // A chain goes on inside the helper: each .add is still a Sequential there.
  return sequential().add(x).add(flatten()).add(dense({ units: 2 }));
}
expectTypeOf(seqFrom(input({ shape: [3] }))).toEqualTypeOf<Sequential<[null, 3], [null, 4], Params<16>>>();
expectTypeOf(seqFrom(input({ shape: [3] })).countParams()).toEqualTypeOf<16>();
expectTypeOf(seqList(input({ shape: [3] }))).toEqualTypeOf<Sequential<[null, 3], [null, 4], Params<16>>>();
expectTypeOf(seqList(input({ batchShape: [7, 5, 3] })).outputShape).toEqualTypeOf<[7, 5, 4]>();
expectTypeOf(seqLonger(input({ shape: [4, 3] }))).toEqualTypeOf<Sequential<[null, 4, 3], [null, 2], Params<26>>>();
// Five open steps: each names the one before it once (`SequentialAfter`, so that declaration emit grows
// a line a step, not 3x); the call site is exact.
function seqLong<S extends Shape>(x: SymbolicTensor<S>) {
  return sequential().add(x).add(dense({ units: 8 })).add(dense({ units: 6 })).add(dense({ units: 4 })).add(dense({ units: 2 })).add(dense({ units: 1 }));
}
expectTypeOf(seqLong(input({ shape: [3] }))).toEqualTypeOf<Sequential<[null, 3], [null, 1], Params<127>>>();
expectTypeOf(seqLong(input({ shape: [5, 3] })).outputShape).toEqualTypeOf<[null, 5, 1]>();
expectTypeOf(seqLong(input({ shape: [3] })).countParams()).toEqualTypeOf<127>();
expectTypeOf(seqLong(input({ shape: [3] }) as SymbolicTensor<[null, number]>)).toEqualTypeOf<Sequential<[null, number], [null, 1], Params<number>>>();

// --- gate: the input times what its branch makes of it (squeeze-and-excitation) -------------------------------
import { conv2d as conv, gate, globalAveragePooling2d, type Gate } from "../src/index.js";
const seBranch = sequential({
  layers: [globalAveragePooling2d({ keepdims: true }), conv({ filters: 8, kernelSize: 1, activation: "swish" }), conv({ filters: 32, kernelSize: 1, activation: "sigmoid" })],
});
const se = gate(seBranch);
expectTypeOf(se).toEqualTypeOf<Gate<typeof seBranch>>();
expectTypeOf(se(input({ shape: [7, 7, 32] }))).toEqualTypeOf<SymbolicTensor<[null, 7, 7, 32]>>();
expectTypeOf(se(input({ shape: [null, null, 32] }))).toEqualTypeOf<SymbolicTensor<[null, null, null, 32]>>();
expectTypeOf<ParamCount<typeof se, [null, 7, 7, 32]>>().toEqualTypeOf<552>();
expectTypeOf(sequential({ layers: [input({ shape: [7, 7, 32] }), se] }).countParams()).toEqualTypeOf<552>();

// --- merges after a layer generic over its size (issue 17: the merges' matched inputs must not turn the
// compiler's stand-in for `u` into a possible error); exact at the call site --------------------------
function mergedOption<const u extends number>(x: SymbolicTensor<[null, 3]>, units: u) {
  const a = dense({ units })(x);
  const b = dense({ units })(x);
  return [add()([a, b]), concatenate()([a, x]), concatenate()([x, a, x])] as const;
}
expectTypeOf(mergedOption(input({ shape: [3] }), 4)).toEqualTypeOf<readonly [SymbolicTensor<[null, 4]>, SymbolicTensor<[null, 7]>, SymbolicTensor<[null, 10]>]>();

// --- recurrent, Bidirectional, ConvLSTM and attention layers in a helper generic over its tensor (review 2,
// finding 1): their options fix how many tensors a call gives, so in the body the call is one tensor of an
// open shape (or a tuple that destructures), which the next layer takes as it takes a Dense's. Each was a
// false error in the body ("Dense: expected one SymbolicTensor, but got a list of ? tensors", TS2488). ----
import {
  additiveAttention,
  attention,
  bidirectional,
  convLstm2d,
  dropout,
  gru,
  lstm,
  lstmCell,
  multiHeadAttention,
  rnn,
  simpleRNN,
  type Attention,
  type AttentionOutputAt,
  type Bidirectional,
  type Dense,
  type LSTM,
  type MultiHeadAttention,
  type Output,
  type OutputAt,
} from "../src/index.js";
const seq78 = input({ shape: [7, 8] });
function lstmDense<S extends Shape>(x: SymbolicTensor<S>) {
  // The type the call gets in the body (assignable both ways: an exact check cannot resolve on the open S).
  const h = lstm({ units: 4 })(x);
  let same: SymbolicTensor<OutputAt<LSTM<{ units: 4 }>, S, 0, 1>> = h;
  same = lstm({ units: 4 }).apply(x);
  const y: SymbolicTensor<Output<Dense<2>, OutputAt<LSTM<{ units: 4 }>, S, 0, 1>>> = dense({ units: 2 })(same);
  return dense({ units: 2 }).apply(y);
}
expectTypeOf(lstmDense(seq78)).toEqualTypeOf<SymbolicTensor<[null, 2]>>();
expectTypeOf(lstmDense(input({ batchShape: [3, null, 5] }))).toEqualTypeOf<SymbolicTensor<[3, 2]>>();
function rnnDropout<S extends Shape>(x: SymbolicTensor<S>) {
  return dropout({ rate: 0.1 })(simpleRNN({ units: 4, returnSequences: true })(x));
}
expectTypeOf(rnnDropout(seq78)).toEqualTypeOf<SymbolicTensor<[null, 7, 4]>>();
function added<S extends Shape>(x: SymbolicTensor<S>) {
  const a = lstm({ units: 4 })(x);
  const b = gru({ units: 4 })(x);
  const c = bidirectional({ layer: lstm({ units: 2 }) })(x);
  return add()([a, b, c]);
}
expectTypeOf(added(seq78)).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
function convAdded<S extends Shape>(x: SymbolicTensor<S>) {
  const h = convLstm2d({ filters: 2, kernelSize: 3 })(x);
  return add()([h, h]);
}
expectTypeOf(convAdded(input({ shape: [5, 9, 9, 1] }))).toEqualTypeOf<SymbolicTensor<[null, 7, 7, 2]>>();
function gruConcat<S extends Shape>(x: SymbolicTensor<S>) {
  return concatenate()([gru({ units: 4, returnSequences: true })(x), x]);
}
expectTypeOf(gruConcat(seq78)).toEqualTypeOf<SymbolicTensor<[null, 7, 12]>>();
function attended<S extends Shape>(x: SymbolicTensor<S>) {
  const h = lstm({ units: 4, returnSequences: true })(x);
  const m: SymbolicTensor<AttentionOutputAt<MultiHeadAttention<{ numHeads: 2; keyDim: 2 }>, readonly [typeof h, typeof h], 0, 1>> = multiHeadAttention({ numHeads: 2, keyDim: 2 })([h, h]);
  const a = attention()([h, h]);
  return add()([m, a, additiveAttention()([h, h]), h]);
}
expectTypeOf(attended(seq78)).toEqualTypeOf<SymbolicTensor<[null, 7, 4]>>();
function cellDense<S extends Shape>(x: SymbolicTensor<S>) {
  return dense({ units: 2 })(rnn({ cell: lstmCell({ units: 4 }) })(x));
}
expectTypeOf(cellDense(seq78)).toEqualTypeOf<SymbolicTensor<[null, 2]>>();
// returnState: a tuple that destructures; returnAttentionScores: the pair.
function states<S extends Shape>(x: SymbolicTensor<S>) {
  const [o, h, c]: [SymbolicTensor<OutputAt<LSTM<{ units: 4; returnState: true }>, S, "0", 3>>, SymbolicTensor<OutputAt<LSTM<{ units: 4; returnState: true }>, S, "1", 3>>, SymbolicTensor<OutputAt<LSTM<{ units: 4; returnState: true }>, S, "2", 3>>] =
    lstm({ units: 4, returnState: true })(x);
  const [f, b] = bidirectional({ layer: gru({ units: 2 }), mergeMode: null })(x);
  return concatenate()([o, h, c, f, b]);
}
expectTypeOf(states(seq78)).toEqualTypeOf<SymbolicTensor<[null, 16]>>();
function withScores<S extends Shape>(x: SymbolicTensor<S>) {
  const [o, s] = attention({ returnAttentionScores: true })([x, x]);
  const scores: SymbolicTensor<AttentionOutputAt<Attention<{ returnAttentionScores: true }>, readonly [SymbolicTensor<S>, SymbolicTensor<S>], "1", 2>> = s;
  void scores;
  return [dense({ units: 2 })(o), s] as const;
}
expectTypeOf(withScores(seq78)).toEqualTypeOf<readonly [SymbolicTensor<[null, 7, 2]>, SymbolicTensor<[null, 7, 7]>]>();
// A returned call gives the exact tensors at the call site, as a direct call does.
function gruOut<S extends Shape>(x: SymbolicTensor<S>) {
  return gru({ units: 2 })(x);
}
expectTypeOf(gruOut(seq78)).toEqualTypeOf<SymbolicTensor<[null, 2]>>();
expectTypeOf(gruOut(seq78)).toEqualTypeOf(gru({ units: 2 })(seq78));
function biOut<S extends Shape>(x: SymbolicTensor<S>) {
  return bidirectional({ layer: lstm({ units: 4 }) })(x);
}
expectTypeOf(biOut).returns.toEqualTypeOf<SymbolicTensor<OutputAt<Bidirectional<{ layer: LSTM<{ units: 4 }> }>, Shape, 0, 1>>>();
expectTypeOf(biOut(seq78)).toEqualTypeOf<SymbolicTensor<[null, 8]>>();
// A flag the compiler cannot tell stays a union, in the body as at the call site.
declare const someFlag: boolean;
type maybe<s> = SymbolicTensor<OutputAt<LSTM<{ units: 4; returnState: boolean }>, s, 0, 1>> | [SymbolicTensor<OutputAt<LSTM<{ units: 4; returnState: boolean }>, s, "0", 3>>, SymbolicTensor<OutputAt<LSTM<{ units: 4; returnState: boolean }>, s, "1", 3>>, SymbolicTensor<OutputAt<LSTM<{ units: 4; returnState: boolean }>, s, "2", 3>>];
function maybeStates<S extends Shape>(x: SymbolicTensor<S>) {
  const o: maybe<S> = lstm({ units: 4, returnState: someFlag })(x);
  void o;
  return lstm({ units: 4, returnState: someFlag })(x);
}
expectTypeOf(maybeStates(seq78)).toEqualTypeOf<SymbolicTensor<[null, 4]> | [SymbolicTensor<[null, 4]>, SymbolicTensor<[null, 4]>, SymbolicTensor<[null, 4]>]>();
// A call site the layers cannot take gets the layer's sentence, each of the tuple's tensors too (model()
// refuses them: errors/generic-helpers.ts).
type lstmRank2 = Failed<"LSTM needs (batch, steps, features), an input of rank 3, but got (None, 8) of rank 2. Fix: give each sample a time axis and a feature axis, e.g. input({ shape: [10, 8] }) makes (None, 10, 8); for token ids, put embedding({ inputDim, outputDim }) first.">;
expectTypeOf(lstmDense(input({ shape: [8] }))).toEqualTypeOf<SymbolicTensor<lstmRank2>>();
function lstmStates<S extends Shape>(x: SymbolicTensor<S>) {
  return lstm({ units: 4, returnState: true })(x);
}
expectTypeOf(lstmStates(input({ shape: [8] }))).toEqualTypeOf<[SymbolicTensor<lstmRank2>, SymbolicTensor<lstmRank2>, SymbolicTensor<lstmRank2>]>();
expectTypeOf(lstmStates(seq78)).toEqualTypeOf<[SymbolicTensor<[null, 4]>, SymbolicTensor<[null, 4]>, SymbolicTensor<[null, 4]>]>();
