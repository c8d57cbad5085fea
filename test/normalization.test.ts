/**
 * BatchNormalization and LayerNormalization at run time: their weights (names, shapes, which are
 * trained), parameter counts checked against real Keras models, the summary's non-trainable count,
 * and the protection plain JavaScript callers get.
 */
import { beforeEach, describe, expect, test } from "vitest";
import {
  batchNormalization,
  clearSession,
  conv2d,
  dense,
  input,
  layerNormalization,
  model,
  sequential,
  ShapeError,
} from "../src/index.js";
import { shapeError } from "./shape-error.js";

beforeEach(() => clearSession());

/** Calls `f` and returns the ShapeError it throws (failing if it throws anything else or nothing). */
// Plain JavaScript callers: the compiler is not there to stop these calls.
const js = <f extends (...a: never[]) => unknown>(fn: f) => fn as unknown as (...a: unknown[]) => any;
const nonTrainable = (ws: readonly { shape: readonly number[]; trainable: boolean }[]) =>
  ws.filter((w) => !w.trainable).reduce((n, w) => n + w.shape.reduce((p, d) => p * d, 1), 0);

describe("BatchNormalization weights", () => {
  test("gamma and beta are trained, the moving mean and variance are not; Keras 3's names and order", () => {
    const bn = batchNormalization();
    expect(bn.built).toBe(false);
    expect(bn.countParams()).toBe(0);
    const y = bn(input({ shape: [112, 112, 64] }));
    expect(y.shape).toEqual([null, 112, 112, 64]);
    expect(bn.className).toBe("BatchNormalization");
    expect(bn.weights).toEqual([
      { name: "batch_normalization/gamma", shape: [64], trainable: true },
      { name: "batch_normalization/beta", shape: [64], trainable: true },
      { name: "batch_normalization/moving_mean", shape: [64], trainable: false },
      { name: "batch_normalization/moving_variance", shape: [64], trainable: false },
    ]);
    // ResNet50's conv1_bn: 256 params, 128 of them non-trainable.
    expect(bn.countParams()).toBe(256);
    expect(nonTrainable(bn.weights)).toBe(128);
  });
  test("the channels are the axis given: axis 1 for channelsFirst data", () => {
    const bn = batchNormalization({ axis: 1 });
    bn(conv2d({ filters: 16, kernelSize: 3, dataFormat: "channelsFirst" })(input({ shape: [3, 32, 32] })));
    expect(bn.weights.map((w) => w.shape)).toEqual([[16], [16], [16], [16]]);
    const bn2 = batchNormalization({ axis: -3 });
    bn2(input({ shape: [5, 7, 9] }));
    expect(bn2.weights.map((w) => w.shape)).toEqual([[5], [5], [5], [5]]);
  });
  test("scale: false leaves out gamma, center: false leaves out beta; the moving statistics stay", () => {
    const noScale = batchNormalization({ scale: false });
    noScale(input({ shape: [10] }));
    expect(noScale.weights.map((w) => w.name)).toEqual([
      "batch_normalization/beta",
      "batch_normalization/moving_mean",
      "batch_normalization/moving_variance",
    ]);
    expect(noScale.countParams()).toBe(30);
    const neither = batchNormalization({ center: false, scale: false, name: "bn" });
    neither(input({ shape: [10] }));
    expect(neither.weights.map((w) => [w.name, w.trainable])).toEqual([
      ["bn/moving_mean", false],
      ["bn/moving_variance", false],
    ]);
  });
  test("a frozen layer (trainable: false) trains none of its weights", () => {
    const bn = batchNormalization({ trainable: false });
    bn(input({ shape: [8] }));
    expect(bn.weights.map((w) => w.trainable)).toEqual([false, false, false, false]);
    expect(nonTrainable(bn.weights)).toBe(32);
  });
  test("ResNet50's 53 BatchNormalization layers hold its 53,120 non-trainable params", () => {
    // conv1_bn, then per stage: the blocks' three BNs (f, f, 4f) and the first block's shortcut BN (4f).
    const channels = [64];
    for (const [f, blocks] of [[64, 3], [128, 4], [256, 6], [512, 3]] as const) {
      for (let b = 0; b < blocks; b++) channels.push(f, f, 4 * f);
      channels.push(4 * f);
    }
    expect(channels).toHaveLength(53);
    const layers = channels.map((c) => {
      const bn = batchNormalization();
      bn(input({ shape: [7, 7, c] }));
      return bn;
    });
    const weights = layers.flatMap((l) => l.weights);
    expect(nonTrainable(weights)).toBe(53_120);
    expect(layers.reduce((n, l) => n + l.countParams(), 0)).toBe(106_240);
  });
  test("a second call must fit the same channels, since the weights are shared", () => {
    const bn = batchNormalization();
    bn(input({ shape: [4] }));
    // Keras 3's build also fixes the rank (InputSpec(ndim=...)), so the same channels on another rank fail.
    expect(shapeError(() => bn(input({ shape: [9, 4] }))).message).toMatch(/^BatchNormalization "batch_normalization" was built on an input of rank 2 by its first call/);
    expect(bn(input({ shape: [4], batchSize: 8 })).shape).toEqual([8, 4]);
    expect(shapeError(() => bn(input({ shape: [5] }))).message).toMatch(/^BatchNormalization "batch_normalization" already has weights gamma \(4,\)/);
  });
  test("options are kept with Keras 3's defaults", () => {
    const bn = batchNormalization() as unknown as Record<string, unknown>;
    expect([bn["axis"], bn["momentum"], bn["epsilon"], bn["center"], bn["scale"]]).toEqual([-1, 0.99, 0.001, true, true]);
  });
});

describe("LayerNormalization weights", () => {
  test("gamma and beta over the last axis, both trained", () => {
    const ln = layerNormalization();
    expect(ln(input({ shape: [128, 768] })).shape).toEqual([null, 128, 768]);
    expect(ln.weights).toEqual([
      { name: "layer_normalization/gamma", shape: [768], trainable: true },
      { name: "layer_normalization/beta", shape: [768], trainable: true },
    ]);
    // BERT-base's LayerNormalization: 1,536 params.
    expect(ln.countParams()).toBe(1536);
  });
  test("a list of axes gives weights of their sizes, in the order written (Keras 3's example)", () => {
    const ln = layerNormalization({ axis: [1, 2, 3] });
    ln(input({ batchShape: [5, 20, 30, 40] }));
    expect(ln.weights.map((w) => w.shape)).toEqual([[20, 30, 40], [20, 30, 40]]);
    expect(ln.countParams()).toBe(48_000);
    const reversed = layerNormalization({ axis: [-1, 1] });
    reversed(input({ shape: [10, 64] }));
    expect(reversed.weights.map((w) => w.shape)).toEqual([[64, 10], [64, 10]]);
  });
  test("center and scale leave out beta and gamma; rmsScaling keeps only gamma", () => {
    const noCenter = layerNormalization({ center: false });
    noCenter(input({ shape: [8] }));
    expect(noCenter.weights.map((w) => w.name)).toEqual(["layer_normalization/gamma"]);
    const none = layerNormalization({ center: false, scale: false });
    expect(none(input({ shape: [null] })).shape).toEqual([null, null]);
    expect(none.weights).toEqual([]);
    expect(none.countParams()).toBe(0);
    const rms = layerNormalization({ rmsScaling: true, scale: false });
    rms(input({ shape: [8] }));
    expect(rms.weights.map((w) => [w.name, w.shape])).toEqual([["layer_normalization_2/gamma", [8]]]);
  });
});

describe("the summary counts the moving statistics as non-trainable", () => {
  test("Sequential with BatchNormalization, 88 columns: Keras 3's table and totals", () => {
    const m = sequential().add(input({ shape: [4] })).add(dense({ units: 8 })).add(batchNormalization()).add(dense({ units: 1 }));
    let printed = "";
    const text = m.summary({ lineLength: 88, printFn: (t) => (printed += t) });
    expect(printed).toBe(text);
    expect(text).toBe(`Model: "sequential"
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━┓
┃ Layer (type)                         ┃ Output Shape                ┃         Param # ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━┩
│ dense (Dense)                        │ (None, 8)                   │              40 │
├──────────────────────────────────────┼─────────────────────────────┼─────────────────┤
│ batch_normalization                  │ (None, 8)                   │              32 │
│ (BatchNormalization)                 │                             │                 │
├──────────────────────────────────────┼─────────────────────────────┼─────────────────┤
│ dense_1 (Dense)                      │ (None, 1)                   │               9 │
└──────────────────────────────────────┴─────────────────────────────┴─────────────────┘
 Total params: 81 (324.00 B)
 Trainable params: 65 (260.00 B)
 Non-trainable params: 16 (64.00 B)
`);
    expect(m.countParams()).toBe(81);
  });
  test("a functional model with LayerNormalization and a frozen BatchNormalization", () => {
    const inp = input({ shape: [6] });
    const out = dense({ units: 1 })(batchNormalization({ trainable: false })(layerNormalization()(inp)));
    const text = model({ inputs: inp, outputs: out }).summary({ lineLength: 88, printFn: () => {} });
    // LayerNormalization 12 + BatchNormalization 24 (all frozen) + Dense 7.
    expect(text).toContain(" Total params: 43 (172.00 B)\n Trainable params: 19 (76.00 B)\n Non-trainable params: 24 (96.00 B)\n");
  });
});

describe("plain JavaScript callers get a ShapeError, not a crash", () => {
  test("options of the wrong type", () => {
    expect(shapeError(() => js(batchNormalization)("x")).message).toMatch(/^BatchNormalization expects an options object, but got string/);
    expect(shapeError(() => js(batchNormalization)(null)).message).toMatch(/^BatchNormalization expects an options object, but got null/);
    expect(shapeError(() => js(batchNormalization)({ axis: "1" })).message).toBe(
      'BatchNormalization: axis must be an integer (an axis counted from 0, or from -1 for the last), but got "1". Fix: use e.g. axis: -1, the last axis (the default).',
    );
    expect(shapeError(() => js(batchNormalization)({ axis: [1] })).message).toMatch(/^BatchNormalization: axis must be an integer .* but got \[1\]\./);
    expect(shapeError(() => js(batchNormalization)({ axis: null })).message).toMatch(/^BatchNormalization: axis must be an integer .* but got null\./);
    expect(shapeError(() => js(batchNormalization)({ momentum: "0.9" })).message).toBe(
      'BatchNormalization: momentum must be a number (the weight the moving averages keep at each step), but got "0.9". Fix: use e.g. momentum: 0.99.',
    );
    expect(shapeError(() => js(batchNormalization)({ epsilon: Number.NaN })).message).toMatch(/^BatchNormalization: epsilon must be a number .* but got NaN\./);
    expect(shapeError(() => js(batchNormalization)({ center: "yes" })).message).toBe(
      'BatchNormalization: center must be true or false, but got "yes". Fix: write center: true or center: false, or leave it out for the default.',
    );
    expect(shapeError(() => js(layerNormalization)({ axis: ["a"] })).message).toMatch(/^LayerNormalization: axis must be an integer or a non-empty list of integers .* but got \["a"\]\./);
    expect(shapeError(() => js(layerNormalization)({ axis: [] })).message).toMatch(/but got \[\]\./);
    expect(shapeError(() => js(layerNormalization)({ scale: 1 })).message).toMatch(/^LayerNormalization: scale must be true or false, but got 1\./);
    expect(shapeError(() => js(layerNormalization)({ rmsScaling: "true" })).message).toMatch(/^LayerNormalization: rmsScaling must be true or false/);
    expect(shapeError(() => js(layerNormalization)({ epsilon: "small" })).message).toMatch(/^LayerNormalization: epsilon must be a number/);
  });
  test("calls on something that is not a tensor", () => {
    expect(shapeError(() => js(batchNormalization())([1, 2, 3])).message).toMatch(/^BatchNormalization: expected a SymbolicTensor/);
    expect(shapeError(() => js(layerNormalization())(undefined)).message).toMatch(/^LayerNormalization: expected a SymbolicTensor/);
  });
  // The compiler rejects these too (see type-tests/errors/normalization.ts); here the runtime alone.
  test("an axis that is out of range or repeated names the layer", () => {
    const e = shapeError(() => js(batchNormalization({ axis: 5, name: "bn" }))(input({ shape: [3] })));
    expect(e.message).toBe("BatchNormalization: axis 5 does not exist in (None, 3), which has rank 2. Fix: use an axis of the input, counted from 0, or from -1 for the last (the default).");
    expect(e.layer).toBe("bn");
    expect(shapeError(() => js(layerNormalization({ axis: [2, -1] }))(input({ shape: [3, 4] }))).message).toBe(
      "LayerNormalization: axis [2, -1] names axis 2 of (None, 3, 4) twice. Fix: list each axis once.",
    );
  });
});
