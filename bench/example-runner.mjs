/**
 * Runs an example (TypeScript, importing "shapeflow") against a module of our choosing: shapeflow's own
 * build, or bench/tfjs-shim.mjs, which builds the same layers with TensorFlow.js. So both libraries run
 * the very same model code.
 *
 * The example and its relative imports are transpiled once (TypeScript 5.9's transpileModule, to
 * CommonJS) and compiled to functions once, so a timed run is the example's own work only.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
/** @type {typeof import("typescript-5.9")} */
const ts = require("typescript-5.9");

/** @type {Map<string, string>} */
const transpiled = new Map();
/**
 * The example's code compiled to a function once for each library it runs against (keyed by the
 * module that stands for "shapeflow"): one function shared by shapeflow, a baseline build and the
 * TF.js shim would share V8's feedback too, so that its call sites, seeing three libraries' objects,
 * went megamorphic, a cost added to every build of each (in a user's process there is one library).
 * @type {WeakMap<object, Map<string, Function>>}
 */
const compiled = new WeakMap();
/** @type {Map<string, Function>} */
const unkeyed = new Map();

/** @param {string} path @param {unknown} key */
const compile = (path, key) => {
  let fns = typeof key === "object" && key !== null ? compiled.get(key) : unkeyed;
  if (fns === undefined) compiled.set(/** @type {object} */ (key), (fns = new Map()));
  let fn = fns.get(path);
  if (fn === undefined) {
    let outputText = transpiled.get(path);
    if (outputText === undefined) {
      outputText = ts.transpileModule(readFileSync(path, "utf8"), {
        fileName: path,
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
      }).outputText;
      transpiled.set(path, outputText);
    }
    // CommonJS has no import.meta: an example's "am I the main module?" test must see a URL that is not.
    fn = new Function("require", "module", "exports", "__importMeta", outputText.replace(/\bimport\.meta\b/g, "__importMeta"));
    fns.set(path, fn);
  }
  return fn;
};

/**
 * Runs the example at `path` with `modules` standing for its bare imports ("shapeflow"); returns its exports.
 * @param {string} path absolute
 * @param {Record<string, unknown>} modules
 * @param {Map<string, { exports: any }>} [loaded]
 */
export const runExample = (path, modules, loaded = new Map()) => {
  const done = loaded.get(path);
  if (done) return done.exports;
  const module = { exports: {} };
  loaded.set(path, module);
  const req = (/** @type {string} */ spec) => {
    if (spec in modules) return modules[spec];
    if (spec.startsWith(".")) return runExample(resolve(dirname(path), spec).replace(/\.js$/, ".ts"), modules, loaded);
    return require(spec);
  };
  compile(path, modules["shapeflow"])(req, module, module.exports, importMeta(path));
  return module.exports;
};

/** @type {Map<string, { url: string }>} */
const metas = new Map();
/**
 * The example's `import.meta`, made once a file: `pathToFileURL` at every run was 3% of a timed
 * shapeflow build's CPU profile (the harness's work, billed to whichever library ran).
 * @param {string} path
 */
const importMeta = (path) => {
  let m = metas.get(path);
  if (m === undefined) metas.set(path, (m = { url: pathToFileURL(path).href + "?bench" }));
  return m;
};

/** Exports of "shapeflow" that make models or combine layers, rather than make one layer. */
const notLayers = new Set(["model", "sequential", "residual", "repeat", "parallel", "pipe", "clearSession", "formatShape"]);

/**
 * A library module whose `model` and `sequential` record every model they make (so that a run can
 * finish with the work a user asks of a model), and which counts the layers made: every call of a
 * layer factory (`input` included, as Keras lists an InputLayer).
 *
 * The module and its wrappers are made once per library and reused by every recording (each one
 * starts a new list and count): made anew for each build, they were closures whose compiled code went
 * with them, so V8 compiled them again at every timed build, on a background thread billed to the
 * library measured (and TensorFlow.js alike).
 * @param {Record<string, any>} lib
 */
export const recording = (lib) => {
  let r = recorders.get(lib);
  if (r === undefined) recorders.set(lib, (r = recorder(lib)));
  r.state.models = [];
  r.state.counts = { layers: 0 };
  return { models: r.state.models, counts: r.state.counts, module: r.module, uncounted: r.uncounted };
};
/** @type {WeakMap<object, { state: { models: any[], counts: { layers: number } }, module: any, uncounted: any }>} */
const recorders = new WeakMap();
/** @param {Record<string, any>} lib */
const recorder = (lib) => {
  /** @type {{ models: any[], counts: { layers: number } }} */
  const state = { models: [], counts: { layers: 0 } };
  const keep = (/** @type {any} */ m) => (state.models.push(m), m);
  const model = (/** @type {any[]} */ ...a) => keep(lib.model(...a));
  const sequential = (/** @type {any[]} */ ...a) => keep(lib.sequential(...a));
  /** @type {Map<string, Function>} */
  const counted = new Map();
  const module = new Proxy(lib, {
    get(t, k) {
      if (k === "model") return model;
      if (k === "sequential") return sequential;
      const v = t[/** @type {string} */ (k)];
      if (typeof k !== "string" || typeof v !== "function" || notLayers.has(k) || !/^[a-z]/.test(k)) return v;
      let f = counted.get(k);
      if (f === undefined) counted.set(k, (f = (/** @type {any[]} */ ...a) => (state.counts.layers++, v(...a))));
      return f;
    },
  });
  // The same module without the counting: what a timed build runs. Each export the example reads
  // becomes a plain property of it on the first read (through the proxy, its prototype), so that the
  // example's calls read a property, as a user's module reads an import, not a proxy's trap and a
  // wrapper with rest and spread arguments (about 5% of a shapeflow build's profile, billed to every
  // library alike; TF.js's shim keeps its own translating wrappers).
  const uncounted = Object.create(
    new Proxy(lib, {
      get(t, k, receiver) {
        const v = k === "model" ? model : k === "sequential" ? sequential : t[/** @type {string} */ (k)];
        if (typeof k === "string") Object.defineProperty(receiver, k, { value: v, enumerable: true });
        return v;
      },
    }),
  );
  return { state, module, uncounted };
};

/**
 * With console output silenced, runs the example and then, for its last model (the one the file builds
 * last, which holds any block models made before it), reads the output shape, counts the parameters
 * and renders the summary. Returns the models and how many layers were made (0 with `count: false`,
 * which timed builds use: see `uncounted`).
 * @param {string} path @param {Record<string, any>} lib @param {{ count?: boolean }} [options]
 */
export const buildExample = (path, lib, { count = true } = {}) => {
  const { models, counts, module, uncounted } = recording(lib);
  const { log, warn, info } = console;
  console.log = console.warn = console.info = () => {};
  try {
    runExample(path, { shapeflow: count ? module : uncounted });
    const m = models[models.length - 1];
    if (m) {
      void m.outputShape;
      m.countParams();
      m.summary({ printFn: () => {} });
    }
  } finally {
    Object.assign(console, { log, warn, info });
  }
  return { models, layers: counts.layers };
};
