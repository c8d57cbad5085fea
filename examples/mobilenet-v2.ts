// MobileNetV2 as in Keras Applications (keras/applications/mobilenet_v2.py: alpha 1.0, include_top,
// 224x224x3, 1000 classes), written with blocks. An inverted residual block expands the channels
// with a 1x1 convolution, filters each channel with a 3x3 depthwise convolution, and projects back
// with a 1x1 convolution; when its input and output match, `residual` adds the input back.
// Hover `params` to read 3538984 (Keras: 3,538,984, of which 34,112 non-trainable).
import {
  activation, batchNormalization, conv2d, dense, depthwiseConv2d, globalAveragePooling2d, input, repeat, residual,
  sequential, zeroPadding2d, type ParamCount,
} from "shapeflow";

const bn = () => batchNormalization({ epsilon: 1e-3, momentum: 0.999 });
const relu6 = () => activation({ activation: "relu6" });
const expand = <const c extends number>(channels: c) =>
  sequential({ layers: [conv2d({ filters: channels, kernelSize: 1, padding: "same", useBias: false }), bn(), relu6()] });
const project = <const c extends number>(channels: c) =>
  sequential({ layers: [conv2d({ filters: channels, kernelSize: 1, padding: "same", useBias: false }), bn()] });
const depthwise = () => sequential({ layers: [depthwiseConv2d({ kernelSize: 3, padding: "same", useBias: false }), bn(), relu6()] });
// Stride 2 pads one row and column at the end first (Keras's correct_pad for an even size).
const depthwiseDown = () =>
  sequential({ layers: [zeroPadding2d({ padding: [[0, 1], [0, 1]] }), depthwiseConv2d({ kernelSize: 3, strides: 2, useBias: false }), bn(), relu6()] });

/** Stride 1, same width in and out: the input is added back. `e` is the expanded width (6 x the input's). */
const keep = <const e extends number, const c extends number>(e: e, c: c) => residual(sequential({ layers: [expand(e), depthwise(), project(c)] }));
/** Stride 1 to a new width: no residual. */
const widen = <const e extends number, const c extends number>(e: e, c: c) => sequential({ layers: [expand(e), depthwise(), project(c)] });
/** Stride 2: halves rows and columns, no residual. */
const down = <const e extends number, const c extends number>(e: e, c: c) => sequential({ layers: [expand(e), depthwiseDown(), project(c)] });

export const mobilenetV2 = sequential({
  name: "mobilenetv2_1.00_224",
  layers: [
    input({ shape: [224, 224, 3] }),
    conv2d({ filters: 32, kernelSize: 3, strides: 2, padding: "same", useBias: false }), bn(), relu6(), // (None, 112, 112, 32)
    sequential({ layers: [depthwise(), project(16)] }), //  block 0, no expansion: (None, 112, 112, 16)
    down(96, 24), keep(144, 24), //                         (None, 56, 56, 24)
    down(144, 32), repeat(2, () => keep(192, 32)), //       (None, 28, 28, 32)
    down(192, 64), repeat(3, () => keep(384, 64)), //       (None, 14, 14, 64)
    widen(384, 96), repeat(2, () => keep(576, 96)), //      (None, 14, 14, 96)
    down(576, 160), repeat(2, () => keep(960, 160)), //     (None, 7, 7, 160)
    widen(960, 320), //                                     (None, 7, 7, 320)
    conv2d({ filters: 1280, kernelSize: 1, useBias: false }), bn(), relu6(), // (None, 7, 7, 1280)
    globalAveragePooling2d(),
    dense({ units: 1000, activation: "softmax" }),
  ],
});

// Hover: const params: 3538984, const out: [null, 1000]
const params = mobilenetV2.countParams();
const out = mobilenetV2.outputShape;
export type MobileNetV2Params = ParamCount<typeof mobilenetV2>; // 3538984
const check: 3538984 = params;

if (import.meta.url === `file://${process.argv[1]}`) {
  mobilenetV2.summary();
  const nonTrainable = mobilenetV2.weights.filter((w) => !w.trainable).reduce((n, w) => n + w.shape.reduce((a, b) => a * b, 1), 0);
  console.log("MobileNetV2:", check, "params,", nonTrainable, "non-trainable, output", out);
}
