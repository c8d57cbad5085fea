// EfficientNetB0 as in Keras Applications (keras/applications/efficientnet.py: include_top, 224x224x3,
// 1000 classes, weights=None), written with blocks. The stem rescales the pixels and normalizes them
// (Normalization's mean, variance and count: 7 non-trainable parameters). An MBConv block expands the
// channels with a 1x1 convolution (not in the first block), filters each channel with a depthwise
// convolution, reweighs the channels with squeeze-and-excitation (`gate`: the input times a sigmoid of
// its pooled channels), and projects with a 1x1 convolution; when the input and output match,
// `residual` adds the input back, after a Dropout that drops whole samples (noiseShape [null, 1, 1, 1]).
// Hover `params` to read 5330571 (Keras: 5,330,571, of which 42,023 non-trainable).
import {
  activation, batchNormalization, conv2d, dense, depthwiseConv2d, dropout, gate, globalAveragePooling2d, input,
  normalization, rescaling, reshape, residual, sequential, zeroPadding2d, type ParamCount,
} from "shapeflow";

const bn = () => batchNormalization();
const swish = () => activation({ activation: "swish" });

/** Squeeze-and-excitation: pool each of the `f` channels, squeeze to `s` (a quarter of the block's input), weigh the channels. */
const se = <const f extends number, const s extends number>(f: f, s: s) =>
  gate(sequential({
    layers: [
      globalAveragePooling2d(), reshape({ targetShape: [1, 1, f] }),
      conv2d({ filters: s, kernelSize: 1, padding: "same", activation: "swish" }),
      conv2d({ filters: f, kernelSize: 1, padding: "same", activation: "sigmoid" }),
    ],
  }));
const expand = <const f extends number>(f: f) => sequential({ layers: [conv2d({ filters: f, kernelSize: 1, padding: "same", useBias: false }), bn(), swish()] });
const project = <const f extends number>(f: f) => sequential({ layers: [conv2d({ filters: f, kernelSize: 1, padding: "same", useBias: false }), bn()] });
const depthwise = <const k extends number>(k: k) => sequential({ layers: [depthwiseConv2d({ kernelSize: k, padding: "same", useBias: false }), bn(), swish()] });
// Stride 2 pads first as Keras's correct_pad does for an even size: k // 2 - 1 before, k // 2 after.
const depthwiseDown = <const k extends 3 | 5>(k: k) =>
  sequential({
    layers: [
      zeroPadding2d({ padding: k === 3 ? [[0, 1], [0, 1]] : [[1, 2], [1, 2]] }),
      depthwiseConv2d({ kernelSize: k, strides: 2, useBias: false }), bn(), swish(),
    ],
  });

/** Stride 1 to a new width `p`: expanded to `e` channels, squeezed to `s`. */
const widen = <const k extends number, const e extends number, const s extends number, const p extends number>(k: k, e: e, s: s, p: p) =>
  sequential({ layers: [expand(e), depthwise(k), se(e, s), project(p)] });
/** Stride 2: halves rows and columns. */
const down = <const k extends 3 | 5, const e extends number, const s extends number, const p extends number>(k: k, e: e, s: s, p: p) =>
  sequential({ layers: [expand(e), depthwiseDown(k), se(e, s), project(p)] });
/** Stride 1, same width in and out: the input is added back, after dropping whole samples at `rate` (0.2 * block / 16). */
const keep = <const k extends number, const e extends number, const s extends number, const p extends number>(k: k, e: e, s: s, p: p, rate: number) =>
  residual(sequential({ layers: [expand(e), depthwise(k), se(e, s), project(p), dropout({ rate, noiseShape: [null, 1, 1, 1] })] }));

export const efficientnetB0 = sequential({
  name: "efficientnetb0",
  layers: [
    input({ shape: [224, 224, 3] }),
    rescaling({ scale: 1 / 255 }), normalization(), //                                                    stem
    zeroPadding2d({ padding: [[0, 1], [0, 1]] }), conv2d({ filters: 32, kernelSize: 3, strides: 2, useBias: false }), bn(), swish(), // (None, 112, 112, 32)
    sequential({ layers: [depthwise(3), se(32, 8), project(16)] }), //           block 1a, no expansion: (None, 112, 112, 16)
    down(3, 96, 4, 24), keep(3, 144, 6, 24, 0.025), //                            (None, 56, 56, 24)
    down(5, 144, 6, 40), keep(5, 240, 10, 40, 0.05), //                           (None, 28, 28, 40)
    down(3, 240, 10, 80), keep(3, 480, 20, 80, 0.075), keep(3, 480, 20, 80, 0.0875), // (None, 14, 14, 80)
    widen(5, 480, 20, 112), keep(5, 672, 28, 112, 0.1125), keep(5, 672, 28, 112, 0.125), // (None, 14, 14, 112)
    down(5, 672, 28, 192), keep(5, 1152, 48, 192, 0.15), keep(5, 1152, 48, 192, 0.1625), keep(5, 1152, 48, 192, 0.175), // (None, 7, 7, 192)
    widen(3, 1152, 48, 320), //                                                   (None, 7, 7, 320)
    conv2d({ filters: 1280, kernelSize: 1, padding: "same", useBias: false }), bn(), swish(), // (None, 7, 7, 1280)
    globalAveragePooling2d(), dropout({ rate: 0.2 }),
    dense({ units: 1000, activation: "softmax" }),
  ],
});

// Hover: const params: 5330571, const out: [null, 1000]
const params = efficientnetB0.countParams();
const out = efficientnetB0.outputShape;
export type EfficientNetB0Params = ParamCount<typeof efficientnetB0>; // 5330571
const check: 5330571 = params;

if (import.meta.url === `file://${process.argv[1]}`) {
  efficientnetB0.summary();
  const nonTrainable = efficientnetB0.weights.filter((w) => !w.trainable).reduce((n, w) => n + w.shape.reduce((a, b) => a * b, 1), 0);
  console.log("EfficientNetB0:", check, "params,", nonTrainable, "non-trainable, output", out);
}
