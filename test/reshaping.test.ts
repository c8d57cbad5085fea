/**
 * The reshaping layers at run time: no weights, the options they keep, the shapes they give (beside
 * the parity cases of ./cases/reshaping.ts), and the ShapeError plain JavaScript callers get.
 */
import { beforeEach, describe, expect, test } from "vitest";
import {
  clearSession,
  conv2d,
  dense,
  flatten,
  input,
  model,
  permute,
  repeatVector,
  reshape,
  sequential,
  ShapeError,
} from "../src/index.js";
import { shapeError } from "./shape-error.js";

beforeEach(() => clearSession());

/** Calls `f` and returns the ShapeError it throws (failing if it throws anything else or nothing). */
// Plain JavaScript callers: the compiler is not there to stop these calls.
const js = <f extends (...a: never[]) => unknown>(fn: f) => fn as unknown as (...a: unknown[]) => any;

describe("no weights", () => {
  test.each([
    ["Reshape", () => reshape({ targetShape: [-1, 4] }), [8]],
    ["Permute", () => permute({ dims: [2, 1] }), [3, 4]],
    ["RepeatVector", () => repeatVector({ n: 3 }), [4]],
    ["Flatten", () => flatten({ dataFormat: "channelsFirst" }), [3, 4, 5]],
  ] as const)("%s is built with no weights and 0 parameters", (className, make, shape) => {
    const l = make();
    expect(l.className).toBe(className);
    expect(l.built).toBe(false);
    js(l)(input({ shape: [...shape] }));
    expect(l.built).toBe(true);
    expect(l.weights).toEqual([]);
    expect(l.countParams()).toBe(0);
  });

  test("a model around Reshape counts only its neighbours' weights (Keras 3's numbers for this model)", () => {
    // Keras 3: Input(784) -> Reshape((28, 28, 1)) -> Conv2D(32, 3) -> Flatten -> Dense(10):
    // conv2d 3*3*1*32 + 32 = 320, dense 26*26*32*10 + 10 = 216,330; reshape and flatten 0.
    const s = sequential({
      layers: [reshape({ targetShape: [28, 28, 1], inputShape: [784] }), conv2d({ filters: 32, kernelSize: 3 }), flatten(), dense({ units: 10 })],
    });
    expect(s.layers.map((l) => l.countParams())).toEqual([0, 320, 0, 216330]);
    expect(s.countParams()).toBe(216650);
    const text = s.summary({ printFn: () => {}, lineLength: 88 });
    expect(text).toContain("│ reshape (Reshape)                    │ (None, 28, 28, 1)           │               0 │");
    expect(text).toContain("│ flatten (Flatten)                    │ (None, 21632)               │               0 │");
  });

  test("default names follow Keras: reshape, permute, repeat_vector, flatten", () => {
    expect([reshape({ targetShape: [1] }).name, permute({ dims: [1] }).name, repeatVector({ n: 1 }).name, flatten().name]).toEqual([
      "reshape",
      "permute",
      "repeat_vector",
      "flatten",
    ]);
    expect(reshape({ targetShape: [1] }).name).toBe("reshape_1");
  });
});

describe("the options a layer keeps", () => {
  test("targetShape, dims, n and dataFormat are readable, and the targetShape is a copy", () => {
    const target = [-1, 4];
    const r = reshape({ targetShape: target });
    target[0] = 2;
    expect(r.targetShape).toEqual([-1, 4]);
    expect(permute({ dims: [3, 1, 2] }).dims).toEqual([3, 1, 2]);
    expect(repeatVector({ n: 5 }).n).toBe(5);
    expect(flatten().dataFormat).toBe("channelsLast");
    expect(flatten({ dataFormat: "channelsFirst" }).dataFormat).toBe("channelsFirst");
  });

  test("a declared input starts a Sequential", () => {
    expect(reshape({ targetShape: [-1], inputShape: [4, 4] }).batchInputShape).toEqual([null, 4, 4]);
    expect(permute({ dims: [2, 1], batchInputShape: [8, 3, 4] }).batchInputShape).toEqual([8, 3, 4]);
    expect(repeatVector({ n: 2, inputDim: 5, batchSize: 3 }).batchInputShape).toEqual([3, 5]);
    expect(flatten({ batchShape: [2, 3, 4] }).batchInputShape).toEqual([2, 3, 4]);
    expect(flatten().batchInputShape).toBeUndefined();
    expect(sequential().add(repeatVector({ n: 2, inputDim: 5 })).add(permute({ dims: [2, 1] })).outputShape).toEqual([null, 5, 2]);
  });
});

describe("shapes", () => {
  test("Reshape keeps the batch axis out of the count, also when it is known", () => {
    expect(reshape({ targetShape: [-1] })(input({ batchShape: [30, 7, 7, 512] })).shape).toEqual([30, 25088]);
    // The compiler rejects this call too (type-tests/errors/reshaping.ts); here the runtime's own check.
    expect(shapeError(() => js(reshape({ targetShape: [120] }))(input({ batchShape: [30, 4] }))).message).toBe(
      "Reshape cannot keep the element count: the input (30, 4) has 4 elements a sample, but targetShape [120] holds 120. Fix: choose sizes whose product is 4, or write -1 for one of them to have it inferred.",
    );
  });
  test("Reshape with an unknown axis: the -1 becomes null, fixed sizes are kept unchecked (Keras 3)", () => {
    expect(reshape({ targetShape: [-1, 3] })(input({ shape: [null, 3] })).shape).toEqual([null, null, 3]);
    expect(reshape({ targetShape: [7, 5] })(input({ shape: [null, 3] })).shape).toEqual([null, 7, 5]);
  });
  test("a layer's error names the layer", () => {
    const r = reshape({ targetShape: [5], name: "to_five" });
    expect(shapeError(() => js(r)(input({ shape: [4] }))).layer).toBe("to_five");
    const p = permute({ dims: [2, 1] });
    expect(shapeError(() => js(p)(input({ shape: [4] }))).layer).toBe("permute");
  });
  test("in a functional model", () => {
    const inp = input({ shape: [12] });
    const out = flatten()(permute({ dims: [2, 1] })(reshape({ targetShape: [3, 4] })(inp)));
    const m = model({ inputs: inp, outputs: repeatVector({ n: 2 })(out) });
    expect(m.outputShape).toEqual([null, 2, 12]);
  });
});

describe("plain JavaScript misuse gets a ShapeError", () => {
  test("Reshape", () => {
    expect(shapeError(() => js(reshape)()).message).toMatch(/^Reshape expects an options object, but got undefined\./);
    expect(shapeError(() => js(reshape)({})).message).toBe(
      "Reshape: targetShape must be a list of sizes such as [3, 4], but got undefined. Fix: write the shape of one sample after reshaping, the batch axis left out.",
    );
    expect(shapeError(() => js(reshape)({ targetShape: 12 })).message).toMatch(/^Reshape: targetShape must be a list of sizes such as \[3, 4\], but got 12\./);
    expect(shapeError(() => js(reshape)({ targetShape: "3,4" })).message).toMatch(/but got "3,4"\./);
    expect(shapeError(() => js(reshape)({ targetShape: ["3", 4] })).message).toMatch(
      /^Reshape: every size in targetShape must be a positive integer, or -1 for the one size inferred from the input, but got "3" in \["3", 4\]\./,
    );
    expect(shapeError(() => js(reshape)({ targetShape: [3, null] })).message).toMatch(/but got null in \[3, null\]\./);
    expect(shapeError(() => js(reshape)({ targetShape: [NaN] })).message).toMatch(/but got NaN in \[NaN\]\./);
    expect(shapeError(() => js(reshape)({ targetShape: [2 ** 53] })).message).toMatch(/but got 9007199254740992 in/);
    // eslint-disable-next-line no-sparse-arrays
    expect(shapeError(() => js(reshape)({ targetShape: [3, , 4] })).message).toMatch(/but got undefined in \[3, undefined, 4\]\./);
    expect(shapeError(() => js(reshape)({ targetShape: [1n, 2] })).message).toMatch(/but got 1n in \[1n, 2\]\./);
    expect(shapeError(() => js(reshape)({ targetShape: [Object.create(null)] })).message).toMatch(/but got an object in \[an object\]\./);
    expect(shapeError(() => js(reshape)({ targetShape: { length: 2 } })).message).toMatch(/but got Object\./);
    expect(shapeError(() => js(reshape)({ targetShape: [-1, 2, -1] })).message).toMatch(/^Reshape: targetShape may hold only one -1/);
    expect(shapeError(() => js(reshape)({ targetShape: [3], inputShape: 3 })).message).toMatch(/^Reshape: inputShape must be a list of sizes/);
    expect(shapeError(() => js(reshape({ targetShape: [3] }))([3])).message).toMatch(/^Reshape: expected a SymbolicTensor/);
  });
  test("Permute", () => {
    expect(shapeError(() => js(permute)({})).message).toBe(
      "Permute: dims must be a list of axes such as [2, 1], but got undefined. Fix: list the axes after the batch axis, counted from 1, in their new order.",
    );
    expect(shapeError(() => js(permute)({ dims: "21" })).message).toMatch(/but got "21"\./);
    expect(shapeError(() => js(permute)({ dims: [2, "1"] })).message).toMatch(/^Permute: dims must list each of the axes 1 to 2 once .* but got \[2, "1"\]\./);
    expect(shapeError(() => js(permute)({ dims: [1, 3] })).message).toMatch(/but got \[1, 3\]\./);
    expect(shapeError(() => js(permute)({ dims: [2, 1], axes: [2, 1] })).message).toMatch(/^Permute has no option "axes"/);
    expect(shapeError(() => js(permute({ dims: [1] }))(undefined)).message).toMatch(/^Permute: expected a SymbolicTensor .* but got undefined/);
  });
  test("RepeatVector", () => {
    expect(shapeError(() => js(repeatVector)({})).message).toMatch(/^RepeatVector: n must be a positive integer .* but got undefined\./);
    expect(shapeError(() => js(repeatVector)({ n: "3" })).message).toMatch(/^RepeatVector: n must be a positive integer/);
    expect(shapeError(() => js(repeatVector)({ n: Infinity })).message).toMatch(/but got Infinity\./);
    expect(shapeError(() => js(repeatVector)(3)).message).toMatch(/^RepeatVector expects an options object, but got number/);
  });
  test("Flatten", () => {
    expect(shapeError(() => js(flatten)({ dataFormat: "channels_first" })).message).toBe(
      'Flatten: dataFormat must be one of "channelsLast", "channelsFirst", but got "channels_first". Fix: use one of "channelsLast", "channelsFirst".',
    );
    expect(shapeError(() => js(flatten)(null)).message).toMatch(/^Flatten expects an options object, but got null\./);
    expect(shapeError(() => js(flatten)({ dataformat: "channelsFirst" })).message).toMatch(/^Flatten has no option "dataformat"/);
    expect(shapeError(() => js(flatten)({ inputShape: [3, 0] })).message).toMatch(/^Flatten: every size in inputShape must be a positive integer or null, but got 0\./);
  });
});
