// The seed's small network with the functional API: start from an input tensor, call layers on
// tensors, then name the start and the end.
import { dense, input, model } from "shapeflow";

const inp = input({ shape: [3] }); //          SymbolicTensor<[null, 3]>
const h1 = dense({ units: 4 })(inp); //        SymbolicTensor<[null, 4]>
const h2 = dense({ units: 4 }).apply(h1); //   SymbolicTensor<[null, 4]>
const out = dense({ units: 1 })(h2); //        SymbolicTensor<[null, 1]>
export const m = model({ inputs: inp, outputs: out }); // Model<[null, 3], [null, 1]>

console.log("h1", h1.shape, "h2", h2.shape, "out", out.shape);
m.summary();

// Each layer's weights are matrices derived from its input and output shapes.
for (const layer of m.layers) for (const w of layer.weights) console.log(w.name, JSON.stringify(w.shape));
