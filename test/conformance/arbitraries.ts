/**
 * A seeded fast-check generator of model specs (./spec.ts), valid and invalid.
 *
 * It builds a model the way a person would, tracking shapes as it goes (its own rough model of Keras 3's
 * rules, used only to steer: the interpreters decide what is valid). So most merges get partners they
 * can take, and mistakes are put in on purpose, each a small fraction of the time, through `faults`:
 * bad sizes, units and rates, Dense on rank 1 or on unknown features, merges of mismatched shapes,
 * concatenation on axes that do not exist, declared inputs that contradict the data, conflicting input
 * spellings, shared layers called on inputs their weights cannot take, disconnected graphs, and
 * Sequentials without an input shape. About a quarter of the specs are invalid (the differential test
 * prints the share).
 *
 * Every choice is drawn from `fc.gen()`, and each shrinks towards the plain case (a rare feature towards
 * "absent", a list towards its first entry), so a failing spec shrinks to a small one.
 */
import fc from "fast-check";
import type { ActivationIdentifier } from "../../src/index.js";
import type { CallSpec, DeclaredInput, DenseSpec, Dim, FunctionalSpec, InputSpec, LayerSpec, SequentialSpec, Spec } from "./spec.js";

type G = fc.GeneratorValue;
type Shape = readonly Dim[];

/** Percent chances of each deliberate mistake (per occasion: per input, per layer, per merge, per model). */
export const faults = {
  badInputSize: 2,
  badBatchSize: 1,
  badUnits: 2,
  badRate: 2,
  denseOnBadInput: 12,
  declaredInput: 6,
  declaredMismatch: 35,
  conflictingSpellings: 1.5,
  mergeAnyPartner: 12,
  batchMismatch: 3,
  concatAxisOutOfRange: 5,
  concatRankMismatch: 3,
  sharedOnAnyInput: 30,
  disconnected: 5,
  sequentialWithoutInput: 3,
  inputAfterFirstLayer: 1.5,
} as const;

const SMALL = [3, 4, 2, 5, 8, 6, 7, 10, 16, 12] as const;
/** Sizes of real models: VGG16's flattened features (25088) and dense width (4096), an ImageNet image side, its flattened pixels. */
const LARGE = [4096, 25088, 1000, 224, 512, 150528] as const;
const BATCHES = [8, 2, 1, 32, 16] as const;
const BAD_SIZES = [0, -1, 2.5] as const;
const BAD_UNITS = [0, -3, 2.5] as const;
const UNITS = [4, 1, 2, 3, 8, 10, 16, 5, 32] as const;
const WIDE_UNITS = [64, 128, 256, 1000, 4096] as const;
const RATES = [0.5, 0.2, 0, 1, 0.25, 0.75] as const;
const BAD_RATES = [1.5, -0.5] as const;
const ACTIVATIONS: readonly ActivationIdentifier[] = [
  "relu", "softmax", "sigmoid", "tanh", "linear", "relu6", "elu", "selu", "hardSigmoid", "softplus", "softsign", "swish", "mish", "gelu",
];
/** The most numbers one kernel may hold, so that TF.js (which really allocates them) stays cheap: VGG16's largest is 102,760,448. */
const KERNEL_BUDGET = 1.2e8;

// --- drawing ----------------------------------------------------------------------------------------------

/** Unbiased: fast-check's default bias towards the bounds would turn every rare choice into a common one. */
const uniform = (c: { min: number; max: number }): fc.Arbitrary<number> => fc.noBias(fc.integer(c));
const int = (g: G, min: number, max: number): number => g(uniform, { min, max });
/** True `pct` percent of the time; shrinks to false, so a rare feature leaves a shrunk spec unless it matters. */
const chance = (g: G, pct: number): boolean => pct > 0 && int(g, 1, 1000) > 1000 - pct * 10;
/** One of `xs`; shrinks towards the first. */
const pick = <T>(g: G, xs: readonly T[]): T => xs[int(g, 0, xs.length - 1)]!;
/** One of weighted choices; shrinks towards the first. */
const weighted = <T>(g: G, choices: readonly (readonly [number, T])[]): T => {
  // Tenths, so that a weight may be a fraction of a percent.
  let r = int(g, 0, choices.reduce((n, [w]) => n + Math.round(w * 10), 0) - 1);
  for (const [w, v] of choices) {
    if (r < Math.round(w * 10)) return v;
    r -= Math.round(w * 10);
  }
  return choices[choices.length - 1]![1];
};

// --- the generator's own idea of shapes (to steer, not to judge) -----------------------------------------

const last = (s: Shape): Dim => s[s.length - 1] ?? null;
const isSize = (d: Dim): d is number => typeof d === "number" && Number.isInteger(d) && d > 0;
/** Dense can take it: rank 2 or more, a known last axis. */
/** A shape Dense can take; branded so that a `false` answer does not narrow a Shape to never. */
type DenseInput = Shape & { readonly denseInput: true };
const denseOk = (s: Shape | undefined): s is DenseInput => s !== undefined && s.length >= 2 && isSize(last(s));
const denseShape = (s: Shape | undefined, units: number): Shape | undefined => (denseOk(s) ? [...s.slice(0, -1), units] : undefined);
const flattenShape = (s: Shape | undefined): Shape | undefined => {
  if (s === undefined || s.length === 0) return undefined;
  const rest = s.slice(1);
  return [s[0] ?? null, rest.some((d) => d === null) ? null : rest.reduce<number>((p, d) => p * (d as number), 1)];
};
const broadcast = (shapes: readonly (Shape | undefined)[]): Shape | undefined => {
  if (shapes.some((s) => s === undefined || s.length === 0)) return undefined;
  let batch: Dim = null;
  let acc: Dim[] = [];
  for (const s of shapes as Shape[]) {
    if (s[0] !== null && batch !== null && s[0] !== batch) return undefined;
    batch ??= s[0] ?? null;
    const r = s.slice(1);
    const out: Dim[] = [];
    for (let i = 1; i <= Math.max(acc.length, r.length); i++) {
      const x = acc[acc.length - i];
      const y = r[r.length - i];
      if (x === undefined || y === undefined) out.unshift((x === undefined ? y : x) ?? null);
      else if (x === null || y === null) out.unshift(null);
      else if (x === 1 || y === 1 || x === y) out.unshift(x === 1 ? y : x);
      else return undefined;
    }
    acc = out;
  }
  return [batch, ...acc];
};
const resolveAxis = (axis: number, rank: number): number | undefined => {
  const a = axis < 0 ? axis + rank : axis;
  return a >= 0 && a < rank ? a : undefined;
};
const concatShape = (shapes: readonly (Shape | undefined)[], axis: number): Shape | undefined => {
  const s0 = shapes[0];
  if (s0 === undefined || shapes.some((s) => s === undefined || s.length !== s0.length)) return undefined;
  const ax = resolveAxis(axis, s0.length);
  if (ax === undefined) return undefined;
  const sizes = (shapes as Shape[]).map((s) => s[ax] ?? null);
  return s0.map((d, i) => (i === ax ? (sizes.some((x) => x === null) ? null : sizes.reduce<number>((p, x) => p + (x as number), 0)) : d));
};

// --- pieces -----------------------------------------------------------------------------------------------

/** The sizes after the batch axis: rank 1 to 5 in all, at most one large size so that products stay exact. */
const restOfShape = (g: G): Dim[] => {
  const rank = weighted(g, [[40, 2], [22, 3], [15, 4], [10, 1], [8, 5]] as const);
  let large = false;
  return Array.from({ length: rank - 1 }, () => {
    const kind = weighted(g, [[66, "small"], [12, "one"], [16, "null"], [6, "large"]] as const);
    if (kind === "one") return 1;
    if (kind === "null") return null;
    if (kind === "large" && !large) {
      large = true;
      return pick(g, LARGE);
    }
    return pick(g, SMALL);
  });
};
const batchSize = (g: G): Dim => (chance(g, 22) ? pick(g, BATCHES) : null);

/** Spells a batch shape as an `input()` would: `shape`, `shape` with `batchSize`, or `batchShape`; sometimes with a bad size. */
const spellInput = (g: G, full: Shape): InputSpec => {
  const [batch = null, ...rest] = full;
  const sizes = [...rest];
  if (sizes.length > 0 && chance(g, faults.badInputSize)) sizes[int(g, 0, sizes.length - 1)] = pick(g, BAD_SIZES);
  if (chance(g, faults.badBatchSize)) return { shape: sizes, batchSize: pick(g, BAD_SIZES) };
  if (batch === null) return chance(g, 30) ? { batchShape: [null, ...sizes] } : { shape: sizes };
  return chance(g, 50) ? { shape: sizes, batchSize: batch } : { batchShape: [batch, ...sizes] };
};

/**
 * The options by which a layer declares the batch input shape `full`: `inputShape` (with `batchSize`
 * when the batch is fixed), `inputDim`, `batchInputShape` or `batchShape`; sometimes two at once.
 */
const declare = (g: G, full: Shape): DeclaredInput => {
  const [batch = null, ...rest] = full;
  if (chance(g, faults.conflictingSpellings))
    return pick(g, [
      { inputShape: rest, inputDim: 3 },
      { inputShape: rest, batchInputShape: full },
      { inputShape: rest, batchShape: full },
      { batchInputShape: full, batchShape: full },
      { batchSize: batch ?? 4 },
      { batchInputShape: full, batchSize: batch ?? 4 },
    ] satisfies DeclaredInput[]);
  const withBatch = batch === null ? {} : { batchSize: batch };
  const d0 = rest[0];
  const spelling = weighted(g, [
    [40, "inputShape"],
    [20, "batchInputShape"],
    [20, "batchShape"],
    [rest.length === 1 && d0 !== null && d0 !== undefined ? 20 : 0, "inputDim"],
  ] as const);
  switch (spelling) {
    case "inputShape":
      return { inputShape: rest, ...withBatch };
    case "inputDim":
      return { inputDim: d0 as number, ...withBatch };
    case "batchInputShape":
      return { batchInputShape: full };
    case "batchShape":
      return { batchShape: full };
  }
};

/** A shape that contradicts `s` (for a declared input that the data does not match). */
const contradict = (g: G, s: Shape): Shape => {
  if (s.length <= 1 || chance(g, 25)) return [...s, 3];
  const i = int(g, 1, s.length - 1);
  return s.map((d, k) => (k === i ? (d === null ? 5 : d + 1) : d));
};

const units = (g: G, features: Dim): number => {
  if (chance(g, faults.badUnits)) return pick(g, BAD_UNITS);
  let u = chance(g, 8) ? pick(g, WIDE_UNITS) : pick(g, UNITS);
  if (typeof features === "number" && features * u > KERNEL_BUDGET) u = pick(g, UNITS.filter((x) => features * x <= KERNEL_BUDGET));
  return u;
};
const denseSpec = (g: G, u: number, declared: DeclaredInput = {}): DenseSpec => ({
  type: "dense",
  units: u,
  ...(chance(g, 12) ? { useBias: false as const } : {}),
  ...(chance(g, 20) ? { activation: pick(g, ACTIVATIONS) } : {}),
  ...declared,
});
/** Dense's kernel would be too big for TF.js to allocate cheaply, whatever the units. */
const tooWide = (s: Shape | undefined): boolean => s !== undefined && typeof last(s) === "number" && (last(s) as number) > KERNEL_BUDGET;

// --- functional models ------------------------------------------------------------------------------------

interface Tensor {
  readonly shape: Shape | undefined;
  readonly input?: number;
  readonly call?: number;
}

const functional = (g: G): FunctionalSpec => {
  const inputs: InputSpec[] = [];
  const layers: LayerSpec[] = [];
  /** Calls with arguments as indices into `ts`, renumbered at the end (inputs first, then calls). */
  const calls: { layer: number; args: number[]; apply: boolean }[] = [];
  const ts: Tensor[] = [];
  const used = new Set<number>();
  /** Single-input layers already called, with the shape of their first input, for sharing. */
  const shareable: { layer: number; shape: Shape | undefined }[] = [];

  const addInput = (full: Shape): number => {
    inputs.push(spellInput(g, full));
    ts.push({ shape: full, input: inputs.length - 1 });
    return ts.length - 1;
  };
  const newLayer = (l: LayerSpec): number => layers.push(l) - 1;
  const call = (layer: number, args: number[], shape: Shape | undefined): number => {
    calls.push({ layer, args, apply: chance(g, 25) });
    args.forEach((a) => used.add(a));
    ts.push({ shape, call: calls.length - 1 });
    const l = layers[layer]!;
    if (l.type !== "add" && l.type !== "concatenate" && !shareable.some((s) => s.layer === layer))
      shareable.push({ layer, shape: ts[args[0]!]!.shape });
    return ts.length - 1;
  };
  const shapeOf = (t: number): Shape | undefined => ts[t]!.shape;
  /** A tensor, preferably one that `ok` accepts; shrinks towards the most recent. */
  const pickTensor = (ok: (s: Shape | undefined) => boolean = () => true, strict = false): number => {
    const all = ts.map((_, i) => i);
    const good = all.filter((i) => ok(shapeOf(i)));
    const from = good.length > 0 ? good : strict ? [] : all;
    if (from.length === 0) return -1;
    return chance(g, 45) ? pick(g, from) : from[from.length - 1]!;
  };

  const dense = (x: number, u?: number, declared?: DeclaredInput): number => {
    const s = shapeOf(x);
    const n = u ?? units(g, s === undefined ? null : last(s));
    return call(newLayer(denseSpec(g, n, declared)), [x], denseShape(s, n));
  };
  const sameShape = (x: number): number =>
    chance(g, 50)
      ? call(newLayer({ type: "activation", activation: pick(g, ACTIVATIONS) }), [x], shapeOf(x))
      : call(newLayer({ type: "dropout", rate: chance(g, faults.badRate) ? pick(g, BAD_RATES) : pick(g, RATES) }), [x], shapeOf(x));
  /** A new tensor of the same shape as `x`, through a Dense of as many units as `x` has features when possible. */
  const sameShapeBranch = (x: number): number => {
    const s = shapeOf(x);
    return denseOk(s) && (last(s) as number) ** 2 <= KERNEL_BUDGET && chance(g, 60) ? dense(x, last(s) as number) : sameShape(x);
  };

  const denseStep = (): number => {
    const x = chance(g, faults.denseOnBadInput) ? pickTensor() : pickTensor((s) => denseOk(s) && !tooWide(s));
    const s = shapeOf(x);
    if (tooWide(s)) return sameShape(x);
    if (s === undefined || !chance(g, faults.declaredInput)) return dense(x);
    return dense(x, undefined, declare(g, chance(g, faults.declaredMismatch) ? contradict(g, s) : s));
  };
  const flattenStep = (): number => {
    // Mostly on rank 3 or more, where TF.js's Flatten can follow (flatten-min-rank would end the comparison).
    const x = chance(g, 80) ? pickTensor((s) => s !== undefined && s.length >= 3, true) : pickTensor();
    if (x < 0) return sameShape(pickTensor());
    return call(newLayer({ type: "flatten" }), [x], flattenShape(shapeOf(x)));
  };

  /** A partner for an element-wise merge with `a`: the same shape, a shape with 1s that broadcasts, or (a mistake) anything. */
  const addPartner = (a: number): number => {
    const s = shapeOf(a);
    const kind = weighted(g, [[50, "branch"], [20, "same"], [18, "broadcast"], [faults.mergeAnyPartner, "any"]] as const);
    if (kind === "any" || s === undefined) return pickTensor();
    if (kind === "same") return chance(g, 50) ? a : pickTensor((t) => JSON.stringify(t) === JSON.stringify(s));
    if (kind === "branch") return sameShapeBranch(a);
    const [batch = null, ...rest] = s;
    const tail = rest.slice(int(g, 0, rest.length)).map((d) => (chance(g, 50) ? 1 : d));
    const b = chance(g, faults.batchMismatch) ? (batch === 2 ? 3 : 2) : chance(g, 50) ? batch : null;
    return addInput([b, ...tail]);
  };
  const addStep = (): number => {
    const a = pickTensor((s) => s !== undefined && s.length >= 1);
    const n = weighted(g, [[72, 2], [16, 3], [6, 1], [1, 0]] as const);
    const args = n === 0 ? [] : [a, ...Array.from({ length: n - 1 }, () => addPartner(a))];
    return call(newLayer({ type: "add" }), args, broadcast(args.map(shapeOf)));
  };

  /** A partner for concatenating with `a` along `axis`: equal elsewhere, or (a mistake) anything. */
  const concatPartner = (a: number, axis: number): number => {
    const s = shapeOf(a);
    const ax = s === undefined ? undefined : resolveAxis(axis, s.length);
    const kind = weighted(g, [
      [55, "branch"],
      [15, "input"],
      [8, "same"],
      [7, "unknown"],
      [7, "known"],
      [faults.mergeAnyPartner, "any"],
      [faults.concatRankMismatch, "shorter"],
    ] as const);
    if (kind === "any" || s === undefined || ax === undefined) return pickTensor();
    // `a` without the joined axis: a rank mismatch that TF.js misses when the axis is counted from 0.
    if (kind === "shorter") return addInput(s.filter((_, i) => i !== ax));
    if (kind === "same") return a;
    if (kind === "branch")
      return ax === s.length - 1 && denseOk(s) && !tooWide(s) ? dense(a, pick(g, UNITS)) : chance(g, 50) ? a : sameShape(a);
    if (kind === "input") return addInput(s.map((d, i) => (i === ax ? (chance(g, 15) ? null : pick(g, SMALL)) : d)));
    // A new input equal to `a` but for one other axis: None there ("unknown"), or a size where `a` has
    // None ("known"; two such partners with different sizes are what Keras 3 rejects).
    const others = s.map((_, i) => i).filter((i) => i !== ax && (kind === "unknown" || s[i] === null));
    if (others.length === 0) return a;
    const k = pick(g, others);
    return addInput(s.map((d, i) => (i === k ? (kind === "unknown" ? null : pick(g, SMALL)) : d)));
  };
  const concatStep = (): number => {
    const a = pickTensor((s) => s !== undefined && s.length >= 1);
    const r = shapeOf(a)?.length ?? 2;
    const how = weighted(g, [[55, "last"], [35, "any"], [faults.concatAxisOutOfRange, "out"]] as const);
    const axis = how === "last" ? (chance(g, 30) ? r - 1 : -1) : how === "any" ? int(g, -r, r - 1) : pick(g, [r, -r - 1, r + 2]);
    const spelled = how === "last" && axis === -1 && chance(g, 50) ? {} : { axis };
    const n = weighted(g, [[75, 2], [17, 3], [6, 1]] as const);
    const args = [a, ...Array.from({ length: n - 1 }, () => concatPartner(a, axis))];
    return call(newLayer({ type: "concatenate", ...spelled }), args, concatShape(args.map(shapeOf), axis));
  };

  /** Calls a layer made earlier on another tensor: shared weights. */
  const shareStep = (): number => {
    const { layer, shape } = pick(g, shareable);
    const l = layers[layer]!;
    const fits = (s: Shape | undefined) =>
      l.type === "dense" ? s !== undefined && shape !== undefined && s.length >= 2 && last(s) === last(shape) : true;
    const x = chance(g, faults.sharedOnAnyInput) ? pickTensor() : pickTensor(fits);
    const s = shapeOf(x);
    const out = l.type === "dense" ? denseShape(s, l.units) : l.type === "flatten" ? flattenShape(s) : s;
    return call(layer, [x], out);
  };

  const nInputs = weighted(g, [[70, 1], [22, 2], [8, 3]] as const);
  for (let k = 0; k < nInputs; k++) addInput([batchSize(g), ...restOfShape(g)]);
  const nSteps = int(g, 1, 7);
  for (let k = 0; k < nSteps && calls.length < 16; k++) {
    const op = weighted(g, [
      [34, "dense"],
      [7, "activation"],
      [6, "dropout"],
      [12, "flatten"],
      [16, "add"],
      [16, "concatenate"],
      [shareable.length > 0 ? 9 : 0, "share"],
    ] as const);
    if (op === "dense") denseStep();
    else if (op === "activation" || op === "dropout") sameShape(pickTensor());
    else if (op === "flatten") flattenStep();
    else if (op === "add") addStep();
    else if (op === "concatenate") concatStep();
    else shareStep();
  }

  // Renumber: inputs first, then calls.
  const index = (t: number): number => {
    const x = ts[t]!;
    return x.input !== undefined ? x.input : inputs.length + x.call!;
  };
  const leaves = ts.map((_, t) => t).filter((t) => !used.has(t));
  const outputs = leaves.map(index);
  let modelInputs: number[] = inputs.map((_, k) => k);
  if (modelInputs.length > 1 && chance(g, faults.disconnected)) {
    const left = int(g, 0, inputs.length - 1);
    modelInputs = modelInputs.filter((k) => k !== left);
  }
  const one = <T>(xs: T[]): T | T[] => (xs.length === 1 && !chance(g, 10) ? xs[0]! : xs);
  return {
    kind: "functional",
    inputs,
    layers,
    calls: calls.map((c): CallSpec => ({ layer: c.layer, args: c.args.map(index), ...(c.apply ? { apply: true as const } : {}) })),
    outputs: one(outputs),
    modelInputs: one(modelInputs),
  };
};

// --- Sequential models ------------------------------------------------------------------------------------

const sequential = (g: G): SequentialSpec => {
  const style = chance(g, 40) ? "layers" : "add";
  let full: Shape = [batchSize(g), ...restOfShape(g)];
  const layers: LayerSpec[] = [];
  const start = weighted(g, [
    [55, "declared"],
    [35, "input"],
    [faults.sequentialWithoutInput, "none"],
    [faults.inputAfterFirstLayer, "inputAfter"],
  ] as const);
  // The first layer declares the input, so it is a Dense: give it features unless Dense on a bad input is the mistake.
  if (start !== "input" && !denseOk(full) && !chance(g, faults.denseOnBadInput)) full = [full[0] ?? null, ...full.slice(1, -1), pick(g, SMALL)];
  if (full.length < 2 && start !== "input" && !chance(g, faults.denseOnBadInput)) full = [...full, pick(g, SMALL)];
  let shape: Shape | undefined = full;
  let input: InputSpec | undefined;
  if (start === "input") input = spellInput(g, full);
  else {
    const u = units(g, last(full));
    layers.push(denseSpec(g, u, start === "none" ? {} : declare(g, full)));
    shape = start === "none" ? undefined : denseShape(full, u);
    if (start === "inputAfter") input = spellInput(g, full);
  }
  const n = int(g, start === "input" ? 1 : 0, 5);
  for (let k = 0; k < n; k++) {
    const op = weighted(g, [[48, "dense"], [22, "flatten"], [15, "activation"], [15, "dropout"]] as const);
    if (op === "dense" && !tooWide(shape)) {
      if (!denseOk(shape) && shape !== undefined && !chance(g, faults.denseOnBadInput)) {
        if (shape.length >= 3 || chance(g, 30)) {
          layers.push({ type: "flatten" });
          shape = flattenShape(shape);
        }
        if (!denseOk(shape)) continue;
      }
      const u = units(g, shape === undefined ? null : last(shape));
      const declared = shape !== undefined && chance(g, faults.declaredInput) ? declare(g, chance(g, faults.declaredMismatch) ? contradict(g, shape) : shape) : {};
      layers.push(denseSpec(g, u, declared));
      shape = denseShape(shape, u);
    } else if (op === "flatten" && (shape === undefined || shape.length >= 3 || chance(g, 25))) {
      layers.push({ type: "flatten" });
      shape = flattenShape(shape);
    } else if (op === "dropout") layers.push({ type: "dropout", rate: chance(g, faults.badRate) ? pick(g, BAD_RATES) : pick(g, RATES) });
    else layers.push({ type: "activation", activation: pick(g, ACTIVATIONS) });
  }
  return {
    kind: "sequential",
    style,
    ...(input !== undefined ? { input } : {}),
    ...(start === "inputAfter" ? { inputAfterFirst: true as const } : {}),
    layers,
  };
};

// --- the arbitrary ----------------------------------------------------------------------------------------

/** A model spec: a functional DAG (about two thirds) or a Sequential. */
export const specArbitrary: fc.Arbitrary<Spec> = fc.gen().map((g) => (chance(g, 35) ? sequential(g) : functional(g)));

/** The seed every suite uses unless `SHAPEFLOW_SEED` is set. */
export const defaultSeed = 20_241_128;
/** `SHAPEFLOW_SEED` and the number of cases (`SHAPEFLOW_CASES`, or the variable named) from the environment, or the defaults. */
export const runSettings = (defaultCases: number, casesVariable = "SHAPEFLOW_CASES"): { seed: number; cases: number } => {
  const seed = Number(process.env["SHAPEFLOW_SEED"] ?? defaultSeed);
  const cases = Number(process.env[casesVariable] ?? defaultCases);
  if (!Number.isSafeInteger(seed) || !Number.isSafeInteger(cases) || cases < 1)
    throw new Error(`SHAPEFLOW_SEED and ${casesVariable} must be positive integers, got ${seed} and ${cases}`);
  return { seed, cases };
};

/** `n` specs drawn with `seed`: the same list every time. */
export const sampleSpecs = (n: number, seed: number): Spec[] => fc.sample(specArbitrary, { numRuns: n, seed });
