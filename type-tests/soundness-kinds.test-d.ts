// Options that change the kind of a layer's result (one tensor or several, the rank), and wrapped layers the
// compiler cannot see: a helper's type parameter, a non-literal value, `any` and a wide layer type each give an
// exact type, an exact union or an honest unknown, never a false error or a silent `never`. The negative twins,
// with their error text, are in ./errors/soundness-kinds.ts.
import { expectTypeOf } from "expect-type";
import {
  additiveAttention,
  attention,
  bidirectional,
  convLstm1d,
  dense,
  globalAveragePooling1d,
  globalMaxPooling2d,
  gru,
  input,
  lstm,
  lstmCell,
  model,
  multiHeadAttention,
  rnn,
  sequential,
  simpleRNN,
  timeDistributed,
  type AnyLayer,
  type Dim,
  type Layer,
  type MergeMode,
  type Params,
  type Sequential,
  type SymbolicTensor,
} from "../src/index.js";

declare const cfg: any;
declare const flag: boolean;
declare const wide: Layer;
declare const anyLayer: AnyLayer;
const x = input({ shape: [5, 3] });
type T<s extends readonly Dim[]> = SymbolicTensor<s>;

// --- a switch that is a helper's type parameter: the call inside the helper compiles, each call site is exact --
// Each helper was a false error at its call (TS2345): the compiler checks it with a wildcard for the parameter,
// and a distributive switch turned that into an open type that might be an error.
function lstmState<B extends boolean>(b: B) {
  return lstm({ units: 2, returnState: b })(x);
}
expectTypeOf(lstmState(true)).toEqualTypeOf<[T<[null, 2]>, T<[null, 2]>, T<[null, 2]>]>();
expectTypeOf(lstmState(false)).toEqualTypeOf<T<[null, 2]>>();
expectTypeOf(lstmState(flag)).toEqualTypeOf<T<[null, 2]> | [T<[null, 2]>, T<[null, 2]>, T<[null, 2]>]>();
function gruSequences<B extends boolean>(b: B) {
  return gru({ units: 2, returnSequences: b, returnState: true })(x);
}
expectTypeOf(gruSequences(true)).toEqualTypeOf<[T<[null, 5, 2]>, T<[null, 2]>]>();
function simpleState<B extends boolean>(b: B) {
  return simpleRNN({ units: 2, returnState: b })(x);
}
expectTypeOf(simpleState(true)).toEqualTypeOf<[T<[null, 2]>, T<[null, 2]>]>();
function cellState<B extends boolean>(b: B) {
  return rnn({ cell: [lstmCell({ units: 2 }), lstmCell({ units: 3 })], returnState: b })(x);
}
expectTypeOf(cellState(true)).toEqualTypeOf<[T<[null, 3]>, T<[null, 2]>, T<[null, 2]>, T<[null, 3]>, T<[null, 3]>]>();
expectTypeOf(cellState(false)).toEqualTypeOf<T<[null, 3]>>();
function convState<B extends boolean>(b: B) {
  return convLstm1d({ filters: 2, kernelSize: 3, returnState: b })(input({ shape: [3, 6, 2] }));
}
expectTypeOf(convState(true)).toEqualTypeOf<[T<[null, 4, 2]>, T<[null, 4, 2]>, T<[null, 4, 2]>]>();
function convSequences<B extends boolean>(b: B) {
  return convLstm1d({ filters: 2, kernelSize: 3, returnSequences: b })(input({ shape: [3, 6, 2] }));
}
expectTypeOf(convSequences(true)).toEqualTypeOf<T<[null, 3, 4, 2]>>();
function biSequences<B extends boolean>(b: B) {
  return bidirectional({ layer: lstm({ units: 2, returnSequences: b }) })(x);
}
expectTypeOf(biSequences(true)).toEqualTypeOf<T<[null, 5, 4]>>();
expectTypeOf(biSequences(flag)).toEqualTypeOf<T<[null, 4] | [null, 5, 4]>>();
function biMode<M extends MergeMode | null>(m: M) {
  return bidirectional({ layer: lstm({ units: 2 }), mergeMode: m })(x);
}
expectTypeOf(biMode(null)).toEqualTypeOf<[T<[null, 2]>, T<[null, 2]>]>();
expectTypeOf(biMode("sum")).toEqualTypeOf<T<[null, 2]>>();
expectTypeOf(biMode("concat")).toEqualTypeOf<T<[null, 4]>>();
function keep<B extends boolean>(b: B) {
  return globalAveragePooling1d({ keepdims: b })(x);
}
expectTypeOf(keep(true)).toEqualTypeOf<T<[null, 1, 3]>>();
expectTypeOf(keep(false)).toEqualTypeOf<T<[null, 3]>>();
function keep2d<B extends boolean>(b: B) {
  return timeDistributed({ layer: globalMaxPooling2d({ keepdims: b }) })(input({ shape: [4, 6, 6, 3] }));
}
expectTypeOf(keep2d(true)).toEqualTypeOf<T<[null, 4, 1, 1, 3]>>();
function scores<B extends boolean>(b: B) {
  return multiHeadAttention({ numHeads: 2, keyDim: 4, returnAttentionScores: b })([x, input({ shape: [7, 3] })]);
}
expectTypeOf(scores(true)).toEqualTypeOf<[T<[null, 5, 3]>, T<[null, 2, 5, 7]>]>();
expectTypeOf(scores(false)).toEqualTypeOf<T<[null, 5, 3]>>();
function dotScores<B extends boolean>(b: B) {
  return attention({ returnAttentionScores: b })([x, input({ shape: [7, 3] })]);
}
expectTypeOf(dotScores(true)).toEqualTypeOf<[T<[null, 5, 3]>, T<[null, 5, 7]>]>();
function addScores<B extends boolean>(b: B) {
  return additiveAttention({ returnAttentionScores: b })([x, input({ shape: [7, 3] })]);
}
expectTypeOf(addScores(false)).toEqualTypeOf<T<[null, 5, 3]>>();

// --- the same switches written as literals, non-literals and any: unchanged -----------------------------------
expectTypeOf(lstm({ units: 2, returnState: flag })(x)).toEqualTypeOf<T<[null, 2]> | [T<[null, 2]>, T<[null, 2]>, T<[null, 2]>]>();
expectTypeOf(lstm({ units: 2, returnState: cfg })(x)).toEqualTypeOf<T<[null, 2]> | [T<[null, 2]>, T<[null, 2]>, T<[null, 2]>]>();
expectTypeOf(lstm({ units: 2, returnSequences: flag, returnState: true })(x)).toEqualTypeOf<[T<[null, 2] | [null, 5, 2]>, T<[null, 2]>, T<[null, 2]>]>();
expectTypeOf(globalAveragePooling1d({ keepdims: flag })(x)).toEqualTypeOf<T<[null, 3] | [null, 1, 3]>>();
declare const someModes: "ave" | null;
expectTypeOf(bidirectional({ layer: lstm({ units: 2 }), mergeMode: someModes })(x)).toEqualTypeOf<T<[null, 2]> | [T<[null, 2]>, T<[null, 2]>]>();
// (The modes of one tensor give one tensor of either shape, as returnSequences: flag does.)
expectTypeOf(bidirectional({ layer: lstm({ units: 2 }), mergeMode: cfg })(x)).toEqualTypeOf<T<[null, 2] | [null, 4]> | [T<[null, 2]>, T<[null, 2]>]>();

// --- a wrapped layer the compiler cannot see: unknown shapes and counts, not `never` and not 0 ------------------
// Bidirectional of these was SymbolicTensor<Failed<never>> with no error; TimeDistributed of AnyLayer too, and a
// Sequential holding TimeDistributed of `any` or of a wide Layer counted 0 parameters.
type unknownOutputs = T<Dim[]> | [T<Dim[]>, T<Dim[]>, ...T<Dim[]>[]];
const biAny = bidirectional({ layer: cfg })(x);
const biWide = bidirectional({ layer: wide })(x);
const biAnyLayer = bidirectional({ layer: anyLayer })(x);
const biBackwardAny = bidirectional({ layer: lstm({ units: 3 }), backwardLayer: cfg })(x);
// (The type form: expectTypeOf(value) infers a union holding a tuple with a rest element differently.)
expectTypeOf<typeof biAny>().toEqualTypeOf<unknownOutputs>();
expectTypeOf<typeof biWide>().toEqualTypeOf<unknownOutputs>();
expectTypeOf<typeof biAnyLayer>().toEqualTypeOf<unknownOutputs>();
expectTypeOf<typeof biBackwardAny>().toEqualTypeOf<unknownOutputs>();
expectTypeOf(sequential({ layers: [x, bidirectional({ layer: cfg })] })).toEqualTypeOf<Sequential<[null, 5, 3], Dim[], Params<number>>>();
expectTypeOf(timeDistributed({ layer: anyLayer })(x)).toEqualTypeOf<T<Dim[]>>();
expectTypeOf(timeDistributed({ layer: cfg })(x)).toEqualTypeOf<T<Dim[]>>();
expectTypeOf(sequential({ layers: [x, timeDistributed({ layer: cfg })] })).toEqualTypeOf<Sequential<[null, 5, 3], Dim[], Params<number>>>();
expectTypeOf(sequential({ layers: [x, timeDistributed({ layer: wide })] })).toEqualTypeOf<Sequential<[null, 5, 3], Dim[], Params<number>>>();
// A layer whose type is known still gives its exact shapes and count.
expectTypeOf(sequential({ layers: [x, timeDistributed({ layer: dense({ units: 4 }) })] })).toEqualTypeOf<Sequential<[null, 5, 3], [null, 5, 4], Params<16>>>();
expectTypeOf(timeDistributed({ layer: sequential({ layers: [dense({ units: 4 })] }) })(x)).toEqualTypeOf<T<[null, 5, 4]>>();
expectTypeOf(model({ inputs: x, outputs: bidirectional({ layer: lstm({ units: 2 }) })(x) }).countParams()).toEqualTypeOf<number>();

// --- a helper generic over the wrapped layer: the call inside it compiles, each call site is exact -------------
// Both were false errors at the tensor (TS2345) before the wrapped layer's rule was read non-distributively.
function eachStep<L extends AnyLayer>(l: L) {
  return timeDistributed({ layer: l })(x);
}
expectTypeOf(eachStep(dense({ units: 4 }))).toEqualTypeOf<T<[null, 5, 4]>>();
function bothWays<L extends AnyLayer>(l: L) {
  return bidirectional({ layer: l })(x);
}
expectTypeOf(bothWays(lstm({ units: 4 }))).toEqualTypeOf<T<[null, 8]>>();
expectTypeOf(bothWays(gru({ units: 2, returnState: true }))).toEqualTypeOf<[T<[null, 4]>, T<[null, 2]>, T<[null, 2]>]>();
