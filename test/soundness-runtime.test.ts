/**
 * Issue #11, run time: every bad input from plain JavaScript is a ShapeError that names the problem,
 * nothing is lost or rounded silently, and summary() keeps its columns whatever the names hold. Each
 * test here failed before its fix (a TypeError, a RangeError, a NaN, a wrong count or a crooked table).
 */
import { beforeEach, describe, expect, test } from "vitest";
import * as sf from "../src/index.js";
import {
  add,
  batchNormalization,
  clearSession,
  conv2d,
  maxPooling2d,
  dense,
  dropout,
  flatten,
  input,
  model,
  parallel,
  repeat,
  reshape,
  residual,
  sequential,
  ShapeError,
  type SymbolicTensor,
} from "../src/index.js";
import { renderSummary } from "../src/models/summary.js";
import { fromJSON, toKerasJSON } from "../src/json/index.js";
import { displayWidth as displayWidthOf } from "../src/core/text-width.js";
import { readOptions } from "../src/core/read-options.js";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

beforeEach(() => clearSession());

/** Calls `f` and returns the message of the ShapeError it throws (failing on anything else, or nothing). */
const thrown = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ShapeError);
    return (e as Error).message;
  }
  throw new Error("expected a ShapeError");
};
// Plain JavaScript callers: the compiler is not there to stop these calls.
const js = (fn: unknown) => fn as (...a: unknown[]) => any;
const quiet = { printFn: () => {} };

const badSize = (layer: string, option: string, got: string) =>
  `${layer}: every size in ${option} must be a positive integer or null, but got ${got}. Fix: give each axis its number of elements, or null where it is only known at run time.`;

describe("1. undefined and holes in a list of sizes", () => {
  test("Input: shape and batchShape with undefined or a hole", () => {
    expect(thrown(() => js(input)({ shape: [undefined] }))).toBe(badSize("Input", "shape", "undefined"));
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => js(input)({ shape: [, 3] }))).toBe(badSize("Input", "shape", "undefined"));
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => js(input)({ batchShape: [null, 3, ,] }))).toBe(badSize("Input", "batchShape", "undefined"));
    expect(thrown(() => js(input)({ shape: [3, "3"] }))).toBe(badSize("Input", "shape", '"3"'));
  });
  test("a first layer's inputShape, batchInputShape and batchShape", () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => js(dense)({ units: 2, inputShape: [, 3] }))).toBe(badSize("Dense", "inputShape", "undefined"));
    expect(thrown(() => js(dense)({ units: 2, batchInputShape: [null, undefined] }))).toBe(badSize("Dense", "batchInputShape", "undefined"));
    expect(thrown(() => js(flatten)({ batchShape: [4, undefined] }))).toBe(badSize("Flatten", "batchShape", "undefined"));
  });
  test("kernel, stride and pool lists, padding and cropping lists, reshape targets, permute dims", () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => js(sf.conv2d)({ filters: 2, kernelSize: [3, ,] }))).toBe(
      "Conv2D: kernelSize must be a positive integer or a list of 2 positive integers (the window each kernel covers), but got [3, undefined]. Fix: use e.g. kernelSize: 3.",
    );
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => js(sf.conv2d)({ filters: 2, kernelSize: 3, strides: [, 1] }))).toMatch(/^Conv2D: strides must be .*, but got \[undefined, 1\]\./);
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => js(sf.maxPooling2d)({ poolSize: [2, ,] }))).toMatch(/^MaxPooling2D: poolSize must be .*, but got \[2, undefined\]\./);
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => js(sf.zeroPadding2d)({ padding: [1, ,] }))).toMatch(/^ZeroPadding2D: padding must be .*, but got \[1, undefined\]\./);
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => js(sf.cropping1d)({ cropping: [1, ,] }))).toMatch(/^Cropping1D: cropping must be .*, but got \[1, undefined\]\./);
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => js(sf.cropping2d)({ cropping: [[1, 1], [, 1]] }))).toMatch(/^Cropping2D: cropping must be .*, but got \[\[1, 1\], \[undefined, 1\]\]\./);
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => js(reshape)({ targetShape: [2, , 3] }))).toMatch(/^Reshape: every size in targetShape must be .*, but got undefined in \[2, undefined, 3\]\./);
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => js(sf.permute)({ dims: [1, ,] }))).toMatch(/^Permute: /);
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => js(sf.conv2dTranspose)({ filters: 2, kernelSize: 3, strides: 2, outputPadding: [1, ,] }))).toMatch(/outputPadding/);
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => js(sf.layerNormalization)({ axis: [-1, ,] }))).toMatch(/^LayerNormalization: axis/);
  });
  test("a summary never shows undefined or NaN: the bad size never gets that far", () => {
    // Before: "(None, undefined)", "Param # NaN", "Total params: NaN (NaN PB)".
    expect(thrown(() => sequential().add(js(input)({ shape: [undefined] })).add(dense({ units: 2 })))).toMatch(/^Input: every size in shape/);
  });
});

/** One valid call of every layer factory: its options, and an input it takes (a list for merges). */
const everyLayer: readonly { make: (o: object) => unknown; className: string; options: object; shape: (number | null)[]; merge?: true; booleans?: readonly string[] }[] = [
  { make: js(dense), className: "Dense", options: { units: 2 }, shape: [3], booleans: ["useBias"] },
  { make: js(sf.activation), className: "Activation", options: { activation: "relu" }, shape: [3] },
  { make: js(dropout), className: "Dropout", options: { rate: 0.5, seed: 1 }, shape: [3] },
  { make: js(flatten), className: "Flatten", options: {}, shape: [2, 3] },
  { make: js(reshape), className: "Reshape", options: { targetShape: [6] }, shape: [2, 3] },
  { make: js(sf.permute), className: "Permute", options: { dims: [2, 1] }, shape: [2, 3] },
  { make: js(sf.repeatVector), className: "RepeatVector", options: { n: 2 }, shape: [3] },
  { make: js(sf.conv1d), className: "Conv1D", options: { filters: 2, kernelSize: 1 }, shape: [4, 3], booleans: ["useBias"] },
  { make: js(sf.conv2d), className: "Conv2D", options: { filters: 2, kernelSize: 1 }, shape: [4, 4, 3], booleans: ["useBias"] },
  { make: js(sf.conv3d), className: "Conv3D", options: { filters: 2, kernelSize: 1 }, shape: [4, 4, 4, 3], booleans: ["useBias"] },
  { make: js(sf.conv1dTranspose), className: "Conv1DTranspose", options: { filters: 2, kernelSize: 1 }, shape: [4, 3], booleans: ["useBias"] },
  { make: js(sf.conv2dTranspose), className: "Conv2DTranspose", options: { filters: 2, kernelSize: 1 }, shape: [4, 4, 3], booleans: ["useBias"] },
  { make: js(sf.conv3dTranspose), className: "Conv3DTranspose", options: { filters: 2, kernelSize: 1 }, shape: [4, 4, 4, 3], booleans: ["useBias"] },
  { make: js(sf.depthwiseConv1d), className: "DepthwiseConv1D", options: { kernelSize: 1 }, shape: [4, 3], booleans: ["useBias"] },
  { make: js(sf.depthwiseConv2d), className: "DepthwiseConv2D", options: { kernelSize: 1 }, shape: [4, 4, 3], booleans: ["useBias"] },
  { make: js(sf.separableConv1d), className: "SeparableConv1D", options: { filters: 2, kernelSize: 1 }, shape: [4, 3], booleans: ["useBias"] },
  { make: js(sf.separableConv2d), className: "SeparableConv2D", options: { filters: 2, kernelSize: 1 }, shape: [4, 4, 3], booleans: ["useBias"] },
  { make: js(sf.maxPooling1d), className: "MaxPooling1D", options: {}, shape: [4, 3] },
  { make: js(sf.maxPooling2d), className: "MaxPooling2D", options: {}, shape: [4, 4, 3] },
  { make: js(sf.maxPooling3d), className: "MaxPooling3D", options: {}, shape: [4, 4, 4, 3] },
  { make: js(sf.averagePooling1d), className: "AveragePooling1D", options: { poolSize: 2 }, shape: [4, 3] },
  { make: js(sf.averagePooling2d), className: "AveragePooling2D", options: { poolSize: 2 }, shape: [4, 4, 3] },
  { make: js(sf.averagePooling3d), className: "AveragePooling3D", options: { poolSize: 2 }, shape: [4, 4, 4, 3] },
  { make: js(sf.globalMaxPooling1d), className: "GlobalMaxPooling1D", options: {}, shape: [4, 3] },
  { make: js(sf.globalMaxPooling2d), className: "GlobalMaxPooling2D", options: {}, shape: [4, 4, 3] },
  { make: js(sf.globalMaxPooling3d), className: "GlobalMaxPooling3D", options: {}, shape: [4, 4, 4, 3] },
  { make: js(sf.globalAveragePooling1d), className: "GlobalAveragePooling1D", options: {}, shape: [4, 3] },
  { make: js(sf.globalAveragePooling2d), className: "GlobalAveragePooling2D", options: {}, shape: [4, 4, 3] },
  { make: js(sf.globalAveragePooling3d), className: "GlobalAveragePooling3D", options: {}, shape: [4, 4, 4, 3] },
  { make: js(sf.zeroPadding1d), className: "ZeroPadding1D", options: {}, shape: [4, 3] },
  { make: js(sf.zeroPadding2d), className: "ZeroPadding2D", options: {}, shape: [4, 4, 3] },
  { make: js(sf.zeroPadding3d), className: "ZeroPadding3D", options: {}, shape: [4, 4, 4, 3] },
  { make: js(sf.cropping1d), className: "Cropping1D", options: {}, shape: [4, 3] },
  { make: js(sf.cropping2d), className: "Cropping2D", options: {}, shape: [4, 4, 3] },
  { make: js(sf.cropping3d), className: "Cropping3D", options: {}, shape: [4, 4, 4, 3] },
  { make: js(sf.upSampling1d), className: "UpSampling1D", options: {}, shape: [4, 3] },
  { make: js(sf.upSampling2d), className: "UpSampling2D", options: {}, shape: [4, 4, 3] },
  { make: js(sf.upSampling3d), className: "UpSampling3D", options: {}, shape: [4, 4, 4, 3] },
  { make: js(batchNormalization), className: "BatchNormalization", options: {}, shape: [4, 3], booleans: ["center", "scale"] },
  { make: js(sf.layerNormalization), className: "LayerNormalization", options: {}, shape: [4, 3], booleans: ["center", "scale", "rmsScaling"] },
  { make: js(add), className: "Add", options: {}, shape: [3], merge: true },
  { make: js(sf.concatenate), className: "Concatenate", options: {}, shape: [3], merge: true },
];
const callOn = (l: unknown, shape: (number | null)[], merge?: true) => {
  const x = input({ shape: shape as number[] });
  return merge ? js(l)([x, x]) : js(l)(x);
};

const notABoolean = (layer: string, option: string, got: string) =>
  `${layer}: ${option} must be true or false, but got ${got}. Fix: write ${option}: true or ${option}: false, or leave it out for the default.`;
const badName = (layer: string, got: string) =>
  `${layer}: name must be a non-empty string without "/", but got ${got}. Fix: use a name such as "encoder_1"; Keras 3 keeps "/" for the paths of weights (dense/kernel).`;

describe("2. plain-JS options: read once, type checked, kept", () => {
  test("useBias: \"false\" is refused, not taken as true (it kept the bias)", () => {
    expect(thrown(() => js(dense)({ units: 4, useBias: "false" }))).toBe(notABoolean("Dense", "useBias", '"false"'));
    expect(thrown(() => js(sf.conv2d)({ filters: 4, kernelSize: 3, useBias: 0 }))).toBe(notABoolean("Conv2D", "useBias", "0"));
  });
  test("trainable: \"false\" is refused, not counted as trainable", () => {
    expect(thrown(() => js(dense)({ units: 4, trainable: "false" }))).toBe(notABoolean("Dense", "trainable", '"false"'));
  });
  test("name: a non-empty string without '/' (Keras 3 rejects '/')", () => {
    expect(thrown(() => js(dense)({ units: 4, name: "fc/1" }))).toBe(badName("Dense", '"fc/1"'));
    expect(thrown(() => js(dense)({ units: 4, name: "" }))).toBe(badName("Dense", '""'));
    expect(thrown(() => js(dense)({ units: 4, name: 7 }))).toBe(badName("Dense", "7"));
    expect(thrown(() => js(input)({ shape: [3], name: "in/put" }))).toBe(badName("Input", '"in/put"'));
    expect(thrown(() => js(sequential)({ name: "a/b" }))).toBe(badName("sequential", '"a/b"'));
    expect(thrown(() => js(model)({ inputs: input({ shape: [3] }), outputs: input({ shape: [3] }), name: {} }))).toBe(badName("model", "Object"));
    expect(thrown(() => js(residual)(dense({ units: 3 }), undefined, { name: "r/1" }))).toBe(badName("residual", '"r/1"'));
  });
  test("seed and dtype are checked", () => {
    expect(thrown(() => js(dropout)({ rate: 0.5, seed: "42" }))).toBe('Dropout: seed must be an integer, but got "42". Fix: use e.g. seed: 42, or leave it out.');
    expect(thrown(() => js(dropout)({ rate: 0.5, seed: 1.5 }))).toBe("Dropout: seed must be an integer, but got 1.5. Fix: use e.g. seed: 42, or leave it out.");
    expect(thrown(() => js(input)({ shape: [3], dtype: "float64" }))).toBe(
      'Input: dtype must be one of "float32", "int32", "bool", "string", "int64", but got "float64". Fix: use one of "float32", "int32", "bool", "string", "int64", or leave it out.',
    );
    expect(js(input)({ shape: [3], dtype: "int32" }).shape).toEqual([null, 3]);
    expect(js(input)({ shape: [3], dtype: "int64" }).shape).toEqual([null, 3]); // Keras's spelling of integer ids
    expect(() => js(dense)({ units: 3, dtype: "int64" })).toThrow('Dense: dtype must be one of'); // only inputs take it
  });
  test("activation({}) names the missing option (it built a layer with no function)", () => {
    expect(thrown(() => js(sf.activation)({}))).toBe(
      'Activation needs the option activation (the function applied to every element), but it was not given. Fix: write e.g. activation: "relu".',
    );
  });
  test("a getter is read once: the value checked is the value kept (units was 4 to the check, -5 to the layer)", () => {
    let reads = 0;
    const o = {
      get units() {
        reads++;
        return reads === 1 ? 4 : -5;
      },
    };
    const d = js(dense)(o);
    const y = d(input({ shape: [3] }));
    expect(y.shape).toEqual([null, 4]);
    expect(d.countParams()).toBe(16);
    expect(reads).toBe(1);
  });
  test("reading options keeps no caller object alive (each layout of keys keeps a template of itself, with null for objects)", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const refs: WeakRef<object>[] = [];
    (() => {
      const layer = dense({ units: 2 });
      const callback = () => layer;
      refs.push(new WeakRef(layer), new WeakRef(callback));
      // A layout of keys no other test reads, so that this call makes its template.
      const o = readOptions({ layerKeptAlive: layer, callbackKeptAlive: callback, sizesKeptAlive: [layer] });
      expect(Object.isFrozen(o) && o.layerKeptAlive === layer).toBe(true);
    })();
    await new Promise((r) => setTimeout(r, 0)); // (a WeakRef keeps its target to the end of the job that made it)
    gc();
    expect(refs.map((r) => r.deref())).toEqual([undefined, undefined]);
  });
  test.each(everyLayer)("$className: every option read at most once, bad name and trainable refused, booleans checked", (c) => {
    const reads = new Map<PropertyKey, number>();
    const options = new Proxy({ ...c.options, name: `my_${c.className.toLowerCase()}`, trainable: true }, {
      get(t, k, r) {
        reads.set(k, (reads.get(k) ?? 0) + 1);
        return Reflect.get(t, k, r);
      },
    });
    const l = c.make(options) as { name: string };
    callOn(l, c.shape, c.merge);
    expect(l.name).toBe(`my_${c.className.toLowerCase()}`);
    expect([...reads.values()].every((n) => n === 1)).toBe(true);
    expect(thrown(() => c.make({ ...c.options, name: "a/b" }))).toBe(badName(c.className, '"a/b"'));
    expect(thrown(() => c.make({ ...c.options, trainable: "false" }))).toBe(notABoolean(c.className, "trainable", '"false"'));
    for (const b of c.booleans ?? []) expect(thrown(() => c.make({ ...c.options, [b]: "false" }))).toBe(notABoolean(c.className, b, '"false"'));
    if (c.className.startsWith("Global")) expect(thrown(() => c.make({ keepdims: "false" }))).toMatch(`${c.className}: keepdims must be one of true, false, but got "false".`);
  });
  test("a misspelt option is reported as such before the type of another", () => {
    expect(thrown(() => js(dense)({ units: 4, usebias: true, trainable: "no" }))).toMatch(/^Dense has no option "usebias"\./);
  });
});

describe("3. TypeErrors and RangeErrors from plain JavaScript are ShapeErrors", () => {
  test("sequential({ layers: <not a list> })", () => {
    expect(thrown(() => js(sequential)({ layers: 5 }))).toBe(
      "sequential: layers must be a list, but got 5. Fix: write e.g. layers: [dense({ units: 4, inputShape: [3] }), dense({ units: 1 })].",
    );
    expect(thrown(() => js(sequential)({ layers: "ab" }))).toMatch(/^sequential: layers must be a list, but got "ab"\./);
    // A hole in the list is not skipped.
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => js(sequential)({ layers: [dense({ units: 2, inputShape: [3] }), ,] }))).toMatch(/^Sequential layer 1: Sequential: add\(\) takes a layer or an input\(\) tensor, but got undefined\./);
  });
  test("summary(null), summary({ printFn: \"x\" }), unknown summary options", () => {
    const s = sequential({ layers: [dense({ units: 2, inputShape: [3] })] });
    expect(thrown(() => s.summary(null as never))).toBe("summary expects an options object, but got null. Fix: pass options such as { printFn: ... }.");
    expect(thrown(() => s.summary({ printFn: "x" } as never))).toBe(
      'summary: printFn must be a function that takes the summary text, but got "x". Fix: pass e.g. printFn: (text) => console.log(text), or leave it out.',
    );
    expect(thrown(() => s.summary({ ...quiet, expandNested: "yes" } as never))).toBe(notABoolean("summary", "expandNested", '"yes"'));
    expect(thrown(() => s.summary({ ...quiet, line_length: 80 } as never))).toMatch(/^summary has no option "line_length"\./);
  });
  test("block options that are not objects", () => {
    expect(thrown(() => js(residual)(dense({ units: 3 }), undefined, null))).toBe("residual expects an options object, but got null. Fix: pass options such as { name: ... }.");
    expect(thrown(() => js(parallel)([dense({ units: 3 })], null))).toBe("parallel expects an options object, but got null. Fix: pass options such as { axis: ... }.");
    expect(thrown(() => js(repeat)(2, () => dense({ units: 3 }), 5))).toBe("repeat expects an options object, but got number. Fix: pass options such as { name: ... }.");
  });
  test("a number given as a string prints quoted (\"3\" printed as 3, which reads as valid)", () => {
    expect(thrown(() => js(repeat)("3", () => dense({ units: 3 })))).toBe(
      'repeat: n must be a positive integer (how many copies to stack), but got "3". Fix: use e.g. n: 3.',
    );
  });
  test("repeat(2 ** 53 - 1) is refused before it loops until memory runs out", () => {
    let made = 0;
    expect(thrown(() => repeat(2 ** 53 - 1, () => (made++, dense({ units: 3 }))))).toBe(
      "repeat: n is 9007199254740991, more than the 10000 copies repeat builds (a larger count is almost surely a mistake, and would take minutes and gigabytes to build). Fix: use a count of at most 10000.",
    );
    expect(made).toBe(0);
  });
  test("model({ outputs: [] }) is refused (it built a model of nothing)", () => {
    expect(thrown(() => model({ inputs: input({ shape: [3] }), outputs: [] }))).toBe(
      "model: outputs must hold at least one tensor, but got an empty list. Fix: model({ inputs: inp, outputs: out }).",
    );
  });
  test("a Sequential that would contain itself (it recursed until RangeError)", () => {
    const s = sequential({ layers: [dense({ units: 3, inputShape: [3] })] });
    expect(thrown(() => s.add(s as never))).toBe(
      'Sequential "sequential" cannot contain itself, but it was given itself. Fix: build the inner part as a new model or block, e.g. a second sequential({ layers: [...] }).',
    );
    const r = residual(s);
    expect(thrown(() => s.add(r as never))).toBe(
      'Sequential "sequential" cannot contain itself, but it was given Residual "residual", which holds it. Fix: build the inner part as a new model or block, e.g. a second sequential({ layers: [...] }).',
    );
    expect(s.layers.length).toBe(1);
    expect(s.countParams()).toBe(12);
  });
});

const duplicateName = (model: string, name: string, count: number) =>
  `${model}: the name "${name}" is used ${count} times in the model, and all layer names in a model must be unique (as Keras 3 requires). Fix: give each layer its own name; if it is one layer object placed twice, create a new layer for each place (to share weights on purpose, call one layer twice in the functional API: d(d(x))).`;
const placedTwice = (where: string, name: string) =>
  `${where}: the layer "${name}" is placed twice, and the types cannot see that both places are one object, so they would count its weights twice. Fix: create a new layer for each place (repeat(3, () => dense({ units: 8 })) does), or, to share its weights on purpose, call the one layer twice in the functional API: d(d(x)).`;

describe("4. one layer object in two places", () => {
  test("Sequential .add(d).add(d): Keras 3's duplicate-name rule, and the model is left as it was", () => {
    const d = dense({ units: 3 });
    const s = sequential().add(input({ shape: [3] })).add(d);
    expect(thrown(() => s.add(d))).toBe(duplicateName('Sequential "sequential"', "dense", 2));
    expect(s.countParams()).toBe(12); // it counted 24
    expect((d as unknown as { nodes: unknown[] }).nodes.length).toBe(1);
  });
  test("two layers of one name in a Sequential, in the layers list too", () => {
    expect(thrown(() => sequential({ layers: [dense({ units: 3, inputShape: [3], name: "fc" }), dense({ units: 3, name: "fc" })] }))).toBe(
      `Sequential layer 1: ${duplicateName('Sequential "sequential"', "fc", 2)}`,
    );
  });
  test("a layer inside a block and again beside it in a Sequential", () => {
    const d = dense({ units: 3 });
    const s = sequential().add(input({ shape: [3] })).add(residual(d));
    expect(thrown(() => s.add(d))).toBe(placedTwice('Sequential "sequential"', "dense"));
  });
  test("a functional model with two layers of one name", () => {
    const x = input({ shape: [3] });
    const y = dense({ units: 3, name: "fc" })(dense({ units: 3, name: "fc" })(x));
    expect(thrown(() => model({ inputs: x, outputs: y }))).toBe(duplicateName("model", "fc", 2));
  });
  test("the functional g(g(x)) still works and counts its weights once", () => {
    const g = dense({ units: 3 });
    const x = input({ shape: [3] });
    const m = model({ inputs: x, outputs: g(g(x)) });
    expect(m.countParams()).toBe(12);
    expect(m.summary({ ...quiet, lineLength: 88 })).toContain(" Total params: 12 (48.00 B)");
  });
  test("a functional model that uses a layer directly and inside a block counts its weights once, as Keras does", () => {
    const d = dense({ units: 3 });
    const x = input({ shape: [3] });
    const m = model({ inputs: x, outputs: residual(d)(d(x)) });
    expect(m.countParams()).toBe(12); // it counted 24
    expect(m.summary({ ...quiet, lineLength: 108 })).toContain(" Total params: 12 (48.00 B)");
  });
  test("residual(e, e), parallel([f, f]), and a layer shared inside the copies of repeat()", () => {
    const e = dense({ units: 3 });
    expect(thrown(() => residual(e, e))).toBe(placedTwice("residual", "dense"));
    const f = dense({ units: 3 });
    expect(thrown(() => parallel([f, f]))).toBe(placedTwice("parallel", "dense_1"));
    const g = dense({ units: 3 });
    expect(thrown(() => parallel([sequential({ layers: [g] }), residual(g)]))).toBe(placedTwice("parallel", "dense_2"));
    const h = dense({ units: 3 });
    expect(thrown(() => repeat(2, () => sequential({ layers: [h] })))).toBe(placedTwice("repeat", "dense_3"));
  });
  test("repeat() builds a fresh layer for each copy", () => {
    const r = repeat(3, () => dense({ units: 3 }));
    const m = sequential().add(input({ shape: [3] })).add(r);
    const copies = (r as unknown as { layers: { name: string }[] }).layers;
    expect(new Set(copies).size).toBe(3);
    expect(copies.map((l) => l.name)).toEqual(["dense", "dense_1", "dense_2"]);
    expect(m.countParams()).toBe(36);
  });
});

describe("5. counts past 2^53 - 1 are refused, not rounded", () => {
  // 2^53 + 1 = 9,007,199,254,740,993 = 321 * 28,059,810,762,433: Dense with 321 units on 28,059,810,762,432 features.
  test("a parameter count of 2^53 + 1 (it printed ...992)", () => {
    const x = input({ shape: [28059810762432] });
    expect(thrown(() => dense({ units: 321 })(x))).toBe(
      'Dense "dense": the parameter count is about 9,007,199,254,740,992, past 9,007,199,254,740,991 (2^53 - 1), the largest integer a JavaScript number holds exactly, so it cannot be counted exactly. Fix: make the model smaller (fewer units or filters, smaller inputs).',
    );
  });
  test("a weight of more than 2^53 - 1 numbers", () => {
    const x = input({ shape: [134217728] });
    expect(thrown(() => dense({ units: 134217728, useBias: false })(x))).toMatch(
      /^Dense "dense": the size of weight kernel \(134217728, 134217728\) is about 18,014,398,509,481,984, past 9,007,199,254,740,991 \(2\^53 - 1\)/,
    );
  });
  test("a model whose layers each fit but whose total does not", () => {
    const s = sequential()
      .add(input({ shape: [4503599627370496] }))
      .add(dense({ units: 1, useBias: false }))
      .add(dense({ units: 4503599627370496, useBias: false }));
    expect(thrown(() => s.countParams())).toMatch(/^Sequential "sequential": the parameter count is about 9,007,199,254,740,992, past/);
    expect(thrown(() => s.summary(quiet))).toMatch(/^Sequential "sequential": the parameter count is about/);
  });
  test("a reshape that changes the element count by one (it was accepted)", () => {
    const x = input({ shape: [3, 107, 28059810762433] }); // 2^53 + 1 elements
    expect(thrown(() => reshape({ targetShape: [-1] })(x))).toMatch(
      /^Reshape "reshape": the element count of a sample of \(None, 3, 107, 28059810762433\) is about 9,007,199,254,740,992, past/,
    );
    expect(thrown(() => js(reshape)({ targetShape: [4503599627370496, 2] })(input({ shape: [4503599627370496, 2] })))).toMatch(
      /^Reshape "reshape_1": the element count of a sample of \(None, 4503599627370496, 2\) is about/,
    );
  });
  test("an output size past 2^53 - 1 (Flatten's product, UpSampling's factor)", () => {
    const x = input({ shape: [3, 107, 28059810762433] });
    expect(thrown(() => flatten()(x))).toMatch(/^Flatten "flatten": axis 1 of the output is about 9,007,199,254,740,992, past/);
    expect(thrown(() => sf.upSampling1d({ size: 2 })(input({ shape: [4503599627370496, 1] })))).toMatch(
      /^UpSampling1D "up_sampling1d": axis 1 of the output is about 9,007,199,254,740,992, past/,
    );
  });
  test("the total in summary()'s own input", () => {
    expect(thrown(() => renderSummary({ name: "m", rows: [], sequentialLike: true, trainable: 2 ** 53, nonTrainable: 1 }, 76))).toMatch(
      /^Model "m": the parameter count is about 9,007,199,254,740,992, past/,
    );
  });
});

describe("6. summary(): terminal widths, escaped controls, a checked lineLength", () => {
  const table = (text: string) => text.split("\n").filter((l) => /^[┏┃┡│├└]/.test(l));
  const names = [
    "🧠".repeat(20), // long emoji name: was cut inside a surrogate pair
    "層".repeat(25), // CJK: two columns each
    "cafe\u0301_lay\u0301er", // combining accents: no column of their own
    "👩\u200D👩\u200D👧\u200D👦_family_🇫🇷_flag_and_more_text_here", // ZWJ sequence and flag: one cluster each
    "line\nbreak", // was a broken row
    "carriage\rreturn\ttab",
  ];
  test.each([76, 88, 108])("every line of the table is as wide as its rules, at lineLength %i", (lineLength) => {
    const x = input({ shape: [3], name: "in\u202Eput" });
    let t: SymbolicTensor = x;
    for (const name of names) t = dense({ units: 2, name })(t);
    const b = dense({ units: 2, name: "日本" })(x);
    const m = model({ inputs: x, outputs: add()([t, b]), name: "model\tname" });
    const text = m.summary({ ...quiet, lineLength });
    const lines = table(text);
    expect(lines.length).toBeGreaterThan(20);
    for (const l of lines) expect(displayWidthOf(l)).toBe(lineLength);
    expect(text).not.toMatch(/[\uD800-\uDFFF](?![\uDC00-\uDFFF])/u); // no half of an emoji left
    expect(text).toContain('Model: "model\\tname"');
    expect(text).toContain("line\\nbreak");
    expect(text).toContain("in\\u202eput");
  });
  test("a long emoji name is cut between characters, with …", () => {
    const s = sequential().add(input({ shape: [3] })).add(dense({ units: 2, name: "🧠".repeat(20) }));
    expect(s.summary({ ...quiet, lineLength: 76 })).toContain(`│ ${"🧠".repeat(15)}… │ (None, 2)              │             8 │`);
  });
  test("CJK and combining characters are padded by their columns", () => {
    const s = sequential().add(input({ shape: [3] })).add(dense({ units: 2, name: "層" })).add(dense({ units: 2, name: "cafe\u0301" }));
    const text = s.summary({ ...quiet, lineLength: 76 });
    expect(text).toContain("│ 層 (Dense)                      │ (None, 2)              │             8 │");
    expect(text).toContain("│ cafe\u0301 (Dense)                    │ (None, 2)              │             6 │");
  });
  const badLineLength = (got: string) =>
    `summary: lineLength must be a whole number of columns from 1 to 1,000, but got ${got}. Fix: use e.g. lineLength: 88 (Keras's default), or leave it out for the terminal's width.`;
  test.each([
    [NaN, "NaN"], // collapsed the table to ┏┳┳┓
    [1e9, "1000000000"], // RangeError: Invalid string length
    [Infinity, "Infinity"], // RangeError: Invalid count value
    [-5, "-5"],
    [0, "0"],
    [80.5, "80.5"],
    ["88", '"88"'],
  ] as const)("lineLength %s is a ShapeError", (lineLength, got) => {
    const s = sequential({ layers: [dense({ units: 2, inputShape: [3] })] });
    expect(thrown(() => s.summary({ ...quiet, lineLength: lineLength as number }))).toBe(badLineLength(got));
  });
  test("a lineLength too narrow for the table keeps Keras's sentence, and says which width works", () => {
    const s = sequential({ layers: [dense({ units: 2, inputShape: [3] })] });
    expect(thrown(() => s.summary({ ...quiet, lineLength: 12 }))).toBe(
      "Insufficient console width to print summary. summary: lineLength 12 leaves a column narrower than 4 characters. Fix: use lineLength: 16 or more (Keras's default is 88).",
    );
    // With Connected to (four columns), 19 works but 20 does not, so the fix names 21.
    const x = input({ shape: [3] });
    const branched = model({ inputs: x, outputs: add()([dense({ units: 3 })(x), x]) });
    expect(thrown(() => branched.summary({ ...quiet, lineLength: 20 }))).toBe(
      "Insufficient console width to print summary. summary: lineLength 20 leaves a column narrower than 4 characters. Fix: use lineLength: 21 or more (Keras's default is 88).",
    );
    expect(branched.summary({ ...quiet, lineLength: 21 }).split("\n")[1]!.length).toBe(21);
    expect(s.summary({ ...quiet, lineLength: 16 }).split("\n")[1]).toBe("┏━━━━━━┳━━━┳━━━┓");
    expect(s.summary({ ...quiet, lineLength: 1000 }).split("\n")[1]!.length).toBe(1000);
  });
});

describe("7. a union option value that fails only against the input: the runtime refuses the member (the types read it as unknown)", () => {
  // The compile-time side, no error and `number` sizes, is pinned in type-tests/layer-unions.test-d.ts.
  test("a kernel, a pool size and a padding that the input cannot take, and a merge input of the wrong size", () => {
    for (const k of [3, 5] as const) {
      const run = () => conv2d({ filters: 8, kernelSize: k })(input({ shape: [28, 4, 3] }));
      if (k === 3) expect(run().shape).toEqual([null, 26, 2, 8]);
      else expect(thrown(run)).toContain("Conv2D: the kernel (after dilation) spans 5 along axis 2 (cols), but the input has only 4 there");
    }
    for (const p of [2, 4] as const) {
      const run = () => maxPooling2d({ poolSize: p })(input({ shape: [3, 3, 1] }));
      if (p === 2) expect(run().shape).toEqual([null, 1, 1, 1]);
      else expect(thrown(run)).toContain("MaxPooling2D");
    }
    for (const padding of ["same", "valid"] as const) {
      const run = () => conv2d({ filters: 8, kernelSize: 3, padding })(input({ shape: [2, 28, 3] }));
      if (padding === "same") expect(run().shape).toEqual([null, 2, 28, 8]);
      else expect(thrown(run)).toContain("Conv2D: the kernel (after dilation) spans 3 along axis 1 (rows), but the input has only 2 there");
    }
    for (const units of [1, 4]) {
      const run = () => add()([dense({ units })(input({ shape: [2] })), input({ shape: [3] })]);
      if (units === 1) expect(run().shape).toEqual([null, 3]);
      else expect(thrown(run)).toContain("Add needs inputs of the same shape (a size of 1 broadcasts)");
    }
  });
});

describe("8. what the types read as unknown (review 3): the runtime gives the shape or refuses with the sentence", () => {
  // The compile-time side is pinned in type-tests/soundness-models.test-d.ts and errors/soundness-models.ts.
  test("a model whose output is typed SymbolicTensor<any> (finding 3): its call gives the real shape; two outputs are refused", () => {
    const i0 = input({ shape: [3] });
    const anyOut = model({ inputs: i0, outputs: dense({ units: 2 })(i0) as SymbolicTensor<any> });
    expect(anyOut(input({ shape: [3] })).shape).toEqual([null, 2]);
    const twoOut = model({ inputs: i0, outputs: [dense({ units: 2 })(i0) as SymbolicTensor<any>, i0] }) as unknown as (x: unknown) => unknown;
    expect(thrown(() => twoOut(input({ shape: [3] })))).toBe(
      "Functional: a model of 2 outputs cannot be called as a layer yet (a layer call gives one tensor). Fix: call its layers on the tensors instead, or build one model for each output.",
    );
  });
  test("1e400, Infinity (finding 13): refused as a size with the sentence the types give", () => {
    const inf: number = 1e400; // typed number here: the literal is a compile error (type-tests/errors/soundness-models.ts)
    expect(thrown(() => input({ shape: [inf] }))).toMatch(/^Input: every size in shape must be a positive integer or null, but got Infinity\./);
    expect(thrown(() => dense({ units: inf }))).toMatch(/^Dense: units must be a positive integer \(the number of neurons, the size of the output's last axis\), but got Infinity\./);
  });
  test("a model read from JSON is a layer (finding 11): called, and in a layers list", () => {
    const imported = fromJSON(JSON.stringify(toKerasJSON(sequential({ layers: [input({ shape: [3] }), dense({ units: 4 })] }))));
    expect(imported(input({ shape: [3] })).shape).toEqual([null, 4]);
    expect(sequential({ layers: [input({ shape: [3] }), imported, dense({ units: 2 })] }).countParams()).toBe(26);
    expect(thrown(() => imported(input({ shape: [5] })))).toMatch(/^Sequential: the model takes inputs of shape \(None, 3\) \(any batch size\), but is called on \(None, 5\)\./);
  });
  test("a size typed any in a Sequential (finding 4): the count the types call number", () => {
    const n: any = 5;
    expect(sequential({ layers: [input({ shape: [n] }), dense({ units: 4 })] }).countParams()).toBe(24);
  });
  test("a block whose part is typed any (hover4): built with the real shapes and count", () => {
    const aa: any = dense({ units: 3 });
    const x3 = input({ shape: [3] });
    expect(repeat(2, () => dense({ units: 3 }) as any)(x3).shape).toEqual([null, 3]);
    expect(parallel([aa, dense({ units: 2 })])(x3).shape).toEqual([null, 5]);
    expect(residual(dense({ units: 3 }) as any)(x3).shape).toEqual([null, 3]);
    const s = sequential({ layers: [input({ shape: [3] }), repeat(2, () => dense({ units: 3 }) as any), dense({ units: 2 })] });
    expect(s.outputShape).toEqual([null, 2]);
    expect(s.countParams()).toBe(2 * 12 + 8);
  });
});
