// ResNet50 as in Keras Applications (keras/applications/resnet.py: include_top, 224x224x3, 1000
// classes), written with blocks: a bottleneck is a Sequential block, `residual` adds its shortcut and
// `repeat` stacks the identity blocks of a stage. Exact shapes and parameter counts at compile time:
// hover `params` to read 25636712 (Keras: 25,636,712, of which 53,120 non-trainable).
import {
  activation, batchNormalization, conv2d, dense, globalAveragePooling2d, input, maxPooling2d, repeat, residual,
  sequential, zeroPadding2d, type ParamCount,
} from "shapeflow";

const bn = () => batchNormalization({ axis: 3, epsilon: 1.001e-5 });
const relu = () => activation({ activation: "relu" });

/** 1x1 (stride s) -> 3x3 -> 1x1 convolutions, each with batch normalization: Keras's residual_block_v1 main path. */
const bottleneck = <const f extends number, const f4 extends number, const s extends number>(filters: f, out: f4, stride: s) =>
  sequential({
    layers: [
      conv2d({ filters, kernelSize: 1, strides: stride }), bn(), relu(),
      conv2d({ filters, kernelSize: 3, padding: "same" }), bn(), relu(),
      conv2d({ filters: out, kernelSize: 1 }), bn(),
    ],
  });
/** The first block of a stage: its shortcut is a 1x1 projection to the new width (and stride). */
const convBlock = <const f extends number, const f4 extends number, const s extends number>(filters: f, out: f4, stride: s) =>
  sequential({
    layers: [residual(bottleneck(filters, out, stride), sequential({ layers: [conv2d({ filters: out, kernelSize: 1, strides: stride }), bn()] })), relu()],
  });
/** The other blocks: the shortcut is the identity. */
const identityBlock = <const f extends number, const f4 extends number>(filters: f, out: f4) =>
  sequential({ layers: [residual(bottleneck(filters, out, 1)), relu()] });
/** A stage: one conv block, then `n` identity blocks (n is a literal, so the compiler counts them). */
const stage = <const f extends number, const f4 extends number, const s extends number, const n extends number>(filters: f, out: f4, stride: s, n: n) =>
  sequential({ layers: [convBlock(filters, out, stride), repeat(n, () => identityBlock(filters, out))] });

export const resnet50 = sequential({
  name: "resnet50",
  layers: [
    input({ shape: [224, 224, 3] }),
    zeroPadding2d({ padding: 3 }), conv2d({ filters: 64, kernelSize: 7, strides: 2 }), bn(), relu(), // (None, 112, 112, 64)
    zeroPadding2d({ padding: 1 }), maxPooling2d({ poolSize: 3, strides: 2 }), //                        (None, 56, 56, 64)
    stage(64, 256, 1, 2), //   conv2: (None, 56, 56, 256)
    stage(128, 512, 2, 3), //  conv3: (None, 28, 28, 512)
    stage(256, 1024, 2, 5), // conv4: (None, 14, 14, 1024)
    stage(512, 2048, 2, 2), // conv5: (None, 7, 7, 2048)
    globalAveragePooling2d(), //      (None, 2048)
    dense({ units: 1000, activation: "softmax" }),
  ],
});

// Hover: const params: 25636712, const out: [null, 1000]
const params = resnet50.countParams();
const out = resnet50.outputShape;
export type ResNet50Params = ParamCount<typeof resnet50>; // 25636712
const check: 25636712 = params;

if (import.meta.url === `file://${process.argv[1]}`) {
  resnet50.summary();
  const nonTrainable = resnet50.weights.filter((w) => !w.trainable).reduce((n, w) => n + w.shape.reduce((a, b) => a * b, 1), 0);
  console.log("ResNet50:", check, "params,", nonTrainable, "non-trainable, output", out);
}
