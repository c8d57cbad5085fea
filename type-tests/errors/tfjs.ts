// Data of the wrong rank for fit/predict/evaluate: a compile error where the compiler knows the rank
// (nested arrays of numbers, or a TF.js tensor's rank type), in shapeflow's words.
import { dense, sequential } from "../../src/index.js";
import { toTfjs, withTfjs, type TfjsLike, type TfjsRunner } from "../../src/tfjs/index.js";

interface FakeModel {
  compile(args: object): void;
  fit(x: unknown, y: unknown, args?: object): Promise<unknown>;
  predict(x: unknown, args?: object): unknown;
  evaluate(x: unknown, y: unknown, args?: object): unknown;
}
declare const net: TfjsRunner<[null, 3], [null, 1], FakeModel>;
declare const image: TfjsRunner<[null, 28, 28, 1], [null, 10], FakeModel>;
declare const tensor2d: { readonly rankType: "R2"; readonly shape: number[] };
declare const tensor3d: { readonly rankType: "R3"; readonly shape: number[] };

// A Sequential without an input shape cannot be turned into a TF.js model yet: the argument's type is its
// summary's reason, the sentence the runtime throws.
declare const tf: TfjsLike;
// error: Sequential: the model has no input shape, so its shapes and weights are not known. Fix: give the first layer an input shape
void toTfjs(sequential({ layers: [dense({ units: 4 })] }), { tf });
// error: Sequential: the model has no input shape, so its shapes and weights are not known. Fix: give the first layer an input shape
void withTfjs(sequential({ layers: [dense({ units: 4 })] }), { tf });

// One sample without the batch axis.
// error: predict: the input data has rank 1, but the model's input is (None, 3), of rank 2: the batch axis is missing. Fix: wrap one sample as [[...]] or use tensor2d.
net.predict([1, 2, 3]);
// error: fit: the output data has rank 1, but the model's output is (None, 1), of rank 2: the batch axis is missing. Fix: wrap one sample as [[...]] or use tensor2d.
void net.fit([[1, 2, 3]], [1]);
// error: evaluate: the input data has rank 3, but the model's input is (None, 3), of rank 2. Fix: give the data 2 axes, the batch axis first, as (None, 3).
net.evaluate(tensor3d, tensor2d);
// error: predict: the input data has rank 2, but the model's input is (None, 28, 28, 1), of rank 4. Fix: give the data 4 axes, the batch axis first, as (None, 28, 28, 1).
image.predict([[0, 1]]);
// error: predict: the input data has rank 3, but the model's input is (None, 28, 28, 1), of rank 4: the batch axis is missing. Fix: wrap one sample as [[...]] or use tensor4d.
image.predict(tensor3d);

// Several inputs (outputs): a list of the wrong length, one tensor for several inputs, or an entry of the wrong rank.
declare const two: TfjsRunner<[[null, 3], [null, 2]], [[null, 1], [null, 4, 4]], FakeModel>;
declare const rows: number[][];
// error: predict: the model has 2 inputs, but got 3 input arrays. Fix: pass one tensor or array per input, in a list in the model's order.
two.predict([rows, rows, rows]);
// error: predict: the model has 2 inputs, but got 1 input arrays. Fix: pass one tensor or array per input, in a list in the model's order.
two.predict(tensor2d);
// error: predict: the input 1 data has rank 1, but the model's input 1 is (None, 2), of rank 2: the batch axis is missing. Fix: wrap one sample as [[...]] or use tensor2d.
two.predict([rows, [1, 2]]);
// error: fit: the output 1 data has rank 2, but the model's output 1 is (None, 4, 4), of rank 3: the batch axis is missing. Fix: wrap one sample as [[...]] or use tensor3d.
void two.fit([rows, rows], [rows, rows]);
// The batch size flows into predict's result: a result of 1 sample is not one of 2.
// error: Type '1' is not assignable to type '2'.
const one: { readonly shape: [2, 1] } = net.predict([[1, 2, 3]]);
