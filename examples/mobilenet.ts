// MobileNet (v1) as in Keras Applications (keras/applications/mobilenet.py: alpha 1.0, include_top,
// 224x224x3, 1000 classes), written with blocks. A depthwise separable block filters each channel with
// a 3x3 depthwise convolution, then mixes the channels with a 1x1 convolution, each followed by batch
// normalization and ReLU(6). The head is Keras 3's: GlobalAveragePooling2D(keepdims=True), Dropout, a 1x1
// convolution to the classes, Reshape, softmax.
// Hover `params` to read 4253864 (Keras: 4,253,864, of which 21,888 non-trainable).
import {
  activation, batchNormalization, conv2d, depthwiseConv2d, dropout, globalAveragePooling2d, input, reLU, repeat, reshape,
  sequential, zeroPadding2d, type ParamCount,
} from "shapeflow";

const bn = () => batchNormalization();
const relu6 = () => reLU({ maxValue: 6 });
const pointwise = <const f extends number>(f: f) => sequential({ layers: [conv2d({ filters: f, kernelSize: 1, padding: "same", useBias: false }), bn(), relu6()] });
/** Stride 1: a 3x3 depthwise convolution ("same"), then a 1x1 convolution to `f` channels. */
const separable = <const f extends number>(f: f) =>
  sequential({ layers: [depthwiseConv2d({ kernelSize: 3, padding: "same", useBias: false }), bn(), relu6(), pointwise(f)] });
/** Stride 2: padded by one row and column at the end first, as Keras does. */
const separableDown = <const f extends number>(f: f) =>
  sequential({ layers: [zeroPadding2d({ padding: [[0, 1], [0, 1]] }), depthwiseConv2d({ kernelSize: 3, strides: 2, useBias: false }), bn(), relu6(), pointwise(f)] });

export const mobilenet = sequential({
  name: "mobilenet_1.00_224",
  layers: [
    input({ shape: [224, 224, 3] }),
    conv2d({ filters: 32, kernelSize: 3, strides: 2, padding: "same", useBias: false }), bn(), relu6(), // (None, 112, 112, 32)
    separable(64), //                                  (None, 112, 112, 64)
    separableDown(128), separable(128), //             (None, 56, 56, 128)
    separableDown(256), separable(256), //             (None, 28, 28, 256)
    separableDown(512), repeat(5, () => separable(512)), // (None, 14, 14, 512)
    separableDown(1024), separable(1024), //           (None, 7, 7, 1024)
    globalAveragePooling2d({ keepdims: true }), //     (None, 1, 1, 1024)
    dropout({ rate: 1e-3 }),
    conv2d({ filters: 1000, kernelSize: 1, padding: "same" }), // (None, 1, 1, 1000)
    reshape({ targetShape: [1000] }),
    activation({ activation: "softmax" }),
  ],
});

// Hover: const params: 4253864, const out: [null, 1000]
const params = mobilenet.countParams();
const out = mobilenet.outputShape;
export type MobileNetParams = ParamCount<typeof mobilenet>; // 4253864
const check: 4253864 = params;

if (import.meta.url === `file://${process.argv[1]}`) {
  mobilenet.summary();
  const nonTrainable = mobilenet.weights.filter((w) => !w.trainable).reduce((n, w) => n + w.shape.reduce((a, b) => a * b, 1), 0);
  console.log("MobileNet:", check, "params,", nonTrainable, "non-trainable, output", out);
}
