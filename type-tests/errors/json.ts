// shapeflow/json: what the compiler cannot know from a file read at run time, it does not claim.
import { fromJSON } from "../../src/json/index.js";

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
void params;
void out;
