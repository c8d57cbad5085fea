// Placement's shortcut (src/core/placement.ts, "Who holds whom"): while no layer object is held by two
// models or blocks, checks and weight counts skip their walks. Each case runs on a fresh copy of the
// library (the flag that turns the shortcut off is the module's), so the shortcut is what answers it,
// and the answer must be the one the walks give (the same cases in soundness-runtime.test.ts run after
// the flag has turned).
import { expect, test, vi } from "vitest";

type Lib = typeof import("../src/index.js");
/** The library and its placement module, loaded anew: no layer object held twice yet. */
const fresh = async (): Promise<{ sf: Lib; heldOnce: (l: unknown) => boolean }> => {
  vi.resetModules();
  const sf = await import("../src/index.js");
  const placement = await import("../src/core/placement.js");
  return { sf, heldOnce: placement.heldOnce as (l: unknown) => boolean };
};
/** The message of the ShapeError `f` throws (the fresh copy's own class, so by name). */
const message = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect((e as Error).name).toBe("ShapeError");
    return (e as Error).message;
  }
  throw new Error("expected a ShapeError");
};
const placedTwice = (where: string, name: string) =>
  `${where}: the layer "${name}" is placed twice, and the types cannot see that both places are one object, so they would count its weights twice. Fix: create a new layer for each place (repeat(3, () => dense({ units: 8 })) does), or, to share its weights on purpose, call the one layer twice in the functional API: d(d(x)).`;

test("nested blocks with nothing shared take the shortcut, and count as the walks do", async () => {
  const { sf, heldOnce } = await fresh();
  const block = () => sf.sequential({ layers: [sf.residual(sf.sequential({ layers: [sf.dense({ units: 4 }), sf.dense({ units: 4 })] })), sf.dense({ units: 4 })] });
  const m = sf.sequential({ layers: [sf.input({ shape: [4] }), block(), sf.repeat(2, block)] });
  expect(heldOnce(m)).toBe(true);
  expect(m.countParams()).toBe(9 * 20);
  expect(m.summary({ printFn: () => {} })).toContain(" Total params: 180 (720.00 B)");
  // A layer used directly and inside a block of a functional model: held twice, so a set drops the repeat.
  const d = sf.dense({ units: 4 });
  const x = sf.input({ shape: [4] });
  const f = sf.model({ inputs: x, outputs: sf.residual(d)(d(x)) });
  expect(heldOnce(f)).toBe(false); // (a functional model nothing holds is not counted: a set)
  expect(f.countParams()).toBe(20);
  expect(heldOnce(m)).toBe(true);
  // Placed in a Sequential, its parts are counted, and one is held twice: every later count uses a set.
  const s = sf.sequential({ layers: [sf.input({ shape: [4] }), f] });
  expect(heldOnce(m)).toBe(false);
  expect(m.countParams()).toBe(180);
  expect(s.countParams()).toBe(20);
});

test("a layer inside a block and again beside it, while nothing was held twice before", async () => {
  const { sf } = await fresh();
  const d = sf.dense({ units: 3 });
  const s = sf.sequential().add(sf.input({ shape: [3] })).add(sf.residual(d));
  expect(message(() => s.add(d))).toBe(placedTwice('Sequential "sequential"', "dense"));
});

test("one layer in the two branches of a block, and in two copies of repeat", async () => {
  const a = await fresh();
  const g = a.sf.dense({ units: 3 });
  expect(message(() => a.sf.parallel([a.sf.sequential({ layers: [g] }), a.sf.residual(g)]))).toBe(placedTwice("parallel", "dense"));
  const b = await fresh();
  const h = b.sf.dense({ units: 3 });
  expect(message(() => b.sf.repeat(2, () => b.sf.sequential({ layers: [h] })))).toBe(placedTwice("repeat", "dense"));
});

test("a functional model's layer placed again beside it in a Sequential (the model was held by nothing)", async () => {
  const { sf } = await fresh();
  const d = sf.dense({ units: 3 });
  const x = sf.input({ shape: [3] });
  const f = sf.model({ inputs: x, outputs: d(x) });
  expect(message(() => sf.sequential({ layers: [sf.input({ shape: [3] }), f, d] }))).toBe(`Sequential layer 2: ${placedTwice('Sequential "sequential"', "dense")}`);
});

test("a Sequential that would contain itself through a block that holds it", async () => {
  const { sf } = await fresh();
  const s = sf.sequential({ layers: [sf.dense({ units: 3, inputShape: [3] })] });
  const r = sf.residual(s);
  expect(message(() => s.add(r as never))).toBe(
    'Sequential "sequential" cannot contain itself, but it was given Residual "residual", which holds it. Fix: build the inner part as a new model or block, e.g. a second sequential({ layers: [...] }).',
  );
});

test("a layer inside a nested Sequential, added again beside it", async () => {
  const { sf } = await fresh();
  const inner = sf.sequential({ layers: [sf.dense({ units: 3 })] });
  const d = sf.dense({ units: 3 });
  const outer = sf.sequential({ layers: [sf.input({ shape: [3] }), inner] });
  const late = sf.sequential({ layers: [d] });
  outer.add(late as never);
  expect(message(() => outer.add(d as never))).toBe(placedTwice('Sequential "sequential_1"', "dense_1"));
  expect(outer.countParams()).toBe(24);
});
