/**
 * The everyday layers of issue #15 (merges, activation layers, noise, preprocessing): what the shared
 * parity cases (./cases/*.ts) cannot say: weights, Keras configs, checks that only plain JavaScript
 * reaches, and the TF.js bridge building them.
 */
import { beforeAll, describe, expect, test } from "vitest";
import * as sf from "../src/index.js";
import { ShapeError } from "../src/index.js";
import { toTfjs } from "../src/tfjs/index.js";
import { shapeError } from "./shape-error.js";

// TF.js is imported by a name the compiler does not follow: its 4.22 declarations do not type-check
// (see test/conformance/tsconfig.json), and this file is checked with the library's own settings.
const tfjsLayers: string = "@tensorflow/tfjs-layers";
const tfjsCpu: string = "@tensorflow/tfjs-backend-cpu";
const tfjsCore: string = "@tensorflow/tfjs-core";
interface TfModel {
  countParams(): number;
  readonly layers: readonly { getClassName(): string; getConfig(): Record<string, unknown> }[];
}
let tfl: object;
beforeAll(async () => {
  await import(tfjsCpu);
  tfl = (await import(tfjsLayers)) as object;
});

/** A factory called from plain JavaScript, where the compiler checks nothing. */
const js = (f: unknown) => f as (o?: unknown) => (x: unknown) => sf.SymbolicTensor;

describe("merges", () => {
  test("no weights; Dot's Keras config keeps axes as written", () => {
    const a = sf.input({ shape: [5, 3] });
    const b = sf.input({ shape: [7, 3] });
    for (const l of [sf.multiply(), sf.average(), sf.maximum(), sf.minimum()]) {
      l([a, a]);
      expect(l.weights).toEqual([]);
      expect(l.countParams()).toBe(0);
    }
    const d = sf.dot({ axes: -1 });
    expect(d([a, b]).shape).toEqual([null, 5, 7]);
    expect(d.countParams()).toBe(0);
    expect(d.kerasConfig().config).toMatchObject({ axes: -1, normalize: false });
    expect(sf.dot({ axes: [1, 2], normalize: true }).kerasConfig().config).toMatchObject({ axes: [1, 2], normalize: true });
  });
  test("plain JavaScript: Dot's axes and normalize, Subtract's list", () => {
    expect(shapeError(() => js(sf.dot)({})).message).toMatch(/^Dot needs the option axes/);
    expect(shapeError(() => js(sf.dot)({ axes: "1" })).message).toBe(
      'Dot: axes must be an integer axis or a pair [axis of input 0, axis of input 1], but got "1". Fix: use e.g. axes: -1, or axes: [1, 2].',
    );
    expect(shapeError(() => js(sf.dot)({ axes: [1, 2, 3] })).message).toMatch(/^Dot: axes must be an integer axis or a pair .* but got \[1, 2, 3\]/);
    expect(shapeError(() => js(sf.dot)({ axes: 1.5 })).message).toMatch(/but got 1\.5\./);
    expect(shapeError(() => js(sf.dot)({ axes: 1, normalize: "yes" })).message).toMatch(/^Dot: normalize must be/);
    const x = sf.input({ shape: [4] });
    expect(shapeError(() => js(sf.subtract)()(x)).message).toMatch(/^Subtract takes a list of tensors, but got SymbolicTensor/);
    expect(shapeError(() => js(sf.subtract)()([x, 3])).message).toMatch(/^Subtract: expected a SymbolicTensor/);
  });
});

describe("activation layers", () => {
  test("PReLU's alpha: one value per element of a sample, 1 on the shared axes", () => {
    const x = sf.input({ shape: [8, 8, 3] });
    const p = sf.prelu();
    p(x);
    expect(p.weights).toEqual([{ name: p.name + "/alpha", shape: [8, 8, 3], trainable: true }]);
    expect(p.countParams()).toBe(192);
    const q = sf.prelu({ sharedAxes: [1, 2] });
    q(x);
    expect(q.weights.map((w) => w.shape)).toEqual([[1, 1, 3]]);
    expect(q.kerasConfig().config).toMatchObject({ shared_axes: [1, 2] });
    const r = sf.prelu({ sharedAxes: 2 });
    r(x);
    expect(r.countParams()).toBe(24);
    expect(r.kerasConfig().config).toMatchObject({ shared_axes: [2] });
  });
  test("Keras 3's configs: ReLU's three options, LeakyReLU's negative_slope", () => {
    expect(sf.reLU().kerasConfig().config).toMatchObject({ max_value: null, negative_slope: 0, threshold: 0 });
    expect(sf.leakyReLU().kerasConfig().config).toMatchObject({ negative_slope: 0.3 });
    expect(sf.softmax().kerasConfig().config).toMatchObject({ axis: -1 });
  });
  test("plain JavaScript: numbers checked", () => {
    expect(shapeError(() => js(sf.reLU)({ maxValue: "6" })).message).toBe(
      'ReLU: maxValue must be a number of 0 or more (the largest output), but got "6". Fix: use e.g. maxValue: 6.',
    );
    expect(shapeError(() => js(sf.leakyReLU)({ negativeSlope: NaN })).message).toMatch(/^LeakyReLU: negativeSlope must be a number of 0 or more .* but got NaN/);
    expect(shapeError(() => js(sf.elu)({ alpha: "1" })).message).toBe('ELU: alpha must be a finite number, but got "1". Fix: use e.g. alpha: 1.');
    expect(shapeError(() => js(sf.softmax)({ axis: "1" })(sf.input({ shape: [4] }))).message).toMatch(/^Softmax: axis "1" does not exist in \(None, 4\)/);
    expect(shapeError(() => js(sf.prelu)({ sharedAxes: ["1"] })(sf.input({ shape: [4] }))).message).toMatch(/^PReLU: sharedAxes \["1"\] names axis "1"/);
    expect(shapeError(() => js(sf.activation)({ activation: "glu" })).message).toMatch(/^Activation: unknown activation "glu"/);
  });
  test("TF.js builds them with the same shapes and weights; LeakyReLU's slope reaches TF.js as alpha", async () => {
    sf.clearSession();
    const x = sf.input({ shape: [4, 4, 3] });
    const layers = [sf.reLU({ maxValue: 6 }), sf.leakyReLU({ negativeSlope: 0.2 }), sf.prelu({ sharedAxes: [1, 2] }), sf.elu(), sf.softmax({ axis: 1 }), sf.thresholdedReLU({ theta: 0.5 })];
    const y = layers.reduce<sf.SymbolicTensor>((t, l) => (l as unknown as (t: sf.SymbolicTensor) => sf.SymbolicTensor)(t), x);
    const m = sf.model({ inputs: x, outputs: y });
    const t = (await toTfjs(m, { tf: tfl as never })) as unknown as TfModel;
    expect(t.countParams()).toBe(m.countParams());
    expect(t.countParams()).toBe(3);
    const leaky = t.layers.find((l) => l.getClassName() === "LeakyReLU")!;
    expect(leaky.getConfig()["alpha"]).toBe(0.2);
  });
  test("TF.js's ReLU has only maxValue: a slope or a threshold is refused with the layer that has it", async () => {
    sf.clearSession();
    const x = sf.input({ shape: [4] });
    const m = sf.model({ inputs: x, outputs: sf.reLU({ negativeSlope: 0.1 })(x) });
    await expect(toTfjs(m, { tf: tfl as never })).rejects.toThrow(/re_lu.*negativeSlope.*Fix: use leakyReLU\(\{ negativeSlope \}\) instead/);
    const e = sf.model({ inputs: x, outputs: sf.elu({ alpha: 0.5 })(x) });
    await expect(toTfjs(e, { tf: tfl as never })).rejects.toThrow(/"elu".*alpha.*Fix: leave alpha at 1, the only value TF.js's ELU takes/);
  });
});

describe("noise and regularization layers", () => {
  test("no weights; Keras 3's configs", () => {
    const x = sf.input({ shape: [7, 7, 32] });
    const d = sf.dropout({ rate: 0.2, noiseShape: [null, 1, 1, 1] });
    d(x);
    expect(d.countParams()).toBe(0);
    expect(d.kerasConfig().config).toMatchObject({ rate: 0.2, seed: null, noise_shape: [null, 1, 1, 1] });
    expect(sf.gaussianNoise({ stddev: 0.1 }).kerasConfig().config).toMatchObject({ stddev: 0.1, seed: null });
    expect(sf.spatialDropout1d({ rate: 0.2 }).kerasConfig().config).not.toHaveProperty("data_format");
  });
  test("plain JavaScript: noiseShape and fractions checked", () => {
    expect(shapeError(() => js(sf.dropout)({ rate: 0.2, noiseShape: "1" })).message).toMatch(/^Dropout: every size in noiseShape must be a positive integer or null, but got "1"/);
    expect(shapeError(() => js(sf.dropout)({ rate: 0.2, noiseShape: [null, 2.5] })).message).toMatch(/but got 2\.5\./);
    expect(shapeError(() => js(sf.gaussianNoise)({ stddev: "0.1" })).message).toMatch(/^GaussianNoise: stddev is the standard deviation of the noise and must be between 0 and 1, but got "0\.1"/);
    expect(shapeError(() => js(sf.spatialDropout2d)({ rate: 0.2, dataFormat: "NHWC" })).message).toMatch(/^SpatialDropout2D: dataFormat must be one of/);
  });
  test("TF.js builds the ones it has; SpatialDropout2D's alternative, a Dropout with a noise shape, builds", async () => {
    sf.clearSession();
    const x = sf.input({ shape: [10, 3] });
    const y = sf.alphaDropout({ rate: 0.1 })(sf.gaussianDropout({ rate: 0.2 })(sf.gaussianNoise({ stddev: 0.1 })(sf.spatialDropout1d({ rate: 0.2 })(x))));
    const t = (await toTfjs(sf.model({ inputs: x, outputs: y }), { tf: tfl as never })) as unknown as TfModel;
    expect(t.layers.map((l) => l.getClassName())).toEqual(["InputLayer", "SpatialDropout1D", "GaussianNoise", "GaussianDropout", "AlphaDropout"]);
    const img = sf.input({ shape: [8, 8, 3] });
    await expect(toTfjs(sf.model({ inputs: img, outputs: sf.spatialDropout2d({ rate: 0.2 })(img) }), { tf: tfl as never })).rejects.toThrow(
      /SpatialDropout2D.*Fix: use dropout\(\{ rate, noiseShape: \[null, 1, 1, channels\] \}\)/,
    );
    const alt = sf.dropout({ rate: 0.2, noiseShape: [null, 1, 1, 3] })(img);
    const ta = (await toTfjs(sf.model({ inputs: img, outputs: alt }), { tf: tfl as never })) as unknown as TfModel;
    expect(ta.layers[1]!.getConfig()["noiseShape"]).toEqual([null, 1, 1, 3]);
  });
});

describe("preprocessing layers", () => {
  test("Resizing and CenterCrop have their sizes, PReLU its shared axes as a list, as their types say (session 12)", () => {
    const r = sf.resizing({ height: 3, width: 4 });
    expect([r.height, r.width]).toEqual([3, 4]);
    const c = sf.centerCrop({ height: 3, width: 4 });
    expect([c.height, c.width]).toEqual([3, 4]);
    expect(sf.prelu({ sharedAxes: [1, 2] }).sharedAxes).toEqual([1, 2]);
    expect(sf.prelu({ sharedAxes: 2 }).sharedAxes).toEqual([2]);
    expect(sf.prelu().sharedAxes).toBe(null);
    const cell = sf.gruCell({ units: 2 });
    expect(sf.rnn({ cell }).cells).toEqual([cell]);
    const list = [sf.lstmCell({ units: 2 }), cell] as const;
    expect(sf.rnn({ cell: list }).cells).toEqual(list);
  });
  test("Normalization: mean, variance and count, non-trainable, as Keras 3 counts them; none with mean and variance given", () => {
    const n = sf.normalization();
    n(sf.input({ shape: [224, 224, 3] }));
    expect(n.weights.map((w) => [w.name.split("/")[1], w.shape, w.trainable])).toEqual([
      ["mean", [3], false],
      ["variance", [3], false],
      ["count", [], false],
    ]);
    expect(n.countParams()).toBe(7);
    const m = sf.normalization({ axis: [2, 1] });
    m(sf.input({ shape: [5, 4, 3] }));
    expect(m.weights[0]!.shape).toEqual([5, 4]);
    const given = sf.normalization({ mean: [0.5, 0.5, 0.5], variance: [1, 1, 1] });
    given(sf.input({ shape: [8, 8, 3] }));
    expect(given.countParams()).toBe(0);
    expect(shapeError(() => sf.normalization({ mean: [0.5, 0.5], variance: [1, 1] })(sf.input({ shape: [8, 8, 3] }))).message).toBe(
      "Normalization: mean [0.5, 0.5] has one value per position of the kept axes, so its length must be 1 or 3, the size of the last kept axis of (None, 8, 8, 3). Fix: give 3 values (or one number), or keep the axis they are for.",
    );
  });
  test("plain JavaScript: Rescaling's numbers, Normalization's mean", () => {
    expect(shapeError(() => js(sf.rescaling)({ scale: "2" })).message).toBe('Rescaling: scale must be a finite number, but got "2". Fix: use e.g. scale: 1 / 255.');
    expect(shapeError(() => js(sf.rescaling)(null)).message).toMatch(/^Rescaling expects an options object, but got null/);
    expect(shapeError(() => js(sf.normalization)({ mean: "0", variance: "1" })).message).toMatch(/^Normalization: mean and variance must have the same shape/);
    expect(shapeError(() => js(sf.normalization)({ invert: 1 })).message).toMatch(/^Normalization: invert must be/);
  });
  test("TF.js builds Rescaling; Subtract's alternative (add a rescaled -1) builds and subtracts", async () => {
    sf.clearSession();
    const a = sf.input({ shape: [3] });
    const b = sf.input({ shape: [3] });
    const out = sf.add()([a, sf.rescaling({ scale: -1 })(b)]);
    const t = (await toTfjs(sf.model({ inputs: [a, b], outputs: out }), { tf: tfl as never })) as unknown as TfModel & { predict(x: unknown): { dataSync(): Float32Array } };
    const tf = (await import(tfjsCore)) as unknown as { tensor2d(v: number[][]): unknown };
    expect(Array.from(t.predict([tf.tensor2d([[5, 5, 5]]), tf.tensor2d([[1, 2, 3]])]).dataSync())).toEqual([4, 3, 2]);
    const m = sf.model({ inputs: [a, b], outputs: sf.subtract()([a, b]) });
    await expect(toTfjs(m, { tf: tfl as never })).rejects.toThrow(/Subtract.*Fix: add the negated second input: add\(\)\(\[a, rescaling\(\{ scale: -1 \}\)\(b\)\]\)/);
    const x = sf.input({ shape: [3] });
    await expect(toTfjs(sf.model({ inputs: x, outputs: sf.normalization()(x) }), { tf: tfl as never })).rejects.toThrow(/Normalization.*Fix: normalize the data before the model/);
  });
});

describe("gate (squeeze-and-excitation)", () => {
  const seBranch = (f: number) =>
    sf.sequential({ layers: [sf.globalAveragePooling2d({ keepdims: true }), sf.conv2d({ filters: 8, kernelSize: 1, activation: "swish" }), sf.conv2d({ filters: f, kernelSize: 1, activation: "sigmoid" })] });
  test("the input times its branch: the shape of the input, the branch's weights", () => {
    const g = sf.gate(seBranch(32));
    expect(g(sf.input({ shape: [7, 7, 32] })).shape).toEqual([null, 7, 7, 32]);
    expect(g.countParams()).toBe(552);
    expect(shapeError(() => sf.gate(seBranch(16))(sf.input({ shape: [7, 7, 32] }))).message).toMatch(
      /^Multiply needs inputs of the same shape \(a size of 1 broadcasts\), but input 1 is \(None, 1, 1, 16\) while input 0 is \(None, 7, 7, 32\): axis -1 is 32 vs 16\./,
    );
    expect(shapeError(() => js(sf.gate)(3 as never)).message).toBe(
      "gate: the branch must be a layer (or a sequential block), but got number. Fix: pass e.g. sequential({ layers: [...] }) or a layer such as conv2d({ ... }).",
    );
  });
  test("TF.js builds it (a functional model of the branch and a Multiply) with the same count", async () => {
    sf.clearSession();
    // As EfficientNet writes it: TF.js's pooling has no keepdims, so a Reshape makes (1, 1, channels).
    const branch = sf.sequential({
      layers: [sf.globalAveragePooling2d(), sf.reshape({ targetShape: [1, 1, 32] }), sf.conv2d({ filters: 8, kernelSize: 1, activation: "swish" }), sf.conv2d({ filters: 32, kernelSize: 1, activation: "sigmoid" })],
    });
    const m = sf.sequential({ layers: [sf.input({ shape: [7, 7, 32] }), sf.gate(branch)] });
    const t = (await toTfjs(m, { tf: tfl as never })) as unknown as TfModel;
    expect(t.countParams()).toBe(552);
  });
});
