/**
 * A seeded fast-check generator of model specs (./spec.ts), valid and invalid.
 *
 * It builds a model the way a person would, tracking shapes as it goes (its own rough model of Keras 3's
 * rules, used only to steer: the interpreters decide what is valid). About half the models are of
 * images: rank-3 and rank-4 inputs of small sides (so that a `valid` window sometimes does not fit),
 * channels last or first, through convolutions (1D, 2D, transposed, separable, depthwise; strides,
 * dilation, `valid`/`same`/`causal` padding, groups), pooling (windowed and global), zero padding,
 * cropping, upsampling, Reshape (with -1), Permute, RepeatVector and the two normalizations; the rest
 * are of feature vectors, with a few of those layers.
 *
 * Most merges get partners they can take, and mistakes are put in on purpose, each a small fraction
 * of the time, through `faults`: bad sizes, units, rates, filters and windows, Dense on rank 1 or on
 * unknown features, merges of mismatched shapes, concatenation on axes that do not exist, declared
 * inputs that contradict the data, conflicting input spellings, shared layers called on inputs their
 * weights cannot take, disconnected graphs, Sequentials without an input shape, windows that do not
 * fit, strides with dilation, the other data format, unknown channels, crops that leave nothing,
 * element counts Reshape cannot keep, axes that do not exist. About 30% of the specs are invalid (the
 * differential test prints the share).
 *
 * Every choice is drawn from `fc.gen()`, and each shrinks towards the plain case (a rare feature towards
 * "absent", a list towards its first entry), so a failing spec shrinks to a small one.
 */
import fc from "fast-check";
import type { ActivationIdentifier, DataFormat } from "../../src/index.js";
import type {
  CallSpec,
  CellSpec,
  DeclaredInput,
  DenseSpec,
  EmbeddingSpec,
  Dim,
  FunctionalSpec,
  InputSpec,
  LayerSpec,
  MarginSpec,
  SequentialSpec,
  SpatialLayerSpec,
  SpatialSpec,
  Spec,
} from "./spec.js";
import { activationLayers, bidirectionalMergeModes, buildShapeflow, cellTypes, elementwiseMerges, everydayKind, everydayKinds, isMerge, noiseLayers, recurrentTypes, sequenceKinds, sequenceKindsOf, volumeLayers } from "./spec.js";

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
  // images
  unknownChannels: 2,
  otherFormat: 3,
  badWindow: 1.5,
  windowTooLarge: 35,
  stridesWithDilation: 3,
  badFilters: 1.5,
  groups: 5,
  causal2d: 1,
  outputPadding: 10,
  mixedMargins: 3,
  croppingDefault: 3,
  otherInterpolation: 4,
  averagePoolingWithoutSize: 4,
  keepdims: 6,
  reshapeCount: 4,
  reshapeTwoInferred: 1,
  permuteRank: 4,
  notAPermutation: 1.5,
  badAxis: 2,
  imageLayerOnAnyRank: 3,
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
const isSize = (d: Dim | undefined): d is number => typeof d === "number" && Number.isInteger(d) && d > 0;
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

// --- images: the convolution, pooling, padding, reshaping and normalization layers --------------------

/** The most numbers a convolution's kernel may hold (TF.js allocates it). */
const CONV_BUDGET = 4e6;
/** Sides of small images, so that a `valid` window sometimes does not fit; channels; options. */
const SIDES = [4, 3, 5, 6, 8, 2, 7, 10, 12, 9, 16, 28, 14, 1] as const;
const CHANNELS = [3, 1, 4, 2, 8, 6, 16, 32] as const;
const KERNELS = [3, 1, 2, 3, 5] as const;
const STRIDES = [2, 1, 3] as const;
const DILATIONS = [2, 3, 1] as const;
const FILTERS = [4, 8, 2, 16, 1, 3, 32, 64] as const;
const BAD_FILTERS = [0, -2, 2.5] as const;
const BAD_WINDOWS = [0, 1.5] as const;
const POOLS = [2, 3, 1, 4] as const;
const MARGINS = [1, 2, 0, 3] as const;
const FACTORS = [2, 3, 1] as const;
const MULTIPLIERS = [2, 1, 3] as const;
const REPEATS = [3, 2, 1, 4, 8] as const;
const OTHER_INTERPOLATIONS = ["bicubic", "lanczos3", "lanczos5"] as const;

type Fmt = DataFormat;
const other = (f: Fmt): Fmt => (f === "channelsLast" ? "channelsFirst" : "channelsLast");

/** An image-like batch shape: `(batch, rows, cols, channels)` or `(batch, steps, features)`, in format `f`. */
const imageShape = (g: G, f: Fmt, spatialRank: 1 | 2): Shape => {
  const side = (): Dim => (chance(g, 6) ? null : chance(g, 2) ? pick(g, LARGE.slice(3, 5)) : pick(g, SIDES));
  const sp = Array.from({ length: spatialRank }, side);
  const c: Dim = chance(g, faults.unknownChannels) ? null : pick(g, CHANNELS);
  return f === "channelsFirst" ? [batchSize(g), c, ...sp] : [batchSize(g), ...sp, c];
};

/** The spatial axes and channels of `s` for a layer of `r` spatial axes in format `f`, or undefined for another rank. */
const partsOf = (s: Shape | undefined, r: number, f: Fmt): { sp: Dim[]; c: Dim } | undefined => {
  if (s === undefined || s.length !== r + 2) return undefined;
  return f === "channelsFirst" ? { sp: s.slice(2), c: s[1] ?? null } : { sp: s.slice(1, -1), c: last(s) };
};
const joinParts = (b: Dim, sp: readonly (Dim | undefined)[], c: Dim, f: Fmt): Shape | undefined =>
  sp.some((d) => d === undefined) ? undefined : f === "channelsFirst" ? [b, c, ...(sp as Dim[])] : [b, ...(sp as Dim[]), c];
const axisList = (v: SpatialSpec | null | undefined, r: number, d: number): number[] =>
  v === undefined || v === null ? Array.from({ length: r }, () => d) : typeof v === "number" ? Array.from({ length: r }, () => v) : [...v];
const positive = (xs: readonly number[], r: number): boolean => xs.length === r && xs.every(isSize);
/** Keras 3's output length of a window (operation_utils.compute_conv_output_shape); undefined where it raises. */
const windowLength = (n: Dim, k: number, s: number, d: number, p: string): Dim | undefined => {
  if (n === null) return null;
  if (p !== "valid") return Math.ceil(n / s);
  const span = d * (k - 1) + 1;
  return n < span ? undefined : Math.floor((n - span) / s) + 1;
};
const marginPairs = (m: MarginSpec | undefined, d: number): [number, number][] | undefined => {
  const v = m ?? d;
  if (typeof v === "number") return [[v, v], [v, v]];
  if (v.length !== 2) return undefined;
  return v.map((e): [number, number] => (typeof e === "number" ? [e, e] : [e[0] ?? 0, e[1] ?? 0]));
};
const resolve = (a: number, rank: number): number | undefined => (a < 0 ? (a + rank >= 0 ? a + rank : undefined) : a < rank ? a : undefined);
const product = (ds: readonly Dim[]): Dim => (ds.some((d) => d === null) ? null : ds.reduce<number>((p, d) => p * (d as number), 1));

/** The generator's idea of a layer's output on `s` (to steer; undefined where it expects an error). */
const layerShape = (l: LayerSpec, s: Shape | undefined): Shape | undefined => {
  if (s === undefined) return undefined;
  switch (l.type) {
    case "dense":
      return denseShape(s, l.units);
    case "activation":
    case "dropout":
      return s;
    case "reLU":
    case "leakyReLU":
    case "prelu":
    case "elu":
    case "softmax":
    case "thresholdedReLU":
    case "rescaling":
    case "gaussianNoise":
    case "gaussianDropout":
    case "alphaDropout":
      return s;
    case "spatialDropout1d":
      return s.length === 3 ? s : undefined;
    case "dot":
      return undefined; // steered where it is made
    case "resizing":
      return s.length === 4 ? [s[0] ?? null, l.height, l.width, s[3] ?? null] : undefined;
    case "conv3d":
    case "conv3dTranspose":
    case "maxPooling3d":
    case "averagePooling3d": {
      const p = partsOf(s, 3, "channelsLast");
      if (p === undefined || !isSize(p.c)) return undefined;
      const k = "kernelSize" in l ? l.kernelSize : l.poolSize;
      const st = "strides" in l && l.strides !== undefined ? l.strides : l.type.endsWith("Pooling3d") ? k : 1;
      const pad = l.padding ?? "valid";
      const sp =
        l.type === "conv3dTranspose"
          ? p.sp.map((n) => (n === null ? null : pad === "same" ? n * st : (n - 1) * st + Math.max(k, st)))
          : p.sp.map((n) => windowLength(n, k, st, 1, pad));
      return joinParts(s[0] ?? null, sp, "filters" in l ? l.filters : p.c, "channelsLast");
    }
    case "flatten":
      return flattenShape(s);
    case "add":
    case "concatenate":
    case "multiply":
    case "average":
    case "maximum":
    case "minimum":
      return undefined; // merges are steered where they are made
    case "conv1d":
    case "conv2d":
    case "conv2dTranspose":
    case "separableConv2d":
    case "depthwiseConv2d": {
      const r = l.type === "conv1d" ? 1 : 2;
      const f = l.dataFormat ?? "channelsLast";
      const p = partsOf(s, r, f);
      if (p === undefined || !isSize(p.c)) return undefined;
      const k = axisList(l.kernelSize, r, 1);
      const st = axisList(l.strides, r, 1);
      const dl = axisList(l.dilationRate, r, 1);
      // Keras 3.15 refuses strides and a dilation above 1 together in Conv and ConvTranspose, not in SeparableConv or DepthwiseConv.
      const convOnly = l.type === "conv1d" || l.type === "conv2d" || l.type === "conv2dTranspose";
      if (!positive(k, r) || !positive(st, r) || !positive(dl, r) || (convOnly && st.some((x) => x > 1) && dl.some((x) => x > 1))) return undefined;
      const pad = l.padding ?? "valid";
      if (pad === "causal" && l.type !== "conv1d") return undefined;
      if (l.type === "conv2dTranspose") {
        const op = l.outputPadding === undefined ? undefined : axisList(l.outputPadding, r, 0);
        const sp = p.sp.map((n, i) => {
          if (n === null) return null;
          const span = dl[i]! * (k[i]! - 1) + 1;
          if (op === undefined) return pad === "same" ? n * st[i]! : (n - 1) * st[i]! + Math.max(span, st[i]!);
          return (n - 1) * st[i]! + (pad === "same" ? span % 2 : span) + op[i]!;
        });
        return isSize(l.filters) ? joinParts(s[0] ?? null, sp, l.filters, f) : undefined;
      }
      const sp = p.sp.map((n, i) => windowLength(n, k[i]!, st[i]!, dl[i]!, pad));
      if (l.type === "depthwiseConv2d") return joinParts(s[0] ?? null, sp, p.c * (l.depthMultiplier ?? 1), f);
      if (!isSize(l.filters)) return undefined;
      if (l.type !== "separableConv2d" && l.groups !== undefined && (p.c % l.groups !== 0 || l.filters % l.groups !== 0)) return undefined;
      return joinParts(s[0] ?? null, sp, l.filters, f);
    }
    case "maxPooling1d":
    case "maxPooling2d":
    case "averagePooling2d":
    case "averagePooling1d": {
      const r = l.type.endsWith("1d") ? 1 : 2;
      const f = l.dataFormat ?? "channelsLast";
      const p = partsOf(s, r, f);
      if (p === undefined || (l.type === "averagePooling2d" && l.poolSize === undefined)) return undefined;
      const k = axisList(l.poolSize, r, 2);
      const st = l.strides === undefined || l.strides === null ? k : axisList(l.strides, r, 1);
      if (!positive(k, r) || !positive(st, r)) return undefined;
      return joinParts(s[0] ?? null, p.sp.map((n, i) => windowLength(n, k[i]!, st[i]!, 1, l.padding ?? "valid")), p.c, f);
    }
    case "globalAveragePooling2d":
    case "globalMaxPooling1d":
    case "globalAveragePooling1d":
    case "globalMaxPooling2d": {
      const r = l.type.endsWith("1d") ? 1 : 2;
      const f = l.dataFormat ?? "channelsLast";
      const p = partsOf(s, r, f);
      if (p === undefined) return undefined;
      return l.keepdims === true ? joinParts(s[0] ?? null, p.sp.map(() => 1), p.c, f) : [s[0] ?? null, p.c];
    }
    case "zeroPadding2d":
    case "cropping2d": {
      const f = l.dataFormat ?? "channelsLast";
      const p = partsOf(s, 2, f);
      const m = marginPairs(l.type === "zeroPadding2d" ? l.padding : l.cropping, l.type === "zeroPadding2d" ? 1 : 0);
      if (p === undefined || m === undefined) return undefined;
      const sign = l.type === "zeroPadding2d" ? 1 : -1;
      const sp = p.sp.map((n, i) => {
        if (n === null) return null;
        const o = n + sign * (m[i]![0] + m[i]![1]);
        return o > 0 ? o : undefined;
      });
      return joinParts(s[0] ?? null, sp, p.c, f);
    }
    case "upSampling2d": {
      const f = l.dataFormat ?? "channelsLast";
      const p = partsOf(s, 2, f);
      if (p === undefined) return undefined;
      const k = axisList(l.size, 2, 2);
      return joinParts(s[0] ?? null, p.sp.map((n, i) => (n === null ? null : n * k[i]!)), p.c, f);
    }
    case "reshape": {
      const [b = null, ...rest] = s;
      const t = l.targetShape;
      if (s.length === 0 || t.some((d) => d !== -1 && !isSize(d)) || t.filter((d) => d === -1).length > 1) return undefined;
      const p = product(rest);
      if (p === null) return [b, ...t.map((d) => (d === -1 ? null : d))];
      const known = t.filter((d) => d !== -1).reduce((x, d) => x * d, 1);
      if (!t.includes(-1)) return p === known ? [b, ...t] : undefined;
      return p % known === 0 ? [b, ...t.map((d) => (d === -1 ? p / known : d))] : undefined;
    }
    case "permute": {
      const sorted = [...l.dims].sort((a, b) => a - b);
      if (s.length !== l.dims.length + 1 || !sorted.every((x, i) => x === i + 1)) return undefined;
      return [s[0] ?? null, ...l.dims.map((i) => s[i] ?? null)];
    }
    case "repeatVector":
      return s.length === 2 && isSize(l.n) ? [s[0] ?? null, l.n, s[1] ?? null] : undefined;
    case "lstm":
    case "simpleRNN":
    case "gru":
      return s.length === 3 && isSize(s[2]) && isSize(l.units) ? (l.returnSequences ? [s[0] ?? null, s[1] ?? null, l.units] : [s[0] ?? null, l.units]) : undefined;
    case "rnn": {
      const u = (Array.isArray(l.cell) ? (l.cell as readonly CellSpec[]) : [l.cell as CellSpec]).at(-1)?.units;
      return s.length === 3 && isSize(s[2]) && isSize(u) ? (l.returnSequences ? [s[0] ?? null, s[1] ?? null, u] : [s[0] ?? null, u]) : undefined;
    }
    case "masking":
      return s;
    case "convLstm1d":
    case "convLstm3d":
      return undefined; // drawn by keras3Only, after the model is made
    case "bidirectional":
    case "timeDistributed":
    case "embedding":
    case "convLstm2d":
      return sequenceShape(l, s);
    case "batchNormalization":
    case "layerNormalization": {
      const axes = l.axis === undefined ? [-1] : typeof l.axis === "number" ? [l.axis] : l.axis;
      const at = axes.map((a) => resolve(a, s.length));
      if (at.some((i) => i === undefined || s[i] === null) || new Set(at).size < at.length) return undefined;
      return s;
    }
  }
};

/** The sizes a layer's weights take from its input: a shared layer can be called again on inputs that agree on them. */
const weightSizes = (l: LayerSpec, s: Shape | undefined): Dim[] | undefined => {
  if (s === undefined) return undefined;
  switch (l.type) {
    case "dense":
      return [s.length, last(s)];
    case "conv1d":
    case "conv2d":
    case "conv2dTranspose":
    case "separableConv2d":
    case "depthwiseConv2d": {
      const p = partsOf(s, l.type === "conv1d" ? 1 : 2, l.dataFormat ?? "channelsLast");
      return p === undefined ? undefined : [p.c];
    }
    case "lstm":
    case "simpleRNN":
    case "gru":
    case "rnn":
    case "bidirectional":
    case "timeDistributed":
    case "convLstm2d":
      return [s.length, last(s)];
    case "prelu":
      return [...s];
    case "conv3d":
    case "conv3dTranspose": {
      const p = partsOf(s, 3, "channelsLast");
      return p === undefined ? undefined : [p.c];
    }
    case "batchNormalization":
    case "layerNormalization": {
      const axes = l.axis === undefined ? [-1] : typeof l.axis === "number" ? [l.axis] : l.axis;
      return [s.length, ...axes.map((a) => s[resolve(a, s.length) ?? -1] ?? null)];
    }
    default:
      return [s.length];
  }
};

/** One size for every axis, or (sometimes) a list of one per axis. */
const spatialOption = (g: G, r: 1 | 2, xs: readonly number[]): SpatialSpec =>
  r === 2 && chance(g, 25) ? [pick(g, xs), pick(g, xs)] : r === 1 && chance(g, 10) ? [pick(g, xs)] : pick(g, xs);
/** `dataFormat` as a person would write it for data in format `f`; sometimes the other one (a mistake, or a transposed view). */
const spellFormat = (g: G, f: Fmt): { dataFormat?: DataFormat } => {
  const used = chance(g, faults.otherFormat) ? other(f) : f;
  return used === "channelsFirst" || chance(g, 15) ? { dataFormat: used } : {};
};
const activationOption = (g: G): { activation?: ActivationIdentifier } => (chance(g, 12) ? { activation: pick(g, ACTIVATIONS) } : {});
const noBias = (g: G): { useBias?: false } => (chance(g, 12) ? { useBias: false as const } : {});

/** kernelSize, strides, dilationRate and padding of a windowed convolution. */
const windowOptions = (g: G, r: 1 | 2, causal: number, sides: readonly Dim[] = []) => {
  const kernelSize = chance(g, faults.badWindow) ? pick(g, BAD_WINDOWS) : spatialOption(g, r, KERNELS);
  const mode = weighted(g, [[50, "plain"], [32, "strided"], [18, "dilated"]] as const);
  const both = chance(g, faults.stridesWithDilation);
  const o = {
    kernelSize,
    ...(mode === "strided" || both ? { strides: spatialOption(g, r, STRIDES) } : mode === "plain" && chance(g, 8) ? { strides: 1 } : {}),
    ...(mode === "dilated" || both ? { dilationRate: spatialOption(g, r, DILATIONS) } : {}),
    ...weighted(g, [
      [40, {}],
      [12, { padding: "valid" as const }],
      [45, { padding: "same" as const }],
      [causal, { padding: "causal" as const }],
    ]),
  };
  return fitWindow(g, o, axisList(o.kernelSize, r, 1).map((k, i) => axisList(o.dilationRate, r, 1)[i]! * (k - 1) + 1), sides);
};
/** Mostly, a `valid` window that would not fit becomes `same`, as a person would fix it; the rest stay (the mistake). */
const fitWindow = <o extends { padding?: string }>(g: G, o: o, spans: readonly number[], sides: readonly Dim[]): o =>
  (o.padding ?? "valid") === "valid" && sides.some((n, i) => n !== null && n < (spans[i] ?? 1)) && !chance(g, faults.windowTooLarge)
    ? { ...o, padding: "same" }
    : o;
const filters = (g: G): number => (chance(g, faults.badFilters) ? pick(g, BAD_FILTERS) : pick(g, FILTERS));
const multiplier = (g: G): { depthMultiplier?: number } =>
  chance(g, 30) ? { depthMultiplier: chance(g, faults.badFilters) ? pick(g, [0, -1]) : pick(g, MULTIPLIERS) } : {};

/** A margin option: a number, `[rows, cols]`, `[[top, bottom], [left, right]]`, or (rarely; TF.js cannot read it) a mix. */
const margins = (g: G): MarginSpec => {
  const m = () => pick(g, MARGINS);
  const form = weighted(g, [[45, "number"], [25, "pair"], [27, "pairs"], [faults.mixedMargins, "mixed"]] as const);
  if (form === "number") return m();
  if (form === "pair") return [m(), m()];
  if (form === "pairs") return [[m(), m()], [m(), m()]];
  return chance(g, 50) ? [[m(), m()], m()] : [m(), [m(), m()]];
};

/** A target shape for Reshape of `s`: mostly one that holds its elements, sometimes with -1, sometimes (a mistake) not. */
const targetShape = (g: G, s: Shape): number[] => {
  const rest = s.slice(1);
  const p = product(rest);
  const kind = weighted(g, [[30, "flat"], [35, "split"], [25, "inferred"], [faults.reshapeCount, "wrong"], [faults.reshapeTwoInferred, "two"]] as const);
  if (kind === "two") return [-1, -1];
  if (p === null) {
    // An unknown axis: Keras 3 leaves a -1 unknown and checks nothing; keep the known sizes.
    const known = rest.filter(isSize);
    return kind === "flat" || known.length === 0 ? [-1] : chance(g, 50) ? [-1, pick(g, known)] : [pick(g, known), -1];
  }
  const divisors = [2, 3, 4, 5, 6, 7, 8, 16].filter((d) => p % d === 0 && d < p);
  if (kind === "wrong") return chance(g, 50) || p === 1 ? [p + 1] : [-1, pick(g, [5, 7, 3].map((d) => (p % d === 0 ? p + 1 : d)))];
  if (kind === "flat" || divisors.length === 0) return chance(g, 30) ? [-1] : [p];
  const d = pick(g, divisors);
  if (kind === "inferred") return chance(g, 50) ? [-1, d] : [d, -1];
  const q = p / d;
  const e = [2, 3, 4].find((x) => q % x === 0 && x < q);
  return e !== undefined && chance(g, 25) ? [d, e, q / e] : chance(g, 50) ? [d, q] : [q, d];
};

/** A permutation of the axes after the batch axis of `s` (1-based); sometimes (a mistake) for another rank, or not one. */
const permutation = (g: G, s: Shape): number[] => {
  const n = chance(g, faults.permuteRank) ? Math.max(1, s.length - 1 + pick(g, [1, -1])) : s.length - 1;
  if (chance(g, faults.notAPermutation)) return Array.from({ length: Math.max(n, 2) }, () => 1);
  const left = Array.from({ length: n }, (_, i) => i + 1);
  const out: number[] = [];
  while (left.length > 0) out.push(left.splice(int(g, 0, left.length - 1), 1)[0]!);
  return out;
};

/** A normalization axis for `s` of format `f`: the channels axis mostly, sometimes another, rarely one that is not there. */
const normAxis = (g: G, s: Shape, f: Fmt): number | undefined => {
  const r = s.length;
  if (chance(g, faults.badAxis)) return pick(g, [r, -r - 1, 0]);
  if (f === "channelsFirst" && r >= 3) return 1;
  return weighted(g, [[75, undefined], [12, -1], [13, int(g, 1, Math.max(1, r - 1))]] as const);
};
const layerNormAxis = (g: G, s: Shape, f: Fmt): number | number[] | undefined => {
  const r = s.length;
  const kind = weighted(g, [[55, "one"], [30, "trailing"], [faults.badAxis, "repeated"]] as const);
  if (kind === "one") return normAxis(g, s, f);
  if (kind === "repeated" || r < 3) return r >= 2 ? [r - 1, -1] : [0];
  const from = int(g, 1, r - 2);
  const axes = Array.from({ length: r - from }, (_, i) => from + i);
  return chance(g, 30) ? axes.map((a) => a - r) : axes;
};

type SpatialType = SpatialLayerSpec["type"] | "reshape" | "permute" | "repeatVector" | "batchNormalization" | "layerNormalization";

/** The layer types that suit a tensor of shape `s`, weighted; with `anyRank`, the image layers whatever its rank (a mistake, mostly). */
const suitable = (s: Shape | undefined, images: boolean): (readonly [number, SpatialType])[] => {
  const rank = s?.length ?? 0;
  if (rank === 4)
    return [
      [16, "conv2d"], [4, "conv2dTranspose"], [4, "separableConv2d"], [4, "depthwiseConv2d"], [8, "maxPooling2d"], [5, "averagePooling2d"],
      [4, "globalAveragePooling2d"], [4, "zeroPadding2d"], [4, "cropping2d"], [4, "upSampling2d"], [6, "batchNormalization"],
      [2, "layerNormalization"], [2, "reshape"], [2, "permute"],
    ];
  if (rank === 3)
    return [
      [images ? 12 : 5, "conv1d"], [images ? 6 : 2, "maxPooling1d"], [images ? 4 : 2, "globalMaxPooling1d"], [3, "batchNormalization"],
      [3, "layerNormalization"], [3, "reshape"], [3, "permute"],
    ];
  if (rank === 2) return [[5, "repeatVector"], [3, "batchNormalization"], [3, "layerNormalization"], [4, "reshape"], [1, "permute"]];
  return [[3, "reshape"], [2, "permute"], [2, "batchNormalization"], [2, "layerNormalization"]];
};
const anyImageLayer: readonly (readonly [number, SpatialType])[] = [
  [4, "conv2d"], [2, "conv1d"], [1, "conv2dTranspose"], [1, "separableConv2d"], [1, "depthwiseConv2d"], [2, "maxPooling2d"],
  [1, "maxPooling1d"], [1, "averagePooling2d"], [1, "globalAveragePooling2d"], [1, "globalMaxPooling1d"], [1, "zeroPadding2d"],
  [1, "cropping2d"], [1, "upSampling2d"], [1, "repeatVector"],
];

/**
 * An LSTM or SimpleRNN in a third of Conv1D's valid places (a sequence of known features, channels last,
 * filters a size and no groups), chosen from what was already drawn rather than by a new draw: every model
 * keeps its number of draws, so the suites keep their size and time (issue #13). Its units are the
 * filters; it returns the sequence unless the features are a multiple of 4.
 */
const recurrentInstead = (conv: { readonly filters: number; readonly kernelSize: SpatialSpec; readonly groups?: number }, s: Shape, f: Fmt): LayerSpec | undefined => {
  const c = partsOf(s, 1, f)?.c;
  const k = axisList(conv.kernelSize, 1, 1)[0];
  if (f !== "channelsLast" || s.length !== 3 || !isSize(c) || !isSize(conv.filters) || conv.groups !== undefined || !isSize(k)) return undefined;
  const pick3 = (conv.filters * 7 + c + k) % 3;
  if (pick3 !== 1) return undefined;
  const sequences = c % 4 === 0 ? {} : { returnSequences: true as const };
  if ((c + k) % 3 === 0) return rnnOfCells(Math.min(conv.filters, RECURRENT_UNITS), c + k, sequences);
  return { type: recurrentTypes[(conv.filters + k) % recurrentTypes.length]!, units: conv.filters, ...sequences };
};

/**
 * `rnn({ cell })` (issue #13): one cell or (when `h` is odd) a stack of two, of the types `h` picks; the last
 * cell has `u` units. A GRU cell has `resetAfter: false`, where TF.js agrees (gru-reset-after is GRU's rule).
 */
const rnnOfCells = (u: number, h: number, sequences: { readonly returnSequences?: true }): LayerSpec => {
  const cell = (i: number, units: number): CellSpec => {
    const type = cellTypes[i % cellTypes.length]!;
    return type === "gruCell" ? { type, units, resetAfter: false } : { type, units };
  };
  const last = cell(h + u, u);
  return { type: "rnn", cell: h % 2 === 1 ? [cell(h + 1, [3, 2, 4][h % 3]!), last] : last, ...sequences };
};

// --- the other sequence layers (issue #13), each in place of a layer already drawn ----------------------

/**
 * The most units of a GRU or Bidirectional drawn here, and the most filters of a ConvLSTM2D: TF.js's
 * Orthogonal initializer (which the bridge's and the JSON tests' models run) takes seconds on a larger
 * recurrent kernel (on this 2-core machine under load, an LSTM of 64 units: 5 s; a ConvLSTM2D of 32 filters: 20 s).
 */
const RECURRENT_UNITS = 16;
const CONV_LSTM_FILTERS = 8;

/** The generator's idea of the output of Bidirectional, TimeDistributed, Embedding and ConvLSTM2D on `s`. */
const sequenceShape = (l: LayerSpec, s: Shape): Shape | undefined => {
  switch (l.type) {
    case "bidirectional": {
      const o = layerShape(l.layer, s);
      return o === undefined || (l.mergeMode ?? "concat") !== "concat" ? o : [...o.slice(0, -1), (last(o) as number) * 2];
    }
    case "timeDistributed": {
      if (s.length < 3) return undefined;
      const o = layerShape(l.layer, [s[0] ?? null, ...s.slice(2)]);
      return o === undefined ? undefined : [o[0] ?? null, s[1] ?? null, ...o.slice(1)];
    }
    case "embedding":
      return isSize(l.inputDim) && isSize(l.outputDim) ? [...s, l.outputDim] : undefined;
    case "convLstm2d": {
      const sp = s.slice(2, 4);
      if (s.length !== 5 || !isSize(last(s)) || !sp.every(isSize)) return undefined;
      const k = axisList(l.kernelSize, 2, 1);
      const st = axisList(l.strides, 2, 1);
      const out = sp.map((n, i) => windowLength(n, k[i]!, st[i]!, 1, l.padding ?? "valid"));
      return out.some((d) => d === undefined) ? undefined : [s[0] ?? null, ...(l.returnSequences ? [s[1] ?? null] : []), ...(out as Dim[]), l.filters];
    }
    default:
      return undefined;
  }
};

/**
 * GRU or Bidirectional in another third of Conv1D's valid places (those `recurrentInstead` leaves: the
 * same test, another remainder), chosen from what was drawn, no new draw. A GRU has Keras 3's default
 * `resetAfter` (true; TF.js 4.22 has none: the rule gru-reset-after), `resetAfter: false` (where the two
 * agree; half of them) or `resetAfter: true` written out (TF.js refuses it when the layer is made).
 * Bidirectional wraps an LSTM, SimpleRNN or GRU (`resetAfter: false`), merged by each mode in turn.
 */
const sequenceInstead = (conv: { readonly filters: number; readonly kernelSize: SpatialSpec; readonly groups?: number }, s: Shape, f: Fmt): LayerSpec | undefined => {
  const c = partsOf(s, 1, f)?.c;
  const k = axisList(conv.kernelSize, 1, 1)[0];
  if (f !== "channelsLast" || s.length !== 3 || !isSize(c) || !isSize(conv.filters) || conv.groups !== undefined || !isSize(k)) return undefined;
  if ((conv.filters * 7 + c + k) % 3 !== 2) return undefined;
  const u = Math.min(conv.filters, RECURRENT_UNITS);
  const sequences = c % 4 === 0 ? {} : { returnSequences: true as const };
  const n = u + c * 3 + k;
  const resetAfter = [{}, { resetAfter: false }, { resetAfter: false }, { resetAfter: true }][(u + c) % 4]!;
  if (n % 2 === 0) return { type: "gru", units: u, ...sequences, ...resetAfter };
  const inner = [
    { type: "lstm" as const, units: u, ...sequences },
    { type: "simpleRNN" as const, units: u, ...sequences },
    { type: "gru" as const, units: u, ...sequences, resetAfter: false },
  ][(u + k) % 3]!;
  const mode = (c + k) % (bidirectionalMergeModes.length + 1);
  return { type: "bidirectional", layer: inner, ...(mode === 0 ? {} : { mergeMode: bidirectionalMergeModes[mode - 1]! }) };
};

/**
 * In a share of the places of a Dense (not one that declares its input) a layer of the same output shape,
 * so the model around it is unchanged, chosen from the units and the input's sizes, no new draw: on a
 * rank-3 input, TimeDistributed around that Dense (the same weights too); on a rank-5 input
 * `(batch, steps, rows, cols, channels)` with known rows, cols and channels, a ConvLSTM2D of as many
 * filters as the units, `same` padding, returning the sequence.
 */
const denseInstead = (d: DenseSpec, s: Shape | undefined): LayerSpec => {
  const declares = Object.keys(d).some((k) => k.startsWith("input") || k.startsWith("batch"));
  if (declares || s === undefined || !denseOk(s) || !isSize(d.units)) return d;
  const c = last(s) as number;
  if (s.length === 3) return (d.units + c) % 4 === 1 ? { type: "timeDistributed", layer: d } : d;
  if (s.length !== 5 || !isSize(s[2]) || !isSize(s[3]) || (d.units + c) % 2 !== 0 || d.units > CONV_LSTM_FILTERS) return d;
  // kernel k·k·c·4u and recurrent kernel k·k·u·4u: kept small enough to allocate.
  const k = 36 * d.units * (c + d.units) <= CONV_BUDGET ? 3 : 4 * d.units * (c + d.units) <= CONV_BUDGET ? 1 : 0;
  if (k === 0) return d;
  return { type: "convLstm2d", filters: d.units, kernelSize: k, padding: "same", returnSequences: true };
};

/**
 * ConvLSTM2D in a share of the places of the layers drawn for a rank-5 tensor `(batch, steps, rows,
 * cols, channels)` with known rows, cols and channels (Keras 3 needs them static): its filters, kernel,
 * padding and whether it returns the sequence follow from those sizes, no new draw.
 */
const convLstmInstead = (l: LayerSpec, s: Shape | undefined): LayerSpec => {
  if (s === undefined || s.length !== 5 || !["reshape", "permute", "batchNormalization", "layerNormalization"].includes(l.type)) return l;
  const [, , h, w, c] = s;
  if (!isSize(h) || !isSize(w) || !isSize(c) || (h + w + c) % 3 === 0) return l;
  const small = FILTERS.filter((f) => f <= CONV_LSTM_FILTERS);
  const filters = small[(h + c) % small.length]!;
  const k = c * filters * 36 > CONV_BUDGET ? 1 : (h + w) % 4 === 0 ? 2 : 3;
  return {
    type: "convLstm2d",
    filters,
    kernelSize: k,
    // `same` where the window would not fit, but for a few (the mistake, as fitWindow keeps some).
    ...((h * w) % 3 === 0 || (Math.min(h, w) < k && (h + w) % 5 !== 0) ? { padding: "same" as const } : {}),
    ...(h % 2 === 0 && w % 2 === 0 && (h + c) % 2 === 0 ? { strides: 2 } : {}),
    ...(c % 2 === 0 ? { returnSequences: true as const } : {}),
  };
};

/**
 * In a share of the Sequentials of features that start with an `input()` of shape `(batch, steps)` (a
 * few known steps), the input is of int32 token ids and an Embedding comes first: its vocabulary, width
 * and whether it masks id 0 (`maskZero`, but for 6 steps) follow from the steps, no new draw.
 */
const embeddingFirst = (full: Shape): EmbeddingSpec | undefined => {
  const steps = full[1];
  if (full.length !== 2 || !isSize(steps) || steps > 64 || steps % 3 !== 0) return undefined;
  return { type: "embedding", inputDim: 50 + steps, outputDim: [8, 4, 16][(steps / 3) % 3]!, ...(steps === 6 ? {} : { maskZero: true as const }) };
};

/**
 * After an Embedding (masked or not), a recurrent layer that returns the sequence in a share of a Dense's
 * places on the rank-3 sequence: the same output shape `(batch, steps, units)`, so the model around it is
 * unchanged; its kind follows from the units and features, no new draw (issue #13).
 */
const recurrentForDense = (d: DenseSpec, s: Shape | undefined): LayerSpec | undefined => {
  const declares = Object.keys(d).some((k) => k.startsWith("input") || k.startsWith("batch"));
  const c = s?.[2];
  if (declares || s === undefined || s.length !== 3 || !isSize(c) || !isSize(d.units) || d.units > RECURRENT_UNITS || (d.units + c) % 4 !== 3) return undefined;
  const sequences = { returnSequences: true as const };
  switch ((d.units * 3 + c) % 4) {
    case 0:
      return { type: "lstm", units: d.units, ...sequences };
    case 1:
      return { type: "gru", units: d.units, resetAfter: false, ...sequences };
    case 2:
      return { type: "simpleRNN", units: d.units, ...sequences };
    default:
      return rnnOfCells(d.units, c, sequences);
  }
};

// --- the everyday layers (issue #15): swapped in for layers already drawn ---------------------------------

/** The layer types that keep their input's shape (and layout). */
const sameShapeTypes: readonly string[] = [...activationLayers, ...noiseLayers];
const declaredKeys = { inputShape: 1, inputDim: 1, batchInputShape: 1, batchShape: 1, batchSize: 1 } as const;

/**
 * An activation layer (or Rescaling) in half of Activation's places, chosen from the activation drawn and
 * the number of layers so far rather than by a new draw (as `elementwiseType` and `recurrentInstead`
 * do): every model keeps its draws, so the suites keep their size, time and rare known differences. Its
 * options come from the same numbers. PReLU's alpha takes the input's sizes, so it shares every axis but
 * the last on rank 3 or more, and is left out where the generator does not know the shape or the alpha
 * would be large.
 */
const activationLayerInstead = (a: ActivationIdentifier, s: Shape | undefined, turn: number): LayerSpec | undefined => {
  const i = ACTIVATIONS.indexOf(a);
  if ((i + turn) % 2 !== 0) return undefined;
  const type = activationLayers[((i + turn) / 2) % activationLayers.length]!;
  switch (type) {
    case "reLU":
      return i % 3 === 0 ? { type } : i % 3 === 1 ? { type, maxValue: 6 } : { type, maxValue: 6, negativeSlope: 0.1, threshold: 0.5 };
    case "leakyReLU":
      return i % 2 === 0 ? { type } : { type, negativeSlope: 0.2 };
    case "prelu": {
      if (s === undefined || s.length < 2) return undefined;
      const shared = s.length >= 3 && (i % 4 !== 0 || product(s.slice(1)) === null) ? Array.from({ length: s.length - 2 }, (_, k) => k + 1) : [];
      const alpha = s.slice(1).map((d, k) => (shared.includes(k + 1) ? 1 : d));
      if ((product(alpha) ?? 0) > 1e5) return undefined;
      return shared.length === 0 ? { type } : { type, sharedAxes: shared.length === 1 && i % 2 === 0 ? shared[0]! : shared };
    }
    case "elu":
      return { type };
    case "softmax":
      return s !== undefined && s.length >= 3 && i % 2 === 1 ? { type, axis: 1 } : { type };
    case "thresholdedReLU":
      return i % 2 === 0 ? { type } : { type, theta: 0.5 };
    case "rescaling":
      return i % 2 === 0 ? { type, scale: 1 / 255 } : { type, scale: 2, offset: -1 };
  }
};

/**
 * A noise layer (or Dropout with a noiseShape) in half of Dropout's places with a valid rate, chosen
 * likewise; its rate (GaussianNoise's stddev) is the one drawn. SpatialDropout1D goes on rank 3 only,
 * and a noiseShape keeps the batch axis and the last one and is 1 elsewhere.
 */
const noiseInstead = (rate: number, s: Shape | undefined, turn: number): LayerSpec | undefined => {
  const i = RATES.indexOf(rate as (typeof RATES)[number]);
  if (i < 0 || (i + turn) % 2 !== 0) return undefined;
  const k = ((i + turn) / 2) % (noiseLayers.length + 1);
  const type = k < noiseLayers.length ? noiseLayers[k]! : "dropout";
  switch (type) {
    case "gaussianNoise":
      return { type, stddev: rate };
    case "spatialDropout1d":
      return s !== undefined && s.length === 3 ? { type, rate } : undefined;
    case "dropout":
      return s !== undefined && s.length >= 2 ? { type, rate, noiseShape: s.map((d, j) => (j === 0 ? null : j === s.length - 1 ? d : 1)) } : undefined;
    default:
      return { type, rate };
  }
};

/**
 * Masking (issue #13) in a share of Dropout's places on a sequence `(batch, steps, features)` that the
 * noise layers leave (a rate drawn from RATES): its maskValue is the rate, or left out (0). The shape is
 * unchanged; the mask it makes is not compared (at build time neither Keras 3 nor TF.js checks masks:
 * docs/keras-differences.md, "Masks").
 */
const maskingInstead = (rate: number, s: Shape | undefined, turn: number): LayerSpec | undefined => {
  const i = RATES.indexOf(rate as (typeof RATES)[number]);
  if (i < 0 || s === undefined || s.length !== 3 || (i + turn) % 4 !== 1) return undefined;
  return i % 2 === 0 ? { type: "masking" } : { type: "masking", maskValue: rate };
};

/**
 * A 3D convolution or pooling in Permute's places on a rank-5 tensor of known channels (the generator
 * has no 3D family: these rare tensors are its volumes), its options from the permutation drawn: a window
 * of 1 to 3, `same` padding where a side is shorter (mostly) or unknown, strides 2 now and then; small
 * filters, and a kernel of 1 where the channels are many.
 */
const volumeInstead = (dims: readonly number[], s: Shape | undefined, turn: number): LayerSpec | undefined => {
  const c = s?.[4];
  if (s === undefined || s.length !== 5 || !isSize(c)) return undefined;
  const h = dims.reduce((x, d, i) => x + d * (i + 1), 0);
  const type = volumeLayers[turn % volumeLayers.length]!;
  const k = c * 27 * 8 > CONV_BUDGET ? 1 : 1 + (h % 3);
  const same = s.slice(1, 4).some((n) => n === null || n < k) && h % 5 !== 0 ? { padding: "same" as const } : {};
  const strides = h % 4 === 0 ? { strides: 2 } : {};
  if (type === "conv3d" || type === "conv3dTranspose") return { type, filters: 2 ** (1 + (h % 3)), kernelSize: k, ...strides, ...same };
  return { type, poolSize: Math.max(2, k), ...same };
};

/**
 * A 3D layer that keeps its input's shape (stride 1, `same` padding; a convolution of as many filters
 * as channels), in Activation's and Dropout's places on a rank-5 tensor of known channels (rare: all
 * of them, so that the volumes are drawn often enough); `i` is the activation's or rate's index.
 */
const volumeSameShape = (i: number, s: Shape | undefined, turn: number): LayerSpec | undefined => {
  const c = s?.[4];
  if (s === undefined || s.length !== 5 || !isSize(c) || i < 0) return undefined;
  const type = volumeLayers[(i + turn) % volumeLayers.length]!;
  const k = 1 + (i % 3);
  if (type === "conv3d" || type === "conv3dTranspose")
    return c * c * 27 > CONV_BUDGET ? { type: "maxPooling3d", poolSize: k, strides: 1, padding: "same" } : { type, filters: c, kernelSize: k, padding: "same" };
  return { type, poolSize: k, strides: 1, padding: "same" };
};

/**
 * Dot in a third of Concatenate's places with two inputs the generator knows to be of one shape, rank 2
 * or 3: along the last axis, or (rank 3, from the concatenation's axis) the pair [1, 1] or [2, 2];
 * sometimes normalized. Its output shape, as Keras 3's Dot.compute_output_shape gives it.
 */
const dotInstead = (shapes: readonly (Shape | undefined)[], axis: number, turn: number): { layer: LayerSpec; shape: Shape } | undefined => {
  const [a, b] = shapes;
  if (shapes.length !== 2 || a === undefined || b === undefined || JSON.stringify(a) !== JSON.stringify(b) || turn % 3 !== 0) return undefined;
  const normalize = turn % 2 === 0 ? { normalize: true as const } : {};
  if (a.length === 2) return { layer: { type: "dot", axes: -1, ...normalize }, shape: [a[0] ?? null, 1] };
  if (a.length !== 3) return undefined;
  const ax = axis === 1 || axis === -2 ? 1 : 2;
  const kept = a[3 - ax] ?? null;
  return { layer: { type: "dot", axes: ax === 2 && turn % 2 === 1 ? -1 : [ax, ax], ...normalize }, shape: [a[0] ?? null, kept, kept] };
};

/**
 * The everyday layer that takes the place of `l` (drawn for an input of shape `s`, with `turn` layers
 * made before it), or `l` itself: see activationLayerInstead, noiseInstead and volumeInstead; Resizing in
 * half of UpSampling2D's places (channels last); AveragePooling1D in half
 * of MaxPooling1D's places that give a poolSize (Keras 3's AveragePooling1D has no default), and
 * GlobalAveragePooling1D and GlobalMaxPooling2D in half of the other global pooling's.
 */
const everydayInstead = (l: LayerSpec, s: Shape | undefined, turn: number): LayerSpec => {
  switch (l.type) {
    case "activation":
      return volumeSameShape(ACTIVATIONS.indexOf(l.activation), s, turn) ?? activationLayerInstead(l.activation, s, turn) ?? l;
    case "dropout":
      return (l.rate >= 0 && l.rate <= 1 ? volumeSameShape(RATES.indexOf(l.rate as (typeof RATES)[number]), s, turn) : undefined) ?? noiseInstead(l.rate, s, turn) ?? maskingInstead(l.rate, s, turn) ?? l;
    case "maxPooling1d":
      return turn % 2 === 1 && l.poolSize !== undefined ? { ...l, type: "averagePooling1d" } : l;
    case "globalMaxPooling1d":
      return turn % 2 === 1 ? { ...l, type: "globalAveragePooling1d" } : l;
    case "globalAveragePooling2d":
      return turn % 2 === 1 ? { ...l, type: "globalMaxPooling2d" } : l;
    case "permute":
      return volumeInstead(l.dims, s, turn) ?? l;
    case "upSampling2d": {
      // Resizing to the rows and columns UpSampling2D would give, or to 224 x 224 where a side is unknown.
      const p = partsOf(s, 2, "channelsLast");
      if (turn % 2 !== 1 || l.dataFormat === "channelsFirst" || p === undefined) return l;
      const k = axisList(l.size, 2, 2);
      const [h, w] = p.sp.map((n, i) => (n === null || !isSize(k[i]) ? 224 : n * k[i]!));
      const interpolation = l.interpolation === "nearest" || l.interpolation === "bilinear" ? { interpolation: l.interpolation } : {};
      return { type: "resizing", height: h!, width: w!, ...interpolation };
    }
    default:
      return l;
  }
};

/** A layer of the image families for a tensor of shape `s` whose data is in format `f`, with its options. */
const imageLayer = (g: G, s: Shape | undefined, f: Fmt, images: boolean, recurrent = true): LayerSpec => {
  const type = weighted(g, chance(g, faults.imageLayerOnAnyRank) ? anyImageLayer : suitable(s, images));
  const r = type.endsWith("1d") ? 1 : 2;
  const sh = s ?? [null, 4, 4, 3];
  // TF.js really allocates the kernels: keep them small where the input has very many channels.
  const cIn = partsOf(sh, r, f)?.c;
  const sides = partsOf(sh, r, f)?.sp ?? [];
  const wide = isSize(cIn) && cIn * 25 * 64 > CONV_BUDGET;
  const narrow = <l extends { kernelSize: SpatialSpec }>(l: l): l => (wide ? { ...l, kernelSize: 1, ...("filters" in l ? { filters: 2 } : {}) } : l);
  switch (type) {
    case "conv1d":
    case "conv2d": {
      const fs = filters(g);
      const c = partsOf(sh, r, f)?.c;
      const divisors = isSize(c) ? [2, 4, 3].filter((x) => c % x === 0) : [];
      const groups = chance(g, faults.groups) && divisors.length > 0 ? pick(g, divisors) : undefined;
      const conv = narrow({
        type,
        filters: groups !== undefined && isSize(fs) ? groups * pick(g, [1, 2, 4]) : fs,
        ...windowOptions(g, r, type === "conv1d" ? 8 : faults.causal2d, sides),
        ...(groups !== undefined ? { groups } : {}),
        ...spellFormat(g, f),
        ...noBias(g),
        ...activationOption(g),
      });
      return type === "conv1d" && recurrent ? (recurrentInstead(conv, sh, f) ?? sequenceInstead(conv, sh, f) ?? conv) : conv;
    }
    case "conv2dTranspose": {
      const w = windowOptions(g, 2, faults.causal2d, sides);
      const st = axisList(w.strides, 2, 1);
      const outputPadding =
        chance(g, faults.outputPadding) && st.every(isSize) ? { outputPadding: chance(g, 85) ? Math.min(...st) - 1 : Math.max(...st) } : {};
      return narrow({ type, filters: filters(g), ...w, ...outputPadding, ...spellFormat(g, f), ...noBias(g), ...activationOption(g) });
    }
    case "separableConv2d":
      return narrow({ type, filters: filters(g), ...windowOptions(g, 2, faults.causal2d, sides), ...multiplier(g), ...spellFormat(g, f), ...noBias(g), ...activationOption(g) });
    case "depthwiseConv2d":
      return narrow({ type, ...windowOptions(g, 2, faults.causal2d, sides), ...multiplier(g), ...spellFormat(g, f), ...noBias(g), ...activationOption(g) });
    case "maxPooling1d":
    case "maxPooling2d":
    case "averagePooling2d": {
      const given = type === "averagePooling2d" ? !chance(g, faults.averagePoolingWithoutSize) : chance(g, 70);
      const poolSize = chance(g, faults.badWindow) ? pick(g, BAD_WINDOWS) : spatialOption(g, r, POOLS);
      const strides = weighted(g, [[60, undefined], [5, null], [35, spatialOption(g, r, STRIDES)]] as const);
      const padding = fitWindow(g, weighted(g, [[50, {}], [12, { padding: "valid" as const }], [38, { padding: "same" as const }]]), axisList(given ? poolSize : undefined, r, 2), sides);
      return {
        type,
        ...(given ? { poolSize } : {}),
        ...(strides !== undefined ? { strides } : {}),
        ...padding,
        ...spellFormat(g, f),
      };
    }
    case "globalAveragePooling2d":
    case "globalMaxPooling1d":
      return { type, ...spellFormat(g, f), ...(chance(g, faults.keepdims) ? { keepdims: true } : {}) };
    case "zeroPadding2d":
      return { type, ...(chance(g, 20) ? {} : { padding: margins(g) }), ...spellFormat(g, f) };
    case "cropping2d":
      return { type, ...(chance(g, faults.croppingDefault) ? {} : { cropping: margins(g) }), ...spellFormat(g, f) };
    case "upSampling2d": {
      const interpolation = weighted(g, [[85, undefined], [7, "bilinear" as const], [4, "nearest" as const], [faults.otherInterpolation, pick(g, OTHER_INTERPOLATIONS)]]);
      return {
        type,
        ...(chance(g, 40) ? {} : { size: spatialOption(g, 2, FACTORS) }),
        ...spellFormat(g, f),
        ...(interpolation !== undefined ? { interpolation } : {}),
      };
    }
    case "reshape":
      return { type, targetShape: targetShape(g, sh) };
    case "permute":
      return { type, dims: permutation(g, sh) };
    case "repeatVector":
      return { type, n: pick(g, REPEATS) };
    case "batchNormalization":
    case "layerNormalization": {
      let axis = type === "batchNormalization" ? normAxis(g, sh, f) : layerNormAxis(g, sh, f);
      // gamma and beta take the sizes of the normalized axes: keep them small enough to allocate.
      if (Array.isArray(axis) && axis.reduce((p, a) => p * (sh[resolve(a, sh.length) ?? 0] ?? 1), 1) > CONV_BUDGET) axis = undefined;
      return {
        type,
        ...(axis !== undefined ? { axis } : {}),
        ...(chance(g, 10) ? { center: false as const } : {}),
        ...(chance(g, 10) ? { scale: false as const } : {}),
      } as LayerSpec;
    }
  }
};

/** The layout a layer's output is in, for the layers after it: a layer with `dataFormat` keeps it; others give channels last. */
const formatAfter = (l: LayerSpec, f: Fmt): Fmt =>
  "dataFormat" in l && l.dataFormat !== undefined ? l.dataFormat : l.type === "batchNormalization" || l.type === "layerNormalization" || l.type === "activation" || l.type === "dropout" || sameShapeTypes.includes(l.type) ? f : "channelsLast";

// --- functional models ------------------------------------------------------------------------------------

interface Tensor {
  readonly shape: Shape | undefined;
  /** Where its channels axis is, as far as the generator knows (the layout its layers use). */
  readonly format: Fmt;
  readonly input?: number;
  readonly call?: number;
  /** A call's output: its place among all calls' outputs (a call of two outputs has two). */
  readonly slot?: number;
}

const functional = (g: G): FunctionalSpec => {
  /** A model of images (convolutions, pooling, ...), or of feature vectors with a few of those layers. */
  const images = chance(g, 50);
  const fmt: Fmt = images && chance(g, 25) ? "channelsFirst" : "channelsLast";
  const inputs: InputSpec[] = [];
  const layers: LayerSpec[] = [];
  /** Calls with arguments as indices into `ts`, renumbered at the end (inputs first, then calls). */
  const calls: { layer: number; args: number[]; apply: boolean; outputs?: number }[] = [];
  let slots = 0;
  const ts: Tensor[] = [];
  const used = new Set<number>();
  /** Single-input layers already called, with the shape of their first input, for sharing. */
  const shareable: { layer: number; shape: Shape | undefined }[] = [];

  const addInput = (full: Shape, format: Fmt = "channelsLast"): number => {
    inputs.push(spellInput(g, full));
    ts.push({ shape: full, format, input: inputs.length - 1 });
    return ts.length - 1;
  };
  const newLayer = (l: LayerSpec): number => layers.push(l) - 1;
  const call = (layer: number, args: number[], shape: Shape | undefined): number => {
    calls.push({ layer, args, apply: chance(g, 25) });
    args.forEach((a) => used.add(a));
    const l = layers[layer]!;
    ts.push({ shape, format: formatAfter(l, ts[args[0]!]?.format ?? "channelsLast"), call: calls.length - 1, slot: slots++ });
    if (!isMerge(l) && !shareable.some((s) => s.layer === layer))
      shareable.push({ layer, shape: ts[args[0]!]!.shape });
    return ts.length - 1;
  };
  /** A call of a layer of two outputs (not shared, spelled `layer(x)`: no draw), and its two tensors. */
  const callTwo = (layer: number, x: number, shapes: readonly [Shape | undefined, Shape | undefined]): [number, number] => {
    calls.push({ layer, args: [x], apply: false, outputs: 2 });
    used.add(x);
    for (const shape of shapes) ts.push({ shape, format: "channelsLast", call: calls.length - 1, slot: slots++ });
    return [ts.length - 2, ts.length - 1];
  };
  /**
   * Bidirectional with `mergeMode: null` (issue #13) in two thirds of a Bidirectional's places, chosen by the number of
   * calls (no draw): its two outputs are merged by the layer of the mode drawn (Concatenate, Add, Multiply,
   * Average: the shape that mode gives, so the model around it is unchanged) or, in a quarter of those not
   * concatenating, the forward output goes on and the backward one is an output of the model.
   */
  const bidirectionalTwo = (l: LayerSpec, x: number): number | undefined => {
    if (l.type !== "bidirectional" || calls.length % 3 === 0) return undefined;
    const mode = l.mergeMode ?? "concat";
    const one = layerShape(l.layer, shapeOf(x));
    const [forward, backward] = callTwo(newLayer({ ...l, mergeMode: null }), x, [one, one]);
    if (mode !== "concat" && calls.length % 4 === 0) return forward;
    const merge = ({ concat: "concatenate", sum: "add", mul: "multiply", ave: "average" } as const)[mode ?? "concat"];
    calls.push({ layer: newLayer({ type: merge }), args: [forward, backward], apply: false });
    used.add(forward).add(backward);
    ts.push({ shape: layerShape(l, shapeOf(x)), format: "channelsLast", call: calls.length - 1, slot: slots++ });
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
    return call(newLayer(denseInstead(denseSpec(g, n, declared), s)), [x], denseShape(s, n));
  };
  const sameShape = (x: number): number =>
    chance(g, 50)
      ? call(newLayer(everydayInstead({ type: "activation", activation: pick(g, ACTIVATIONS) }, shapeOf(x), calls.length)), [x], shapeOf(x))
      : call(newLayer(everydayInstead({ type: "dropout", rate: chance(g, faults.badRate) ? pick(g, BAD_RATES) : pick(g, RATES) }, shapeOf(x), calls.length)), [x], shapeOf(x));
  /**
   * A new tensor of the same shape as `x`: for an image, through a `same` convolution with as many
   * filters as it has channels, or a BatchNormalization (a residual branch); otherwise through a Dense
   * of as many units as `x` has features when possible.
   */
  const sameShapeBranch = (x: number): number => {
    const s = shapeOf(x);
    const f = ts[x]!.format;
    const c = partsOf(s, 2, f)?.c;
    if (isSize(c) && chance(g, 60)) {
      const l: LayerSpec = chance(g, 70) && c * c * 25 <= CONV_BUDGET
        ? { type: "conv2d", filters: c, kernelSize: pick(g, KERNELS), padding: "same", ...spellFormat(g, f), ...activationOption(g) }
        : { type: "batchNormalization", ...(f === "channelsFirst" ? { axis: 1 } : {}) };
      return call(newLayer(l), [x], layerShape(l, s));
    }
    return denseOk(s) && (last(s) as number) ** 2 <= KERNEL_BUDGET && chance(g, 60) ? dense(x, last(s) as number) : sameShape(x);
  };

  /** A layer of the image families on a tensor that suits it (mostly), sometimes declaring its input. */
  const imageStep = (): number => {
    const x = chance(g, faults.imageLayerOnAnyRank)
      ? pickTensor()
      : pickTensor((s) => s !== undefined && (images ? s.length === 4 || s.length === 3 : s.length >= 2));
    const s = shapeOf(x);
    const l = convLstmInstead(imageLayer(g, s, ts[x]!.format, images), s);
    const declared = s !== undefined && l.type !== "activation" && l.type !== "dropout" && chance(g, faults.declaredInput / 2)
      ? declare(g, chance(g, faults.declaredMismatch) ? contradict(g, s) : s)
      : {};
    const withInput = Object.keys(declared).length === 0 ? everydayInstead(l, s, calls.length) : ({ ...l, ...declared } as LayerSpec);
    return (Object.keys(declared).length === 0 ? bidirectionalTwo(withInput, x) : undefined) ?? call(newLayer(withInput), [x], layerShape(withInput, s));
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
  /**
   * Add, or in half of Add's places another element-wise merge of TF.js's (one rule, Keras 3's
   * broadcast), taken in turn by the number of calls so far rather than drawn: no new draw, so every
   * generated model keeps its structure (and each rare known difference its models), only the class of
   * some merges changes; the number of models and the suite's time are unchanged.
   */
  const elementwiseType = (): "add" | (typeof elementwiseMerges)[number] =>
    calls.length % 2 === 0 ? "add" : elementwiseMerges[((calls.length - 1) / 2) % elementwiseMerges.length]!;
  const addStep = (): number => {
    const a = pickTensor((s) => s !== undefined && s.length >= 1);
    const n = weighted(g, [[72, 2], [16, 3], [6, 1], [1, 0]] as const);
    const args = n === 0 ? [] : [a, ...Array.from({ length: n - 1 }, () => addPartner(a))];
    return call(newLayer({ type: elementwiseType() }), args, broadcast(args.map(shapeOf)));
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
    const dot = dotInstead(args.map(shapeOf), axis, calls.length);
    if (dot !== undefined) return call(newLayer(dot.layer), args, dot.shape);
    return call(newLayer({ type: "concatenate", ...spelled }), args, concatShape(args.map(shapeOf), axis));
  };

  /** Calls a layer made earlier on another tensor: shared weights. */
  const shareStep = (): number => {
    const { layer, shape } = pick(g, shareable);
    const l = layers[layer]!;
    const sizes = JSON.stringify(weightSizes(l, shape));
    const fits = (s: Shape | undefined) => s !== undefined && layerShape(l, s) !== undefined && JSON.stringify(weightSizes(l, s)) === sizes;
    const x = chance(g, faults.sharedOnAnyInput) ? pickTensor() : pickTensor(fits);
    return call(layer, [x], layerShape(l, shapeOf(x)));
  };

  const nInputs = weighted(g, [[70, 1], [22, 2], [8, 3]] as const);
  for (let k = 0; k < nInputs; k++) {
    if (!images || (k > 0 && chance(g, 30))) addInput([batchSize(g), ...restOfShape(g)]);
    else if (k > 0 && chance(g, 50)) addInput(shapeOf(0) ?? [null, 4, 4, 3], fmt);
    else addInput(imageShape(g, fmt, chance(g, 25) ? 1 : 2), fmt);
  }
  const nSteps = int(g, 1, 7);
  for (let k = 0; k < nSteps && calls.length < 16; k++) {
    const op = weighted(g, [
      [images ? 8 : 34, "dense"],
      [images ? 3 : 7, "activation"],
      [images ? 3 : 6, "dropout"],
      [images ? 6 : 12, "flatten"],
      [images ? 9 : 16, "add"],
      [images ? 7 : 16, "concatenate"],
      [shareable.length > 0 ? (images ? 6 : 9) : 0, "share"],
      [images ? 58 : 8, "image"],
    ] as const);
    if (op === "image") imageStep();
    else if (op === "dense") denseStep();
    else if (op === "activation" || op === "dropout") sameShape(pickTensor());
    else if (op === "flatten") flattenStep();
    else if (op === "add") addStep();
    else if (op === "concatenate") concatStep();
    else shareStep();
  }

  // Renumber: inputs first, then calls.
  const index = (t: number): number => {
    const x = ts[t]!;
    return x.input !== undefined ? x.input : inputs.length + x.slot!;
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
    calls: calls.map((c): CallSpec => ({ layer: c.layer, args: c.args.map(index), ...(c.apply ? { apply: true as const } : {}), ...(c.outputs !== undefined ? { outputs: c.outputs } : {}) })),
    outputs: one(outputs),
    modelInputs: one(modelInputs),
  };
};

// --- Sequential models ------------------------------------------------------------------------------------

const sequential = (g: G): SequentialSpec => {
  const style = chance(g, 40) ? "layers" : "add";
  if (chance(g, 45)) return imageSequential(g, style);
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
  if (start === "input") {
    input = spellInput(g, full);
    const e = embeddingFirst(full);
    if (e !== undefined) {
      input = { ...input, dtype: "int32" };
      layers.push(e);
      shape = layerShape(e, full);
    }
  } else {
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
      const d = denseSpec(g, u, declared);
      layers.push((layers[0]?.type === "embedding" ? recurrentForDense(d, shape) : undefined) ?? denseInstead(d, shape));
      shape = denseShape(shape, u);
    } else if (op === "flatten" && (shape === undefined || shape.length >= 3 || chance(g, 25))) {
      layers.push({ type: "flatten" });
      shape = flattenShape(shape);
    } else if (op === "dropout") layers.push(everydayInstead({ type: "dropout", rate: chance(g, faults.badRate) ? pick(g, BAD_RATES) : pick(g, RATES) }, shape, layers.length));
    else layers.push(everydayInstead({ type: "activation", activation: pick(g, ACTIVATIONS) }, shape, layers.length));
  }
  return {
    kind: "sequential",
    style,
    ...(input !== undefined ? { input } : {}),
    ...(start === "inputAfter" ? { inputAfterFirst: true as const } : {}),
    layers,
  };
};

/**
 * A Sequential of images: its first layer (a convolution, pooling, padding, ... that declares the input)
 * or an `input()`, then image layers, and towards the end flatten or global pooling and Dense.
 */
const imageSequential = (g: G, style: "add" | "layers"): SequentialSpec => {
  let fmt: Fmt = chance(g, 25) ? "channelsFirst" : "channelsLast";
  const full = imageShape(g, fmt, chance(g, 25) ? 1 : 2);
  const start = weighted(g, [
    [55, "declared"],
    [35, "input"],
    [faults.sequentialWithoutInput, "none"],
    [faults.inputAfterFirstLayer, "inputAfter"],
  ] as const);
  const layers: LayerSpec[] = [];
  let shape: Shape | undefined = full;
  let input: InputSpec | undefined;
  const push = (drawn: LayerSpec) => {
    const l = Object.keys(drawn).some((k) => k in declaredKeys) ? drawn : everydayInstead(drawn, shape, layers.length);
    layers.push(l);
    shape = layerShape(l, shape);
    fmt = formatAfter(l, fmt);
  };
  if (start === "input") input = spellInput(g, full);
  else {
    // A first layer that declares its input stays what was drawn: TF.js reads inputDim in Dense and its RNNs
    // only, and the models of that known difference are these.
    push({ ...imageLayer(g, full, fmt, true, false), ...(start === "none" ? {} : declare(g, full)) } as LayerSpec);
    if (start === "inputAfter") input = spellInput(g, full);
  }
  const n = int(g, start === "input" ? 1 : 0, 6);
  for (let k = 0; k < n; k++) {
    const op = weighted(g, [[62, "image"], [10, "flatten"], [18, "dense"], [10, "other"]] as const);
    if (op === "image") {
      const l = imageLayer(g, shape, fmt, true);
      const declared = shape !== undefined && chance(g, faults.declaredInput / 2) ? declare(g, chance(g, faults.declaredMismatch) ? contradict(g, shape) : shape) : {};
      push({ ...l, ...declared } as LayerSpec);
    } else if (op === "flatten") push({ type: "flatten" });
    else if (op === "dense" && !tooWide(shape)) {
      if (!denseOk(shape) && !chance(g, faults.denseOnBadInput)) {
        const s = shape as Shape | undefined;
        if (s !== undefined && s.length >= 3) push(chance(g, 50) ? { type: "flatten" } : imageLayer(g, s, fmt, true));
        if (!denseOk(shape)) continue;
      }
      const s = shape as Shape | undefined;
      push(denseInstead(denseSpec(g, units(g, s === undefined ? null : last(s))), s));
    } else if (op === "other") push(chance(g, 50) ? { type: "activation", activation: pick(g, ACTIVATIONS) } : { type: "dropout", rate: pick(g, RATES) });
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

/**
 * More specs, so that each everyday layer (issue #15) is in at least `min` of `specs` (drawn with
 * `seed`) and these together, counting the specs `accept` takes: a small suite's sample may hold too
 * few of a rare one (SpatialDropout1D and the 3D layers are in none or one of the types-vs-runtime
 * suite's 300). They are the specs, among 2,000 drawn with `seed + 1` (about 2 s), that hold a layer
 * still short.
 */
export const everydayTopUp = (specs: readonly Spec[], seed: number, min: number, accept: (s: Spec) => boolean = () => true): Spec[] =>
  topUp(specs, () => sampleSpecs(2000, seed + 1), min, everydayKinds, (s) => [...new Set(s.layers.map(everydayKind))].filter((k) => k !== undefined), accept);

/**
 * The specs of `candidates()` (in order; drawn only if needed) that hold a kind (of `kinds`, as `kindsOf` finds them) that `specs`
 * and those taken before them hold fewer than `min` times, counting only the specs `accept` takes.
 */
const topUp = (specs: readonly Spec[], candidates: () => Iterable<Spec>, min: number, kinds: readonly string[], kindsOf: (s: Spec) => Iterable<string>, accept: (s: Spec) => boolean): Spec[] => {
  const count = new Map<string, number>(kinds.map((k) => [k, 0]));
  const add = (s: Spec) => {
    for (const k of kindsOf(s)) if (count.has(k)) count.set(k, count.get(k)! + 1);
  };
  specs.filter(accept).forEach(add);
  const more: Spec[] = [];
  const done = () => [...count.values()].every((c) => c >= min);
  for (const s of done() ? [] : candidates()) {
    if ([...kindsOf(s)].some((k) => count.has(k) && count.get(k)! < min) && accept(s)) {
      more.push(s);
      add(s);
    }
    if (done()) break;
  }
  return more;
};

// --- the sequence layers TF.js lacks (issue #13): the types-vs-runtime suite's own share -----------------

/**
 * ConvLSTM1D and ConvLSTM3D, which TF.js 4.22 lacks, so that only the types-vs-runtime suite draws them (the
 * generator stays within what TF.js builds): a spec made by the generator, with, chosen from what it holds
 * (no draw, so the suite's specs stay the same but for these):
 *
 * - ConvLSTM1D in a third of the places of a Conv2D (called once, channels last, no groups or dilation) on
 *   `(batch, rows, cols, channels)` with known cols and channels, whose rows the Conv2D keeps (stride 1,
 *   `same` padding or a kernel of one row): the rows are the steps, the same filters, the cols' kernel,
 *   stride and padding, returning the sequence, so its output is the Conv2D's and the model is unchanged;
 * - ConvLSTM3D in one functional spec in 20 (`i` is the spec's place) whose first input is an image
 *   `(batch, rows, cols, channels)` of known sizes: a new input `(batch, 3, 2, rows, cols, channels)` (steps,
 *   depth, rows, cols, channels) through a ConvLSTM3D, as one more output of the model.
 */
export const keras3Only = (spec: Spec, i: number): Spec => {
  const calls = buildShapeflow(spec).calls ?? [];
  const layers = spec.layers.map((l, k) => convLstm1dInstead(l, calls[k], k) ?? l);
  const out: Spec = { ...spec, layers };
  return out.kind === "functional" && i % 20 === 7 ? (withConvLstm3d(out) ?? out) : out;
};

const convLstm1dInstead = (l: LayerSpec, calls: readonly (readonly Shape[])[] | undefined, k: number): LayerSpec | undefined => {
  if (l.type !== "conv2d" || k % 3 !== 0 || calls?.length !== 1 || Object.keys(l).some((key) => key in declaredKeys)) return undefined;
  if ((l.dataFormat ?? "channelsLast") !== "channelsLast" || l.groups !== undefined || axisList(l.dilationRate, 2, 1).some((d) => d !== 1)) return undefined;
  const s = calls[0]![0]!;
  const [kr, kc] = axisList(l.kernelSize, 2, 1);
  const [sr, sc] = axisList(l.strides, 2, 1);
  const padding = l.padding ?? "valid";
  if (s.length !== 4 || !isSize(s[2]) || !isSize(s[3]) || !isSize(l.filters) || !isSize(kc) || !isSize(sc) || padding === "causal") return undefined;
  if (sr !== 1 || (padding !== "same" && kr !== 1)) return undefined;
  return { type: "convLstm1d", filters: l.filters, kernelSize: kc, ...(sc !== 1 ? { strides: sc } : {}), ...(padding === "same" ? { padding } : {}), returnSequences: true };
};

const withConvLstm3d = (spec: FunctionalSpec): FunctionalSpec | undefined => {
  const first = spec.inputs[0];
  const rest = first === undefined ? [] : "batchShape" in first ? first.batchShape.slice(1) : first.shape;
  if (first?.dtype !== undefined || rest.length !== 3 || !rest.every((d) => isSize(d) && d <= 64)) return undefined;
  const [h, w, c] = rest as number[];
  const n = spec.inputs.length;
  const shift = (t: number): number => (t >= n ? t + 1 : t);
  const list = (x: number | readonly number[]): number[] => (typeof x === "number" ? [x] : [...x]);
  const k = h! >= 3 && w! >= 3 ? [1, 3, 3] : 1;
  const convLstm: LayerSpec = { type: "convLstm3d", filters: 2, kernelSize: k, ...((h! + w!) % 2 === 0 ? { padding: "same" as const } : {}), ...(c! % 2 === 0 ? { returnSequences: true as const } : {}) };
  const slots = spec.calls.reduce((x, call) => x + (call.outputs ?? 1), 0);
  return {
    ...spec,
    inputs: [...spec.inputs, { shape: [3, 2, h!, w!, c!] }],
    layers: [...spec.layers, convLstm],
    calls: [...spec.calls.map((call) => ({ ...call, args: call.args.map(shift) })), { layer: spec.layers.length, args: [n] }],
    outputs: [...list(spec.outputs).map(shift), n + 1 + slots],
    modelInputs: [...list(spec.modelInputs), n],
  };
};

/**
 * More specs, so that each of the sequence layers (`sequenceKinds`, ConvLSTM1D and ConvLSTM3D through
 * `keras3Only` where `keras3` is set, else left out) is in at least `min` valid specs of `specs` and these,
 * counting those `accept` takes: the valid specs, among 2,000 drawn with `seed + 2` (about 2 s), that hold
 * one still short (Embedding's maskZero, RNNs of cells and Bidirectional's two outputs are in few of a small
 * suite's specs).
 */
export const sequenceTopUp = (specs: readonly Spec[], seed: number, min: number, keras3: boolean, accept: (s: Spec) => boolean = () => true): Spec[] =>
  topUp(
    specs,
    function* () {
      for (const [i, s] of sampleSpecs(2000, seed + 2).entries()) yield keras3 ? keras3Only(s, i) : s;
    },
    min,
    sequenceKinds.filter((k) => keras3 || (k !== "convLstm1d" && k !== "convLstm3d")),
    sequenceKindsOf,
    (s) => buildShapeflow(s).error === undefined && accept(s),
  );
