/**
 * A small JSON description of a model, and three interpreters that read it the same way:
 *
 * - `buildShapeflow(spec)` runs shapeflow's runtime mirror;
 * - `buildTfjs(spec)` builds the same model with TensorFlow.js layers 4.22 (zero initializers);
 * - `toSource(spec, name)` writes the TypeScript that builds it with shapeflow's API, one exported
 *   `const` a statement, so that a compiler infers (and a `.d.ts` shows) the type of every tensor and model.
 *
 * All three walk the same list of steps (`lower`), so "the step that failed" means the same statement
 * everywhere: the runtime's throw, TensorFlow.js's throw and the compiler's error line can be compared.
 */
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import * as tfl from "@tensorflow/tfjs-layers";
import * as shapeflow from "../../src/index.js";
import type { ActivationIdentifier } from "../../src/index.js";

// --- the description ------------------------------------------------------------------------------------

export type Dim = number | null;

/** `input({ shape })`, `input({ shape, batchSize })` or `input({ batchShape })`. */
export type InputSpec = { readonly shape: readonly Dim[]; readonly batchSize?: number } | { readonly batchShape: readonly Dim[] };

/** The options by which a Dense layer declares its input. Valid options give at most one spelling; the generator sometimes gives two. */
export interface DeclaredInput {
  readonly inputShape?: readonly Dim[];
  readonly inputDim?: number;
  readonly batchInputShape?: readonly Dim[];
  readonly batchShape?: readonly Dim[];
  readonly batchSize?: number;
}

export interface DenseSpec extends DeclaredInput {
  readonly type: "dense";
  readonly units: number;
  readonly useBias?: false;
  readonly activation?: ActivationIdentifier;
}
export type LayerSpec =
  | DenseSpec
  | { readonly type: "activation"; readonly activation: ActivationIdentifier }
  | { readonly type: "dropout"; readonly rate: number }
  | { readonly type: "flatten" }
  | { readonly type: "add" }
  | { readonly type: "concatenate"; readonly axis?: number };

const isMerge = (l: LayerSpec): boolean => l.type === "add" || l.type === "concatenate";

/** A stack of layers. The first carries the input shape, or an `input()` tensor is added first. */
export interface SequentialSpec {
  readonly kind: "sequential";
  /** `sequential().add(l0).add(l1)` (one statement an add) or `sequential({ layers: [l0, l1] })`. */
  readonly style: "add" | "layers";
  readonly input?: InputSpec;
  /** Add the `input()` tensor after the first layer instead of before it (an error in shapeflow and Keras). */
  readonly inputAfterFirst?: true;
  readonly layers: readonly LayerSpec[];
}

/** One call of a layer. `args` index the tensors: the inputs first, then the outputs of earlier calls. */
export interface CallSpec {
  readonly layer: number;
  readonly args: readonly number[];
  /** Spell the call `layer.apply(x)` (TensorFlow.js) rather than `layer(x)` (Keras). */
  readonly apply?: true;
}

/** A functional model: a DAG of layer calls, with branches, merges and shared layers. */
export interface FunctionalSpec {
  readonly kind: "functional";
  readonly inputs: readonly InputSpec[];
  readonly layers: readonly LayerSpec[];
  readonly calls: readonly CallSpec[];
  /** Tensor indices; a number is `outputs: t`, an array `outputs: [t, ...]`. */
  readonly outputs: number | readonly number[];
  /** Input indices given to `model({ inputs })`, likewise. */
  readonly modelInputs: number | readonly number[];
}

export type Spec = SequentialSpec | FunctionalSpec;

// --- the steps every interpreter takes -------------------------------------------------------------------

export type Step =
  | { readonly op: "input"; readonly name: string; readonly input: InputSpec }
  | { readonly op: "layer"; readonly name: string; readonly index: number; readonly layer: LayerSpec }
  | {
      readonly op: "call";
      readonly name: string;
      readonly layer: string;
      readonly index: number;
      readonly args: readonly string[];
      readonly merge: boolean;
      readonly apply: boolean;
    }
  | { readonly op: "model"; readonly name: string; readonly inputs: string | readonly string[]; readonly outputs: string | readonly string[] }
  | { readonly op: "sequential"; readonly name: string }
  | { readonly op: "seqAdd"; readonly name: string; readonly model: string; readonly item: string }
  | { readonly op: "seqLayers"; readonly name: string; readonly items: readonly string[] }
  | { readonly op: "countParams"; readonly name: string; readonly model: string }
  | { readonly op: "outputShape"; readonly name: string; readonly model: string };

const tensorName = (spec: FunctionalSpec, t: number): string => (t < spec.inputs.length ? `i${t}` : `t${t - spec.inputs.length}`);

/** The statements that build a spec, in order. */
export const lower = (spec: Spec): Step[] => {
  const steps: Step[] = [];
  if (spec.kind === "functional") {
    spec.inputs.forEach((input, k) => steps.push({ op: "input", name: `i${k}`, input }));
    spec.layers.forEach((layer, k) => steps.push({ op: "layer", name: `l${k}`, index: k, layer }));
    spec.calls.forEach((c, k) =>
      steps.push({
        op: "call",
        name: `t${k}`,
        layer: `l${c.layer}`,
        index: c.layer,
        args: c.args.map((a) => tensorName(spec, a)),
        merge: isMerge(spec.layers[c.layer]!),
        apply: c.apply === true,
      }),
    );
    const names = (x: number | readonly number[], f: (i: number) => string) => (typeof x === "number" ? f(x) : x.map(f));
    steps.push({
      op: "model",
      name: "m",
      inputs: names(spec.modelInputs, (i) => `i${i}`),
      outputs: names(spec.outputs, (t) => tensorName(spec, t)),
    });
    steps.push({ op: "countParams", name: "p", model: "m" });
    return steps;
  }
  if (spec.input !== undefined) steps.push({ op: "input", name: "i0", input: spec.input });
  spec.layers.forEach((layer, k) => steps.push({ op: "layer", name: `l${k}`, index: k, layer }));
  const items = spec.layers.map((_, k) => `l${k}`);
  if (spec.input !== undefined) items.splice(spec.inputAfterFirst ? 1 : 0, 0, "i0");
  let last: string;
  if (spec.style === "layers") {
    steps.push({ op: "seqLayers", name: "s", items });
    last = "s";
  } else {
    steps.push({ op: "sequential", name: "s0" });
    items.forEach((item, k) => steps.push({ op: "seqAdd", name: `s${k + 1}`, model: `s${k}`, item }));
    last = `s${items.length}`;
  }
  // countParams first: for a Sequential without an input shape, it is the call the compiler rejects
  // (`this` must be built), and the first one the runtime rejects.
  steps.push({ op: "countParams", name: "p", model: last });
  steps.push({ op: "outputShape", name: "o", model: last });
  return steps;
};

// --- results ----------------------------------------------------------------------------------------------

/**
 * What a completed step produced that the interpreters can compare: a tensor's shape, a model's output
 * shape (a list of shapes for several outputs), a parameter count, or `null` (a layer object, or a
 * Sequential that has no input shape yet).
 */
export type Value = readonly Dim[] | readonly (readonly Dim[])[] | number | null;

export interface Outcome {
  /** One entry per completed step, in order. */
  readonly values: readonly Value[];
  /** Each layer's name and parameter count once the whole model is built (valid specs only). */
  readonly layers?: readonly { readonly name: string; readonly params: number }[];
  /** `countParams()` of the model (valid specs only). */
  readonly total?: number;
  /** The step that threw, and what: `ShapeError` for shapeflow, the error's class for TensorFlow.js. */
  readonly error?: { readonly step: number; readonly kind: string; readonly message: string };
  /** Warnings printed while building (TensorFlow.js warns where it ignores a declared input shape). */
  readonly warnings: readonly string[];
  /** The names of the layers made (in the order of `spec.layers`), also when a later step failed. */
  readonly names: readonly string[];
  /**
   * shapeflow only: for each layer made, the input shapes of each of its calls that succeeded (one shape,
   * or several for a merge), so that a rule can ask what a layer was given inside a Sequential.
   */
  readonly calls?: readonly (readonly (readonly (readonly Dim[])[])[])[];
}

// --- shapeflow --------------------------------------------------------------------------------------------

/** shapeflow's API seen from plain JavaScript: the runtime checks what the types would. */
interface SfTensor {
  readonly shape: readonly Dim[];
}
interface SfLayer {
  (x: unknown): SfTensor;
  apply(x: unknown): SfTensor;
  readonly name: string;
  countParams(): number;
  /** Every call of the layer (the runtime's `BaseLayer.nodes`). */
  readonly nodes: readonly { readonly inputs: readonly SfTensor[] }[];
}
interface SfModel {
  add(x: unknown): SfModel;
  countParams(): number;
  readonly outputShape: Value;
}
const sf = shapeflow as unknown as {
  input(o: object): SfTensor;
  dense(o: object): SfLayer;
  activation(o: object): SfLayer;
  dropout(o: object): SfLayer;
  flatten(o?: object): SfLayer;
  add(o?: object): SfLayer;
  concatenate(o?: object): SfLayer;
  sequential(o?: object): SfModel;
  model(o: object): SfModel;
  clearSession(): void;
  ShapeError: typeof shapeflow.ShapeError;
};

/** The options object a layer spec stands for, in shapeflow's spelling. */
const layerOptions = (l: LayerSpec): Record<string, unknown> => {
  const { type, ...rest } = l;
  void type;
  return rest;
};

const sfLayer = (l: LayerSpec): SfLayer => {
  const o = layerOptions(l);
  switch (l.type) {
    case "dense":
      return sf.dense(o);
    case "activation":
      return sf.activation(o);
    case "dropout":
      return sf.dropout(o);
    case "flatten":
      return sf.flatten(o);
    case "add":
      return sf.add(o);
    case "concatenate":
      return sf.concatenate(o);
  }
};

/** Runs the spec on shapeflow's runtime mirror. A `ShapeError` ends the run at its step; anything else is a crash. */
export const buildShapeflow = (spec: Spec): Outcome => {
  sf.clearSession();
  const env = new Map<string, unknown>();
  const values: Value[] = [];
  const get = (name: string) => env.get(name);
  const steps = lower(spec);
  const made = () => spec.layers.map((_, k) => get(`l${k}`) as SfLayer | undefined).filter((l) => l !== undefined);
  const trace = () => ({
    names: made().map((l) => l.name),
    calls: made().map((l) => l.nodes.map((n) => n.inputs.map((t) => t.shape))),
    warnings: [],
  });
  for (const [k, s] of steps.entries()) {
    try {
      values.push(sfStep(s, get, env));
    } catch (e) {
      const kind = e instanceof sf.ShapeError ? "ShapeError" : `crash: ${e instanceof Error ? e.name : typeof e}`;
      return { values, error: { step: k, kind, message: e instanceof Error ? e.message : String(e) }, ...trace() };
    }
  }
  const layers = made().map((l) => ({ name: l.name, params: l.countParams() }));
  return { values, layers, total: values[steps.findIndex((s) => s.op === "countParams")] as number, ...trace() };
};

const sfStep = (s: Step, get: (name: string) => unknown, env: Map<string, unknown>): Value => {
  switch (s.op) {
    case "input": {
      const t = sf.input({ ...s.input });
      env.set(s.name, t);
      return t.shape;
    }
    case "layer":
      env.set(s.name, sfLayer(s.layer));
      return null;
    case "call": {
      const l = get(s.layer) as SfLayer;
      const x = s.merge ? s.args.map(get) : get(s.args[0]!);
      const t = s.apply ? l.apply(x) : l(x);
      env.set(s.name, t);
      return t.shape;
    }
    case "model": {
      const pick = (x: string | readonly string[]) => (typeof x === "string" ? get(x) : x.map(get));
      const m = sf.model({ inputs: pick(s.inputs), outputs: pick(s.outputs) });
      env.set(s.name, m);
      return m.outputShape;
    }
    case "sequential":
      env.set(s.name, sf.sequential());
      return null;
    case "seqAdd": {
      const m = (get(s.model) as SfModel).add(get(s.item));
      env.set(s.name, m);
      return sfOutputShape(m);
    }
    case "seqLayers": {
      const m = sf.sequential({ layers: s.items.map(get) });
      env.set(s.name, m);
      return sfOutputShape(m);
    }
    case "countParams":
      return (get(s.model) as SfModel).countParams();
    case "outputShape":
      return (get(s.model) as SfModel).outputShape;
  }
};

/** A Sequential's output shape, or `null` while it has no input shape (reading it then throws). */
const sfOutputShape = (m: SfModel): Value => {
  try {
    return m.outputShape;
  } catch (e) {
    if (e instanceof sf.ShapeError && e.message.includes("the model has no input shape")) return null;
    throw e;
  }
};

// --- TensorFlow.js ----------------------------------------------------------------------------------------

let backend: Promise<boolean> | undefined;
/** Selects the pure-JavaScript CPU backend (once); await it before `buildTfjs`. */
export const tfjsReady = (): Promise<boolean> => (backend ??= tf.setBackend("cpu"));

/** TF.js's Layer class, which its package exports only as a type reached through a tensor. */
type TfLayer = tfl.SymbolicTensor["sourceLayer"];

const zeros = { kernelInitializer: "zeros", biasInitializer: "zeros" } as const;

/**
 * The TensorFlow.js layer for a layer spec, with zero initializers (weights are made when a layer is
 * first applied). Spellings TF.js lacks are translated, not dropped: a layer's `batchShape` (Keras 3's
 * name) is TF.js's `batchInputShape`.
 */
const tfLayer = (l: LayerSpec): TfLayer => {
  switch (l.type) {
    case "dense": {
      const { type, batchShape, ...rest } = l;
      void type;
      const o: Record<string, unknown> = { ...rest, ...zeros };
      if (batchShape !== undefined && o["batchInputShape"] === undefined) o["batchInputShape"] = batchShape;
      return tfl.layers.dense(o as unknown as Parameters<typeof tfl.layers.dense>[0]);
    }
    case "activation":
      return tfl.layers.activation({ activation: l.activation });
    case "dropout":
      return tfl.layers.dropout({ rate: l.rate });
    case "flatten":
      return tfl.layers.flatten();
    case "add":
      return tfl.layers.add();
    case "concatenate":
      return l.axis === undefined ? tfl.layers.concatenate() : tfl.layers.concatenate({ axis: l.axis });
  }
};

/**
 * `input({ shape, batchSize })` in TF.js: its `tf.input` has no `batchSize` (Keras 3's `Input` has
 * `batch_size`), so the batch size goes in front of the shape, as `batchShape`.
 */
const tfInput = (i: InputSpec): tfl.SymbolicTensor =>
  "batchShape" in i
    ? tfl.input({ batchShape: [...i.batchShape] })
    : i.batchSize !== undefined
      ? tfl.input({ batchShape: [i.batchSize, ...i.shape] })
      : tfl.input({ shape: [...i.shape] });

/**
 * Builds the spec with TensorFlow.js layers. An error ends the run at its step ("invalid", with TF.js's
 * message). The variables made are disposed before returning, so big kernels (VGG's 25088 x 4096) cost
 * only their allocation.
 */
export const buildTfjs = (spec: Spec): Outcome => {
  const env = new Map<string, unknown>();
  const values: Value[] = [];
  const warnings: string[] = [];
  const get = (name: string) => env.get(name);
  const steps = lower(spec);
  const names = () => spec.layers.map((_, k) => (get(`l${k}`) as TfLayer | undefined)?.name).filter((n) => n !== undefined);
  const warn = console.warn;
  console.warn = (...xs: unknown[]) => {
    const text = xs.map(String).join(" ");
    if (!text.includes("install our node backend")) warnings.push(text); // TF.js's one-time banner
  };
  try {
    for (const [k, s] of steps.entries()) {
      try {
        values.push(tfStep(s, get, env));
      } catch (e) {
        const kind = e instanceof Error ? e.constructor.name : typeof e;
        return { values, error: { step: k, kind, message: e instanceof Error ? e.message : String(e) }, warnings, names: names() };
      }
    }
    const layers = spec.layers.map((_, k) => get(`l${k}`) as TfLayer).map((l) => ({ name: l.name, params: l.built ? l.countParams() : 0 }));
    return { values, layers, total: values[steps.findIndex((s) => s.op === "countParams")] as number, warnings, names: names() };
  } finally {
    console.warn = warn;
    tf.disposeVariables();
  }
};

const tfStep = (s: Step, get: (name: string) => unknown, env: Map<string, unknown>): Value => {
  switch (s.op) {
    case "input": {
      const t = tfInput(s.input);
      env.set(s.name, t);
      return t.shape;
    }
    case "layer":
      env.set(s.name, tfLayer(s.layer));
      return null;
    case "call": {
      const l = get(s.layer) as TfLayer;
      const x = s.merge ? s.args.map(get) : get(s.args[0]!);
      const t = l.apply(x as tfl.SymbolicTensor | tfl.SymbolicTensor[]) as tfl.SymbolicTensor;
      env.set(s.name, t);
      return t.shape;
    }
    case "model": {
      const pick = (x: string | readonly string[]) => (typeof x === "string" ? get(x) : x.map(get));
      const m = tfl.model({
        inputs: pick(s.inputs) as tfl.SymbolicTensor | tfl.SymbolicTensor[],
        outputs: pick(s.outputs) as tfl.SymbolicTensor | tfl.SymbolicTensor[],
      });
      env.set(s.name, m);
      return typeof s.outputs === "string" ? m.outputs[0]!.shape : m.outputs.map((t) => t.shape);
    }
    case "sequential":
      env.set(s.name, tfl.sequential());
      return null;
    case "seqAdd": {
      const m = get(s.model) as tfl.Sequential;
      m.add(tfSequentialItem(get(s.item)));
      env.set(s.name, m);
      return m.outputs?.[0]?.shape ?? null;
    }
    case "seqLayers": {
      const m = tfl.sequential({ layers: s.items.map((x) => tfSequentialItem(get(x))) });
      env.set(s.name, m);
      return m.outputs?.[0]?.shape ?? null;
    }
    case "countParams":
      return (get(s.model) as tfl.LayersModel).countParams();
    case "outputShape":
      return (get(s.model) as tfl.LayersModel).outputs[0]!.shape;
  }
};

/** TF.js's Sequential takes layers, not tensors: an `input()` tensor is added as the InputLayer it came from. */
const tfSequentialItem = (x: unknown): TfLayer => (x instanceof tfl.SymbolicTensor ? x.sourceLayer : (x as TfLayer));

// --- TypeScript source ------------------------------------------------------------------------------------

const lit = (x: unknown): string =>
  Array.isArray(x) ? `[${x.map(lit).join(", ")}]` : typeof x === "string" ? JSON.stringify(x) : String(x);
const obj = (o: object): string => {
  const entries = Object.entries(o).filter(([, v]) => v !== undefined);
  return entries.length === 0 ? "{}" : `{ ${entries.map(([k, v]) => `${k}: ${lit(v)}`).join(", ")} }`;
};

const layerSource = (l: LayerSpec): string => {
  const o = layerOptions(l);
  const args = Object.keys(o).length === 0 && (l.type === "flatten" || l.type === "add" || l.type === "concatenate") ? "" : obj(o);
  return `${l.type}(${args})`;
};

/** The right-hand side of a step's statement; names are prefixed with `name_`. */
const stepSource = (s: Step, p: (n: string) => string): string => {
  const list = (x: string | readonly string[]) => (typeof x === "string" ? p(x) : `[${x.map(p).join(", ")}]`);
  switch (s.op) {
    case "input":
      return `input(${obj(s.input)})`;
    case "layer":
      return layerSource(s.layer);
    case "call": {
      const x = s.merge ? `[${s.args.map(p).join(", ")}]` : p(s.args[0]!);
      return s.apply ? `${p(s.layer)}.apply(${x})` : `${p(s.layer)}(${x})`;
    }
    case "model":
      return `model({ inputs: ${list(s.inputs)}, outputs: ${list(s.outputs)} })`;
    case "sequential":
      return "sequential()";
    case "seqAdd":
      return `${p(s.model)}.add(${p(s.item)})`;
    case "seqLayers":
      return `sequential({ layers: [${s.items.map(p).join(", ")}] })`;
    case "countParams":
      return `${p(s.model)}.countParams()`;
    case "outputShape":
      return `${p(s.model)}.outputShape`;
  }
};

/** The name `toSource` gives a step's binding. */
export const bindingName = (name: string, s: Step): string => `${name}_${s.name}`;

/**
 * TypeScript that builds the spec with shapeflow's API: one `export const` a step, one line each, in the
 * order of `lower(spec)`, so a compiler's error line names the step and the emitted declarations give
 * the type of each tensor and model. Expects `input`, `dense`, ... imported from shapeflow.
 */
export const toSource = (spec: Spec, name: string): string =>
  lower(spec)
    .map((s) => `export const ${bindingName(name, s)} = ${stepSource(s, (n) => `${name}_${n}`)};`)
    .join("\n");

/** The import line `toSource`'s statements need; `srcIndex` is the path to shapeflow's index from the file they go in. */
export const sourceHeader = (srcIndex: string): string =>
  `import { activation, add, concatenate, dense, dropout, flatten, input, model, sequential } from ${JSON.stringify(srcIndex)};`;
