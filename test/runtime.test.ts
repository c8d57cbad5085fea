/**
 * The runtime mirror beyond shapes: weights, parameter counts, shared layers, names, graphs, and the
 * protection plain JavaScript callers get (they have no compiler to stop them).
 */
import { beforeEach, describe, expect, test } from "vitest";
import {
  add,
  clearSession,
  concatenate,
  dense,
  dropout,
  flatten,
  input,
  model,
  sequential,
  ShapeError,
  SymbolicTensor,
} from "../src/index.js";
import * as convLayers from "../src/index.js";
import { shapeError } from "./shape-error.js";

beforeEach(() => clearSession());

/** Calls `f` and returns the ShapeError it throws (failing if it throws anything else or nothing). */
// Plain JavaScript callers: the compiler is not there to stop these calls.
const js = <f extends (...a: never[]) => unknown>(fn: f) => fn as unknown as (...a: unknown[]) => any;

describe("weights", () => {
  test("Dense: a kernel of [features, units] and a bias of [units]", () => {
    const d = dense({ units: 4 });
    expect(d.built).toBe(false);
    expect(d.weights).toEqual([]);
    expect(d.countParams()).toBe(0);
    d(input({ shape: [3] }));
    expect(d.built).toBe(true);
    expect(d.weights).toEqual([
      { name: "dense/kernel", shape: [3, 4], trainable: true },
      { name: "dense/bias", shape: [4], trainable: true },
    ]);
    expect(d.countParams()).toBe(3 * 4 + 4);
  });
  test("Dense without bias, on a rank-4 input: only the last axis counts", () => {
    const d = dense({ units: 8, useBias: false });
    d(input({ shape: [50, 50, 3] }));
    expect(d.weights.map((w) => w.shape)).toEqual([[3, 8]]);
    expect(d.countParams()).toBe(24);
  });
  test("a frozen layer's weights are not trainable, and the summary counts them apart", () => {
    const d = dense({ units: 2, trainable: false });
    const inp = input({ shape: [3] });
    const m = model({ inputs: inp, outputs: dense({ units: 1 })(d(inp)) });
    expect(d.weights.map((w) => w.trainable)).toEqual([false, false]);
    const text = m.summary({ printFn: () => {}, lineLength: 88 });
    expect(text).toContain(" Total params: 11 (44.00 B)\n Trainable params: 3 (12.00 B)\n Non-trainable params: 8 (32.00 B)\n");
  });
  test("the seed network: 16 + 20 + 5 = 41 parameters", () => {
    const s = sequential().add(dense({ units: 4, inputShape: [3] })).add(dense({ units: 4 })).add(dense({ units: 1 }));
    expect(s.layers.map((l) => l.countParams())).toEqual([16, 20, 5]);
    expect(s.countParams()).toBe(41);
  });
});

describe("shared layers", () => {
  test("a layer called twice shares its weights", () => {
    const d = dense({ units: 4 });
    const a = d(input({ shape: [3] }));
    const b = d(input({ shape: [3] }));
    expect(a.shape).toEqual([null, 4]);
    expect(b.shape).toEqual([null, 4]);
    expect(d.countParams()).toBe(16);
    expect(b.name).toBe("dense[1][0]");
  });
  test("a second call that its weights cannot take is a ShapeError (the types cannot see this)", () => {
    const d = dense({ units: 4 });
    d(input({ shape: [3] }));
    expect(shapeError(() => d(input({ shape: [5] }))).message).toBe(
      'Dense "dense" already has weights kernel (3, 4), bias (4,) from its first call, and they cannot take the input (None, 5). Fix: a layer called twice shares its weights, so call it on inputs of the same shape, or create a new layer.',
    );
  });
});

describe("names, as Keras gives them", () => {
  test("dense, dense_1, ...; input_layer; sequential and functional; clearSession starts over", () => {
    const inp = input({ shape: [3] });
    const a = dense({ units: 2 });
    const b = dense({ units: 2 });
    expect([inp.node.layer.name, a.name, b.name]).toEqual(["input_layer", "dense", "dense_1"]);
    expect([flatten().name, add().name, concatenate().name, dropout({ rate: 0.1 }).name]).toEqual([
      "flatten",
      "add",
      "concatenate",
      "dropout",
    ]);
    expect(sequential().name).toBe("sequential");
    expect(model({ inputs: inp, outputs: a(inp) }).name).toBe("functional");
    expect(dense({ units: 1, name: "out" }).name).toBe("out");
    clearSession();
    expect(dense({ units: 1 }).name).toBe("dense");
  });
  test("a layer is a function, and an instance of nothing surprising", () => {
    const d = dense({ units: 2 });
    expect(typeof d).toBe("function");
    expect(d.className).toBe("Dense");
    expect(d(input({ shape: [3] }))).toBeInstanceOf(SymbolicTensor);
  });
});

describe("functional models", () => {
  test("layers in Keras's order: deepest first, ties in the order a walk from the outputs meets them", () => {
    const inp = input({ shape: [3] });
    const a = dense({ units: 4, name: "a" })(inp);
    const b = dense({ units: 4, name: "b" })(inp);
    const out = dense({ units: 1, name: "out" })(concatenate({ name: "cat" })([add({ name: "sum" })([a, b]), inp]));
    const m = model({ inputs: inp, outputs: out });
    expect(m.layers.map((l) => l.name)).toEqual(["input_layer", "a", "b", "sum", "cat", "out"]);
    expect(m.countParams()).toBe(16 + 16 + 8);
    expect(m.inputShape).toEqual([null, 3]);
    expect(m.outputShape).toEqual([null, 1]);
  });
  test("several inputs and outputs give lists of shapes", () => {
    const x = input({ shape: [3] });
    const y = input({ shape: [5] });
    const j = concatenate()([x, y]);
    const m = model({ inputs: [x, y], outputs: [j, dense({ units: 2 })(j)] });
    expect(m.inputShape).toEqual([
      [null, 3],
      [null, 5],
    ]);
    expect(m.outputShape).toEqual([
      [null, 8],
      [null, 2],
    ]);
  });
  test("an output that needs an input left out of `inputs` is a ShapeError", () => {
    const x = input({ shape: [3] });
    const y = input({ shape: [3] });
    expect(shapeError(() => model({ inputs: x, outputs: add()([x, y]) })).message).toBe(
      "model: graph disconnected: the outputs depend on input_layer_1[0][0], which is not among the inputs [input_layer[0][0]]. Fix: list every input() the outputs depend on in inputs.",
    );
  });
});

describe("Sequential at run time", () => {
  test("starting from input(), or from a first layer's inputShape, inputDim, batchInputShape", () => {
    expect(sequential().add(input({ shape: [3] })).add(dense({ units: 2 })).outputShape).toEqual([null, 2]);
    expect(sequential().add(dense({ units: 2, inputDim: 3 })).inputShape).toEqual([null, 3]);
    expect(sequential().add(dense({ units: 2, batchInputShape: [30, 3] })).outputShape).toEqual([30, 2]);
    expect(sequential().add(dense({ units: 2, inputShape: [3], batchSize: 30 })).inputShape).toEqual([30, 3]);
  });
  test("a layer the model cannot take leaves the model as it was", () => {
    const s = sequential().add(dense({ units: 4, inputShape: [3] }));
    // @ts-expect-error: the declared (None, 9) does not match (None, 4); the text is checked in type-tests/errors/models.ts
    shapeError(() => s.add(dense({ units: 2, inputShape: [9] })));
    expect(s.layers.length).toBe(1);
    expect(s.outputShape).toEqual([null, 4]);
  });
  test("without an input shape, shapes and parameters are a ShapeError", () => {
    const s = sequential({ layers: [dense({ units: 4 })] });
    const untyped = s as unknown as { countParams(): number; summary(o: object): string };
    for (const f of [() => s.outputShape, () => s.inputShape, () => untyped.countParams(), () => untyped.summary({ printFn: () => {} })])
      expect(shapeError(f).message).toMatch(/^Sequential: the model has no input shape/);
  });
  test("the number of samples written into inputShape is named only when the layer takes the shape without it", () => {
    const conv = (inputShape: number[]) => () => sequential().add(convLayers.conv2d({ filters: 8, kernelSize: 3, inputShape }));
    expect(shapeError(conv([30, 50, 50, 3])).message).toMatch(/^inputShape leaves out the batch axis, so the declared input is \(None, 30, 50, 50, 3\)\. Fix: if the first size \(30\) is the number of samples, write inputShape: \[50, 50, 3\], and batchSize: 30 for a fixed batch\. Conv2D needs .* of rank 5\.$/);
    // Rank 3 is too few, and (None, 3) would be too: no hint. A kernel larger than the rows is no rank mistake either.
    expect(shapeError(conv([50, 3])).message).not.toContain("inputShape leaves out");
    expect(shapeError(conv([2, 2, 3])).message).not.toContain("inputShape leaves out");
    // The model is left as it was: no call was recorded, no weight made by the check.
    const s = sequential();
    const c = convLayers.conv2d({ filters: 8, kernelSize: 3, inputShape: [30, 50, 50, 3] });
    shapeError(() => s.add(c as never));
    expect(s.layers.length).toBe(0);
    expect(c.weights.length).toBe(0);
  });
});

describe("plain JavaScript callers get a ShapeError, not a crash", () => {
  test("a batchSize or inputDim that is not a number is quoted as written, with what the option means", () => {
    const js = dense as unknown as (o: object) => unknown;
    expect(shapeError(() => js({ units: 2, inputShape: [3], batchSize: "a" })).message).toBe(
      'Dense: batchSize must be a positive integer (the number of samples in each batch), but got "a". Fix: write e.g. batchSize: 32, or leave it out for batches of any size.',
    );
    expect(shapeError(() => js({ units: 2, inputDim: "3" })).message).toBe(
      `Dense: inputDim must be a positive integer (the size of the input's one feature axis: inputDim: 3 is inputShape: [3]), but got "3". Fix: write e.g. inputDim: 3.`,
    );
  });
  test("a layer called on something that is not a tensor", () => {
    expect(shapeError(() => js(dense({ units: 2 }))([1, 2, 3])).message).toBe(
      "Dense: expected a SymbolicTensor (from input() or another layer), but got an array of 3. Fix: start from input({ shape: [...] }) and pass the tensor a layer returned.",
    );
    expect(shapeError(() => js(add())(input({ shape: [2] }))).message).toBe(
      "Add takes a list of tensors, but got SymbolicTensor. Fix: put the tensors to merge in an array: add()([a, b]).",
    );
  });
  test("missing or wrong options", () => {
    expect(shapeError(() => js(dense)({})).message).toMatch(/^Dense: units must be a positive integer .* but got undefined/);
    expect(shapeError(() => js(dense)({ units: "4" })).message).toMatch(/but got "4"\./);
    expect(shapeError(() => js(dense)({ units: 4, activation: "relux" })).message).toMatch(/^Dense: unknown activation "relux"\. Fix: use one of linear, relu/);
    expect(shapeError(() => js(input)({ shape: [3, "a"] })).message).toMatch(/but got "a"\./);
    expect(shapeError(() => js(input)(undefined)).message).toMatch(/^Input needs the shape of the data, but got undefined/);
    expect(shapeError(() => js(model)({ inputs: 1, outputs: 2 })).message).toMatch(/^model: inputs must be tensors/);
    expect(shapeError(() => js(sequential().add)(42)).message).toMatch(/^Sequential: add\(\) takes a layer or an input\(\) tensor, but got number/);
  });
});

describe("rules reachable only from the runtime class", () => {
  test("Flatten of a rank-0 shape (no batch axis) is the type-level message", () => {
    const f = flatten() as unknown as { computeOutputShape(s: readonly number[]): unknown };
    expect(shapeError(() => f.computeOutputShape([])).message).toBe(
      "Flatten needs a batch axis to keep, but got a shape of rank 0, (). Fix: pass a tensor from input() or a layer; it always has a batch axis.",
    );
  });
});

describe("found in review", () => {
  test("a first layer the model cannot take leaves no input behind", () => {
    const s = sequential();
    // @ts-expect-error: a null features axis; the compile-time text is checked in type-tests/errors/dense.ts
    shapeError(() => s.add(dense({ units: 4, inputShape: [null] })));
    expect(s.layers).toEqual([]);
    expect(shapeError(() => s.outputShape).message).toMatch(/^Sequential: the model has no input shape, as it has no layers\./);
    expect(s.add(dense({ units: 2, inputShape: [3] })).outputShape).toEqual([null, 2]);
  });
  test("an input added twice names the shape as the compiler does", () => {
    // @ts-expect-error: a second input; the same sentence at compile time is checked in test/parity.test.ts
    expect(shapeError(() => sequential().add(input({ shape: [] })).add(input({ shape: [] }))).message).toBe(
      "Sequential: an input() tensor can only be the first thing added, but the model already has an input or layers, and shape (None,). Fix: add input({ shape: [...] }) once, before any layer.",
    );
  });
  test("model and sequential reject options they do not know", () => {
    expect(shapeError(() => js(sequential)({ layer: [] })).message).toMatch(/^sequential has no option "layer"/);
    const x = input({ shape: [3] });
    expect(shapeError(() => js(model)({ inputs: x, outputs: x, input: x })).message).toMatch(/^model has no option "input"/);
  });
  test("a fractional concatenate axis is out of range at run time too", () => {
    const x = input({ shape: [4] });
    expect(shapeError(() => js(concatenate({ axis: 0.5 }))([x, x])).message).toMatch(/^Concatenate: axis 0.5 does not exist/);
  });
  test("a tiny dropout rate written in exponent form is accepted", () => {
    expect(dropout({ rate: 1e-7 })(input({ shape: [2] })).shape).toEqual([null, 2]);
  });
});

describe("found by a newcomer trying plain JavaScript", () => {
  test("missing options and a shape that is not a list are ShapeErrors, not TypeErrors", () => {
    expect(shapeError(() => js(dense)()).message).toBe("Dense expects an options object, but got undefined. Fix: pass options such as { units: ... }.");
    expect(shapeError(() => js(dense)({ units: 4, inputShape: 3 })).message).toBe(
      "Dense: inputShape must be a list of sizes such as [3], but got 3. Fix: write inputShape: [3].",
    );
    expect(shapeError(() => js(input)({ shape: 3 })).message).toBe("Input: shape must be a list of sizes such as [3], but got 3. Fix: write shape: [3].");
  });
  test("a layer's input option that is null is left out, as Keras reads input_dim=None and input_shape=None (review s9, finding 13)", () => {
    // inputDim: null was read as inputShape: [null], a model of input (None, None) that Dense then refused.
    for (const k of ["inputDim", "inputShape", "batchInputShape", "batchShape", "batchSize"])
      expect(js(dense)({ units: 4, [k]: null }).batchInputShape, k).toBeUndefined();
    // Beside another spelling, a null one is no second spelling; a null batchSize is the default, None.
    expect(js(dense)({ units: 4, inputDim: null, inputShape: [3] }).batchInputShape).toEqual([null, 3]);
    expect(js(dense)({ units: 4, inputDim: 3, batchSize: null }).batchInputShape).toEqual([null, 3]);
    expect(js(dense)({ units: 4, batchInputShape: [8, 3], batchSize: null }).batchInputShape).toEqual([8, 3]);
    expect(js(dense)({ units: 4, batchShape: null, batchInputShape: [8, 3] }).batchInputShape).toEqual([8, 3]);
    expect(sequential({ layers: [js(dense)({ units: 4, inputDim: null, inputShape: [3] })] }).outputShape).toEqual([null, 4]);
    // Anything else that is no list is still refused, with a fix that leads somewhere (review s9, finding 9).
    expect(shapeError(() => js(dense)({ units: 4, batchInputShape: 3 })).message).toBe(
      "Dense: batchInputShape must be a list of sizes such as [3], but got 3. Fix: write batchInputShape: [3].",
    );
    expect(shapeError(() => js(dense)({ units: 4, inputShape: "3" })).message).toBe(
      'Dense: inputShape must be a list of sizes such as [3], but got "3". Fix: leave inputShape out, or give the sizes of one sample, e.g. inputShape: [3].',
    );
  });
  test("a shape option of input() that is null gets a fix that leads somewhere: not [null], which is the next error (review s9, finding 9)", () => {
    // input() needs a shape: no "leave it out" there.
    expect(shapeError(() => js(input)({ shape: null })).message).toBe(
      'Input: shape must be a list of sizes such as [3], but got null. Fix: give the sizes of one sample, e.g. shape: [3].',
    );
    expect(shapeError(() => js(input)({ shape: "3" })).message).toContain('but got "3". Fix: give the sizes of one sample');
    // Both ways out work.
    expect(sequential().add(js(dense)({ units: 4 })).add(js(dense)({ units: 2 }))).toBeDefined();
    expect(sequential().add(js(dense)({ units: 4, inputShape: [3] })).outputShape).toEqual([null, 4]);
  });
});

describe("a model is a layer (issue 14)", () => {
  const conv1d = (o: { filters: number; kernelSize: number }) => js(convLayers.conv1d)(o);
  test("called on a new tensor, a functional model runs its layers again, as Keras does", () => {
    const seqIn = input({ shape: [null, 3] });
    const m = model({ inputs: seqIn, outputs: conv1d({ filters: 2, kernelSize: 3 })(seqIn) });
    expect(m(input({ shape: [10, 3] })).shape).toEqual([null, 8, 2]);
    expect(m(input({ batchShape: [4, 5, 3] })).shape).toEqual([4, 3, 2]);
    expect(shapeError(() => m(input({ shape: [2, 3] }))).message).toMatch(/^Conv1D: the kernel \(after dilation\) spans 3 along axis 1 \(steps\), but the input has only 2 there: \(None, 2, 3\)\./);
    expect(shapeError(() => js(m)(input({ shape: [10, 4] }))).message).toBe(
      "Functional: the model takes inputs of shape (None, None, 3) (any batch size), but is called on (None, 10, 4). Fix: call it on a tensor of that shape, or build the model on an input with None for the sizes that vary, e.g. input({ shape: [null, 3] }).",
    );
  });
  test("a Sequential built with batch size 2 takes any batch size", () => {
    const s = sequential({ layers: [input({ batchShape: [2, 3] }), dense({ units: 2 })] });
    expect(s(input({ shape: [3] })).shape).toEqual([null, 2]);
    expect(s(input({ batchShape: [7, 3] })).shape).toEqual([7, 2]);
    const first = sequential({ layers: [dense({ units: 2, batchInputShape: [2, 3] })] });
    expect(first(input({ batchShape: [7, 3] })).shape).toEqual([7, 2]);
  });
  test("encoder and decoder: nested models are one row each, expandNested shows their layers", () => {
    const img = input({ shape: [28, 28, 1] });
    const encoder = model({ inputs: img, outputs: dense({ units: 8 })(flatten()(img)), name: "encoder" });
    const z = input({ shape: [8] });
    const decoder = model({ inputs: z, outputs: dense({ units: 784 })(z), name: "decoder" });
    const x = input({ shape: [28, 28, 1] });
    const ae = model({ inputs: x, outputs: decoder(encoder(x)) });
    expect(ae.outputShape).toEqual([null, 784]);
    expect(ae.countParams()).toBe(784 * 8 + 8 + 8 * 784 + 784);
    const rows = (text: string) => text.split("\n").filter((l) => l.startsWith("│")).map((l) => l.split("│")[1]!.trim());
    expect(rows(ae.summary({ printFn: () => {} }))).toEqual(["input_layer_2 (InputLayer)", "encoder (Functional)", "decoder (Functional)"]);
    expect(rows(ae.summary({ printFn: () => {}, expandNested: true })).filter((r) => r.startsWith("└"))).toEqual([
      "└ input_layer (InputLayer)", "└ flatten (Flatten)", "└ dense (Dense)", "└ input_layer_1 (InputLayer)", "└ dense_1 (Dense)",
    ]);
    const s = sequential().add(encoder).add(decoder);
    expect(s.outputShape).toEqual([null, 784]);
    expect(rows(s.summary({ printFn: () => {} }))).toEqual(["encoder (Functional)", "decoder (Functional)"]);
    expect(sequential({ layers: [encoder, dense({ units: 1 })] }).inputShape).toEqual([null, 28, 28, 1]);
  });
  test("several inputs take a list of tensors, each checked", () => {
    const x1 = input({ shape: [3] });
    const x2 = input({ shape: [4] });
    const two = model({ inputs: [x1, x2], outputs: dense({ units: 1 })(concatenate()([x1, x2])) });
    expect(two([input({ shape: [3] }), input({ shape: [4] })]).shape).toEqual([null, 1]);
    expect(shapeError(() => js(two)(input({ shape: [3] }))).message).toBe("Functional: the model takes 2 inputs, but is called on one tensor. Fix: pass a list of 2 tensors, in the order of its inputs.");
    expect(shapeError(() => js(two)([x1, x2, x2])).message).toMatch(/^Functional: the model takes 2 inputs, but is called on 3\./);
    expect(shapeError(() => js(two)([input({ shape: [3] }), input({ shape: [5] })])).message).toMatch(/^Functional input 1: the model takes inputs of shape \(None, 4\) \(any batch size\), but is called on \(None, 5\)\./);
    const one = model({ inputs: x1, outputs: dense({ units: 1 })(x1) });
    expect(shapeError(() => js(one)([x1])).message).toBe("Functional: the model takes one input, but is called on a list. Fix: pass the tensor itself, not in a list.");
    const split = model({ inputs: x1, outputs: [dense({ units: 1 })(x1), dense({ units: 2 })(x1)] });
    expect(shapeError(() => js(split)(x1)).message).toMatch(/^Functional: a model of 2 outputs cannot be called as a layer yet/);
  });
});

describe("model-level checks at build time (issue 14)", () => {
  test("two layers of one name are refused, as Keras 3 does", () => {
    const a = input({ shape: [3] });
    const out = dense({ units: 2, name: "fc" })(dense({ units: 2, name: "fc" })(a));
    expect(shapeError(() => model({ inputs: a, outputs: out })).message).toMatch(/^model: the name "fc" is used 2 times in the model, and all layer names in a model must be unique/);
  });
  test("the same input listed twice is refused", () => {
    const a = input({ shape: [3] });
    const out = dense({ units: 2 })(a);
    expect(shapeError(() => model({ inputs: [a, a], outputs: out })).message).toBe(
      "model: the input input_layer[0][0] is listed 2 times in inputs, but each input can be listed once (a call of the model gives each input its own tensor). Fix: list it once; to feed one tensor to two branches, call both branches on it.",
    );
  });
  test("an intermediate tensor given as an input starts the model, as Keras 3 does (10 parameters, not 26)", () => {
    const b = input({ shape: [3] });
    const h = dense({ units: 4 })(b);
    const m = model({ inputs: h, outputs: dense({ units: 2 })(h) });
    expect(m.countParams()).toBe(10);
    expect(m.layers.map((l) => l.className)).toEqual(["InputLayer", "Dense"]);
    expect(m.inputShape).toEqual([null, 4]);
    expect(m(input({ shape: [4] })).shape).toEqual([null, 2]);
  });
});

describe("counts kept until the model changes (runtime6)", () => {
  test("a count and the summary's totals follow a layer added later to a model nested inside, and a functional model's shared layer counts once", () => {
    const inner = sequential({ layers: [dense({ units: 4, inputShape: [3] })] });
    const outer = sequential({ layers: [inner, dense({ units: 1 })] });
    const total = (m: { summary(o: object): string }) => /Total params: ([\d,]+)/.exec(m.summary({ printFn: () => {} }))![1];
    const built = dense({ units: 2 });
    built(input({ shape: [4] }));
    expect([outer.countParams(), total(outer)]).toEqual([21, "21"]);
    // Plain JavaScript (the types see the first inner only): a layer whose weights exist already (no new
    // weights are made: only the add moves the count), then a new one.
    (inner as unknown as { add(l: unknown): unknown }).add(built);
    expect([inner.countParams(), outer.countParams(), total(outer), total(inner)]).toEqual([26, 31, "31", "26"]);
    (inner as unknown as { add(l: unknown): unknown }).add(dense({ units: 3 }));
    expect([inner.countParams(), outer.countParams(), total(outer)]).toEqual([35, 40, "40"]);
    const x = input({ shape: [3] });
    const d = dense({ units: 3 });
    const m = model({ inputs: x, outputs: d(d(x)) });
    expect([m.countParams(), total(m), d.countParams()]).toEqual([12, "12", 12]);
  });
});
