// A helper generic over its input, called with a tensor its layers cannot take (issue 11). Its body
// compiles and its call is no error (the compiler checks a generic body once, not at each call), so its
// result is SymbolicTensor<Failed<"sentence">>: later layers pass it on, and model() refuses it with the
// layer's sentence.
import { conv1d, dense, flatten, input, model, sequential, type Shape, type SymbolicTensor } from "../../src/index.js";

function mlpHead<S extends Shape>(x: SymbolicTensor<S>) {
  const h = dense({ units: 8, activation: "relu" })(x);
  return dense({ units: 2 })(h);
}
const scalar = input({ shape: [] });
const failed = flatten()(mlpHead(scalar));
// error: is not assignable to type '"This tensor's layer could not take its input: Dense needs an input of rank 2 or more, (batch, ..., features), but got (None,) of rank 1. Fix: give the input a feature axis: input({ shape: [3] }) makes (None, 3)."'
export const m = model({ inputs: scalar, outputs: failed });
// error: This tensor's layer could not take its input: Dense needs an input of rank 2 or more
export const m2 = model({ inputs: [scalar], outputs: [dense({ units: 3 })(input({ shape: [3] })), failed] });

// A direct call is reported at its argument; the layers after it are silent, and model() says it once more.
// error: Argument of type 'SymbolicTensor<[null]>' is not assignable to parameter of type '"Dense needs an input of rank 2 or more
const direct = dense({ units: 4 })(scalar);
const after = dense({ units: 2 })(direct);
// error: This tensor's layer could not take its input: Dense needs an input of rank 2 or more
export const m3 = model({ inputs: scalar, outputs: after });

// A helper generic over its tensor that builds a Sequential: the model's output carries the sentence, and
// summary() and countParams() refuse it (the model before the failed step was typed here, [null, 3], and
// a count of 0, while building it throws).
function seqHead<S extends Shape>(x: SymbolicTensor<S>) {
  return sequential().add(x).add(conv1d({ filters: 2, kernelSize: 3 }));
}
const seqFailed = seqHead(input({ shape: [3] }));
// error: This tensor's layer could not take its input: Conv1D needs an input of rank 3
seqFailed.countParams();
// error: This tensor's layer could not take its input: Conv1D needs an input of rank 3
seqFailed.summary();

// A chain that fails in its middle: the layers after pass the failure on to the call site.
function seqMiddle<S extends Shape>(x: SymbolicTensor<S>) {
  return sequential().add(x).add(dense({ units: 4 })).add(conv1d({ filters: 2, kernelSize: 3 })).add(dense({ units: 2 })).add(dense({ units: 1 }));
}
const seqMiddleFailed = seqMiddle(input({ shape: [3] }));
// error: This tensor's layer could not take its input: Conv1D needs an input of rank 3
seqMiddleFailed.countParams();

// The same helper written with a layers list.
function seqListHead<S extends Shape>(x: SymbolicTensor<S>) {
  return sequential({ layers: [x, conv1d({ filters: 2, kernelSize: 3 })] });
}
const seqListFailed = seqListHead(input({ shape: [3] }));
// error: This tensor's layer could not take its input: Sequential layer 1: Conv1D needs an input of rank 3
seqListFailed.countParams();

// Recurrent and attention layers in a helper generic over its tensor (review 2, finding 1): the body compiles
// (type-tests/generic-helpers.test-d.ts), and a call site of a rank the LSTM cannot take carries the LSTM's
// sentence to model(), for the one output as for each state.
import { attention, lstm, multiHeadAttention } from "../../src/index.js";
function lstmHead<S extends Shape>(x: SymbolicTensor<S>) {
  return dense({ units: 2 })(lstm({ units: 4 })(x));
}
const flat8 = input({ shape: [8] });
// error: This tensor's layer could not take its input: LSTM needs (batch, steps, features), an input of rank 3, but got (None, 8) of rank 2.
export const m4 = model({ inputs: flat8, outputs: lstmHead(flat8) });
function lstmStates<S extends Shape>(x: SymbolicTensor<S>) {
  return lstm({ units: 4, returnState: true })(x);
}
const [, badH, badC] = lstmStates(flat8);
// error: This tensor's layer could not take its input: LSTM needs (batch, steps, features), an input of rank 3
export const m5 = model({ inputs: flat8, outputs: [badH, badC] });
function selfAttention<S extends Shape>(x: SymbolicTensor<S>) {
  return multiHeadAttention({ numHeads: 2, keyDim: 2 })([x, x]);
}
// error: This tensor's layer could not take its input: MultiHeadAttention needs query, value and key of the same rank, 3 or more
export const m6 = model({ inputs: flat8, outputs: selfAttention(flat8) });

// In the body, what is truly wrong is still refused: the states tuple where one tensor goes, a fourth state,
// and a returnState the compiler cannot tell (the call may give the tuple, as at a concrete call).
declare const someFlag: boolean;
export function misuse<S extends Shape>(x: SymbolicTensor<S>) {
  const states = lstm({ units: 4, returnState: true })(x);
  // error: Dense: expected one SymbolicTensor, but got a list of 3 tensors
  const a = dense({ units: 2 })(states);
  // error: of length '3' has no element at index '3'
  const [, , , d] = states;
  // error: Dense: expected one SymbolicTensor, but got a list of 3 tensors
  const b = dense({ units: 2 })(lstm({ units: 4, returnState: someFlag })(x));
  // error: Dense: expected one SymbolicTensor, but got a list of 2 tensors
  const c = dense({ units: 2 })(attention({ returnAttentionScores: true })([x, x]));
  return [a, b, c, d] as const;
}
