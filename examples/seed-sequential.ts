// The small network of the seed question, as a Sequential: 3 inputs, two hidden layers of 4 neurons,
// 1 output neuron. Only the input shape is declared; every other shape follows from `units`.
import { dense, input, sequential } from "shapeflow";

export const m = sequential()
  .add(dense({ units: 4, inputShape: [3] })) // hidden 1: (None, 4); kernel [3, 4] + bias [4] = 16 params
  .add(dense({ units: 4 })) //                  hidden 2: (None, 4); kernel [4, 4] + bias [4] = 20 params
  .add(dense({ units: 1 })); //                 output:   (None, 1); kernel [4, 1] + bias [1] = 5 params

// Hover: const inShape: [null, 3], const outShape: [null, 1]
const inShape = m.inputShape;
const outShape = m.outputShape;
console.log("input shape", inShape, "output shape", outShape);
m.summary();

// The same model from a list of layers, with Keras 3's preferred start (an input tensor) and inputDim,
// the scalar spelling for one-axis inputs.
export const m2 = sequential({ layers: [input({ shape: [3] }), dense({ units: 4 }), dense({ units: 4 }), dense({ units: 1 })] });
export const m3 = sequential({ layers: [dense({ units: 4, inputDim: 3 }), dense({ units: 4 }), dense({ units: 1 })] });
console.log("same output shapes:", m2.outputShape, m3.outputShape, "params:", m2.countParams(), m3.countParams());
