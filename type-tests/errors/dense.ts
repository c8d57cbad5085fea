// Dense: every way its input or options can be wrong, with the sentence the compiler shows.
import { activation, dense, dropout, input } from "../../src/index.js";

// Rank 1: no feature axis.
// error: Argument of type 'SymbolicTensor<[null]>' is not assignable to parameter of type '"Dense needs an input of rank 2 or more, (batch, ..., features), but got (None,) of rank 1. Fix: give the input a feature axis: input({ shape: [3] }) makes (None, 3)."'
dense({ units: 4 })(input({ shape: [] }));

// The same through .apply.
// error: Dense needs an input of rank 2 or more, (batch, ..., features), but got (None,) of rank 1.
dense({ units: 4 }).apply(input({ shape: [] }));

// The features axis unknown: the kernel [features, units] could not be built.
// error: Dense needs the last axis (features) of its input defined, since its kernel is [features, units], but got (None, None). Fix: give the last axis a size in the input shape; only other axes may be None.
dense({ units: 4 })(input({ shape: [null] }));

// error: Dense needs the last axis (features) of its input defined, since its kernel is [features, units], but got (None, 5, None).
dense({ units: 4 })(input({ shape: [5, null] }));

// units of 0, negative, fractional.
// error: Dense: units must be a positive integer (the number of neurons, the size of the output's last axis), but got 0. Fix: use e.g. units: 4.
dense({ units: 0 });
// error: Dense: units must be a positive integer (the number of neurons, the size of the output's last axis), but got -3. Fix: use e.g. units: 4.
dense({ units: -3 });
// error: Dense: units must be a positive integer (the number of neurons, the size of the output's last axis), but got 2.5. Fix: use e.g. units: 4.
dense({ units: 2.5 });
// A string (from a form or JSON) is refused with Dense's own sentence, quoted as the runtime quotes it,
// not the compiler's "Type 'string' is not assignable to type 'number'" (issue 14).
// error: Dense: units must be a positive integer (the number of neurons, the size of the output's last axis), but got "4". Fix: use e.g. units: 4.
dense({ units: "4" });
// error: Dense: units must be a positive integer (the number of neurons, the size of the output's last axis), but got "4". Fix: use e.g. units: 4.
dense({ units: "4", inputShape: [3] });
// A string the compiler does not know, or a number-or-string, says "a string": the runtime quotes it.
declare const unitsText: string;
// error: Dense: units must be a positive integer (the number of neurons, the size of the output's last axis), but got a string. Fix: use e.g. units: 4.
dense({ units: unitsText });
// error: but got a string. Fix: use e.g. units: 4.
dense({ units: 4 as number | string });
// units left out: the compiler's own message, which names it.
// error: Property 'units' is missing in type '{}'
dense({});

// A misspelt option is not silently ignored.
// error: Dense has no option "unit". Fix: did you mean units? Dense takes units, activation, useBias, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize, kernelInitializer, biasInitializer, kernelRegularizer, biasRegularizer, activityRegularizer, kernelConstraint, biasConstraint, dtype.
dense({ units: 4, unit: 3 });

// A training option misspelt is not silently ignored; a wrong dtype or a number where TF.js takes a name or an object.
// error: Dense has no option "kernelInitialiser". Fix: did you mean kernelInitializer? Dense takes units, activation, useBias, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize, kernelInitializer, biasInitializer, kernelRegularizer, biasRegularizer, activityRegularizer, kernelConstraint, biasConstraint, dtype.
dense({ units: 4, kernelInitialiser: "heNormal" });
// error: Type '"float64"' is not assignable to type
dense({ units: 4, dtype: "float64" });
// error: Type 'number' is not assignable to type 'TrainingIdentifier
dense({ units: 4, kernelInitializer: 3 });

// An unknown activation.
// error: Type '"relux"' is not assignable to type
dense({ units: 4, activation: "relux" });

// A declared input that the data does not match.
// error: Dense: the layer was declared with batch input shape (None, 3), but is called on (None, 5). Fix: make the declared inputShape match the data, or leave it out: only the first layer of a Sequential needs it.
dense({ units: 4, inputShape: [3] })(input({ shape: [5] }));

// A union of inputs fails if any member fails.
declare const maybeFlat: ReturnType<typeof input<{ shape: [] }>> | ReturnType<typeof input<{ shape: [3] }>>;
// error: Dense needs an input of rank 2 or more, (batch, ..., features), but got (None,) of rank 1.
dense({ units: 4 })(maybeFlat);

// Dense itself, when units is misspelt: the compiler names DenseOptions.
// error: Object literal may only specify known properties, but 'unit' does not exist in type 'DenseOptions'. Did you mean to write 'units'?
dense({ unit: 4 });

// --- Activation and Dropout: a required option, so a lone misspelling is a missing option ---------------
// Their options are not all optional, so the compiler's own report, which names the right spelling, stays
// (it names the factory's own options type, as the user knows it, not OptionsCall<ActivationOptions>,
// what the factory lets through to its checks: layers/option-calls.ts).
// error: Object literal may only specify known properties, but 'activatoin' does not exist in type 'ActivationOptions'. Did you mean to write 'activation'?
activation({ activatoin: "relu" });
// error: Activation has no option "nmae". Fix: check the spelling; Activation takes activation, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize, dtype.
activation({ activation: "relu", nmae: "act" });
// error: Object literal may only specify known properties, but 'rat' does not exist in type 'DropoutOptions'. Did you mean to write 'rate'?
dropout({ rat: 0.5 });
// error: Dropout has no option "sed". Fix: check the spelling; Dropout takes rate, noiseShape, seed, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize, dtype.
dropout({ rate: 0.5, sed: 1 });

// Issue 14: what Keras and TF.js accept on every layer is no misspelling on Dropout and Activation either;
// their declared input is checked as any layer's.
// error: Dropout: the layer was declared with batch input shape (None, 3), but is called on (None, 4).
dropout({ rate: 0.5, inputShape: [3], dtype: "float32", name: "drop", trainable: true })(input({ shape: [4] }));
// error: Activation: the input shape is given twice, as inputShape and as batchInputShape. Fix: keep one: inputShape leaves the batch axis out (it shows as None), batchInputShape includes it.
activation({ activation: "relu", inputShape: [3], batchInputShape: [null, 3] });

// A string where a switch goes: the sentence the runtime throws, at that option (session 11). The layer's
// type reads it as unknown: with a bias or without, so its count is one of two, not the default's.
// error: Type '"false"' is not assignable to type '"Dense: useBias must be true or false, but got "false". Fix: write useBias: true or useBias: false, or leave it out for the default."'.
const biasString = dense({ units: 4, useBias: "false" });
// error: Type 'number' is not assignable to type 'string'.
export const biasCount: string = biasString(input({ shape: [3] })).shape[1];
