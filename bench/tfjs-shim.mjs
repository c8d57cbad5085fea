/**
 * shapeflow's API over TensorFlow.js layers 4.22 (CPU backend), so that the runtime comparison runs the
 * same example code on both: `dense({ units: 4 })(x)` becomes `tf.layers.dense({ units: 4, ... }).apply(x)`.
 * Every layer gets zero initializers (TF.js then fills its weights with zeros instead of random numbers:
 * the cheapest honest way for it to create them). Option names are the same in both libraries (shapeflow
 * follows TF.js's camelCase); options TF.js does not know are ignored by it.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
/** @type {typeof import("@tensorflow/tfjs-core")} */
export const tf = require("@tensorflow/tfjs-core");
require("@tensorflow/tfjs-backend-cpu");
/** @type {typeof import("@tensorflow/tfjs-layers")} */
export const tfl = require("@tensorflow/tfjs-layers");

/** Selects the CPU backend (once), quietly. */
export const ready = async () => {
  const warn = console.warn;
  console.warn = () => {};
  try {
    await tf.setBackend("cpu");
  } finally {
    console.warn = warn;
  }
};

const zeros = { kernelInitializer: "zeros", biasInitializer: "zeros", depthwiseInitializer: "zeros", pointwiseInitializer: "zeros", embeddingsInitializer: "zeros" };

/** Something applied to a tensor: a TF.js layer wrapped as shapeflow's, or a block below. @typedef {((x: any) => any) & { apply: (x: any) => any }} Step */

/** A TF.js layer as shapeflow's: callable, and with `apply`. @param {any} layer @returns {Step} */
const callable = (layer) => {
  const f = /** @type {Step & { layer: any }} */ ((/** @type {any} */ x) => layer.apply(x));
  f.apply = f;
  f.layer = layer;
  return f;
};
/** shapeflow's `summary({ lineLength, printFn })` on a TF.js model. @param {any} m */
const withSummary = (m) => {
  const summary = m.summary.bind(m);
  m.summary = (/** @type {{ lineLength?: number, printFn?: (s: string) => void }} */ o = {}) => {
    let text = "";
    summary(o.lineLength, undefined, (/** @type {string} */ line) => (text += `${line}\n`));
    (o.printFn ?? console.log)(text);
    return text;
  };
  return m;
};

/** A block (a function of a tensor) as a step. @param {(x: any) => any} fn @returns {Step} */
const block = (fn) => Object.assign(fn, { apply: fn });

/**
 * shapeflow's Sequential: a stack that is a model when it starts with an input (an `input()` tensor or a
 * first layer with an input shape), and a block when applied to a tensor. TF.js models are built with
 * its functional API from the same layers: each layer is created and applied once, weights and all, as
 * it would be nested (the summary is flat instead of nested; the work is the same).
 * @param {{ layers?: any[], name?: string }} [options]
 */
const sequential = (options = {}) => {
  /** @type {any[]} */
  const items = [...(options.layers ?? [])];
  /** @type {any} */
  let built;
  const run = (/** @type {any} */ x) => items.reduce((t, l) => l.apply(t), x);
  const build = () => {
    if (built) return built;
    const [first, ...rest] = items;
    const inputs = first instanceof tfl.SymbolicTensor ? first : tfl.input({ batchShape: first.layer.batchInputShape });
    const outputs = (first instanceof tfl.SymbolicTensor ? rest : items).reduce((t, l) => l.apply(t), inputs);
    built = withSummary(tfl.model({ inputs, outputs, name: options.name }));
    return built;
  };
  const m = block(run);
  Object.assign(m, {
    add: (/** @type {any} */ l) => (items.push(l), (built = undefined), m),
    summary: (/** @type {any} */ o) => build().summary(o),
    countParams: () => build().countParams(),
  });
  for (const k of ["outputShape", "inputShape", "layers", "weights"]) Object.defineProperty(m, k, { get: () => build()[k] });
  return m;
};

/** shapeflow's residual(main, shortcut?): main(x) + (shortcut ?? identity)(x). @param {Step} main @param {Step} [shortcut] */
const residual = (main, shortcut) => block((x) => tfl.layers.add().apply([main.apply(x), shortcut ? shortcut.apply(x) : x]));
/** shapeflow's repeat(n, make): n blocks made by make(i), stacked. @param {number} n @param {(i: number) => Step} make */
const repeat = (n, make) => {
  const copies = Array.from({ length: n }, (_, i) => make(i));
  return block((x) => copies.reduce((t, l) => l.apply(t), x));
};
/** shapeflow's parallel(branches, { axis }): the branches' outputs concatenated. @param {Step[]} branches @param {{ axis?: number }} [o] */
const parallel = (branches, o = {}) =>
  block((x) => (branches.length === 1 ? branches[0].apply(x) : tfl.layers.concatenate({ axis: o.axis ?? -1 }).apply(branches.map((b) => b.apply(x)))));
/** shapeflow's pipe(x, ...steps). @param {any} x @param {((t: any) => any)[]} steps */
const pipe = (x, ...steps) => steps.reduce((t, f) => f(t), x);

const special = {
  input: (/** @type {any} */ o) => tfl.input(o),
  model: (/** @type {any} */ o) => withSummary(tfl.model(o)),
  sequential,
  residual,
  repeat,
  parallel,
  pipe,
  clearSession: () => {},
};

/** @type {Map<string, (options?: object) => unknown>} */
const wrappers = new Map();

/**
 * The module that stands for "shapeflow": `input`, `model`, `sequential`, and every layer factory by
 * the name TF.js gives it (`conv2d`, `batchNormalization`, `globalAveragePooling2d`, ...).
 */
export const shim = new Proxy(special, {
  get(target, name) {
    if (typeof name !== "string") return undefined;
    if (name in target) return target[/** @type {keyof typeof special} */ (name)];
    // One wrapper a factory, made once: a closure made at every access was compiled again and again,
    // and those compilations finished on the main thread during the next library's timed build.
    let wrapped = wrappers.get(name);
    if (wrapped === undefined) {
      const factory = /** @type {Record<string, (o: object) => unknown>} */ (/** @type {unknown} */ (tfl.layers))[name];
      if (typeof factory !== "function") throw new Error(`tfjs-shim: TensorFlow.js has no layers.${name}`);
      wrappers.set(name, (wrapped = (/** @type {object} */ options = {}) => callable(factory({ ...zeros, ...options }))));
    }
    return wrapped;
  },
  has: (target, name) => typeof name === "string" && (name in target || name in tfl.layers),
});
