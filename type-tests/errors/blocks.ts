// Blocks and combinators: a mistake is reported at the call that makes it, naming the inner layer.
import { conv1d, dense, flatten, input, parallel, pipe, repeat, residual, sequential } from "../../src/index.js";

const block = sequential({ layers: [dense({ units: 8 }), dense({ units: 2 })] });
// A block called on an input its first layer cannot take: the inner layer's sentence.
// error: Argument of type 'SymbolicTensor<[null]>' is not assignable to parameter of type '"Dense needs an input of rank 2 or more, (batch, ..., features), but got (None,) of rank 1.
block(input({ shape: [] }));

// A built model called on the wrong shape.
const built = sequential({ layers: [input({ shape: [3] }), dense({ units: 4 })] });
// error: Sequential: the model takes inputs of shape (None, 3) (any batch size), but is called on (None, 5).
built(input({ shape: [5] }));

// A block stacks its layers again on each input (issue 14): steps of 2 are too short for a kernel of 3,
// as Keras says when the model built on (None, None, 3) is called on (None, 2, 3).
const steps = sequential({ layers: [conv1d({ filters: 2, kernelSize: 3 })] });
// error: Conv1D: the kernel (after dilation) spans 3 along axis 1 (steps), but the input has only 2 there: (None, 2, 3).
steps(input({ shape: [2, 3] }));

// A residual whose main path changes the width: Add cannot sum (None, 16) and (None, 8).
// error: Add needs inputs of the same shape (a size of 1 broadcasts), but input 1 is (None, 8) while input 0 is (None, 16): axis -1 is 16 vs 8.
residual(dense({ units: 16 }))(input({ shape: [8] }));

// Parallel branches that cannot be concatenated.
// error: Concatenate needs inputs of the same rank, but input 1 is (None, 24) while input 0 is (None, 8, 6).
parallel([dense({ units: 6 }), flatten()])(input({ shape: [8, 3] }));

// Copies that cannot follow each other: the second copy gets (None, 4) where the first took (None, 3).
// error: Dense: the layer was declared with batch input shape (None, 3), but is called on (None, 4).
repeat(2, () => dense({ units: 4, inputShape: [3] }))(input({ shape: [3] }));

// pipe: the step that cannot take its input is the one reported.
// error: Type 'SymbolicTensor<[null]>' is not assignable to type '"Dense needs an input of rank 2 or more
pipe(input({ shape: [] }), dense({ units: 4 }));

// A model without an input shape has no parameter count yet.
// error: The 'this' context of type 'Sequential<undefined, [Dense<8>, Dense<2>], Params<number>>' is not assignable to method's 'this' of type '"Sequential: the model has no input shape
block.countParams();

// --- gate: the branch's output must broadcast to the input ---------------------------------------------------
import { conv2d, gate, globalAveragePooling2d } from "../../src/index.js";
// error: Multiply needs inputs of the same shape (a size of 1 broadcasts), but input 1 is (None, 1, 1, 16) while input 0 is (None, 7, 7, 32): axis -1 is 32 vs 16.
gate(sequential({ layers: [globalAveragePooling2d({ keepdims: true }), conv2d({ filters: 16, kernelSize: 1 })] }))(input({ shape: [7, 7, 32] }));
