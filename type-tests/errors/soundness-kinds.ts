// Kind-changing switches and wrapped layers the compiler cannot see: the negative twins of ../soundness-kinds.test-d.ts.
import { bidirectional, conv2d, dense, gru, input, lstm, model, multiHeadAttention, pipe, sequential, timeDistributed, type Dim, type MergeMode, type SymbolicTensor } from "../../src/index.js";

declare const cfg: any;
declare const flag: boolean;
const x = input({ shape: [5, 3] });

// --- a helper generic over a switch: each call site is exact, so a wrong use there is still an error ----------
function lstmState<B extends boolean>(b: B) {
  return lstm({ units: 2, returnState: b })(x);
}
// error: Type '[SymbolicTensor<[null, 2]>, SymbolicTensor<[null, 2]>, SymbolicTensor<[null, 2]>]' is not assignable to type 'SymbolicTensor<[null, 2]>'.
const oneState: SymbolicTensor<[null, 2]> = lstmState(true);
// A boolean may be either: not the one tensor. (TypeScript 5.3 to 6.0 print the union's two members the
// other way round since the call's tensors are laid out by their count: the message's second line is the same.)
// error: Type '[SymbolicTensor<[null, 2]>, SymbolicTensor<[null, 2]>, SymbolicTensor<[null, 2]>]' is not assignable to type 'SymbolicTensor<[null, 2]>'.
const maybeStates: SymbolicTensor<[null, 2]> = lstmState(flag);
function scores<B extends boolean>(b: B) {
  return multiHeadAttention({ numHeads: 2, keyDim: 4, returnAttentionScores: b })([x, x]);
}
// error: Type '[SymbolicTensor<[null, 5, 3]>, SymbolicTensor<[null, 2, 5, 5]>]' is not assignable to type 'SymbolicTensor<[null, 5, 3]>'.
const oneScore: SymbolicTensor<[null, 5, 3]> = scores(true);
// The mode a call site gives is still checked against the two directions' units: the tensor carries the
// message to the model, as for any helper whose body cannot see its parameters.
function biMode<M extends MergeMode | null>(m: M) {
  return bidirectional({ layer: lstm({ units: 2 }), backwardLayer: gru({ units: 3, goBackwards: true }), mergeMode: m })(x);
}
const summed = dense({ units: 1 })(biMode("sum"));
// error: needs the two outputs of one shape, but the forward layer gives (None, 2) and the backward layer (None, 3). Fix: give both layers the same units
model({ inputs: x, outputs: summed });

// --- a wrapped layer the compiler cannot see: no confident shape or count --------------------------------------
// error: Type 'SymbolicTensor<Dim[]> | [SymbolicTensor<Dim[]>, SymbolicTensor<Dim[]>, ...SymbolicTensor<Dim[]>[]]' is not assignable to type 'SymbolicTensor<[null, 8]>'.
const biAny: SymbolicTensor<[null, 8]> = bidirectional({ layer: cfg })(x);
// error: Type 'SymbolicTensor<Dim[]>' is not assignable to type 'SymbolicTensor<[null, 5, 4]>'.
const tdAny: SymbolicTensor<[null, 5, 4]> = timeDistributed({ layer: cfg })(x);
// error: Type 'number' is not assignable to type '0'.
const tdCount: 0 = sequential({ layers: [x, timeDistributed({ layer: cfg })] }).countParams();
// Several outputs still cannot go where one tensor goes.
// error: Sequential layer 1: Bidirectional gives 2 tensors here
sequential({ layers: [x, bidirectional({ layer: lstm({ units: 2 }), mergeMode: null })] });
export type { Dim };

// --- a union of layers (`flag ? a : b`): every member must take the input, the error names the one that cannot ---
const denseOrLstm = flag ? dense({ units: 4 }) : lstm({ units: 4 });
// error: LSTM needs (batch, steps, features), an input of rank 3, but got (None, 3) of rank 2.
denseOrLstm(input({ shape: [3] }));
const kernels35 = flag ? conv2d({ filters: 4, kernelSize: 3 }) : conv2d({ filters: 4, kernelSize: 5 });
// error: Conv2D: the kernel (after dilation) spans 5 along axis 1 (rows), but the input has only 4 there: (None, 4, 4, 1).
kernels35(input({ shape: [4, 4, 1] }));
// error: Conv2D: the kernel (after dilation) spans 5 along axis 1 (rows), but the input has only 4 there: (None, 4, 4, 1).
kernels35.apply(input({ shape: [4, 4, 1] }));
// The output is the union of the members' outputs, not the first member's literal.
// error: Type 'SymbolicTensor<[null, 8]>' is not assignable to type 'SymbolicTensor<[null, 4]>'.
const firstMemberOnly: SymbolicTensor<[null, 4]> = (flag ? dense({ units: 4 }) : dense({ units: 8 }))(input({ shape: [3] }));
// pipe: a union step must take its input in every member; the error names the one that cannot.
// error: LSTM needs (batch, steps, features), an input of rank 3, but got (None, 3) of rank 2.
pipe(input({ shape: [3] }), denseOrLstm);
// error: LSTM needs (batch, steps, features), an input of rank 3, but got (None, 4) of rank 2.
pipe(input({ shape: [3] }), dense({ units: 4 }), denseOrLstm);
// The output is the union, not the first member's.
// error: Type 'SymbolicTensor<[null, 8]>' is not assignable to type 'SymbolicTensor<[null, 4]>'.
const pipedFirstOnly: SymbolicTensor<[null, 4]> = pipe(input({ shape: [3] }), flag ? dense({ units: 4 }) : dense({ units: 8 }));
// A Sequential: a member that cannot take the input is the error, in a list (in place or in a const), and
// after .add the model's output carries the sentence, which countParams() and summary() refuse (the
// failing member passed as a model of unknown shapes, with no error at all).
// error: Sequential layer 1: LSTM needs (batch, steps, features), an input of rank 3, but got (None, 3) of rank 2.
sequential({ layers: [input({ shape: [3] }), denseOrLstm] });
// error: Sequential layer 1: LSTM needs (batch, steps, features), an input of rank 3, but got (None, 3) of rank 2.
sequential({ layers: [input({ shape: [3] }), flag ? dense({ units: 4 }) : lstm({ units: 4 })] });
const addedMixed = sequential().add(input({ shape: [3] })).add(denseOrLstm);
// error: This tensor's layer could not take its input: LSTM needs (batch, steps, features), an input of rank 3, but got (None, 3) of rank 2.
addedMixed.countParams();
// error: Type 'Failed<"LSTM needs (batch, steps, features)
const addedShape: [null, 4] = addedMixed.outputShape;
// What a union is checked for at compile time (the rest is the runtime's: see the end of ../layer-unions.test-d.ts):
// a union of tensor shapes given to a layer of one input, member by member.
declare const rank2or1: SymbolicTensor<[null, 3] | [null]>;
// error: Dense needs an input of rank 2 or more, (batch, ..., features), but got (None,) of rank 1.
dense({ units: 4 })(rank2or1);
declare const bigOrSmall: SymbolicTensor<[null, 28, 28, 3] | [null, 2, 2, 3]>;
// error: Conv2D: the kernel (after dilation) spans 3 along axis 1 (rows), but the input has only 2 there
conv2d({ filters: 2, kernelSize: 3 })(bigOrSmall);
