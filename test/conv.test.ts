/**
 * The convolution layers at run time: weights (names, shapes), parameter counts checked against
 * models Keras 3 printed, and the ShapeError plain JavaScript callers get for what the compiler would
 * have caught. Shapes and messages shared with the compiler are in ./cases/conv.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, test } from "vitest";
import { root } from "./tsc.js";
import {
  clearSession,
  conv1d,
  conv1dTranspose,
  conv2d,
  conv2dTranspose,
  conv3d,
  conv3dTranspose,
  depthwiseConv1d,
  depthwiseConv2d,
  dropout,
  input,
  model,
  separableConv1d,
  separableConv2d,
  ShapeError,
  type SymbolicTensor,
} from "../src/index.js";
import { shapeError } from "./shape-error.js";

beforeEach(() => clearSession());

/** Calls `f` and returns the ShapeError it throws (failing if it throws anything else or nothing). */
// Plain JavaScript callers: the compiler is not there to stop these calls.
const js = <f extends (...a: never[]) => unknown>(fn: f) => fn as unknown as (...a: unknown[]) => any;
const shapes = (l: { weights: readonly { name: string; shape: readonly number[] }[] }) => l.weights.map((w) => [w.name, w.shape]);

describe("weights", () => {
  test("Conv2D: kernel [kRows, kCols, channels / groups, filters] and bias [filters], both trainable", () => {
    const c = conv2d({ filters: 8, kernelSize: [3, 5], groups: 2 });
    expect(c.countParams()).toBe(0);
    c(input({ shape: [10, 10, 4] }));
    expect(c.weights).toEqual([
      { name: "conv2d/kernel", shape: [3, 5, 2, 8], trainable: true },
      { name: "conv2d/bias", shape: [8], trainable: true },
    ]);
    expect(c.countParams()).toBe(3 * 5 * 2 * 8 + 8);
  });
  test("Conv1D and Conv3D read the channels from the axis the data format says", () => {
    const a = conv1d({ filters: 4, kernelSize: 3, dataFormat: "channelsFirst", useBias: false });
    a(input({ shape: [6, 50] }));
    expect(shapes(a)).toEqual([["conv1d/kernel", [3, 6, 4]]]);
    const b = conv3d({ filters: 4, kernelSize: [1, 2, 3] });
    b(input({ shape: [8, 8, 8, 5] }));
    expect(shapes(b)).toEqual([["conv3d/kernel", [1, 2, 3, 5, 4]], ["conv3d/bias", [4]]]);
  });
  test("transposed: kernel [...kernelSize, filters, channels], bias [filters]; no groups", () => {
    const t = conv2dTranspose({ filters: 16, kernelSize: [3, 2], strides: 2 });
    t(input({ shape: [14, 14, 32] }));
    expect(shapes(t)).toEqual([["conv2d_transpose/kernel", [3, 2, 16, 32]], ["conv2d_transpose/bias", [16]]]);
    const t1 = conv1dTranspose({ filters: 4, kernelSize: 3, dataFormat: "channelsFirst" });
    t1(input({ shape: [6, 10] }));
    expect(shapes(t1)).toEqual([["conv1d_transpose/kernel", [3, 4, 6]], ["conv1d_transpose/bias", [4]]]);
    const t3 = conv3dTranspose({ filters: 8, kernelSize: 2, useBias: false });
    t3(input({ shape: [8, 8, 8, 4] }));
    expect(shapes(t3)).toEqual([["conv3d_transpose/kernel", [2, 2, 2, 8, 4]]]);
  });
  test("separable: depthwise_kernel, pointwise_kernel and bias, with the depth multiplier", () => {
    const s = separableConv2d({ filters: 16, kernelSize: 3, depthMultiplier: 2 });
    s(input({ shape: [32, 32, 3] }));
    expect(shapes(s)).toEqual([
      ["separable_conv2d/depthwise_kernel", [3, 3, 3, 2]],
      ["separable_conv2d/pointwise_kernel", [1, 1, 6, 16]],
      ["separable_conv2d/bias", [16]],
    ]);
    const s1 = separableConv1d({ filters: 5, kernelSize: 4, useBias: false });
    s1(input({ shape: [10, 12] }));
    expect(shapes(s1)).toEqual([["separable_conv1d/depthwise_kernel", [4, 12, 1]], ["separable_conv1d/pointwise_kernel", [1, 12, 5]]]);
  });
  test("depthwise: kernel [...kernelSize, channels, depthMultiplier] (Keras 3's name) and bias [channels * depthMultiplier]", () => {
    const d = depthwiseConv2d({ kernelSize: 3, depthMultiplier: 2, dataFormat: "channelsFirst" });
    d(input({ shape: [8, 28, 28] }));
    expect(shapes(d)).toEqual([["depthwise_conv2d/kernel", [3, 3, 8, 2]], ["depthwise_conv2d/bias", [16]]]);
    const d1 = depthwiseConv1d({ kernelSize: 5 });
    d1(input({ shape: [100, 8] }));
    expect(shapes(d1)).toEqual([["depthwise_conv1d/kernel", [5, 8, 1]], ["depthwise_conv1d/bias", [8]]]);
  });
  test("trainable: false makes every weight non-trainable", () => {
    const s = separableConv2d({ filters: 4, kernelSize: 3, trainable: false });
    s(input({ shape: [8, 8, 2] }));
    expect(s.weights.map((w) => w.trainable)).toEqual([false, false, false]);
  });
  test("a conv called again shares its weights, so it needs the same channels", () => {
    const c = conv2d({ filters: 8, kernelSize: 3 });
    c(input({ shape: [28, 28, 3] }));
    expect(c(input({ shape: [64, 64, 3] })).shape).toEqual([null, 62, 62, 8]);
    expect(shapeError(() => c(input({ shape: [28, 28, 4] }))).message).toBe(
      `Conv2D "conv2d" already has weights kernel (3, 3, 3, 8), bias (8,) from its first call, and they cannot take the input (None, 28, 28, 4). Fix: a layer called twice shares its weights, so call it on inputs of the same shape, or create a new layer.`,
    );
  });
});

describe("parameter counts of real Keras models", () => {
  test("VGG16's first layer, Conv2D(64, 3, padding='same') on 224x224x3: 1,792", () => {
    const c = conv2d({ filters: 64, kernelSize: 3, padding: "same", activation: "relu" });
    expect(c(input({ shape: [224, 224, 3] })).shape).toEqual([null, 224, 224, 64]);
    expect(c.countParams()).toBe(1792);
  });
  test("MobileNetV2's expanded_conv_depthwise, DepthwiseConv2D(3, same, no bias) on 112x112x32: 288", () => {
    const d = depthwiseConv2d({ kernelSize: 3, padding: "same", useBias: false });
    expect(d(input({ shape: [112, 112, 32] })).shape).toEqual([null, 112, 112, 32]);
    expect(d.countParams()).toBe(288);
  });
  test("Xception's block2_sepconv1, SeparableConv2D(128, 3, same, no bias) on 147x147x64: 8,768", () => {
    const s = separableConv2d({ filters: 128, kernelSize: 3, padding: "same", useBias: false });
    expect(s(input({ shape: [147, 147, 64] })).shape).toEqual([null, 147, 147, 128]);
    expect(s.countParams()).toBe(3 * 3 * 64 + 64 * 128);
    expect(s.countParams()).toBe(8768);
  });
  test("keras.io's timeseries anomaly detection autoencoder (Conv1D, Conv1DTranspose): 9,505", () => {
    const layers = [
      conv1d({ filters: 32, kernelSize: 7, padding: "same", strides: 2, activation: "relu" }),
      dropout({ rate: 0.2 }),
      conv1d({ filters: 16, kernelSize: 7, padding: "same", strides: 2, activation: "relu" }),
      conv1dTranspose({ filters: 16, kernelSize: 7, padding: "same", strides: 2, activation: "relu" }),
      dropout({ rate: 0.2 }),
      conv1dTranspose({ filters: 32, kernelSize: 7, padding: "same", strides: 2, activation: "relu" }),
      conv1dTranspose({ filters: 1, kernelSize: 7, padding: "same" }),
    ] as const;
    const inp = input({ shape: [288, 1] });
    let x: SymbolicTensor = inp;
    const rows = layers.map((l) => {
      x = js(l)(x);
      return [l.name, x.shape, l.countParams()];
    });
    expect(rows).toEqual([
      ["conv1d", [null, 144, 32], 256],
      ["dropout", [null, 144, 32], 0],
      ["conv1d_1", [null, 72, 16], 3600],
      ["conv1d_transpose", [null, 144, 16], 1808],
      ["dropout_1", [null, 144, 16], 0],
      ["conv1d_transpose_1", [null, 288, 32], 3616],
      ["conv1d_transpose_2", [null, 288, 1], 225],
    ]);
    expect(model({ inputs: inp, outputs: x }).countParams()).toBe(9505);
  });
  test("keras.io's VAE on MNIST: the encoder's Conv2Ds and the decoder's Conv2DTransposes", () => {
    const e1 = conv2d({ filters: 32, kernelSize: 3, activation: "relu", strides: 2, padding: "same" });
    const e2 = conv2d({ filters: 64, kernelSize: 3, activation: "relu", strides: 2, padding: "same" });
    expect(e2(e1(input({ shape: [28, 28, 1] }))).shape).toEqual([null, 7, 7, 64]);
    expect([e1.countParams(), e2.countParams()]).toEqual([320, 18496]);
    const d1 = conv2dTranspose({ filters: 64, kernelSize: 3, activation: "relu", strides: 2, padding: "same" });
    const d2 = conv2dTranspose({ filters: 32, kernelSize: 3, activation: "relu", strides: 2, padding: "same" });
    const d3 = conv2dTranspose({ filters: 1, kernelSize: 3, activation: "sigmoid", padding: "same" });
    expect(d3(d2(d1(input({ shape: [7, 7, 64] })))).shape).toEqual([null, 28, 28, 1]);
    expect([d1.countParams(), d2.countParams(), d3.countParams()]).toEqual([36928, 18464, 289]);
  });
  test("keras.io's 3D CT-scan classifier: its four Conv3D layers (on the shapes its pooling leaves)", () => {
    const counts = [
      [[128, 128, 64, 1], 64, [null, 126, 126, 62, 64], 1792],
      [[63, 63, 31, 64], 64, [null, 61, 61, 29, 64], 110656],
      [[30, 30, 14, 64], 128, [null, 28, 28, 12, 128], 221312],
      [[14, 14, 6, 128], 256, [null, 12, 12, 4, 256], 884992],
    ] as const;
    for (const [shape, filters, out, params] of counts) {
      const c = conv3d({ filters, kernelSize: 3, activation: "relu" });
      expect(c(input({ shape })).shape).toEqual(out);
      expect(c.countParams()).toBe(params);
    }
  });
  // No printed Keras summary was found for these three; the counts follow from Keras 3's weight shapes
  // (base_conv_transpose.py, base_separable_conv.py, base_depthwise_conv.py), and the shapes are the
  // Keras docstring examples: Conv1DTranspose(32, 3, 2) on (10, 128) -> (21, 32) is the same rule.
  test("Conv3DTranspose, SeparableConv1D, DepthwiseConv1D: counts from Keras 3's weight shapes", () => {
    const t = conv3dTranspose({ filters: 6, kernelSize: [2, 2, 3], strides: [2, 1, 2] });
    expect(t(input({ shape: [8, 8, 8, 4] })).shape).toEqual([null, 16, 9, 17, 6]);
    expect(t.countParams()).toBe(2 * 2 * 3 * 6 * 4 + 6);
    const s = separableConv1d({ filters: 3, kernelSize: 4, strides: 3, depthMultiplier: 2 });
    expect(s(input({ shape: [10, 12] })).shape).toEqual([null, 3, 3]);
    expect(s.countParams()).toBe(4 * 12 * 2 + 24 * 3 + 3);
    const d = depthwiseConv1d({ kernelSize: 3, depthMultiplier: 3, strides: 2, activation: "relu" });
    expect(d(input({ shape: [10, 12] })).shape).toEqual([null, 4, 36]);
    expect(d.countParams()).toBe(3 * 12 * 3 + 36);
  });
});

describe("plain JavaScript misuse gets a ShapeError", () => {
  test("no options, or not an object", () => {
    expect(shapeError(() => js(conv2d)()).message).toBe(
      "Conv2D expects an options object, but got undefined. Fix: pass options such as { filters: ... }.",
    );
    expect(shapeError(() => js(depthwiseConv2d)(null)).message).toBe(
      "DepthwiseConv2D expects an options object, but got null. Fix: pass options such as { kernelSize: ... }.",
    );
    expect(shapeError(() => js(conv2dTranspose)([64, 3])).message).toMatch(/^Conv2DTranspose expects an options object, but got an array/);
  });
  test("a missing or mistyped size", () => {
    expect(shapeError(() => js(conv2d)({ kernelSize: 3 })).message).toMatch(/^Conv2D: filters must be a positive integer .* but got undefined\./);
    expect(shapeError(() => js(conv2d)({ filters: "8", kernelSize: 3 })).message).toMatch(/^Conv2D: filters must be a positive integer .* but got "8"\./);
    expect(shapeError(() => js(conv2d)({ filters: 8 })).message).toBe(
      "Conv2D: kernelSize must be a positive integer or a list of 2 positive integers (the window each kernel covers), but got undefined. Fix: use e.g. kernelSize: 3.",
    );
    expect(shapeError(() => js(depthwiseConv1d)({})).message).toMatch(/^DepthwiseConv1D: kernelSize must be .* but got undefined\./);
    expect(shapeError(() => js(conv2d)({ filters: 8, kernelSize: "3" })).message).toMatch(/^Conv2D: kernelSize must be .* but got "3"\./);
    expect(shapeError(() => js(conv2d)({ filters: 8, kernelSize: [3] })).message).toMatch(/^Conv2D: kernelSize must be .* list of 2 .* but got \[3\]\./);
    expect(shapeError(() => js(conv3d)({ filters: 8, kernelSize: 3, strides: [1, 1] })).message).toMatch(/^Conv3D: strides must be .* list of 3 .* but got \[1, 1\]\./);
    expect(shapeError(() => js(separableConv2d)({ filters: 8, kernelSize: 3, depthMultiplier: 1.5 })).message).toMatch(
      /^SeparableConv2D: depthMultiplier must be a positive integer .* but got 1\.5\./,
    );
    expect(shapeError(() => js(conv1dTranspose)({ filters: 8, kernelSize: 3, strides: 2, outputPadding: "1" })).message).toMatch(
      /^Conv1DTranspose: outputPadding must be a non-negative integer .* but got "1"\./,
    );
    expect(shapeError(() => js(conv2dTranspose)({ filters: 8, kernelSize: 3, strides: 2, outputPadding: [1] })).message).toMatch(
      /^Conv2DTranspose: outputPadding must be .* list of 2 .* but got \[1\]\./,
    );
  });
  test("a choice the layer does not have", () => {
    expect(shapeError(() => js(conv2d)({ filters: 8, kernelSize: 3, padding: "causal" })).message).toBe(
      `Conv2D: padding must be one of "valid", "same", but got "causal". Fix: use one of "valid", "same".`,
    );
    expect(shapeError(() => js(conv1d)({ filters: 8, kernelSize: 3, padding: "full" })).message).toBe(
      `Conv1D: padding must be one of "valid", "same", "causal", but got "full". Fix: use one of "valid", "same", "causal".`,
    );
    expect(shapeError(() => js(separableConv1d)({ filters: 8, kernelSize: 3, padding: "causal" })).message).toMatch(/^SeparableConv1D: padding must be one of "valid", "same"/);
    expect(shapeError(() => js(conv1dTranspose)({ filters: 8, kernelSize: 3, padding: "causal" })).message).toMatch(/^Conv1DTranspose: padding must be one of "valid", "same"/);
    expect(shapeError(() => js(depthwiseConv2d)({ kernelSize: 3, dataFormat: "channels_last" })).message).toBe(
      `DepthwiseConv2D: dataFormat must be one of "channelsLast", "channelsFirst", but got "channels_last". Fix: use one of "channelsLast", "channelsFirst".`,
    );
    expect(shapeError(() => js(conv3dTranspose)({ filters: 8, kernelSize: 3, activation: "relux" })).message).toMatch(/^Conv3DTranspose: unknown activation "relux"/);
  });
  test("called on something that is not a tensor", () => {
    expect(shapeError(() => js(conv2d({ filters: 8, kernelSize: 3 }))([28, 28, 3])).message).toBe(
      "Conv2D: expected a SymbolicTensor (from input() or another layer), but got an array of 3. Fix: start from input({ shape: [...] }) and pass the tensor a layer returned.",
    );
  });
  test("the errors name the layer that threw", () => {
    const e = shapeError(() => js(depthwiseConv2d({ kernelSize: 5, name: "dw" }))(input({ shape: [4, 4, 3] })));
    expect(e.layer).toBe("dw");
    expect(e.message).toMatch(/^DepthwiseConv2D: the kernel \(after dilation\) spans 5 along axis 1 \(rows\)/);
  });
});

describe("transposed lengths follow Keras 3's formula", () => {
  // keras/src/backend/common/backend_utils.py: without outputPadding, valid gives (n - 1) * s + max(span, s)
  // and same gives n * s; with it, valid gives (n - 1) * s + span + op and same (n - 1) * s + span % 2 + op.
  const length = (o: { kernelSize: number; strides?: number; padding?: "valid" | "same"; outputPadding?: number; dilationRate?: number }, n: number) =>
    conv1dTranspose({ filters: 1, ...o })(input({ shape: [n, 1] })).shape[1];
  test.each([
    [{ kernelSize: 3, strides: 2 }, 10, 21],
    [{ kernelSize: 2, strides: 3 }, 10, 30],
    [{ kernelSize: 3 }, 10, 12],
    [{ kernelSize: 3, dilationRate: 3 }, 10, 16],
    [{ kernelSize: 3, strides: 2, padding: "same" }, 10, 20],
    [{ kernelSize: 3, strides: 2, outputPadding: 0 }, 10, 21],
    [{ kernelSize: 3, strides: 3, outputPadding: 2 }, 10, 32],
    [{ kernelSize: 3, strides: 2, padding: "same", outputPadding: 0 }, 10, 19],
    [{ kernelSize: 4, strides: 2, padding: "same", outputPadding: 1 }, 10, 19],
    [{ kernelSize: 1, strides: 4, padding: "same", outputPadding: 3 }, 1, 4],
  ] as const)("%o on %i steps: %i", (o, n, out) => {
    expect(length(o, n)).toBe(out);
  });
});

test("PositiveSize, the options checks' fast path's sizes, is 1 to 1,024 in order, none left out", () => {
  const text = readFileSync(join(root, "src", "core", "positive-size.ts"), "utf8");
  const union = text.slice(text.indexOf("export type PositiveSize ="));
  const sizes = [...union.matchAll(/\| (\d+)/g)].map((m) => Number(m[1]));
  expect(sizes).toEqual(Array.from({ length: 1024 }, (_, i) => i + 1));
});
