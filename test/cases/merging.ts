import type { Case } from "../cases.js";

/** Cases of the merge layers beyond Add and Concatenate (those are in ../cases.ts): see ../cases.ts. */
export const mergingCases: readonly Case[] = [
  // the element-wise merges: Keras 3's broadcasting
  { code: `multiply()([input({ shape: [5, 1] }), input({ shape: [1, 3] })])`, shape: [null, 5, 3] },
  { code: `multiply()([input({ shape: [7, 7, 32] }), input({ shape: [1, 1, 32] })])`, shape: [null, 7, 7, 32] },
  { code: `maximum()([input({ shape: [5, 3] }), input({ shape: [3] })])`, shape: [null, 5, 3] },
  { code: `minimum()([input({ shape: [4] }), input({ shape: [4] }), input({ shape: [1] })])`, shape: [null, 4] },
  { code: `average()([input({ shape: [4] }), input({ shape: [null] })])`, shape: [null, null] },
  { code: `average()([input({ shape: [4] }), input({ batchShape: [8, 4] })])`, shape: [8, 4] },
  { code: `average()([input({ shape: [4] }), input({ shape: [5] })])`, error: "Average needs inputs of the same shape (a size of 1 broadcasts), but input 1 is (None, 5) while input 0 is (None, 4): axis -1 is 4 vs 5." },
  { code: `maximum()([input({ shape: [5, 3] }), input({ shape: [2, 3] })])`, error: "Maximum needs inputs of the same shape (a size of 1 broadcasts), but input 1 is (None, 2, 3) while input 0 is (None, 5, 3): axis -2 is 5 vs 2." },
  { code: `minimum()([input({ batchShape: [10, 4] }), input({ batchShape: [20, 4] })])`, error: "Minimum cannot merge tensors with different batch sizes, but input 1 has batch size 20 while the inputs before it have 10." },
  { code: `multiply()([])`, error: "Multiply needs a list of at least one tensor, but got an empty list." },
  // subtract: exactly two
  { code: `subtract()([input({ shape: [4] }), input({ shape: [1] })])`, shape: [null, 4] },
  { code: `subtract()([input({ shape: [2, 1] }), input({ shape: [null] })])`, shape: [null, 2, null] },
  { code: `subtract()([input({ shape: [4] }), input({ shape: [4] }), input({ shape: [4] })])`, error: "Subtract takes exactly two tensors, but got a list of 3. Fix: subtract two tensors, subtract()([a, b]); to take several from one, add() them first: subtract()([a, add()([b, c])])." },
  { code: `subtract()([input({ shape: [4] })])`, error: "Subtract takes exactly two tensors, but got a list of 1." },
  { code: `subtract()([])`, error: "Subtract takes exactly two tensors, but got a list of 0." },
  { code: `subtract()([input({ shape: [4] }), input({ shape: [3] })])`, error: "Subtract needs inputs of the same shape (a size of 1 broadcasts), but input 1 is (None, 3) while input 0 is (None, 4): axis -1 is 4 vs 3." },
  // dot
  { code: `dot({ axes: -1 })([input({ shape: [5, 3] }), input({ shape: [7, 3] })])`, shape: [null, 5, 7] },
  { code: `dot({ axes: [1, 2] })([input({ shape: [3, 5] }), input({ shape: [7, 3] })])`, shape: [null, 5, 7] },
  { code: `dot({ axes: [-2, -1] })([input({ shape: [3, 5] }), input({ shape: [7, 3] })])`, shape: [null, 5, 7] },
  { code: `dot({ axes: 1 })([input({ shape: [3] }), input({ shape: [3] })])`, shape: [null, 1] },
  { code: `dot({ axes: 1, normalize: true })([input({ shape: [4] }), input({ shape: [4, 6] })])`, shape: [null, 6] },
  { code: `dot({ axes: -1 })([input({ shape: [null, null] }), input({ shape: [2, null] })])`, shape: [null, null, 2] },
  { code: `dot({ axes: 1 })([input({ batchShape: [8, 4] }), input({ shape: [4] })])`, shape: [8, 1] },
  { code: `dot({ axes: -1 })([input({ shape: [5, 3] }), input({ shape: [7, 4] })])`, error: "Dot multiplies axis 2 of input 0 with axis 2 of input 1, which must have the same size, but input 0 is (None, 5, 3) and input 1 is (None, 7, 4): axis 2 is 3 vs axis 2 is 4. Fix: choose axes of equal (known) sizes, e.g. dot({ axes: [1, 2] }), or make those sizes equal." },
  { code: `dot({ axes: 1 })([input({ shape: [null] }), input({ shape: [4] })])`, error: "Dot multiplies axis 1 of input 0 with axis 1 of input 1, which must have the same size, but input 0 is (None, None) and input 1 is (None, 4): axis 1 is None vs axis 1 is 4." },
  { code: `dot({ axes: -1 })([input({ shape: [4] }), input({ shape: [4] }), input({ shape: [4] })])`, error: "Dot takes exactly two tensors, but got a list of 3." },
  { code: `dot({ axes: 2 })([input({ shape: [4] }), input({ shape: [4] })])`, error: "Dot: axis 2 does not exist in input 0, (None, 4), which has rank 2." },
  { code: `dot({ axes: [-1, -3] })([input({ shape: [2, 4] }), input({ shape: [4] })])`, error: "Dot: axis -3 does not exist in input 1, (None, 4), which has rank 2." },
  { code: `dot({ axes: 0 })([input({ shape: [4] }), input({ shape: [4] })])`, error: "Dot: axis 0 of input 0, (None, 4), is its batch axis, which a dot product cannot run along (Keras's batch_dot)." },
  { code: `dot({ axes: -1 })([input({ shape: [4] }), input({ shape: [] })])`, error: "Dot needs inputs of rank 2 or more, (batch, ..., features), but input 1 is (None,) of rank 1." },
  { code: `dot({ axes: -1 })([input({ batchShape: [10, 4] }), input({ batchShape: [20, 4] })])`, error: "Dot cannot merge tensors with different batch sizes, but input 1 has batch size 20 while the inputs before it have 10." },
];
