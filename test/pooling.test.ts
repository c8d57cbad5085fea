/**
 * The pooling layers at run time beyond the shared parity cases (test/cases/pooling.ts): no weights,
 * Keras's default names, a real Keras model's parameter count through pooling, the options the layers
 * keep, and the protection plain JavaScript callers get.
 */
import { beforeEach, describe, expect, test } from "vitest";
import {
  averagePooling1d,
  averagePooling2d,
  averagePooling3d,
  clearSession,
  conv2d,
  dense,
  dropout,
  flatten,
  globalAveragePooling1d,
  globalAveragePooling2d,
  globalAveragePooling3d,
  globalMaxPooling1d,
  globalMaxPooling2d,
  globalMaxPooling3d,
  input,
  maxPooling1d,
  maxPooling2d,
  maxPooling3d,
  model,
  sequential,
  ShapeError,
  SymbolicTensor,
} from "../src/index.js";
import { shapeError } from "./shape-error.js";

beforeEach(() => clearSession());

/** Calls `f` and returns the ShapeError it throws (failing if it throws anything else or nothing). */
// Plain JavaScript callers: the compiler is not there to stop these calls.
const js = <f extends (...a: never[]) => unknown>(fn: f) => fn as unknown as (...a: unknown[]) => any;

const inputs = { 1: [100, 8], 2: [28, 28, 4], 3: [8, 14, 14, 4] } as const;
const layers = [
  ["MaxPooling1D", "max_pooling1d", 1, () => maxPooling1d()],
  ["MaxPooling2D", "max_pooling2d", 2, () => maxPooling2d()],
  ["MaxPooling3D", "max_pooling3d", 3, () => maxPooling3d()],
  ["AveragePooling1D", "average_pooling1d", 1, () => averagePooling1d({ poolSize: 2 })],
  ["AveragePooling2D", "average_pooling2d", 2, () => averagePooling2d({ poolSize: 2 })],
  ["AveragePooling3D", "average_pooling3d", 3, () => averagePooling3d({ poolSize: 2 })],
  ["GlobalMaxPooling1D", "global_max_pooling1d", 1, () => globalMaxPooling1d()],
  ["GlobalMaxPooling2D", "global_max_pooling2d", 2, () => globalMaxPooling2d()],
  ["GlobalMaxPooling3D", "global_max_pooling3d", 3, () => globalMaxPooling3d()],
  ["GlobalAveragePooling1D", "global_average_pooling1d", 1, () => globalAveragePooling1d()],
  ["GlobalAveragePooling2D", "global_average_pooling2d", 2, () => globalAveragePooling2d()],
  ["GlobalAveragePooling3D", "global_average_pooling3d", 3, () => globalAveragePooling3d()],
] as const;

describe("weights and names", () => {
  test.each(layers)("%s has no weights and Keras's default name %s", (className, name, r, make) => {
    const l = make();
    expect(l.className).toBe(className);
    expect(l.name).toBe(name);
    expect(make().name).toBe(`${name}_1`);
    expect(l.built).toBe(false);
    // The table mixes ranks, so its layers and inputs are unions: the typed calls are in type-tests/.
    js(l)(input({ shape: [...inputs[r]] }));
    expect(l.built).toBe(true);
    expect(l.weights).toEqual([]);
    expect(l.countParams()).toBe(0);
  });

  test("a pooling layer called twice on different shapes is fine: there are no weights to share", () => {
    const p = maxPooling2d();
    expect(p(input({ shape: [28, 28, 1] })).shape).toEqual([null, 14, 14, 1]);
    expect(p(input({ shape: [10, 10, 64] })).shape).toEqual([null, 5, 5, 64]);
  });

  // keras.io "Simple MNIST convnet": Conv2D(32, 3), MaxPooling2D(2), Conv2D(64, 3), MaxPooling2D(2),
  // Flatten, Dropout(0.5), Dense(10). Keras prints "Total params: 34,826" with the pooling rows at 0.
  test("the Keras MNIST convnet: 34,826 parameters, with pooling shapes (None, 13, 13, 32) and (None, 5, 5, 64)", () => {
    const x = input({ shape: [28, 28, 1] });
    const p1 = maxPooling2d({ poolSize: [2, 2] })(conv2d({ filters: 32, kernelSize: [3, 3], activation: "relu" })(x));
    const p2 = maxPooling2d({ poolSize: [2, 2] })(conv2d({ filters: 64, kernelSize: [3, 3], activation: "relu" })(p1));
    const y = dense({ units: 10, activation: "softmax" })(dropout({ rate: 0.5 })(flatten()(p2)));
    expect(p1.shape).toEqual([null, 13, 13, 32]);
    expect(p2.shape).toEqual([null, 5, 5, 64]);
    const m = model({ inputs: x, outputs: y });
    expect(m.countParams()).toBe(34826);
    const text = m.summary({ printFn: () => {}, lineLength: 88 });
    expect(text).toMatch(/max_pooling2d \(MaxPooling2D\) +│ \(None, 13, 13, 32\) +│ +0 │/);
    expect(text).toMatch(/max_pooling2d_1 \(MaxPooling2D\) +│ \(None, 5, 5, 64\) +│ +0 │/);
  });

  // ResNet50's head (keras.applications, include_top=True): GlobalAveragePooling2D on (None, 7, 7, 2048)
  // gives (None, 2048), and the Dense(1000) after it holds 2,049,000 parameters.
  test("ResNet50's head: global average pooling then Dense(1000)", () => {
    const features = input({ shape: [7, 7, 2048] });
    const pooled = globalAveragePooling2d({ name: "avg_pool" })(features);
    expect(pooled.shape).toEqual([null, 2048]);
    const s = sequential({ layers: [globalAveragePooling2d({ inputShape: [7, 7, 2048] }), dense({ units: 1000 })] });
    expect(s.outputShape).toEqual([null, 1000]);
    expect(s.countParams()).toBe(2049000);
  });
});

/** The named fields of a layer (a layer is a function, so toMatchObject cannot take it directly). */
const fields = (l: object, ...keys: string[]) => Object.fromEntries(keys.map((k) => [k, (l as Record<string, unknown>)[k]]));
const poolFields = ["poolSize", "strides", "padding", "dataFormat"];

describe("the options the layers keep", () => {
  test("strides default to poolSize, also when null (Keras's None)", () => {
    expect(fields(maxPooling2d(), ...poolFields)).toMatchObject({ poolSize: [2, 2], strides: [2, 2], padding: "valid", dataFormat: "channelsLast" });
    expect(fields(maxPooling2d({ poolSize: [3, 2] }), ...poolFields)).toMatchObject({ poolSize: [3, 2], strides: [3, 2] });
    expect(fields(maxPooling3d({ poolSize: 3, strides: null }), ...poolFields)).toMatchObject({ poolSize: [3, 3, 3], strides: [3, 3, 3] });
    expect(fields(averagePooling1d({ poolSize: 4, strides: 1, padding: "same", dataFormat: "channelsFirst" }), ...poolFields)).toMatchObject({
      poolSize: [4],
      strides: [1],
      padding: "same",
      dataFormat: "channelsFirst",
    });
  });
  test("global pooling keeps keepdims and the data format", () => {
    expect(fields(globalAveragePooling2d(), "keepdims", "dataFormat")).toMatchObject({ keepdims: false, dataFormat: "channelsLast" });
    expect(fields(globalMaxPooling3d({ keepdims: true, dataFormat: "channelsFirst" }), "keepdims", "dataFormat")).toMatchObject({ keepdims: true, dataFormat: "channelsFirst" });
  });
  test("a ShapeError names the layer that threw", () => {
    // @ts-expect-error: the window does not fit, as the compiler already says (type-tests/errors/pooling.ts)
    const e = shapeError(() => maxPooling2d({ name: "pool" })(input({ shape: [1, 1, 3] })));
    expect(e.layer).toBe("pool");
  });
});

describe("plain JavaScript misuse gets a ShapeError, never a crash or a wrong shape", () => {
  test("AveragePooling without poolSize: Keras 3 has no default window for it", () => {
    for (const f of [() => js(averagePooling2d)(), () => js(averagePooling2d)({}), () => js(averagePooling1d)({ strides: 2 })])
      expect(shapeError(f).message).toMatch(/^AveragePooling[12]D needs poolSize \(Keras 3 gives average pooling no default window\), but got none\. Fix: pass the window, e.g\. poolSize: 2\.$/);
  });
  test("options that are not an object", () => {
    expect(shapeError(() => js(maxPooling2d)(2)).message).toBe(
      "MaxPooling2D expects an options object, but got number. Fix: pass options such as { poolSize: ... }.",
    );
    expect(shapeError(() => js(globalAveragePooling2d)(null)).message).toMatch(/^GlobalAveragePooling2D expects an options object, but got null\./);
    expect(shapeError(() => js(maxPooling1d)([2])).message).toMatch(/^MaxPooling1D expects an options object, but got an array\./);
  });
  test("poolSize and strides of the wrong type or length", () => {
    expect(shapeError(() => js(maxPooling2d)({ poolSize: "2" })).message).toBe(
      'MaxPooling2D: poolSize must be a positive integer or a list of 2 positive integers (the window each output value summarizes), but got "2". Fix: use e.g. poolSize: 2.',
    );
    expect(shapeError(() => js(maxPooling2d)({ poolSize: [2] })).message).toMatch(/^MaxPooling2D: poolSize must be .* but got \[2\]\./);
    expect(shapeError(() => js(maxPooling3d)({ poolSize: [2, 2, NaN] })).message).toMatch(/but got \[2, 2, NaN\]\./);
    expect(shapeError(() => js(maxPooling1d)({ strides: "1" })).message).toMatch(/^MaxPooling1D: strides must be a positive integer/);
    expect(shapeError(() => js(averagePooling2d)({ poolSize: 2, strides: [1, 1, 1] })).message).toMatch(/^AveragePooling2D: strides must be/);
    expect(shapeError(() => js(maxPooling2d)({ poolSize: Infinity })).message).toMatch(/but got Infinity\./);
  });
  test("padding, dataFormat and keepdims outside their choices", () => {
    expect(shapeError(() => js(maxPooling1d)({ padding: "causal" })).message).toBe(
      `MaxPooling1D: padding must be one of "valid", "same", but got "causal". Fix: use one of "valid", "same".`,
    );
    expect(shapeError(() => js(maxPooling2d)({ dataFormat: "channels_last" })).message).toMatch(/^MaxPooling2D: dataFormat must be one of "channelsLast", "channelsFirst", but got "channels_last"\./);
    expect(shapeError(() => js(globalMaxPooling2d)({ keepdims: "yes" })).message).toBe(
      `GlobalMaxPooling2D: keepdims must be one of true, false, but got "yes". Fix: use one of true, false.`,
    );
    expect(shapeError(() => js(globalMaxPooling2d)({ keepdims: 1 })).message).toMatch(/keepdims must be one of true, false, but got 1\./);
  });
  test("unknown options", () => {
    expect(shapeError(() => js(maxPooling1d)({ pool_size: 2 })).message).toBe(
      `MaxPooling1D has no option "pool_size". Fix: did you mean poolSize? MaxPooling1D takes poolSize, strides, padding, dataFormat, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize.`,
    );
    expect(shapeError(() => js(globalMaxPooling3d)({ keepDims: true })).message).toMatch(/^GlobalMaxPooling3D has no option "keepDims"\./);
  });
  test("called on something that is not a tensor", () => {
    expect(shapeError(() => js(maxPooling2d())([28, 28, 1])).message).toMatch(/^MaxPooling2D: expected a SymbolicTensor \(from input\(\) or another layer\), but got an array of 3\./);
    expect(shapeError(() => js(globalAveragePooling2d())(undefined)).message).toMatch(/^GlobalAveragePooling2D: expected a SymbolicTensor/);
  });
  test("a tensor whose type was cast away is still checked", () => {
    const flat: SymbolicTensor = input({ shape: [784] });
    expect(shapeError(() => maxPooling2d()(flat)).message).toMatch(/^MaxPooling2D needs an input of rank 4/);
  });
});
