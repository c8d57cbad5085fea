// Models built in a helper generic over a layer's option: the body compiles with the option open, and
// a literal mistake beside it is still reported in the body, at the same place and with the same
// sentence as without the helper (and model() repeats it, as for a direct call).
import { conv1d, conv2d, dense, input, model, sequential, type SymbolicTensor } from "../../src/index.js";

export function listHelper<const V extends number>(v: V) {
  // error: is not assignable to type '"Sequential layer 1: Conv2D needs an input of rank 4
  return sequential({ layers: [input({ shape: [3] }), conv2d({ filters: 2, kernelSize: 3 }), dense({ units: v })] });
}
export function addHelper<const V extends number>(v: V) {
  // error: Argument of type 'Conv2D<{ filters: 2; kernelSize: 3; }>' is not assignable to parameter of type '"Conv2D needs an input of rank 4
  return sequential().add(input({ shape: [3] })).add(conv2d({ filters: 2, kernelSize: 3 })).add(dense({ units: v }));
}
export function modelHelper<const V extends boolean>(v: V, x: SymbolicTensor<[null, 3]>) {
  // error: Argument of type 'SymbolicTensor<[null, 3]>' is not assignable to parameter of type '"Conv2D needs an input of rank 4
  const y = conv2d({ filters: 2, kernelSize: 3 })(x);
  // error: This tensor's layer could not take its input: Conv2D needs an input of rank 4
  return model({ inputs: x, outputs: dense({ units: 4, useBias: v })(y) });
}
// A rank mistake after the layer whose size is open is still an error in the body, at the call, but its
// text is the open check, not the sentence (the call site's result carries the sentence: Failed<"Conv1D
// needs an input of rank 3 ...">).
export function afterOpen<const U extends number>(u: U) {
  // error: is not assignable to parameter of type 'checkedCall<applyRule<ConvRule<"Conv1D", 1
  return conv1d({ filters: 2, kernelSize: 3 })(dense({ units: u })(input({ shape: [3] })));
}
// The same mistake without a helper.
// error: is not assignable to type '"Sequential layer 1: Conv2D needs an input of rank 4
export const direct = sequential({ layers: [input({ shape: [3] }), conv2d({ filters: 2, kernelSize: 3 }), dense({ units: 4 })] });
// Outputs that are not tensors are refused, now that their check rides beside their type.
// error: Type '5' is not assignable to type '(
export const notTensors = model({ inputs: input({ shape: [3] }), outputs: 5 });
