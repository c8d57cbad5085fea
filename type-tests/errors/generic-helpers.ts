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
