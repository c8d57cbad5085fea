// The reshaping layers: every way their inputs or options can be wrong, with the sentence the compiler shows.
import { flatten, input, permute, repeatVector, reshape, sequential } from "../../src/index.js";

// --- flatten ---------------------------------------------------------------------------------------------
// A data format in Keras's Python spelling.
// error: Type '"channels_first"' is not assignable to type 'DataFormat | undefined'.
flatten({ dataFormat: "channels_first" });
// error: Flatten has no option "dataformat". Fix: did you mean dataFormat? Flatten takes dataFormat, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize.
flatten({ name: "f", dataformat: "channelsFirst" });
// A misspelling alone (every option is optional) gets the same sentence, not the compiler's TS2353.
// error: Flatten has no option "dataformat". Fix: did you mean dataFormat? Flatten takes dataFormat, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize.
flatten({ dataformat: "channelsFirst" });
// error: Flatten: the layer was declared with batch input shape (None, 28, 28), but is called on (None, 28, 27). Fix: make the declared inputShape match the data, or leave it out: only the first layer of a Sequential needs it.
flatten({ inputShape: [28, 28] })(input({ shape: [28, 27] }));
// error: Flatten: every size in inputShape must be a positive integer or null, but got 0.
flatten({ inputShape: [0, 3] });
// error: Flatten: the input shape is given twice, as inputShape and as batchShape.
flatten({ inputShape: [3], batchShape: [2, 3] });

// --- reshape: the element count ----------------------------------------------------------------------------
// Twenty places for twelve elements.
// error: Argument of type 'SymbolicTensor<[null, 12]>' is not assignable to parameter of type '"Reshape cannot keep the element count: the input (None, 12) has 12 elements a sample, but targetShape [5, 4] holds 20. Fix: choose sizes whose product is 12, or write -1 for one of them to have it inferred."'
reshape({ targetShape: [5, 4] })(input({ shape: [12] }));
// error: Reshape cannot keep the element count: the input (None, 7, 7, 512) has 25088 elements a sample, but targetShape [7, 7, 500] holds 24500.
reshape({ targetShape: [7, 7, 500] }).apply(input({ shape: [7, 7, 512] }));
// The batch axis is not part of the count, even when it is known.
// error: Reshape cannot keep the element count: the input (30, 4) has 4 elements a sample, but targetShape [120] holds 120.
reshape({ targetShape: [120] })(input({ batchShape: [30, 4] }));
// The -1 cannot be a whole number.
// error: Reshape cannot infer the -1 in targetShape [-1, 5]: the input (None, 12) has 12 elements a sample, which the other sizes (5 elements) do not divide. Fix: choose sizes whose product divides 12.
reshape({ targetShape: [-1, 5] })(input({ shape: [12] }));
// error: Reshape cannot infer the -1 in targetShape [100, -1]: the input (None, 7, 7, 512) has 25088 elements a sample, which the other sizes (100 elements) do not divide.
reshape({ targetShape: [100, -1] })(input({ shape: [7, 7, 512] }));
// The sizes of the target alone are more than the input holds.
// error: Reshape cannot infer the -1 in targetShape [-1, 24]: the input (None, 12) has 12 elements a sample, which the other sizes (24 elements) do not divide.
reshape({ targetShape: [-1, 24] })(input({ shape: [12] }));
// A declared input that does not fit the target is reported where the Sequential runs it.
// error: Sequential layer 0: Reshape cannot keep the element count: the input (None, 10) has 10 elements a sample, but targetShape [3, 4] holds 12.
sequential({ layers: [reshape({ targetShape: [3, 4], inputShape: [10] })] });

// --- reshape: the target shape -------------------------------------------------------------------------
// error: Type 'number[]' is not assignable to type '"Reshape: targetShape may hold only one -1 (the size inferred from the input), but got [-1, -1]. Fix: give every other axis its size, e.g. targetShape: [-1, 4]."'
reshape({ targetShape: [-1, -1] });
// error: Reshape: targetShape may hold only one -1 (the size inferred from the input), but got [2, -1, 3, -1].
reshape({ targetShape: [2, -1, 3, -1] });
// error: Reshape: every size in targetShape must be a positive integer, or -1 for the one size inferred from the input, but got 0 in [0, 3]. Fix: give each axis of a sample its size, e.g. targetShape: [3, 4], or [-1, 4] to infer the first.
reshape({ targetShape: [0, 3] });
// Only -1 means "infer" (TF.js takes any negative size).
// error: Reshape: every size in targetShape must be a positive integer, or -1 for the one size inferred from the input, but got -2 in [4, -2].
reshape({ targetShape: [4, -2] });
// error: Reshape: every size in targetShape must be a positive integer, or -1 for the one size inferred from the input, but got 2.5 in [2.5, 2].
reshape({ targetShape: [2.5, 2] });
// None (null) is for input shapes; a size to infer is -1.
// error: Type 'null' is not assignable to type 'number'.
reshape({ targetShape: [null, 3] });
// error: Property 'targetShape' is missing
reshape({});
// error: Reshape has no option "target". Fix: check the spelling; Reshape takes targetShape, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize.
reshape({ targetShape: [3, 4], target: [3, 4] });
// error: Reshape: the input shape is given twice, as inputShape and as inputDim.
reshape({ targetShape: [3, 4], inputShape: [12], inputDim: 12 });
// error: Reshape: the layer was declared with batch input shape (None, 12), but is called on (None, 6, 2).
reshape({ targetShape: [3, 4], inputShape: [12] })(input({ shape: [6, 2] }));
// error: Reshape needs a batch axis to keep, but got a shape of rank 0, ().
const noBatch: import("../../src/index.js").Apply<import("../../src/index.js").Reshape<{ targetShape: [1] }>, []> = [1];

// --- permute -------------------------------------------------------------------------------------------
// error: Type 'number[]' is not assignable to type '"Permute: dims must list each of the axes 1 to 2 once (the axes after the batch axis, counted from 1), but got [1, 1]. Fix: write the numbers 1 to 2 in their new order, e.g. dims: [2, 1] swaps two axes."'
permute({ dims: [1, 1] });
// Axes are counted from 1, as in Keras: the batch axis is not one of them.
// error: Permute: dims must list each of the axes 1 to 2 once (the axes after the batch axis, counted from 1), but got [0, 1].
permute({ dims: [0, 1] });
// error: Permute: dims must list each of the axes 1 to 3 once (the axes after the batch axis, counted from 1), but got [1, 2, 4].
permute({ dims: [1, 2, 4] });
// error: Permute: dims must list each of the axes 1 to 2 once (the axes after the batch axis, counted from 1), but got [-1, 1].
permute({ dims: [-1, 1] });
// error: Permute: dims must list each of the axes 1 to 2 once (the axes after the batch axis, counted from 1), but got [1.5, 2].
permute({ dims: [1.5, 2] });
// The input has more axes than dims orders.
// error: Argument of type 'SymbolicTensor<[null, 4, 5, 6]>' is not assignable to parameter of type '"Permute: dims [2, 1] orders 2 axes, so it needs an input of rank 3 (the batch axis and 2 more), but got (None, 4, 5, 6) of rank 4. Fix: give dims one entry for each axis after the batch axis."'
permute({ dims: [2, 1] })(input({ shape: [4, 5, 6] }));
// error: Permute: dims [3, 1, 2] orders 3 axes, so it needs an input of rank 4 (the batch axis and 3 more), but got (None, 4) of rank 2.
permute({ dims: [3, 1, 2] }).apply(input({ shape: [4] }));
// error: Permute: the layer was declared with batch input shape (None, 3, 4), but is called on (None, 4, 3).
permute({ dims: [2, 1], inputShape: [3, 4] })(input({ shape: [4, 3] }));
// error: Property 'dims' is missing
permute({ inputShape: [3, 4] });

// --- repeatVector -------------------------------------------------------------------------------------
// error: Argument of type 'SymbolicTensor<[null, 4, 5]>' is not assignable to parameter of type '"RepeatVector needs an input of rank 2, (batch, features), but got (None, 4, 5) of rank 3. Fix: flatten() the input first, or give it one feature axis: input({ shape: [32] }) makes (None, 32)."'
repeatVector({ n: 3 })(input({ shape: [4, 5] }));
// error: RepeatVector needs an input of rank 2, (batch, features), but got (None,) of rank 1.
repeatVector({ n: 3 })(input({ shape: [] }));
// error: RepeatVector: n must be a positive integer (how many times the input is repeated, the size of the new axis 1), but got 0. Fix: use e.g. n: 3.
repeatVector({ n: 0 });
// error: RepeatVector: n must be a positive integer (how many times the input is repeated, the size of the new axis 1), but got -2.
repeatVector({ n: -2 });
// error: RepeatVector: n must be a positive integer (how many times the input is repeated, the size of the new axis 1), but got 2.5.
repeatVector({ n: 2.5 });
// error: RepeatVector has no option "times". Fix: check the spelling; RepeatVector takes n, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize.
repeatVector({ n: 3, times: 3 });
// error: Sequential layer 0: inputShape leaves out the batch axis, so the declared input is (None, 4, 5). Fix: if the first size (4) is the number of samples, write inputShape: [5], and batchSize: 4 for a fixed batch. RepeatVector needs an input of rank 2, (batch, features), but got (None, 4, 5) of rank 3."
sequential({ layers: [repeatVector({ n: 3, inputShape: [4, 5] })] });

// --- one mistake is reported once ---------------------------------------------------------------------
// The failed reshape's output is `never`, so the layers after it report nothing more.
// error: Reshape cannot infer the -1 in targetShape [-1, 7]
const bad = reshape({ targetShape: [-1, 7] })(input({ shape: [12] }));
repeatVector({ n: 2 })(flatten()(bad));

// --- flatten: a lone misspelt option (every option is optional) gets shapeflow's sentence ------------
// error: Flatten has no option "dataformat". Fix: did you mean dataFormat? Flatten takes dataFormat, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize.
flatten({ dataformat: "channelsLast" });
// error: Flatten has no option "input_shape". Fix: did you mean inputShape? Flatten takes dataFormat,
flatten({ input_shape: [28, 28] });

// A required option misspelt: the compiler names the factory's options type (layers/option-calls.ts).
// error: Object literal may only specify known properties, but 'target_shape' does not exist in type 'ReshapeOptions'.
reshape({ target_shape: [4] });
