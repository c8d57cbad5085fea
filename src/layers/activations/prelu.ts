/**
 * PReLU: a leaky ReLU whose slope below 0, `alpha`, is trained, one value per element of a sample
 * (`input_shape[1:]`), or shared (size 1) along `sharedAxes`. The shape is unchanged.
 *
 * ```ts
 * prelu()(input({ shape: [8, 8, 3] }));                      // alpha [8, 8, 3]: 192 params
 * prelu({ sharedAxes: [1, 2] })(input({ shape: [8, 8, 3] })); // alpha [1, 1, 3]: 3 params
 * ```
 */
import type { IsPositiveInt, Lte } from "../../core/arith.js";
import { fail, type CheckedOptions, type ShapeErr } from "../../core/errors.js";
import { SingleInputLayer, type BaseLayerOptions, type Layer, type Rule, type WeightSpec } from "../../core/layer.js";
import { baseKeys, checkKeys, formatOption, type AnyKeys, type checkKnownKeys } from "../../core/options.js";
import { formatShape, type Dim, type IsKnown, type Shape } from "../../core/shape.js";
import type { axisLists } from "../normalization/axes.js";
import { readOptions } from "../../core/read-options.js";
import { initializer } from "../../core/keras-config.js";

export interface PReLUOptions extends BaseLayerOptions {
  /** The axes (counted from 1, after the batch axis) along which one `alpha` is shared, e.g. `[1, 2]` for an image's rows and columns. */
  readonly sharedAxes?: number | readonly number[];
}
const preluKeys = ["sharedAxes", ...baseKeys] as const;

// --- messages ----------------------------------------------------------------------------------------

export type preluUnknown<k extends string, got extends string> =
  `PReLU needs axis ${k} of its input defined, since its alpha weight has one value per element along it, but got ${got}. Fix: give that axis a size in the input shape, or share alpha along it: sharedAxes: [${k}].`;
export const preluUnknown = <k extends string, got extends string>(k: k, got: got): preluUnknown<k, got> =>
  `PReLU needs axis ${k} of its input defined, since its alpha weight has one value per element along it, but got ${got}. Fix: give that axis a size in the input shape, or share alpha along it: sharedAxes: [${k}].`;

export type preluSharedAxis<axes extends string, axis extends string, got extends string, last extends string> =
  `PReLU: sharedAxes ${axes} names axis ${axis}, which is not an axis of ${got} after its batch axis (1 to ${last}). Fix: list axes from 1 to ${last}, e.g. sharedAxes: [1, 2] to share alpha across an image's rows and columns.`;
export const preluSharedAxis = <axes extends string, axis extends string, got extends string, last extends string>(
  axes: axes, axis: axis, got: got, last: last,
): preluSharedAxis<axes, axis, got, last> =>
  `PReLU: sharedAxes ${axes} names axis ${axis}, which is not an axis of ${got} after its batch axis (1 to ${last}). Fix: list axes from 1 to ${last}, e.g. sharedAxes: [1, 2] to share alpha across an image's rows and columns.`;

// --- type level --------------------------------------------------------------------------------------

/** The shared axes as a union (`[1, 2]` is `1 | 2`), `never` for none. */
type sharedOf<a> = [a] extends [undefined] ? never : a extends readonly unknown[] ? a[number] : a;
/** Whether every shared axis is a literal the compiler knows (else the weight's shape is not known). */
type sharedKnown<a> = 0 extends 1 & a ? false : [a] extends [undefined] ? true : a extends readonly unknown[] ? (number extends a["length"] ? false : allKnown<a>) : IsKnown<a>;
type allKnown<as extends readonly unknown[]> = as extends readonly [infer x, ...infer rest] ? (IsKnown<x> extends true ? allKnown<rest> : false) : true;
/** The shared axes outside 1..`last`. */
type outside<u, last> = u extends unknown ? (IsPositiveInt<u> extends true ? (Lte<u, last> extends true ? never : u) : u) : never;

/** `alpha`'s shape: each size of the sample, 1 on a shared axis; an unknown size not shared is an error. */
type alphaFold<t extends Shape, u, s extends Shape, i extends unknown[] = [unknown], res extends Dim[] = []> =
  t extends readonly [infer d, ...infer r extends Shape]
    ? i["length"] extends u
      ? alphaFold<r, u, s, [...i, unknown], [...res, 1]>
      : [d] extends [null]
        ? ShapeErr<preluUnknown<`${i["length"]}`, formatShape<s>>>
        : alphaFold<r, u, s, [...i, unknown], [...res, d & Dim]>
    : res;

type alphaShape<s extends Shape, a> = a extends readonly unknown[] ? alphaShapes<s, axisLists<a>> : alphaShapeOf<s, a>;
/** Each list of `sharedAxes` (a union of them, from `[2 | 3]`: each member checked as its literal is). */
type alphaShapes<s extends Shape, as> = as extends unknown ? alphaShapeOf<s, as> : never;
type alphaShapeOf<s extends Shape, a> = s extends readonly [Dim, ...infer t extends Shape]
  ? sharedKnown<a> extends false
    ? { [k in keyof t]: number }
    : [outside<sharedOf<a>, t["length"]>] extends [never]
      ? alphaFold<t, sharedOf<a>, s>
      : ShapeErr<preluSharedAxis<formatOption<a>, `${outside<sharedOf<a>, t["length"]> & number}`, formatShape<s>, `${t["length"]}`>>
    : never;

export interface PReLURule<a> extends Rule {
  readonly layer: "PReLU";
  readonly alpha: this["input"] extends infer s extends Shape ? alphaShape<s, a> : never;
  /** The errors among the shapes of every possible `sharedAxes` (a union fails if any member fails). */
  readonly alphaErrors: Extract<this["alpha"], ShapeErr<string>>;
  readonly output: [this["alphaErrors"]] extends [never] ? this["input"] : this["alphaErrors"];
  readonly weights: [this["alphaErrors"]] extends [never] ? [["alpha", this["alpha"]]] : [];
}

/** A PReLU layer type; `a` is its `sharedAxes` (`undefined`: none). */
export interface PReLU<a = undefined> extends Layer<PReLURule<a>, undefined> {
  readonly className: "PReLU";
  /**
   * The shared axes as a list, `null` when none, as at run time. It also tells two PReLUs apart: without a
   * member that reads `a`, the compiler took `PReLU<[1, 2]>` and `PReLU<undefined>` for one type, and
   * `c ? prelu({ sharedAxes: [1, 2] }) : prelu({})` was typed as one member (its count 192 on an 8x8x3
   * input where the runtime gives 3 for the other).
   */
  readonly sharedAxes: sharedAxesOf<a>;
}
type sharedAxesOf<a> = a extends undefined ? null : a extends readonly unknown[] ? a : [a];

// --- run time ----------------------------------------------------------------------------------------

class PReLULayer extends SingleInputLayer {
  /** `sharedAxes` as given, for messages. */
  readonly #given: unknown;
  readonly sharedAxes: readonly number[] | null;
  constructor(o: PReLUOptions) {
    checkKeys("PReLU", o, preluKeys);
    super(o, "PReLU");
    const a = o.sharedAxes;
    this.#given = a;
    this.sharedAxes = a === undefined ? null : Array.isArray(a) ? [...a] : [a as number];
  }
  private alpha(s: Shape): number[] {
    const shared = this.sharedAxes ?? [];
    const last = s.length - 1;
    for (const k of shared)
      if (!(Number.isSafeInteger(k) && k >= 1 && k <= last)) fail(preluSharedAxis(formatOption(this.#given), formatOption(k), formatShape(s), String(last)), this.name);
    return s.slice(1).map((d, j) => {
      if (shared.includes(j + 1)) return 1;
      if (d === null) return fail(preluUnknown(String(j + 1), formatShape(s)), this.name);
      return d;
    });
  }
  computeOutputShape(s: Shape): Shape {
    this.alpha(s);
    return s;
  }
  override weightSpecs(s: Shape): Record<string, WeightSpec> {
    return { alpha: { shape: this.alpha(s) } };
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return {
      alpha_initializer: initializer("Zeros"), alpha_regularizer: null, alpha_constraint: null,
      shared_axes: this.sharedAxes === null ? null : [...this.sharedAxes],
    };
  }
}

/**
 * The parametric ReLU: `x` above 0, `alpha * x` below, with `alpha` trained per element of a sample,
 * or shared along `sharedAxes` (counted from 1). The shape is unchanged.
 *
 * @example
 * ```ts
 * prelu({ sharedAxes: [1, 2] })(input({ shape: [32, 32, 16] }));   // SymbolicTensor<[null, 32, 32, 16]>: alpha [1, 1, 16]
 * ```
 */
export function prelu<const o extends PReLUOptions & AnyKeys = {}>(
  options?: CheckedOptions<checkKnownKeys<"PReLU", o, typeof preluKeys>, o, PReLUOptions>,
): PReLU<o extends { readonly sharedAxes: infer a } ? a : undefined>;
export function prelu(options: unknown = {}): unknown {
  return new PReLULayer(readOptions(options) as PReLUOptions);
}
