// Models, counts and the type-level API with values the compiler cannot see: the negative twins of
// ../soundness-models.test-d.ts.
import { dense, input, model, sequential, type Dim, type Params, type Sequential, type SymbolicTensor } from "../../src/index.js";
import { fromJSON } from "../../src/json/index.js";

declare const aa: any;

// --- finding 4: a count with a size typed any is number: not a literal, and never None -------------------
const anySized = sequential({ layers: [input({ shape: [aa] }), dense({ units: 4 })] });
// error: Type 'number' is not assignable to type '16'.
const sixteen: 16 = anySized.countParams();
// error: Params<number>>' is not assignable to type 'Sequential<[null, Dim], [null, 4], Params<16>>'.
const annotated: Sequential<[null, Dim], [null, 4], Params<16>> = anySized;

// --- a layer typed only as AnyLayer: the count is unknown, not a literal ---------------------------------------
declare const someLayer: import("../../src/index.js").AnyLayer;
const addedAnyLayer = sequential().add(dense({ units: 4, inputShape: [3] })).add(someLayer);
// error: Type 'number' is not assignable to type '16'.
const sixteenToo: 16 = addedAnyLayer.countParams();
// error: Type 'Dim[]' is not assignable to type '[null, 4]'.
const shapeTooSure: [null, 4] = addedAnyLayer.outputShape;

// --- finding 3: a model of two outputs, one typed any, cannot be called as a layer (the runtime's sentence) -
const i0 = input({ shape: [3] });
const twoOut = model({ inputs: i0, outputs: [dense({ units: 2 })(i0) as SymbolicTensor<any>, i0] });
// error: Functional: a model of 2 outputs cannot be called as a layer yet (a layer call gives one tensor). Fix: call its layers on the tensors instead, or build one model for each output.
const called = twoOut(input({ shape: [3] }));
// One input of two typed any: the other is still checked.
const halfAny = model({ inputs: [i0 as SymbolicTensor<any>, input({ shape: [4] })], outputs: i0 });
// error: Functional input 1: the model takes inputs of shape (None, 4) (any batch size), but is called on (None, 5).
const wrongSecond = halfAny([input({ shape: [9] }), input({ shape: [5] })]);

// --- finding 6: a helper that calls a built model is still checked at its call site --------------------
const one = model({ inputs: i0, outputs: dense({ units: 2 })(i0) });
function calledModel<S extends import("../../src/index.js").Shape>(x: SymbolicTensor<S>) {
  return one(x);
}
// error: Functional: the model takes inputs of shape (None, 3) (any batch size), but is called on (None, 5).
model({ inputs: i0, outputs: calledModel(input({ shape: [5] })) });

// --- finding 13: 1e400 (the literal type Infinity) is no size, with the runtime's sentences ----------------
// error: Input: every size in shape must be a positive integer or null, but got Infinity.
input({ shape: [1e400] });
// error: Dense: units must be a positive integer (the number of neurons, the size of the output's last axis), but got Infinity.
dense({ units: 1e400 });
// error: Input: every size in shape must be a positive integer or null, but got Infinity.
input({ shape: [2, 1e400] });

// --- finding 8: ParamCount with no shape at all still says so (only a shape typed any is "not known") ------
// error: Dense has no input shape, so its weights are not known.
const noShape: number = null! as import("../../src/index.js").ParamCount<import("../../src/index.js").Dense<4>>;

// --- finding 11: a model read from JSON is a layer whose shapes and count are not known: no literal --------
declare const json: string;
const imported = fromJSON(json);
// error: Type 'number' is not assignable to type '26'.
const importedCount: 26 = sequential({ layers: [input({ shape: [3] }), imported, dense({ units: 2 })] }).countParams();
// error: Type 'Dim[]' is not assignable to type '[null, 2]'.
const importedOut: [null, 2] = imported(input({ shape: [3] })).shape;
