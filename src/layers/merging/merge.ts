/**
 * What the merge layers share: they take a list of tensors. The element-wise ones (Add, and later
 * Subtract, Multiply, Average, Maximum, Minimum) also share Keras 3's shape rule: shapes are aligned on
 * the right, a size of 1 stretches to the other size, an unknown size gives an unknown size, and known
 * batch sizes must agree.
 */
import type { Dim } from "../../core/arith.js";
import { fail, type ShapeErr } from "../../core/errors.js";
import { BaseLayer, describe, notATensor, type Rule } from "../../core/layer.js";
import { formatShape, type IsKnown, type Shape } from "../../core/shape.js";
import { SymbolicTensor } from "../../core/tensor.js";

export type noInputs<layer extends string, call extends string> =
  `${layer} needs a list of at least one tensor, but got an empty list. Fix: pass the tensors to merge in an array: ${call}()([a, b]).`;
export const noInputs = <layer extends string, call extends string>(layer: layer, call: call): noInputs<layer, call> =>
  `${layer} needs a list of at least one tensor, but got an empty list. Fix: pass the tensors to merge in an array: ${call}()([a, b]).`;

export type notAList<layer extends string, got extends string, call extends string> =
  `${layer} takes a list of tensors, but got ${got}. Fix: put the tensors to merge in an array: ${call}()([a, b]).`;
export const notAList = <layer extends string, got extends string, call extends string>(layer: layer, got: got, call: call): notAList<layer, got, call> =>
  `${layer} takes a list of tensors, but got ${got}. Fix: put the tensors to merge in an array: ${call}()([a, b]).`;

export type mergeMismatch<layer extends string, k extends string, got extends string, before extends string, axis extends string, a extends string, b extends string> =
  `${layer} needs inputs of the same shape (a size of 1 broadcasts), but input ${k} is ${got} while ${before}: axis ${axis} is ${a} vs ${b}. Fix: make every branch end in the same shape (for the last axis, the same units in their last Dense layers, or filters in their last Conv layers).`;
export const mergeMismatch = <layer extends string, k extends string, got extends string, before extends string, axis extends string, a extends string, b extends string>(
  layer: layer, k: k, got: got, before: before, axis: axis, a: a, b: b,
): mergeMismatch<layer, k, got, before, axis, a, b> =>
  `${layer} needs inputs of the same shape (a size of 1 broadcasts), but input ${k} is ${got} while ${before}: axis ${axis} is ${a} vs ${b}. Fix: make every branch end in the same shape (for the last axis, the same units in their last Dense layers, or filters in their last Conv layers).`;

export type batchMismatch<layer extends string, k extends string, b extends string, before extends string> =
  `${layer} cannot merge tensors with different batch sizes, but input ${k} has batch size ${b} while the inputs before it have ${before}. Fix: give every input the same batchSize, or leave it out (None).`;
export const batchMismatch = <layer extends string, k extends string, b extends string, before extends string>(
  layer: layer, k: k, b: b, before: before,
): batchMismatch<layer, k, b, before> =>
  `${layer} cannot merge tensors with different batch sizes, but input ${k} has batch size ${b} while the inputs before it have ${before}. Fix: give every input the same batchSize, or leave it out (None).`;

export type exactlyTwo<layer extends string, got extends string, fix extends string> =
  `${layer} takes exactly two tensors, but got a list of ${got}. Fix: ${fix}.`;
export const exactlyTwo = <layer extends string, got extends string, fix extends string>(layer: layer, got: got, fix: fix): exactlyTwo<layer, got, fix> =>
  `${layer} takes exactly two tensors, but got a list of ${got}. Fix: ${fix}.`;

/** How a merge message names what input `k` is compared with: input 0, or what the inputs before it give. */
export type before<k extends number, acc extends string> = k extends 1 ? `input 0 is ${acc}` : `the inputs before it give ${acc}`;
export const before = (k: number, acc: string): string => (k === 1 ? `input 0 is ${acc}` : `the inputs before it give ${acc}`);

// --- type level --------------------------------------------------------------------------------------

/** One axis of an element-wise merge, or `[x, y]` when the two sizes cannot broadcast. */
type mergeDim<x, y> = [x] extends [null]
  ? null
  : [y] extends [null]
    ? null
    : IsKnown<x> extends true
      ? IsKnown<y> extends true
        ? [x] extends [1] ? y : [y] extends [1] ? x : [x] extends [y] ? x : [x, y]
        : [x] extends [1] ? y : x
      : IsKnown<y> extends true
        ? [y] extends [1] ? x : y
        : x | y;

/** Right-aligned broadcast of two shapes, or `{ axis, a, b }` for the first axis (from the right) that fails. */
type broadcast<a extends Shape, b extends Shape, res extends Shape = [], n extends unknown[] = [unknown]> =
  a extends readonly [...infer ai extends Shape, infer x]
    ? b extends readonly [...infer bi extends Shape, infer y]
      ? mergeDim<x, y> extends [infer p, infer q]
        ? { axis: `-${n["length"]}`; a: p; b: q }
        : broadcast<ai, bi, [mergeDim<x, y> & Dim, ...res], [...n, unknown]>
      : [...a, ...res]
    : [...b, ...res];

type mergeFold<layer extends string, ts extends readonly Shape[], batch, acc extends Shape, k extends unknown[]> =
  ts extends readonly [infer s extends Shape, ...infer rest extends readonly Shape[]]
    ? s extends readonly [infer b, ...infer r extends Shape]
      ? IsKnown<b> extends true
        ? IsKnown<batch> extends true
          ? [b] extends [batch]
            ? mergeStep<layer, rest, b, acc, r, s, k>
            : ShapeErr<batchMismatch<layer, `${k["length"]}`, `${b & number}`, `${batch & number}`>>
          : mergeStep<layer, rest, b, acc, r, s, k>
        : mergeStep<layer, rest, batch, acc, r, s, k>
      : mergeStep<layer, rest, batch, acc, [], s, k>
    : [batch, ...acc];
/**
 * An input whose sizes after the batch axis are those of the inputs before it (the same types, as in a
 * residual connection) leaves them as they are, without the walk of `broadcast`. Not when a size is
 * `any`, which `broadcast` reads as unknown (the first test: `any` fits `null`; so does the compiler's
 * stand-in for a helper's type parameter, which `0 extends 1 & ...` would turn into a possible error at
 * a block generic over a layer option, `residual(dense({ units }))`), nor when every size is `null`.
 */
type mergeStep<layer extends string, rest extends readonly Shape[], batch, acc extends Shape, r extends Shape, s extends Shape, k extends unknown[]> =
  [acc[number] | r[number]] extends [null]
    ? mergeWalk<layer, rest, batch, acc, r, s, k>
    : [acc, r] extends [r, acc]
      ? mergeFold<layer, rest, batch, acc, [...k, unknown]>
      : mergeWalk<layer, rest, batch, acc, r, s, k>;
type mergeWalk<layer extends string, rest extends readonly Shape[], batch, acc extends Shape, r extends Shape, s extends Shape, k extends unknown[]> =
  broadcast<acc, r> extends infer o
    ? o extends Shape
      ? mergeFold<layer, rest, batch, o, [...k, unknown]>
      : o extends { axis: infer axis extends string; a: infer p; b: infer q }
        ? ShapeErr<mergeMismatch<layer, `${k["length"]}`, formatShape<s>, before<k["length"], formatShape<[batch & Dim, ...acc]>>, axis, `${p & number}`, `${q & number}`>>
        : never
    : never;

/** The element-wise merge rule over a tuple of shapes. */
export type mergeShape<layer extends string, call extends string, ts> = ts extends readonly [
  infer s0 extends Shape,
  ...infer rest extends readonly Shape[],
]
  ? s0 extends readonly [infer b0, ...infer r0 extends Shape]
    ? mergeFold<layer, rest, b0, r0, [unknown]>
    : mergeFold<layer, rest, null, [], [unknown]>
  : ShapeErr<noInputs<layer, call>>;

/** Rule of the element-wise merge layers. */
export interface ElementwiseRule<layer extends string, call extends string> extends Rule {
  readonly layer: layer;
  readonly output: mergeShape<layer, call, this["input"]>;
  readonly weights: [];
}

// --- run time ----------------------------------------------------------------------------------------

const mergeDim = (x: Dim, y: Dim): Dim | undefined =>
  x === null || y === null ? null : x === 1 ? y : y === 1 ? x : x === y ? x : undefined;

/** Runtime twin of the merge layers: they take an array of tensors. */
export abstract class MergeBase extends BaseLayer<readonly Shape[]> {
  /** How users call this layer: `add`, `concatenate`. */
  protected get call(): string {
    return this.className[0]!.toLowerCase() + this.className.slice(1);
  }
  /** For the layers that take exactly two tensors (Subtract, Dot), what to do instead, for `exactlyTwo`. */
  protected get twoFix(): string | undefined {
    return undefined;
  }
  protected inputOf(xs: unknown): { tensors: SymbolicTensor[]; shape: readonly Shape[] } {
    if (!Array.isArray(xs)) return fail(notAList(this.className, describe(xs), this.call), this.name);
    for (const x of xs) if (!(x instanceof SymbolicTensor)) fail(notATensor(this.className, describe(x)), this.name);
    const two = this.twoFix;
    if (two !== undefined && xs.length !== 2) fail(exactlyTwo(this.className, String(xs.length), two), this.name);
    if (xs.length === 0) fail(noInputs(this.className, this.call), this.name);
    return { tensors: xs, shape: xs.map((x: SymbolicTensor) => x.shape) };
  }
}

/** Runtime twin of `ElementwiseRule`. */
export abstract class ElementwiseMerge extends MergeBase {
  computeOutputShape(shapes: readonly Shape[]): Shape {
    let batch: Dim = shapes[0]![0] ?? null;
    let acc: Dim[] = shapes[0]!.slice(1);
    for (let k = 1; k < shapes.length; k++) {
      const s = shapes[k]!;
      const b = s[0] ?? null;
      if (b !== null && batch !== null && b !== batch)
        fail(batchMismatch(this.className, String(k), String(b), String(batch)), this.name);
      if (b !== null) batch = b;
      const r = s.slice(1);
      const out: Dim[] = [];
      const n = Math.max(acc.length, r.length);
      for (let i = 1; i <= n; i++) {
        const x = acc[acc.length - i];
        const y = r[r.length - i];
        if (x === undefined || y === undefined) {
          out.unshift((x === undefined ? y : x) as Dim);
          continue;
        }
        const d = mergeDim(x, y);
        if (d === undefined)
          fail(mergeMismatch(this.className, String(k), formatShape(s), before(k, formatShape([batch, ...acc])), `-${i}`, String(x), String(y)), this.name);
        out.unshift(d as Dim);
      }
      acc = out;
    }
    return [batch, ...acc];
  }
}
