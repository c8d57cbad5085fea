/**
 * Normalization: `(x - mean) / sqrt(variance)` per position of the kept axes `axis` (default -1, the
 * last: one mean and variance per channel). Without `mean` and `variance` it holds three non-trainable
 * weights, as Keras 3 counts them: `mean` and `variance` shaped like the kept axes (in axis order), and
 * `count`, a scalar: 2 * (product of the kept sizes) + 1 parameters. With `mean` and `variance` given,
 * it has none. The shape is unchanged.
 *
 * ```ts
 * normalization()(input({ shape: [224, 224, 3] }));   // mean [3], variance [3], count []: 7 non-trainable params
 * ```
 */
import type { config, declaredOf, InputKey, opt } from "../../core/config.js";
import { fail, type CheckedOptions, type firstErr, type OptionErr, type ShapeErr } from "../../core/errors.js";
import { declaredInput, type InputSpecOptions } from "../../core/input-spec.js";
import { SingleInputLayer, type BaseLayerOptions, type Layer, type Rule, type WeightSpec } from "../../core/layer.js";
import { baseKeys, checkKeys, formatOption, inputKeys, type AnyKeys, type checkKnownKeys, type has } from "../../core/options.js";
import { formatShape, normalizeAxis, type Dim, type IsKnown, type Shape } from "../../core/shape.js";
import { checkBoolean, readOptions, type OptionsCall } from "../../core/read-options.js";
import { axesSizes, checkAxis } from "../normalization/axes.js";

export interface NormalizationOptions extends BaseLayerOptions, InputSpecOptions {
  /**
   * The axis, or axes, that keep their own mean and variance (default -1, the last); the others are
   * averaged over. `null` keeps none: one mean and variance for everything.
   */
  readonly axis?: number | readonly number[] | null;
  /** The mean to subtract (a number, or one per position of the kept axes); given with `variance`, the layer has no weights. */
  readonly mean?: number | readonly number[];
  /** The variance to divide by (its square root), shaped as `mean`. */
  readonly variance?: number | readonly number[];
  /** Undo the normalization instead: `x * sqrt(variance) + mean`. Default `false`. */
  readonly invert?: boolean;
}
const normalizationKeys = ["axis", "mean", "variance", "invert", ...baseKeys, ...inputKeys] as const;
type shapeKeys = "axis" | "mean" | "variance" | InputKey;

// --- messages ----------------------------------------------------------------------------------------

export type meanAlone<given extends string, missing extends string> =
  `Normalization: mean and variance go together, but got ${given} alone. Fix: give ${missing} too, shaped as ${given}, or neither, to learn them with adapt() (they are then weights).`;
export const meanAlone = <given extends string, missing extends string>(given: given, missing: missing): meanAlone<given, missing> =>
  `Normalization: mean and variance go together, but got ${given} alone. Fix: give ${missing} too, shaped as ${given}, or neither, to learn them with adapt() (they are then weights).`;

export type meanShapes<m extends string, v extends string> =
  `Normalization: mean and variance must have the same shape, but got mean ${m} and variance ${v}. Fix: give one variance for each mean.`;
export const meanShapes = <m extends string, v extends string>(m: m, v: v): meanShapes<m, v> =>
  `Normalization: mean and variance must have the same shape, but got mean ${m} and variance ${v}. Fix: give one variance for each mean.`;

export type meanFit<m extends string, got extends string, kept extends string> =
  `Normalization: mean ${m} has one value per position of the kept axes, so its length must be 1 or ${kept}, the size of the last kept axis of ${got}. Fix: give ${kept} values (or one number), or keep the axis they are for.`;
export const meanFit = <m extends string, got extends string, kept extends string>(m: m, got: got, kept: kept): meanFit<m, got, kept> =>
  `Normalization: mean ${m} has one value per position of the kept axes, so its length must be 1 or ${kept}, the size of the last kept axis of ${got}. Fix: give ${kept} values (or one number), or keep the axis they are for.`;

// --- type level --------------------------------------------------------------------------------------

/** The kept axes as a list: `-1` is `[-1]`, `null` is `[]`. */
type axesOf<a> = [a] extends [null] ? [] : a extends readonly unknown[] ? a : [a];

/** The sizes of `s` at the positions in `kept` (a union of axes), in axis order, as Keras sorts them. Tail recursive. */
type keptSizes<s extends Shape, kept, i extends unknown[] = [], acc extends Dim[] = []> = s extends readonly [infer d, ...infer rest extends Shape]
  ? keptSizes<rest, kept, [...i, unknown], i["length"] extends kept ? [...acc, d & Dim] : acc>
  : acc;
type resolved<axes extends readonly unknown[], rank extends number> = { [k in keyof axes]: normalizeAxis<axes[k], rank> }[number];

/** The shape of `mean` and `variance` on input `s`, or the reason there is none. */
type statShape<s extends Shape, axes extends readonly unknown[]> = axes extends unknown ? statShapeOf<s, axes> : never;
type statShapeOf<s extends Shape, axes extends readonly unknown[]> = axesSizes<"Normalization", s, axes, true, formatOption<axes extends readonly [infer a] ? a : axes>> extends infer sizes
  ? sizes extends ShapeErr<string>
    ? sizes
    : sizes extends readonly unknown[]
      ? number extends sizes[number] ? sizes : keptSizes<s, resolved<axes, s["length"]>>
      : never
  : never;

export interface NormalizationRule<c> extends Rule {
  readonly layer: "Normalization";
  readonly stats: this["input"] extends infer s extends Shape ? statShape<s, axesOf<opt<c, "axis", -1>>> : never;
  /** The errors among the stats of every possible axis (a union of axes fails if any member fails). */
  readonly statErrors: Extract<this["stats"], ShapeErr<string>>;
  readonly output: [this["statErrors"]] extends [never] ? this["input"] : this["statErrors"];
  readonly weights: [this["statErrors"]] extends [never]
    ? has<c, "mean"> extends true
      ? []
      : [["mean", this["stats"], false], ["variance", this["stats"], false], ["count", [], false]]
    : [];
}

/** A Normalization layer type; `c` keeps the options that decide its weights: `Normalization<{}>`, `Normalization<{ axis: null }>`. */
export interface Normalization<c = {}> extends Layer<NormalizationRule<c>, declaredOf<"Normalization", c>> {
  readonly className: "Normalization";
}

type lengthOf<v> = v extends readonly unknown[] ? (number extends v["length"] ? never : v["length"]) : 0;
/** Everything that can be wrong with Normalization's options, first problem first. */
export type checkNormalization<o> = firstErr<
  [
    checkKnownKeys<"Normalization", o, typeof normalizationKeys>,
    [opt<o, "axis", undefined>] extends [null] ? "ok" : checkAxis<"Normalization", opt<o, "axis", undefined>, "an integer, a non-empty list of integers or null", true>,
    has<o, "mean"> extends has<o, "variance">
      ? "ok"
      : has<o, "mean"> extends true
        ? OptionErr<meanAlone<"mean", "variance">, "mean">
        : OptionErr<meanAlone<"variance", "mean">, "variance">,
    [lengthOf<opt<o, "mean", 0>>, lengthOf<opt<o, "variance", 0>>] extends [infer m, infer v]
      ? IsKnown<m> extends true ? (IsKnown<v> extends true ? ([m] extends [v] ? "ok" : OptionErr<meanShapes<formatOption<opt<o, "mean", 0>>, formatOption<opt<o, "variance", 0>>>, "variance">) : "ok") : "ok"
      : "ok",
    declaredInput<"Normalization", o>,
  ]
>;

// --- run time ----------------------------------------------------------------------------------------

/** A number, or a (nested) list of numbers, with its shape; `undefined` for anything else. */
const shapeOfValue = (v: unknown): number[] | undefined => {
  if (typeof v === "number") return Number.isFinite(v) ? [] : undefined;
  if (!Array.isArray(v) || v.length === 0) return undefined;
  const inner = v.map(shapeOfValue);
  const first = inner[0];
  return first !== undefined && inner.every((s) => s !== undefined && JSON.stringify(s) === JSON.stringify(first)) ? [v.length, ...first] : undefined;
};

class NormalizationLayer extends SingleInputLayer {
  readonly axis: readonly number[];
  readonly mean: unknown;
  readonly variance: unknown;
  readonly invert: boolean;
  constructor(o: NormalizationOptions) {
    checkKeys("Normalization", o, normalizationKeys);
    if (o.axis !== null) checkAxis("Normalization", o.axis, "an integer, a non-empty list of integers or null", true);
    if ((o.mean === undefined) !== (o.variance === undefined))
      fail(o.mean === undefined ? meanAlone("variance", "mean") : meanAlone("mean", "variance"));
    if (o.mean !== undefined) {
      const m = shapeOfValue(o.mean);
      const v = shapeOfValue(o.variance);
      if (m === undefined || v === undefined || JSON.stringify(m) !== JSON.stringify(v)) fail(meanShapes(formatOption(o.mean), formatOption(o.variance)));
    }
    checkBoolean("Normalization", "invert", o.invert);
    super(o, "Normalization", declaredInput("Normalization", o));
    this.axis = o.axis === null ? [] : o.axis === undefined ? [-1] : typeof o.axis === "number" ? [o.axis] : [...o.axis];
    this.mean = o.mean ?? null;
    this.variance = o.variance ?? null;
    this.invert = o.invert ?? false;
  }
  /** The sizes of the kept axes, in axis order. */
  private stats(s: Shape): number[] {
    axesSizes(this.className, this.name, s, this.axis, true, formatOption(this.axis.length === 1 ? this.axis[0] : this.axis));
    const kept = this.axis.map((a) => normalizeAxis(a, s.length)!).sort((a, b) => a - b);
    return kept.map((i) => s[i]!);
  }
  computeOutputShape(s: Shape): Shape {
    const stats = this.stats(s);
    const m = this.mean === null ? undefined : shapeOfValue(this.mean);
    // Keras broadcasts a given mean over the kept axes, aligned on the right.
    if (m !== undefined && m.length > 0) {
      const bad = m.length > stats.length || m.some((d, k) => d !== 1 && d !== stats[stats.length - m.length + k]);
      if (bad) fail(meanFit(formatOption(this.mean), formatShape(s), stats.length === 0 ? "1" : String(stats[stats.length - 1])), this.name);
    }
    return s;
  }
  override weightSpecs(s: Shape): Record<string, WeightSpec> {
    if (this.mean !== null) return {};
    const shape = this.stats(s);
    return { mean: { shape, trainable: false }, variance: { shape, trainable: false }, count: { shape: [], trainable: false } };
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { axis: [...this.axis], mean: this.mean, variance: this.variance, invert: this.invert };
  }
}

/**
 * Normalizes the input to mean 0 and variance 1 per position of the kept axes (default the last).
 * Without `mean` and `variance` it has 2 * (product of the kept sizes) + 1 non-trainable weights, set by
 * `adapt()` in Keras; with them, none. The shape is unchanged.
 *
 * @example
 * ```ts
 * normalization()(input({ shape: [224, 224, 3] }));                                    // 7 non-trainable params
 * normalization({ mean: [0.485, 0.456, 0.406], variance: [0.052, 0.05, 0.051] })(x);   // no weights
 * ```
 */
export function normalization<const o extends OptionsCall<NormalizationOptions> & AnyKeys = {}>(
  options?: CheckedOptions<checkNormalization<o>, o, NormalizationOptions>,
): Normalization<config<o, shapeKeys>>;
export function normalization(options: unknown = {}): unknown {
  return new NormalizationLayer(readOptions(options) as NormalizationOptions);
}
