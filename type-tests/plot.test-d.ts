// Positive type tests for the pictures: every kind of model (Sequential, functional, a Sequential not
// yet given its input shape, which the runtime refuses) is accepted, and the results are text (or a
// promise of SVG text). Their negative twins, with the error text, are in ./errors/plot.ts.
import { expectTypeOf } from "expect-type";
import { dense, input, model, sequential, toDot, toMermaid, toNeuronDot, type ModelInfo } from "../src/index.js";
import { plotModel, plotNeurons } from "../src/plot/index.js";

const seq = sequential({ layers: [dense({ units: 4, inputShape: [3] }), dense({ units: 1 })] });
const x = input({ shape: [3] });
const fn = model({ inputs: x, outputs: dense({ units: 2 })(x) });

expectTypeOf(toDot(seq, { showShapes: true, rankdir: "LR", splines: "ortho" })).toEqualTypeOf<string>();
expectTypeOf(toDot(fn)).toEqualTypeOf<string>();
expectTypeOf(toMermaid(fn, { expandNested: true, showTrainable: true })).toEqualTypeOf<string>();
expectTypeOf(toNeuronDot(seq, { maxUnits: 8 })).toEqualTypeOf<string>();
expectTypeOf(plotModel(seq, { showDtype: true })).toEqualTypeOf<Promise<string>>();
expectTypeOf(plotNeurons(fn)).toEqualTypeOf<Promise<string>>();
// Not built yet: an error at the argument with the runtime's reason (type-tests/errors/plot.ts); a model typed
// only as ModelInfo passes, and the runtime checks it.
expectTypeOf(toDot(sequential() as ModelInfo)).toEqualTypeOf<string>();
// Options from a non-literal value pass.
declare const rankdir: "TB" | "LR";
declare const show: boolean;
expectTypeOf(toMermaid(seq, { rankdir, showShapes: show })).toEqualTypeOf<string>();
