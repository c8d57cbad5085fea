// shapeflow/json: what the compiler cannot know from a file read at run time, it does not claim.
import { dense, sequential } from "../../src/index.js";
import { fromJSON, toKerasJSON, toTfjsJSON } from "../../src/json/index.js";

declare const text: string;
const m = fromJSON(text);
// A count read from a file is a number, not a literal the compiler could check.
// error: Type 'number' is not assignable to type '41'.
const params: 41 = m.countParams();
// Nor is the output shape a tuple of known sizes.
// error: is not assignable to type '[null, 1]'
const out: [null, 1] = m.outputShape;
// fromJSON needs the JSON (its parameter is unknown, so that text or a parsed object both go; the runtime checks it).
// error: Expected 1 arguments, but got 0.
fromJSON();
// A Sequential without an input shape cannot be written yet (nor one whose layer could not take its input): the
// argument's type is its summary's reason, the sentence the runtime throws.
const unbuilt = sequential({ layers: [dense({ units: 4 })] });
// error: Sequential: the model has no input shape, so its shapes and weights are not known. Fix: give the first layer an input shape
toKerasJSON(unbuilt);
// error: Sequential: the model has no input shape, as it has no layers. If you added them with model.add(...) written as statements
toTfjsJSON(sequential());
void params;
void out;
