// Add and Concatenate: branches that cannot be joined.
import { add, concatenate, dense, input } from "../../src/index.js";

const inp = input({ shape: [3] });
const a = dense({ units: 4 })(inp);
const b = dense({ units: 3 })(inp);

// error: Add needs inputs of the same shape (a size of 1 broadcasts), but input 1 is (None, 3) while input 0 is (None, 4): axis -1 is 4 vs 3. Fix: make every branch end in the same shape (for the last axis, the same units in their last Dense layers, or filters in their last Conv layers).
add()([a, b]);
// error: Add needs inputs of the same shape (a size of 1 broadcasts), but input 2 is (None, 3) while the inputs before it give (None, 4): axis -1 is 4 vs 3.
add()([a, a, b]);
// error: Add cannot merge tensors with different batch sizes, but input 1 has batch size 20 while the inputs before it have 10. Fix: give every input the same batchSize, or leave it out (None).
add()([input({ batchShape: [10, 4] }), input({ batchShape: [20, 4] })]);
// error: Add needs a list of at least one tensor, but got an empty list. Fix: pass the tensors to merge in an array: add()([a, b]).
add()([]);
// error: Add has no option "axis". Fix: check the spelling; Add takes name, trainable.
add({ axis: 1 });

// Joining along the one other axis that differs is a fix only when the joined axis agrees.
// error: Concatenate joins along axis -1 and needs every other axis equal, but input 1 is (None, 4, 3) while input 0 is (None, 2, 3): axis 1 differs. Fix: make axis 1 match, or join along axis 1 instead.
concatenate()([input({ shape: [2, 3] }), input({ shape: [4, 3] })]);
// error: Concatenate joins along axis 1 and needs every other axis equal, but input 1 is (None, 4, 5) while input 0 is (None, 4, 3): axis 2 differs.
concatenate({ axis: 1 })([input({ shape: [4, 3] }), input({ shape: [4, 5] })]);
// error: Concatenate needs inputs of the same rank, but input 1 is (None, 4, 5) while input 0 is (None, 4). Fix: bring them to the same rank first, e.g. flatten() each one.
concatenate()([a, input({ shape: [4, 5] })]);
// error: Concatenate: axis 2 does not exist in (None, 4), which has rank 2. Fix: use an axis of the input, counted from 0, or from -1 for the last (the default).
concatenate({ axis: 2 })([a, a]);
// error: Concatenate: axis -3 does not exist in (None, 4), which has rank 2.
concatenate({ axis: -3 })([a, a]);
// error: Concatenate needs a list of at least one tensor, but got an empty list. Fix: pass the tensors to merge in an array: concatenate()([a, b]).
concatenate()([]);

// A fractional axis is not an axis.
// error: Concatenate: axis 0.5 does not exist in (None, 4), which has rank 2.
concatenate({ axis: 0.5 })([a, a]);

// Two different known sizes on one axis are an error even when input 0 does not know that axis.
// error: Concatenate joins along axis -1 and needs every other axis equal, but input 2 is (None, 6, 4) while the inputs before it give (None, 5, 3): axis 1 differs.
concatenate()([input({ shape: [null, 3] }), input({ shape: [5, 2] }), input({ shape: [6, 4] })]);

// --- a lone misspelt option (every option is optional) gets shapeflow's sentence -------------------
// error: Add has no option "nmae". Fix: check the spelling; Add takes name, trainable.
add({ nmae: "sum" });
// error: Concatenate has no option "axes". Fix: check the spelling; Concatenate takes axis, name, trainable.
concatenate({ axes: 1 });
// Beside a known option too.
// error: Concatenate has no option "dim". Fix: check the spelling; Concatenate takes axis, name, trainable.
concatenate({ axis: 1, dim: 2 });
// A wrong value alone is still the compiler's own report.
// error: Type 'string' is not assignable to type 'number'.
concatenate({ axis: "1" });

// Issue 14: when several axes differ, no other axis to join along works, so the fix names them all
// (it used to say "join along axis 1" on axis 2 and "join along axis 2" on axis 1).
// error: Concatenate joins along axis -1 and needs every other axis equal, but input 1 is (None, 4, 5, 6) while input 0 is (None, 2, 3, 6): axes 1, 2 differ. Fix: make axes 1, 2 match; only the axis joined along may differ.
concatenate()([input({ shape: [2, 3, 6] }), input({ shape: [4, 5, 6] })]);
// error: Concatenate joins along axis -1 and needs every other axis equal, but input 1 is (None, 4, 5) while input 0 is (None, 2, 3): axis 1 differs. Fix: make axis 1 match (joining along axis 1 instead would not work, since axis -1 differs too).
concatenate()([input({ shape: [2, 3] }), input({ shape: [4, 5] })]);
// error: Concatenate joins along axis 1 and needs every other axis equal, but input 1 is (None, 4, 5) while input 0 is (None, 2, 3): axis 2 differs. Fix: make axis 2 match (joining along axis 2 instead would not work, since axis 1 differs too).
concatenate({ axis: 1 })([input({ shape: [2, 3] }), input({ shape: [4, 5] })]);

// --- the other element-wise merges: Keras 3's broadcasting, the axis and both sizes named -------------
import { average, dot, maximum, minimum, multiply, subtract } from "../../src/index.js";
declare const n2: number;
// error: Multiply needs inputs of the same shape (a size of 1 broadcasts), but input 1 is (None, 3) while input 0 is (None, 4): axis -1 is 4 vs 3.
multiply()([a, b]);
// error: Average needs inputs of the same shape (a size of 1 broadcasts), but input 1 is (None, 5) while input 0 is (None, 4): axis -1 is 4 vs 5.
average()([input({ shape: [4] }), input({ shape: [5] })]);
// error: Maximum needs inputs of the same shape (a size of 1 broadcasts), but input 1 is (None, 2, 3) while input 0 is (None, 5, 3): axis -2 is 5 vs 2.
maximum()([input({ shape: [5, 3] }), input({ shape: [2, 3] })]);
// error: Minimum cannot merge tensors with different batch sizes, but input 1 has batch size 20 while the inputs before it have 10.
minimum()([input({ batchShape: [10, 4] }), input({ batchShape: [20, 4] })]);
// error: Multiply needs a list of at least one tensor, but got an empty list. Fix: pass the tensors to merge in an array: multiply()([a, b]).
multiply()([]);
// error: Maximum has no option "axis". Fix: check the spelling; Maximum takes name, trainable.
maximum({ axis: 1 });

// --- subtract: exactly two --------------------------------------------------------------------------
// error: Subtract takes exactly two tensors, but got a list of 3. Fix: subtract two tensors, subtract()([a, b]); to take several from one, add() them first: subtract()([a, add()([b, c])]).
subtract()([a, a, a]);
// error: Subtract takes exactly two tensors, but got a list of 1.
subtract()([a]);
// error: Subtract takes exactly two tensors, but got a list of 0.
subtract()([]);
// error: Subtract needs inputs of the same shape (a size of 1 broadcasts), but input 1 is (None, 3) while input 0 is (None, 4): axis -1 is 4 vs 3.
subtract()([a, b]);

// --- dot: the two dot axes must have the same size ----------------------------------------------------
// error: Dot multiplies axis 2 of input 0 with axis 2 of input 1, which must have the same size, but input 0 is (None, 5, 3) and input 1 is (None, 7, 4): axis 2 is 3 vs axis 2 is 4. Fix: choose axes of equal (known) sizes, e.g. dot({ axes: [1, 2] }), or make those sizes equal.
dot({ axes: -1 })([input({ shape: [5, 3] }), input({ shape: [7, 4] })]);
// error: Dot multiplies axis 1 of input 0 with axis 2 of input 1, which must have the same size, but input 0 is (None, 5, 3) and input 1 is (None, 7, 3): axis 1 is 5 vs axis 2 is 3.
dot({ axes: [1, 2] })([input({ shape: [5, 3] }), input({ shape: [7, 3] })]);
// Keras's build compares the sizes as they are: None against a known size fails.
// error: Dot multiplies axis 1 of input 0 with axis 1 of input 1, which must have the same size, but input 0 is (None, None) and input 1 is (None, 4): axis 1 is None vs axis 1 is 4.
dot({ axes: 1 })([input({ shape: [null] }), input({ shape: [4] })]);
// error: Dot takes exactly two tensors, but got a list of 3. Fix: dot two tensors, dot({ axes: -1 })([a, b]); for more, chain dot layers.
dot({ axes: -1 })([a, a, a]);
// error: Dot: axis 2 does not exist in input 0, (None, 4), which has rank 2. Fix: use an axis of that input from 1 on, or from -1 for the last.
dot({ axes: 2 })([a, a]);
// error: Dot: axis -3 does not exist in input 1, (None, 4), which has rank 2.
dot({ axes: [-1, -3] })([input({ shape: [2, 4] }), a]);
// error: Dot: axis 0 of input 0, (None, 4), is its batch axis, which a dot product cannot run along (Keras's batch_dot). Fix: use an axis from 1 on, or from -1 for the last.
dot({ axes: 0 })([a, a]);
// error: Dot: axis -2 of input 0, (None, 4), is its batch axis
dot({ axes: -2 })([a, a]);
// error: Dot needs inputs of rank 2 or more, (batch, ..., features), but input 1 is (None,) of rank 1.
dot({ axes: -1 })([a, input({ shape: [] })]);
// error: Dot cannot merge tensors with different batch sizes, but input 1 has batch size 20 while the inputs before it have 10.
dot({ axes: -1 })([input({ batchShape: [10, 4] }), input({ batchShape: [20, 4] })]);
// error: Dot has no option "axis". Fix: check the spelling; Dot takes axes, normalize, name, trainable.
dot({ axes: 1, axis: 1 });
// A non-literal axis is not known to be wrong: no error, the runtime checks it.
dot({ axes: n2 })([a, a]);

// --- after inputs matched as a whole (issue 17), a later one is still checked against what they fix ---
import type { SymbolicTensor } from "../../src/index.js";
declare const anyAt1: SymbolicTensor<[null, any, 3]>;
// error: Concatenate joins along axis -1 and needs every other axis equal, but input 2 is (None, 6, 4) while the inputs before it give (None, 5, 3): axis 1 differs. Fix: make axis 1 match (joining along axis 1 instead would not work, since axis -1 differs too).
concatenate()([input({ shape: [5, 3] }), input({ shape: [5, 3] }), input({ shape: [6, 4] })]);
// An `any` size in input 0 is not known: the next input fixes it.
// error: Concatenate joins along axis -1 and needs every other axis equal, but input 2 is (None, 6, 4) while the inputs before it give (None, 5, 3): axis 1 differs.
concatenate()([anyAt1, input({ shape: [5, 2] }), input({ shape: [6, 4] })]);
// error: Concatenate joins along axis -1 and needs every other axis equal, but input 3 is (None, 2, 4) while the inputs before it give (None, 5, 3): axis 1 differs.
concatenate()([input({ shape: [null, 3] }), input({ shape: [null, 3] }), input({ shape: [5, 3] }), input({ shape: [2, 4] })]);
// error: Add needs inputs of the same shape (a size of 1 broadcasts), but input 3 is (None, 5, 2) while the inputs before it give (None, 5, 3): axis -1 is 3 vs 2.
add()([input({ shape: [5, 3] }), input({ shape: [5, 3] }), input({ shape: [5, 3] }), input({ shape: [5, 2] })]);
// error: Add cannot merge tensors with different batch sizes, but input 2 has batch size 6 while the inputs before it have 5.
add()([input({ batchShape: [5, 3] }), input({ batchShape: [5, 3] }), input({ batchShape: [6, 3] })]);
