// Porting a Keras functional autoencoder: an encoder model and a decoder model, each a layer of the
// whole, as in keras.io's examples. Each model checks its input when called and gives its output shape.
import { conv2d, conv2dTranspose, dense, flatten, input, model, reshape, sequential, type Shape, type SymbolicTensor } from "shapeflow";

// A helper generic over its tensor: its hover names the layer and the shape, not the rule's machinery.
export const convBlock = <S extends Shape, F extends number>(x: SymbolicTensor<S>, filters: F) =>
  conv2d({ filters, kernelSize: 3, strides: 2, padding: "same", activation: "relu" })(x);

const img = input({ shape: [28, 28, 1] }); //                          SymbolicTensor<[null, 28, 28, 1]>
const e1 = conv2d({ filters: 32, kernelSize: 3, strides: 2, padding: "same" })(img);
const e2 = conv2d({ filters: 64, kernelSize: 3, strides: 2, padding: "same" })(e1);
const code = dense({ units: 16 })(flatten()(e2)); //                   SymbolicTensor<[null, 16]>
export const encoder = model({ inputs: img, outputs: code, name: "encoder" }); // Model<[null, 28, 28, 1], [null, 16]>

const z = input({ shape: [16] });
const d1 = reshape({ targetShape: [7, 7, 64] })(dense({ units: 7 * 7 * 64 })(z));
const d2 = conv2dTranspose({ filters: 32, kernelSize: 3, strides: 2, padding: "same" })(d1);
const pixels = conv2dTranspose({ filters: 1, kernelSize: 3, strides: 2, padding: "same", activation: "sigmoid" })(d2);
export const decoder = model({ inputs: z, outputs: pixels, name: "decoder" }); // Model<[null, 16], [null, 28, 28, 1]>

// The models are layers: call them on a tensor, as Keras does.
const x = input({ shape: [28, 28, 1] });
const restored = decoder(encoder(x)); //                               SymbolicTensor<[null, 28, 28, 1]>
export const autoencoder = model({ inputs: x, outputs: restored, name: "autoencoder" });
// Or stack them in a Sequential: the encoder gives it its input shape.
export const stacked = sequential({ layers: [encoder, decoder] }); //  Sequential<[null, 28, 28, 1], [null, 28, 28, 1], Params<number>>
const params = autoencoder.countParams();

autoencoder.summary();
console.log("params", params, "same as stacked:", stacked.countParams() === params, convBlock(img, 8).shape);
