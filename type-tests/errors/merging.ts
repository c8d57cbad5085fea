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
