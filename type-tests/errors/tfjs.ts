// Data of the wrong rank for fit/predict/evaluate: a compile error where the compiler knows the rank
// (nested arrays of numbers, or a TF.js tensor's rank type), in shapeflow's words.
import type { TfjsRunner } from "../../src/tfjs/index.js";

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
