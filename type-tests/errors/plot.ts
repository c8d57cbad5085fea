// The pictures take models (the argument's type becomes the sentence the runtime throws), and Keras's
// option values only.
import { dense, input, sequential, toDot, toMermaid, toNeuronDot } from "../../src/index.js";
import { plotModel, plotNeurons } from "../../src/plot/index.js";

const seq = sequential({ layers: [dense({ units: 4, inputShape: [3] }), dense({ units: 1 })] });
const x = input({ shape: [3] });

// A tensor is not a model: build one first.
// error: toDot: expected a shapeflow model (sequential() or model()), but got a tensor. Fix: build the model first, e.g. toDot(model({ inputs, outputs })).
toDot(x);
// A Sequential without an input shape cannot be drawn yet: the argument's type is its summary's reason, as at run time.
// error: Sequential: the model has no input shape, so its shapes and weights are not known. Fix: give the first layer an input shape
toDot(sequential({ layers: [dense({ units: 4 })] }));
// A layer is not a model either.
// error: toMermaid: expected a shapeflow model (sequential() or model()), but got a layer. Fix: build the model first, e.g. toMermaid(model({ inputs, outputs })).
toMermaid(dense({ units: 4 }));
// error: plotNeurons: expected a shapeflow model (sequential() or model()), but got a value that is no model. Fix: build the model first, e.g. plotNeurons(model({ inputs, outputs })).
void plotNeurons("seed");
// error: Type '"XY"' is not assignable to type
toDot(seq, { rankdir: "XY" });
// error: Type '"wavy"' is not assignable to type
void plotModel(seq, { splines: "wavy" });
// error: 'showShape' does not exist in type 'PlotOptions'
toMermaid(seq, { showShape: true });
// error: Type 'string' is not assignable to type 'number'.
toNeuronDot(seq, { maxUnits: "8" });
