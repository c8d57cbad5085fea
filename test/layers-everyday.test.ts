/**
 * The everyday layers of issue #15 (merges, activation layers, noise, preprocessing): what the shared
 * parity cases (./cases/*.ts) cannot say: weights, Keras configs, checks that only plain JavaScript
 * reaches, and the TF.js bridge building them.
 */
import { beforeAll, describe, expect, test } from "vitest";
import * as sf from "../src/index.js";
import { ShapeError } from "../src/index.js";
import { toTfjs } from "../src/tfjs/index.js";

// TF.js is imported by a name the compiler does not follow: its 4.22 declarations do not type-check
// (see test/conformance/tsconfig.json), and this file is checked with the library's own settings.
const tfjsLayers: string = "@tensorflow/tfjs-layers";
const tfjsCpu: string = "@tensorflow/tfjs-backend-cpu";
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
const shapeError = (f: () => unknown): ShapeError => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ShapeError);
    return e as ShapeError;
  }
  throw new Error("expected a ShapeError");
};

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
