// Reusable blocks at run time: a Sequential as a layer, residual, parallel, repeat and pipe give the
// shapes and parameter counts their straight-line versions give, and share weights as Keras does.
import { beforeEach, describe, expect, test } from "vitest";
import {
  add, clearSession, concatenate, dense, input, model, parallel, pipe, repeat, residual, sequential, ShapeError,
} from "../src/index.js";

beforeEach(() => clearSession());
const throws = (f: () => unknown, text: string) => {
  expect(f).toThrow(ShapeError);
  expect(f).toThrow(text);
};

describe("a Sequential without an input shape is a layer", () => {
  test("it builds on its first call and is one row with its total parameters", () => {
    const block = sequential({ layers: [dense({ units: 8 }), dense({ units: 2 })] });
    const x = input({ shape: [3] });
    const y = block(x);
    expect(y.shape).toEqual([null, 2]);
    const m = model({ inputs: x, outputs: y });
    expect(m.countParams()).toBe(3 * 8 + 8 + 8 * 2 + 2);
    expect(m.layers.map((l) => l.className)).toEqual(["InputLayer", "Sequential"]);
    expect(m.summary({ printFn: () => {} })).toContain("sequential (Sequential)");
    // Its type does not change when it is called, so read the count as a layer's.
    expect((block as { countParams(): number }).countParams()).toBe(50);
  });
  test("called twice it shares its weights, and a batch size flows through", () => {
    const block = sequential({ layers: [dense({ units: 4 })] });
    const a = block(input({ shape: [3] }));
    const b = block(input({ batchShape: [5, 3] }));
    expect(b.shape).toEqual([5, 4]);
    expect(a.shape).toEqual([null, 4]);
    expect(block.weights.map((w) => w.shape)).toEqual([[3, 4], [4]]);
    throws(() => block(input({ shape: [6] })), "Sequential: the model takes inputs of shape (None, 3) (any batch size), but is called on (None, 6).");
  });
  test("an inner mistake names the inner layer", () => {
    throws(() => sequential({ layers: [dense({ units: 4 })] })(input({ shape: [] }) as never), "Dense needs an input of rank 2 or more");
  });
});

test("a summary lists a block's layers under its row with expandNested, as Keras's expand_nested", () => {
  const block = sequential({ layers: [dense({ units: 8 }), dense({ units: 2 })] });
  const x = input({ shape: [3] });
  const m = model({ inputs: x, outputs: residual(dense({ units: 2 }))(block(x)) });
  const rowsOf = (text: string) => text.split("\n").filter((l) => l.startsWith("│")).map((l) => l.split("│").map((c) => c.trim()).filter(Boolean));
  expect(rowsOf(m.summary({ printFn: () => {}, expandNested: true, lineLength: 88 }))).toEqual([
    ["input_layer (InputLayer)", "(None, 3)", "0"],
    ["sequential (Sequential)", "(None, 2)", "50"],
    ["└ dense (Dense)", "(None, 8)", "32"],
    ["└ dense_1 (Dense)", "(None, 2)", "18"],
    ["residual (Residual)", "(None, 2)", "6"],
    ["└ dense_2 (Dense)", "(None, 2)", "6"],
  ]);
  expect(m.summary({ printFn: () => {}, expandNested: true })).toContain("│    └ dense (Dense)");
  expect(rowsOf(m.summary({ printFn: () => {} })).map((r) => r[0])).toEqual(["input_layer (InputLayer)", "sequential (Sequential)", "residual (Residual)"]);
});

describe("combinators", () => {
  test("residual adds the main path and the identity or a shortcut", () => {
    const x = input({ shape: [8] });
    const r = residual(sequential({ layers: [dense({ units: 8 }), dense({ units: 8 })] }));
    expect(r(x).shape).toEqual([null, 8]);
    expect(r.countParams()).toBe(2 * (8 * 8 + 8));
    const p = residual(dense({ units: 16 }), dense({ units: 16 }));
    expect(p(x).shape).toEqual([null, 16]);
    expect(p.countParams()).toBe(2 * (8 * 16 + 16));
    throws(() => residual(dense({ units: 16 }))(input({ shape: [8] }) as never), "Add needs inputs of the same shape (a size of 1 broadcasts), but input 1 is (None, 8) while input 0 is (None, 16)");
    throws(() => residual(3 as never), "residual: the main path must be a layer (or a sequential block), but got number.");
  });
  test("parallel concatenates its branches", () => {
    const y = parallel([dense({ units: 4 }), dense({ units: 6 })])(input({ shape: [8] }));
    expect(y.shape).toEqual([null, 10]);
    throws(() => parallel([] as never), "parallel needs at least one branch");
  });
  test("repeat makes separate copies", () => {
    const r = repeat(3, () => dense({ units: 8 }));
    expect(r(input({ shape: [8] })).shape).toEqual([null, 8]);
    expect(r.countParams()).toBe(3 * 72);
    expect(new Set(r.weights.map((w) => w.name)).size).toBe(6);
    const same = dense({ units: 8 });
    throws(() => repeat(2, () => same), "repeat: make() returned the same layer twice");
    throws(() => repeat(0 as number, () => dense({ units: 8 })), "repeat: n must be a positive integer");
  });
  test("blocks nested past the compiler's limit still build and count in full at run time", () => {
    // 18 levels of parallel (the types stop at 14 and call the block unknown): 19 Dense layers on (None, 4).
    let b: unknown = dense({ units: 4 });
    for (let k = 0; k < 18; k++) b = parallel([b as ReturnType<typeof dense>, dense({ units: 4 })] as never);
    const out = (b as (x: unknown) => { shape: unknown })(input({ shape: [4] }));
    expect(out.shape).toEqual([null, 76]);
    expect((b as { countParams(): number }).countParams()).toBe(19 * 20);
  });
  test("repeat refuses a count that is not a positive integer, or above 10,000, before building anything", () => {
    let made = 0;
    const make = () => (made++, dense({ units: 8 }));
    throws(() => repeat(-1 as number, make), "repeat: n must be a positive integer (how many copies to stack), but got -1. Fix: use e.g. n: 3.");
    throws(() => repeat(1.5 as number, make), "repeat: n must be a positive integer (how many copies to stack), but got 1.5. Fix: use e.g. n: 3.");
    // It used to loop until memory ran out.
    throws(
      () => repeat((2 ** 53 - 1) as number, make),
      "repeat: n is 9007199254740991, more than the 10000 copies repeat builds (a larger count is almost surely a mistake, and would take minutes and gigabytes to build). Fix: use a count of at most 10000.",
    );
    throws(() => repeat(10001 as number, make), "repeat: n is 10001, more than the 10000 copies repeat builds");
    expect(made).toBe(0);
    expect(repeat(10000, make).countParams()).toBe(0);
    expect(made).toBe(10000);
  });
  test("pipe threads a tensor through layers and helpers", () => {
    const y = pipe(input({ shape: [3] }), dense({ units: 4 }), (t) => dense({ units: 2 })(t));
    expect(y.shape).toEqual([null, 2]);
    throws(() => pipe(input({ shape: [3] }), 5 as never), "pipe: step 1 must be a layer or a function of a tensor, but got number.");
  });
  test("pipe with a step chosen at run time gives that step's shape, one of the union its type states", () => {
    for (const c of [true, false]) {
      const l = c ? dense({ units: 4 }) : dense({ units: 8 });
      const y: { shape: [null, 4] | [null, 8] } = pipe(input({ shape: [3] }), dense({ units: 5 }), l);
      expect(y.shape).toEqual([null, c ? 4 : 8]);
    }
  });
  test("a block's parameters equal its straight-line version's", () => {
    const x1 = input({ shape: [8] });
    const straight = model({ inputs: x1, outputs: concatenate()([add()([dense({ units: 8 })(dense({ units: 8 })(x1)), x1]), dense({ units: 4 })(x1)]) });
    clearSession();
    const x2 = input({ shape: [8] });
    const blocks = model({ inputs: x2, outputs: parallel([residual(sequential({ layers: [dense({ units: 8 }), dense({ units: 8 })] })), dense({ units: 4 })])(x2) });
    expect(blocks.outputShape).toEqual(straight.outputShape);
    expect(blocks.countParams()).toBe(straight.countParams());
  });
});

test("the input layer a block or a Sequential makes for its own layers, made only when read, is the one a call made: its name taken at the call, built, with that input as its one call", () => {
  const block = sequential({ layers: [dense({ units: 4 })] });
  const r = residual(dense({ units: 4 }), undefined, { name: "res" });
  const x = input({ shape: [3] }); // input_layer
  const y = r(block(x)); // the Sequential's own input takes input_layer_1 now, not when first read
  const after = input({ shape: [2] });
  expect(after.name).toBe("input_layer_2[0][0]");
  const inner = (block.layers[0] as unknown as { nodes: { inputs: { name: string; shape: unknown; node: { layer: Record<string, unknown> } }[] }[] }).nodes[0]!.inputs[0]!;
  const layer = inner.node.layer;
  expect([layer["className"], layer["name"], layer["built"], layer["weights"]]).toEqual(["InputLayer", "input_layer_1", true, []]);
  expect(inner.node.layer).toBe(layer); // made once
  expect((layer["nodes"] as unknown[])[0]).toBe(inner.node);
  expect(layer["batchShape"]).toBe(inner.shape);
  expect(inner.name).toBe("input_layer_1[0][0]");
  const g = (r as unknown as { graph: { input: { name: string; shape: unknown } } }).graph;
  expect([g.input.name, g.input.shape]).toEqual(["res_input[0][0]", [null, 4]]);
  expect(y.shape).toEqual([null, 4]);
});
