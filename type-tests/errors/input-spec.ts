// The ways to declare an input shape, and what happens when they are mixed up.
import { conv2d, dense, embedding, input, lstm } from "../../src/index.js";

// error: Dense: the input shape is given twice, as inputShape and as inputDim. Fix: keep one: inputShape leaves the batch axis out (it shows as None), batchInputShape includes it.
dense({ units: 4, inputShape: [3], inputDim: 3 });
// error: Dense: the input shape is given twice, as inputShape and as batchInputShape.
dense({ units: 4, inputShape: [3], batchInputShape: [30, 3] });
// error: Dense: the input shape is given twice, as batchInputShape and as batchShape.
dense({ units: 4, batchInputShape: [30, 3], batchShape: [30, 3] });

// error: Dense: batchSize goes with inputShape or inputDim, but got it alone. Fix: write inputShape: [...] beside batchSize, or put the batch size first in batchInputShape.
dense({ units: 4, batchSize: 30 });
// error: Dense: batchSize goes with inputShape or inputDim, but got it with batchInputShape.
dense({ units: 4, batchInputShape: [30, 3], batchSize: 30 });

// error: Dense: every size in inputShape must be a positive integer or null, but got 0. Fix: give each axis its number of elements, or null where it is only known at run time.
dense({ units: 4, inputShape: [0, 3] });
// error: Dense: inputDim must be a positive integer (the size of the input's one feature axis: inputDim: 3 is inputShape: [3]), but got -1.
dense({ units: 4, inputDim: -1 });
// error: Dense: batchSize must be a positive integer (the number of samples in each batch), but got 1.5.
dense({ units: 4, inputShape: [3], batchSize: 1.5 });

// Input.
// error: Input needs the shape of the data, but got neither shape nor batchShape. Fix: write input({ shape: [3] }) for samples of 3 features (the batch axis is added as None), or input({ batchShape: [30, 3] }).
input({});
// error: Input: the input shape is given twice, as shape and as batchShape.
input({ shape: [3], batchShape: [30, 3] });
// error: Input: batchSize cannot go with batchShape, which already holds the batch size. Fix: drop batchSize, or write shape: [...] beside it.
input({ batchShape: [30, 3], batchSize: 30 });
// error: Input: every size in shape must be a positive integer or null, but got -2.
input({ shape: [-2] });
// error: Input: batchSize must be a positive integer (the number of samples in each batch), but got 0.
input({ shape: [3], batchSize: 0 });
// Layers take inputShape; input() takes shape: said at that option, as the runtime says it (review s9, finding 13).
// error: Type 'number[]' is not assignable to type '"Input takes shape, not inputShape (an option of the first layer of a Sequential). Fix: write input({ shape: [3] }).
const slip = input({ inputShape: [3] });
// The tensor is of unknown rank, not `never` (to which a string could be assigned without a word).
// error: Type 'SymbolicTensor<Dim[]>' is not assignable to type 'string'.
export const slipTensor: string = slip;
// error: Input takes batchShape, not batchInputShape (an option of the first layer of a Sequential). Fix: write input({ batchShape: [null, 3] }).
input({ batchInputShape: [null, 3] });
// error: Input takes shape, not inputDim (an option of the first layer of a Sequential). Fix: write input({ shape: [3] }).
input({ inputDim: 3 });
// error: Type 'SymbolicTensor<Dim[]>' is not assignable to type 'string'.
export const noShapeTensor: string = input({ name: "x" } as {});

// A string where a size goes (from a form, a config): the library's sentence at that option, the string
// quoted as the runtime quotes it, not "Type 'string' is not assignable to type 'Dim'" (review s9, finding 10).
// error: Type 'string[]' is not assignable to type '"Input: every size in shape must be a positive integer or null, but got "3". Fix: give each axis its number of elements, or null where it is only known at run time."'.
input({ shape: ["3"] });
// error: Type '"30"' is not assignable to type '"Input: batchSize must be a positive integer (the number of samples in each batch), but got "30". Fix: write e.g. batchSize: 32, or leave it out for batches of any size."'.
input({ shape: [3], batchSize: "30" });
// error: Input: every size in batchShape must be a positive integer or null, but got "3".
input({ batchShape: [null, "3"] });
// The tensor keeps no string in its shape: the size is unknown.
// error: Type 'SymbolicTensor<[null, Dim]>' is not assignable to type 'string'.
export const stringSize: string = input({ shape: ["3"] });

// Issue 14: input() takes shape and batchShape, so its fix names those.
// error: Input: the input shape is given twice, as shape and as batchShape. Fix: keep one: shape leaves the batch axis out (it shows as None), batchShape includes it.
input({ shape: [3], batchShape: [null, 3] });

// A string where a size goes in a layer's input declaration: the sentence the runtime throws, at that
// option (OptionsCall lets it through to declaredInput's check), not "Type 'string' is not assignable to
// type 'Dim'" (session 11).
// error: Type 'string[]' is not assignable to type '"Dense: every size in inputShape must be a positive integer or null, but got "3". Fix: give each axis its number of elements, or null where it is only known at run time."'.
dense({ units: 4, inputShape: ["3"] });
// error: Type '"3"' is not assignable to type '"LSTM: inputDim must be a positive integer (the size of the input's one feature axis: inputDim: 3 is inputShape: [3]), but got "3". Fix: write e.g. inputDim: 3."'.
lstm({ units: 4, inputDim: "3" });
// error: Type '"30"' is not assignable to type '"Dense: batchSize must be a positive integer (the number of samples in each batch), but got "30". Fix: write e.g. batchSize: 32, or leave it out for batches of any size."'.
dense({ units: 4, inputShape: [3], batchSize: "30" });
// error: Type '(string | number)[]' is not assignable to type '"Conv2D: every size in batchShape must be a positive integer or null, but got "8". Fix: give each axis its number of elements, or null where it is only known at run time."'.
conv2d({ filters: 8, kernelSize: 3, batchShape: ["8", 28, 28, 1] });
// error: Type '(string | null)[]' is not assignable to type '"Dense: every size in batchInputShape must be a positive integer or null, but got "3". Fix: give each axis its number of elements, or null where it is only known at run time."'.
dense({ units: 4, batchInputShape: [null, "3"] });
// Embedding's inputDim is its vocabulary: its own sentence; the layer reads such a size as unknown, so
// no string reaches its weights.
// error: Type '"10"' is not assignable to type '"Embedding: inputDim must be a positive integer (the size of the vocabulary: ids run from 0 to inputDim - 1), but got "10". Fix: use e.g. inputDim: 10000."'.
export const vocabulary: string = embedding({ inputDim: "10", outputDim: 4 }).inputDim;
// null is left out (Keras's input_dim=None, its default; type-tests/options-call.test-d.ts), but not in a
// list of sizes (null there is an axis of unknown size) nor as the only spelling beside a batchSize.
// error: Dense: batchSize goes with inputShape or inputDim, but got it alone.
dense({ units: 4, inputShape: null, batchSize: 8 });
