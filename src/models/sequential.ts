/**
 * Sequential: a plain stack of layers, each taking the previous one's output. The first layer carries
 * the input shape (`inputShape`, `inputDim`, `batchInputShape`/`batchShape`, with `batchSize`), or the
 * stack starts with an `input()` tensor as Keras 3 recommends.
 *
 * ```ts
 * const s = sequential()
 *   .add(dense({ units: 4, inputShape: [3] }))   // Sequential<[null, 3], [null, 4]>
 *   .add(dense({ units: 1 }));                   // Sequential<[null, 3], [null, 1]>
 * ```
 */
import { fail, type Checked, type CheckedCall, type CheckedOptions, type Failed, type firstErr, type fromFailed, type messageOf, type OptionErr, type ShapeErr, type Wildcard } from "../core/errors.js";
import type { Gt, SumAdd, SumStart, SumTotal } from "../core/arith.js";
import {
  BaseLayer,
  describe,
  structureChanged,
  type AnyLayer,
  type AddLayerParams,
  type Apply,
  type ApplyRule,
  type callOne,
  type Output,
  type shapeOf,
  type listDepth,
  type BlockRule,
  type declaredKey,
  type depthKey,
  type Fold,
  type FoldParams,
  type maxNesting,
  type ruleKey,
  type tooDeep,
  type TooDeep,
} from "../core/layer.js";
import { formatShape, type Dim, type Shape } from "../core/shape.js";
import { SymbolicTensor } from "../core/tensor.js";
import { blockInput, InputLayer } from "../layers/core/input.js";
import { checkKeys } from "../core/options.js";
import { ModelBase, type anyBatch, type ModelInfo, type modelOutput } from "./model.js";
import type { SummaryInput, SummaryOptions } from "./summary.js";
import { notAnOptionList, readOptions } from "../core/read-options.js";
import { Placement } from "../core/placement.js";
import { formatOption } from "../core/options.js";

// --- messages ----------------------------------------------------------------------------------------

export type noInputShape<name extends string> =
  `${name}: the model has no input shape, so its shapes and weights are not known. Fix: give the first layer an input shape, e.g. dense({ units: 4, inputShape: [3] }), or add input({ shape: [3] }) first.`;
export const noInputShape = <name extends string>(name: name): noInputShape<name> =>
  `${name}: the model has no input shape, so its shapes and weights are not known. Fix: give the first layer an input shape, e.g. dense({ units: 4, inputShape: [3] }), or add input({ shape: [3] }) first.`;

export type noLayers =
  "Sequential: the model has no input shape, as it has no layers. If you added them with model.add(...) written as statements, the variable kept the type it was declared with. Fix: chain the calls, sequential().add(input({ shape: [3] })).add(dense({ units: 4 })), or use what .add returns.";
export const noLayers: noLayers =
  "Sequential: the model has no input shape, as it has no layers. If you added them with model.add(...) written as statements, the variable kept the type it was declared with. Fix: chain the calls, sequential().add(input({ shape: [3] })).add(dense({ units: 4 })), or use what .add returns.";
/** Why a Sequential with no input shape has no shapes: no layers at all (the usual cause: `.add` as a statement), or none with an input shape. */
type unbuilt<o> = [o] extends [readonly []] ? noLayers : noInputShape<"Sequential">;

export type inputNotFirst<got extends string> =
  `Sequential: an input() tensor can only be the first thing added, but the model already has an input or layers, and shape ${got}. Fix: add input({ shape: [...] }) once, before any layer.`;
export const inputNotFirst = <got extends string>(got: got): inputNotFirst<got> =>
  `Sequential: an input() tensor can only be the first thing added, but the model already has an input or layers, and shape ${got}. Fix: add input({ shape: [...] }) once, before any layer.`;

export type notALayer<got extends string> =
  `Sequential: add() takes a layer or an input() tensor, but got ${got}. Fix: add a layer such as dense({ units: 4 }).`;
export const notALayer = <got extends string>(got: got): notALayer<got> =>
  `Sequential: add() takes a layer or an input() tensor, but got ${got}. Fix: add a layer such as dense({ units: 4 }).`;

export type batchTwice<declared extends string, given extends string, fix extends string> =
  `The declared input ${declared} starts with None twice: inputShape leaves out the batch axis, so inputShape: ${given} adds one more. Fix: if its first null is the batch axis, write inputShape: ${fix}.`;
export const batchTwice = <declared extends string, given extends string, fix extends string>(
  declared: declared,
  given: given,
  fix: fix,
): batchTwice<declared, given, fix> =>
  `The declared input ${declared} starts with None twice: inputShape leaves out the batch axis, so inputShape: ${given} adds one more. Fix: if its first null is the batch axis, write inputShape: ${fix}.`;

export type batchInShape<declared extends string, n extends string, fix extends string> =
  `inputShape leaves out the batch axis, so the declared input is ${declared}. Fix: if the first size (${n}) is the number of samples, write inputShape: ${fix}, and batchSize: ${n} for a fixed batch.`;
export const batchInShape = <declared extends string, n extends string, fix extends string>(
  declared: declared,
  n: n,
  fix: fix,
): batchInShape<declared, n, fix> =>
  `inputShape leaves out the batch axis, so the declared input is ${declared}. Fix: if the first size (${n}) is the number of samples, write inputShape: ${fix}, and batchSize: ${n} for a fixed batch.`;

export type layerAt<k extends string, message extends string> = `Sequential layer ${k}: ${message}`;
export const layerAt = <k extends string, message extends string>(k: k, message: message): layerAt<k, message> =>
  `Sequential layer ${k}: ${message}`;

// --- type level --------------------------------------------------------------------------------------

/**
 * A Sequential model. Once it knows its input, `i` is its batch input shape, `o` its output shape and
 * `p` its parameter count: `Sequential<[null, 3], [null, 1], Params<21>>`. Before that, `i` is `undefined` and
 * `o` lists the layers added so far and `p` is `Params<number>`: `Sequential<undefined, [Dense<4>], Params<number>>`. Such a model is a block: call
 * it on a tensor and it stacks its layers on that tensor's shape, as Keras builds a Sequential on its
 * first call; its summary and parameters before that are errors.
 */
export interface Sequential<i extends Shape | undefined = Shape | undefined, o = unknown, p = Params> extends ModelInfo {
  /** Calls the model as a layer: its layers in turn, one row in an outer model's summary, weights shared between calls. */
  <const t extends SymbolicTensor | readonly SymbolicTensor[]>(x: Checked<callOne<SequentialRule<i, o, p>, anyBatch<i>, t>, t>): SymbolicTensor<Output<this, shapeOf<t>>>;
  apply<const t extends SymbolicTensor | readonly SymbolicTensor[]>(x: Checked<callOne<SequentialRule<i, o, p>, anyBatch<i>, t>, t>): SymbolicTensor<Output<this, shapeOf<t>>>;
  /** Adds a layer (or, first of all, an `input()` tensor); the result is typed with the new output shape. */
  add<const l extends AnyLayer | SymbolicTensor>(
    layer: CheckedCall<next<[i, o, p], l>, l>,
  ): SequentialAfter<this, l>;
  readonly className: "Sequential";
  readonly inputShape: [i] extends [undefined] ? ShapeErr<unbuilt<o>> : i;
  readonly outputShape: [i] extends [undefined] ? ShapeErr<unbuilt<o>> : o;
  readonly batchInputShape: i;
  readonly summary: built<i, o> extends infer m extends string ? Unusable<m> : (options?: SummaryOptions) => string;
  /** The number of weights; its type is the exact count once the model has an input shape: `countParams(): 21`. */
  readonly countParams: built<i, o> extends infer m extends string ? Unusable<m> : () => countOf<p>;
  /** @internal */
  readonly [ruleKey]: SequentialRule<i, o, p>;
  /** @internal A built model takes any batch size, as Keras's input_spec drops it. */
  readonly [declaredKey]: anyBatch<i>;
  /** @internal A built model's rule is cheap (its shapes are known); a block's runs its layers' rules. */
  readonly [depthKey]: [i] extends [undefined] ? listDepth<o> : 1;
  /** @internal The state, for `SequentialAfter` (what `.add` gives). */
  readonly [stateKey]: [i, o, p];
}
declare const stateKey: unique symbol;
/** @internal What `SequentialAfter` reads from the model `.add` is called on. */
export interface SequentialState {
  readonly [stateKey]: readonly [Shape | undefined, unknown, unknown];
}

/**
 * A Sequential's parameter count, as its type shows it: `Sequential<[null, 3], [null, 1], Params<21>>`.
 * A model built from a `layers` list sums its weights only when the count is read (`countParams()`,
 * `ParamCount<>`, a hover of the model): the compiler computes a type argument written inside this
 * interface only when something reads it, and a list's weight sums were about two thirds of what a list
 * of Dense layers costs to check (issue 17). A plain number there would be computed with the model.
 */
export interface Params<n extends number = number> {
  readonly params: n;
}
/** The count a `Params<n>` holds (`n`, computed here if it was not yet), or a count `.add` started from (`0`). */
export type countOf<p> = p extends Params<infer n> ? n : p extends number ? p : number;

/** A Sequential's rule as a layer: a built one takes its input shape and gives its output; a block folds its layers. */
export interface SequentialRule<i, o, p> extends BlockRule {
  readonly layer: "Sequential";
  readonly output: [i] extends [undefined] ? (o extends readonly AnyLayer[] ? Fold<o, this["input"]> : Dim[]) : modelOutput<"Sequential", i, o, this["input"]>;
  readonly blockParams: [i] extends [undefined] ? (o extends readonly AnyLayer[] ? FoldParams<o, this["input"]> : number) : countOf<p>;
  readonly weights: [["params", [this["blockParams"]]]];
}

/**
 * What `summary` and `countParams` are on a Sequential that cannot answer them yet (no input shape, or a
 * layer that could not take its input): a call is an error whose text is the reason, and a hover shows
 * this name, not a method with a `this:` parameter.
 */
export interface Unusable<reason extends string> {
  // `string` is not a reason: it is what the compiler calls with inside a helper generic over the model's
  // shapes or a layer's option (the union of both branches, `m` at its constraint), where the model may
  // well be usable, so such a call is not refused there; the helper's call site is checked exactly.
  (this: string extends reason ? unknown : reason, options?: SummaryOptions): never;
}

/**
 * Why a model cannot be exported, converted or drawn yet, as its summary says (a Sequential without an
 * input shape, or with a layer that could not take its input); `never` for a usable model, an unknown
 * value, or inside a helper generic over the model (reason `string`, as `Unusable` reads it).
 */
export type unusableReason<m> = m extends { readonly summary: Unusable<infer r> } ? (string extends r ? never : r) : never;
/** A model argument that must be usable (`toKerasJSON`, `toTfjs`, `toDot`, ...): the argument, or the reason as its type. */
export type UsableModelArg<m> = [unusableReason<m>] extends [never] ? m : unusableReason<m>;

/**
 * Whether the model's summary and count can be asked for: not without an input shape, and not when a
 * layer could not take its input (`o` is `Failed<...>`): a direct call reported that at the layer, but
 * in a helper generic over its tensor this is the first place the compiler can say it.
 */
type built<i, o> = [i] extends [undefined]
  ? unbuilt<o>
  : [Dim[]] extends [o] ? unknown : [o] extends [Failed<infer m>] ? fromFailed<m> : unknown;
/**
 * The state `[input, output or layers, params]` after `.add(l)` on a `Sequential<i, o, p>`, and after a
 * `layers` list in options `o`. Exported from the package entry, with `inputOf`, `outputOf`, `paramsOf` and
 * `listParams` (as `SequentialInput`, `SequentialOutput`, `SequentialParams`, `SequentialListParams`), only so that declaration emit can name a
 * model built inside an exported helper generic over its tensor or a layer option, where the state stays
 * an open type: unnamed, the emitter would inline the state at each of its uses, growing exponentially
 * with each `.add`. A concrete model never shows them: its state is a plain `[i, o, p]`.
 */
export type SequentialAdded<i extends Shape | undefined, o, p, l> = [anyError<next<[i, o, p], l>>] extends [ShapeErr<string>] ? afterError<i, anyError<next<[i, o, p], l>>> : next<[i, o, p], l>;
/**
 * The errors of a step if it has any, else the step. A union of layers (`c ? dense(...) : lstm(...)`)
 * gives one result a member, and a member that cannot take the input gave an error beside the others'
 * states, which passed as a state of unknown shapes (`[null, 4] | Dim[]`) with no error.
 */
type anyError<n> = [errorsIn<n>] extends [never] ? n : errorsIn<n>;
type errorsIn<n> = n extends infer e extends ShapeErr<string> ? e : never;
/**
 * The model `.add(l)` gives on model `m`: `Sequential<input, output, params>` of the state after the step.
 * Written as one conditional on the step (always true), so that where the step stays open (a helper
 * generic over its tensor) the result is this name with the model before it, and declaration emit prints
 * each step once, a line a step; spelled out as a `Sequential` of three parts of the state, each part
 * named the whole chain before it, and the emitted type grew 3x a step (7 steps: 360 KB). A concrete
 * step resolves to the plain `Sequential<[null, 3], [null, 4], Params<16>>`.
 */
export type SequentialAfter<m extends SequentialState, l> = stepOf<m, l> extends unknown
  ? Sequential<inputOf<stepOf<m, l>>, outputOf<stepOf<m, l>>, paramsOf<stepOf<m, l>>>
  : never;
type stepOf<m extends SequentialState, l> = SequentialAdded<m[typeof stateKey][0], m[typeof stateKey][1], m[typeof stateKey][2], l>;
export type SequentialListed<o> = [modelOf<o>] extends [ShapeErr<string>] ? listError<modelOf<o>> : modelOf<o>;
/**
 * The parts of a state `[input, output or layers, params]`. The model types are built from them, not
 * from the state as a whole, so that inside a helper generic over its tensor's shape (where the state
 * stays an open type) the result is still a Sequential, with `add`, `summary` and the rest.
 */
export type inputOf<st> = st extends readonly [infer i extends Shape | undefined, unknown, unknown] ? i : Dim[];
export type outputOf<st> = st extends readonly [unknown, infer o, unknown] ? o : Dim[];
/** The count, or `number` while there is no input shape (the weights are not known: `0` would read as none). */
export type paramsOf<st> = rawParams<st> extends infer n extends number ? Params<n> : never;
/** The count of a state, or of each state of a union of them (a union of layers). */
type rawParams<st> = st extends readonly [infer i, unknown, infer p extends number] ? ([i] extends [undefined] ? number : p) : number;
/**
 * The count of a model built from options `o` whose list gave state `st`: its weights are summed when
 * the count is read (see `Params`), from the list's layers on the shapes the list's fold gave them, which
 * the compiler has cached. `Params<listCount<...>>` is written in a conditional's branch so that the
 * compiler keeps its argument unevaluated (a deferred reference) and gives it no alias name.
 */
export type listParams<o, st> = st extends readonly [infer i, unknown, infer p]
  ? [i] extends [undefined]
    ? Params
    : p extends SumStart
      ? Params<listCount<layersOf<o>>>
      : Params
  : Params;
/**
 * The weights of a built list's layers, from its `input()` tensor's shape or from the input its first layer
 * declares: each layer's weights on the shape the layer before gives it (the rules' results are cached from
 * the list's fold, which checked them). A union of layers is followed member by member, so a union of
 * counts comes out, as `.add` gives it.
 */
type listCount<ls> = ls extends readonly unknown[]
  ? ls[0] extends SymbolicTensor<infer s>
    ? SumTotal<countLayers<ls, s, SumStart, [0]>>
    : SumTotal<countLayers<ls, declared<ls[0]>, SumStart, []>>
  : number;
/**
 * The sum from the `k`-th entry on, two entries a step (tail recursive, for lists of up to 1,000). The
 * entries are read by index: matching the list against `[infer a, infer b, ...infer rest]` cost
 * EfficientNet-B0's list about 9,000 instantiations more (30 entries, most of them blocks).
 */
type countLayers<ls extends readonly unknown[], s, acc, k extends unknown[], u extends unknown[] = []> = k["length"] extends ls["length"]
  ? acc
  : switched<ls[k["length"]], u> extends infer ua extends unknown[]
    ? ua["length"] extends maxSwitches
      ? SumAdd<acc, number>
      : ls[k["length"]] extends infer a
        ? a extends AnyLayer
          ? [...k, 0]["length"] extends ls["length"]
            ? AddLayerParams<acc, a, s>
            : switched<ls[[...k, 0]["length"]], ua> extends infer ub extends unknown[]
              ? ub["length"] extends maxSwitches
                ? SumAdd<acc, number>
                : ls[[...k, 0]["length"]] extends infer b
                  ? b extends AnyLayer
                    ? Apply<a, s> extends infer s1
                      ? countLayers<ls, Apply<b, s1>, AddLayerParams<AddLayerParams<acc, a, s>, b, s1>, [...k, 0, 0], ub>
                      : never
                    : acc
                  : never
              : never
          : acc
        : never
    : never;
/**
 * The switches (unions of layers) met so far, `u`, with entry `e` if it is one (read before the walk
 * splits into the entry's members, where the compiler reads the entry as the member). Each switch
 * doubles the walks that follow it, so past `maxSwitches - 1` of them the count is `number`: at 15 the
 * compiler stopped with TS2589 and the count read `any` (review s11, finding 12); 10 cost a list about
 * 435,000 instantiations, 8 of one repeated switch about 22,000.
 */
type switched<e, u extends unknown[]> = true extends isSwitch<e> ? [...u, 0] : u;
type isSwitch<e, all = e> = e extends unknown ? ([all] extends [e] ? false : true) : never;
type maxSwitches = 9;
/**
 * The model after step `e` failed: when it had no input shape yet, a model of unknown shapes, so that
 * the mistake is not echoed as "no input shape" by a later summary() or countParams(); else a model
 * whose output is `Failed<the sentence>` and whose count is unknown. Never the model as it was before the
 * step: in a helper generic over its tensor the step's error is not shown at all, and that model would
 * state a confident wrong output. Layers added after it pass the failure on silently.
 */
type afterError<i extends Shape | undefined, e> = [i] extends [undefined] ? [Dim[], Dim[], number] : [i, Failed<messageOf<e>>, number];


/**
 * The state `[input, output or layers, params]` after adding `l`, or a `ShapeErr` saying why `l` cannot be
 * added. `mode` "list": a `layers` list's fold for its shapes (and its check), params not summed: they
 * stay `SumStart` (`number` where a step made them unknown), and `listParams` sums them when they are read.
 * Mode "add" (`.add`): `p` is the model's `Params<n>`, and the step gives the new count as a number.
 */
type next<st, l, mode extends Mode = "add"> = st extends readonly [infer i, infer o, infer p]
  ? [0] extends [1 & l]
    ? [[i] extends [undefined] ? Dim[] : i, Dim[], number]
    : [0] extends [(1 & i) | (1 & o)]
      ? [Dim[], Dim[], number]
      : l extends SymbolicTensor<infer s>
    ? [i] extends [undefined]
      ? o extends readonly [] ? [s, s, zero<mode>] : ShapeErr<inputNotFirst<"(unknown)">>
      : ShapeErr<inputNotFirst<o extends Shape ? formatShape<o> : "(unknown)">>
    : l extends AnyLayer
      ? [i] extends [undefined]
        ? o extends readonly []
          ? declared<l> extends infer d extends Shape
            ? withOutput<d, batchTwiceHint<Apply<l, d>, d, l>, zero<mode>, l, d, mode>
            : TooDeep<l> extends true ? ShapeErr<tooDeep<"Sequential", maxNesting>> : [undefined, [l], zero<mode>]
          : TooDeep<l> extends true
            ? ShapeErr<tooDeep<"Sequential", maxNesting>>
            : [undefined, o extends readonly unknown[] ? [...o, l] : [l], zero<mode>]
        : // `.add` tests for a layer typed only as `AnyLayer` before `Apply` (the result is `withOutput`'s for
          // it, see there): at each `.add` the compiler computes the constraint of the parameter's type (the
          // argument is a layer, with one generic call signature), which runs this step on `l`'s constraint
          // `AnyLayer | SymbolicTensor`, and the `AnyLayer` member ran `Apply` on the model's output, about 30
          // instantiations a step (issue 17). A `layers` list has no such pass, and no test.
          mode extends "add"
          ? unknown extends l[typeof ruleKey]
            ? [i, Dim[], number]
            : withOutput<i, Apply<l, o>, p, l, o, mode>
          : withOutput<i, Apply<l, o>, p, l, o, mode>
      : never
  : never;
/**
 * Mode "list" leaves params to `listParams`; "add" adds the layer's weights to the count at once. The
 * compiler's stand-in for a helper's parameter (see listCheck) gives no error: the helper's call site checks.
 * An output of `never` is a layer whose rule the types cannot read (one typed only as `AnyLayer`: an
 * array's element, a parameter of that type): its output and weights are unknown, so the model goes on
 * with `Dim[]` and a count of `number`. Passed on as `never`, it became `Failed<never>`, whose summary()
 * and countParams() were false errors (`this` of type `never`), and in a list "Sequential layer 1: ${string}".
 */
type withOutput<i, o, p, l extends AnyLayer, from, mode extends Mode> = [o] extends [never]
  ? [i, Dim[], number]
  : [o] extends [Wildcard]
  ? [i, Dim[], number]
  : [o] extends [ShapeErr<string>]
  ? o
  : mode extends "list"
    ? [i, o, p]
    : // in brackets: .add's check meets a wildcard count (see listCheck) inside the state, not as the whole of it.
      // The layer's weights are added to `p` in digit form, as a list adds them (`Add<p, LayerParams<l, from>>`
      // turned the layer's count into a number literal and back: -6.5% on a chain of 50 `.add` calls, issue 17).
      // Summed at each step, not left to a `Params` read later: a chain of such reads would nest one level a
      // layer, and the compiler stops nested evaluation after about a hundred levels.
      [SumTotal<AddLayerParams<SumAdd<SumStart, countOf<p>>, l, from>>] extends [infer q]
      ? [i, o, [q] extends [number] ? q : number]
      : never;
/** How a fold treats params (see `next`). */
type Mode = "add" | "list";
/** No parameters yet. */
type zero<mode extends Mode> = mode extends "add" ? 0 : SumStart;
/** Whether layer `l`'s rule takes the declared input `d` without its second axis (the rule alone: no call is recorded, no weight made). */
const takesWithout = (l: BaseLayer<any>, d: Shape): boolean => {
  try {
    l.computeOutputShapes([null, ...d.slice(2)]);
    return true;
  } catch {
    return false;
  }
};
/** A message without its fix: what is wrong, for a hint whose own fix replaces it. */
type withoutFix<m extends string> = m extends `${infer what} Fix: ${string}` ? what : m;
const withoutFix = (m: string): string => (m.includes(" Fix: ") ? m.slice(0, m.indexOf(" Fix: ")) : m);
type declared<l> = l extends { readonly batchInputShape: infer d } ? d : undefined;
/**
 * A first layer that cannot take the input it declared, but would take it without its second axis:
 * the hint that inputShape leaves the batch axis out, when the declared input starts with None twice,
 * or with None and a size `n` (`inputShape: [30, 50, 50, 3]` on a Conv2D: 30 samples written into the
 * shape; a size the compiler does not know prints as `?`, and the runtime, which knows it, gives the
 * same hint). The hint and its fix come first, as the compiler shows only about 320 characters of a
 * message, and the layer's own fix (give the input that layout) is left out: the hint's is the one.
 */
type batchTwiceHint<o, d, l extends AnyLayer> = [o] extends [ShapeErr<infer m>]
  ? d extends readonly [null, infer n extends number | null, ...infer rest extends Shape]
    ? [ApplyRule<l, [null, ...rest]>] extends [ShapeErr<string> | Failed<string>]
      ? o
      : [n] extends [null]
        ? ShapeErr<`${batchTwice<formatShape<d>, formatOption<[null, ...rest]>, formatOption<rest>>} ${withoutFix<m>}`>
        : ShapeErr<`${batchInShape<formatShape<d>, formatOption<n>, formatOption<rest>>} ${withoutFix<m>}`>
    : o
  : o;

/**
 * Sequential built from a list of layers. A list whose length the compiler does not know (an array,
 * not a tuple) gives a model of unknown shapes, checked at run time.
 */
type fromList<ls extends readonly unknown[]> = number extends ls["length"]
  ? [Dim[], Dim[], number]
  : Gt<ls["length"], maxListLength> extends true
    ? ShapeErr<listTooLong<`${ls["length"]}`, maxListLength>>
    : blockList<ls> extends infer b
      ? [b] extends [false]
        ? ls extends unknown ? foldLayers<[undefined, [], SumStart], ls, "list"> : never // list by list, as a match on a union of lists did
        : b
      : never;
/**
 * The state a list gives without folding it, when it is a block's: every entry a layer (no `input()`
 * tensor, no `any`), the first declaring no input shape, none nested too deep. That is what the fold
 * would give, `[undefined, [...ls], 0]`, in a few tests on the list as a whole, not several a layer: in
 * a helper generic over a layer option (ResNet's bottleneck) each test on a layer that carries the
 * helper's type parameter costs the compiler two copies of that layer's type (it checks such a test
 * with the parameter read as anything and as nothing), and every nesting level repeats them. So the
 * list itself is never tested (`ls extends unknown`, which distributes over a union of lists, makes no
 * copies) and its first entry is read by index, not matched (`[infer first, ...unknown[]]`, and a test
 * of `first` alone, made copies of the list and of its first layer: ResNet50's blocks form -1,700
 * instantiations, issue 17). Anything else (`false`) is folded layer by layer, which says which entry is
 * wrong. An empty list gives `[undefined, [], 0]`, the fold's state but for its count, which a model without
 * an input shape does not read.
 */
type blockList<ls extends readonly unknown[]> = ls extends unknown
  ? [0] extends [1 & ls[number]]
    ? false
    : [ls[number]] extends [infer u extends AnyLayer]
      ? declared<ls[0]> extends Shape
        ? false
        : TooDeep<u> extends true
          ? false
          : [undefined, [...ls], 0]
      : false
  : never;

/**
 * The longest `layers` list the types fold. The compiler stops a fold at about 1,950 layers (TS2589,
 * after which the model's types silently become `any`), and its time and memory grow faster than the
 * length (see README, "Numbers in types"): a list of 1,000 takes about 5 s and 0.8 GB on TypeScript 7,
 * 8 s and 1.3 GB on 5.9. Chained `.add` statements and nested Sequentials grow linearly.
 */
export type maxListLength = 1000;
export const maxListLength: maxListLength = 1000;
export type listTooLong<got extends string, max extends number> =
  `Sequential: a layers list of ${got} entries is longer than the ${max} the compiler follows (its time and memory grow faster than the length, and it gives up near 2,000). Fix: add the layers in .add(...) statements of at most 100 calls each, or group them into nested sequential({ layers: [...] }) blocks.`;
export const listTooLong = <got extends string, max extends number>(got: got, max: max): listTooLong<got, max> =>
  `Sequential: a layers list of ${got} entries is longer than the ${max} the compiler follows (its time and memory grow faster than the length, and it gives up near 2,000). Fix: add the layers in .add(...) statements of at most 100 calls each, or group them into nested sequential({ layers: [...] }) blocks.`;

/**
 * The same fold as chained `.add` calls, over the state `[input, output, params]`. Tail recursive, two
 * layers a step, so that lists of up to about 2,000 layers stay within the compiler's 1,000-step limit.
 * The layers are read by index (`k` counts them): matching the list against `[infer a, infer b, ...infer
 * rest]` cost lists of blocks much more (EfficientNet-B0 -6%, ResNet50 -3% without it; a list of 50
 * Dense layers +0.6%).
 */
type foldLayers<m, ls extends readonly unknown[], mode extends Mode, k extends unknown[] = []> = k["length"] extends ls["length"]
  ? m
  : step<m, ls[k["length"]], mode, k> extends infer n
    ? [n] extends [ShapeErr<string>]
      ? n
      : [...k, unknown]["length"] extends ls["length"]
        ? n
        : step<n, ls[[...k, unknown]["length"]], mode, [...k, unknown]> extends infer n2
          ? [n2] extends [ShapeErr<string>]
            ? n2
            : foldLayers<n2, ls, mode, [...k, unknown, unknown]>
          : never
    : never;
/** One layer `l` (the `k`-th) added to state `m`, with the layer's position in any message. */
type step<m, l, mode extends Mode, k extends unknown[]> = [l] extends [never]
  ? m // while the compiler infers the list, a switch of two calls (`c ? dense(...) : dense(...)`) is `never` for a moment: no error then
  : next<m, l, mode> extends infer n
    ? [n] extends [ShapeErr<infer msg>]
      ? ShapeErr<layerAt<`${k["length"]}`, msg>>
      : [errorsIn<n>] extends [never]
        ? n
        : ShapeErr<layerAt<`${k["length"]}`, messageOf<errorsIn<n>>>>
    : never;

/**
 * The model after its `layers` list failed: of unknown shapes and count, and, when a layer could not take
 * its input (`Sequential layer k: ...`), with an output that carries the sentence, as after a failed
 * `.add` (see `afterError`), so that summary() and countParams() refuse it: in a helper generic over its
 * tensor that is the first place the compiler can say it.
 */
type listError<e> = [Dim[], messageOf<e> extends `Sequential layer ${string}` ? Failed<messageOf<e>> : Dim[], number];
/**
 * The `layers` list of options `o`, or `[]`. Read as `o["layers"]` once the test passed, not by `infer
 * ls extends readonly unknown[]` (found by two branches at once, session 9): with `infer` the compiler
 * related the inferred list to its constraint during `sequential()`'s own inference (VGG16's list: about
 * 4,500 instantiations), and in a helper generic over a layer option, where it checks the test with the
 * helper's parameter read as anything, it compared the whole list with the list inferred from it, layer
 * by layer and rule by rule (a third of ResNet50's blocks form). Same result.
 */
type layersOf<o> = o extends { readonly layers: readonly unknown[] } ? o["layers"] : [];
type modelOf<o> = fromList<layersOf<o>>;
const sequentialKeys = ["layers", "name"] as const;
/** Unknown options, then the layers list, whose first problem is reported at `layers`. */
type checkSequential<o> = firstErr<
  [
    checkKeys<"sequential", o, typeof sequentialKeys>,
    listCheck<modelOf<o>>,
  ]
>;
/**
 * The layers list's problem, at `layers`. In a helper generic over a layer's option the compiler checks
 * the options with the helper's parameter replaced by a wildcard (see `Checked`), which the fold passes on
 * as a wildcard model: that is no error (the call site checks the literal), so it is tested first.
 */
type listCheck<m> = [m] extends [Wildcard] ? "ok" : [m] extends [ShapeErr<infer msg>] ? OptionErr<msg, "layers"> : "ok";

export interface SequentialOptions {
  /** The layers, in order; the first carries the input shape (or put an `input()` tensor first). */
  readonly layers?: readonly (AnyLayer | SymbolicTensor)[];
  /** Defaults to `sequential`, `sequential_1`, ... */
  readonly name?: string;
}

// --- run time ----------------------------------------------------------------------------------------

class SequentialModel extends ModelBase {
  #input: SymbolicTensor | undefined;
  #output: SymbolicTensor | undefined;
  readonly #layers: BaseLayer<any>[] = [];
  readonly #placed = new Placement();
  #declaredByFirst = false;

  constructor(o: SequentialOptions) {
    checkKeys("sequential", o, sequentialKeys);
    if (o.layers !== undefined && !Array.isArray(o.layers))
      fail(notAnOptionList("sequential", "layers", formatOption(o.layers), "[dense({ units: 4, inputShape: [3] }), dense({ units: 1 })]"));
    super(o, "Sequential");
    // A loop, not Array.from with a closure made per model (whose compiled code went with it).
    let k = 0;
    for (const l of o.layers ?? []) {
      try {
        this.add(l);
      } catch (e) {
        if (e instanceof Error && e.name === "ShapeError") e.message = layerAt(String(k), e.message);
        throw e;
      }
      k++;
    }
  }

  static {
    // The input shape it was built for, which a call as a layer must match (add() sets it). On the
    // prototype, made once: a getter made per model was code compiled again after each collection.
    Object.defineProperty(SequentialModel.prototype, "batchInputShape", { get(this: SequentialModel) { return this.#input?.shape; }, configurable: true });
  }

  add(l: unknown): this {
    if (l instanceof SymbolicTensor) {
      if (this.#output !== undefined || this.#layers.length > 0)
        fail(inputNotFirst(this.#output ? formatShape(this.#output.shape) : "(unknown)"));
      this.#input = this.#output = l;
      return this;
    }
    if (!(l instanceof BaseLayer) || l instanceof InputLayer) return fail(notALayer(describe(l)));
    const within = this.#placed.check(this, l);
    let input = this.#input;
    if (this.#output === undefined && this.#layers.length === 0 && l.batchInputShape !== undefined) {
      // As Keras: a first layer with an input shape makes an input layer for the model.
      input = blockInput(l.batchInputShape);
    }
    const from = this.#output ?? input;
    // The model changes only once the layer has accepted its input.
    let output: SymbolicTensor | undefined;
    try {
      output = from === undefined ? undefined : l.applyOne(from);
    } catch (e) {
      const d = input?.shape;
      if (input !== this.#input && e instanceof Error && e.name === "ShapeError" && d !== undefined && d[0] === null && d.length > 1 && takesWithout(l, d))
        e.message = `${d[1] === null ? batchTwice(formatShape(d), formatOption(d.slice(1)), formatOption(d.slice(2))) : batchInShape(formatShape(d), String(d[1]), formatOption(d.slice(2)))} ${withoutFix(e.message)}`;
      throw e;
    }
    if (input !== this.#input) this.#declaredByFirst = true;
    this.#input = input;
    this.#output = output;
    this.#layers.push(l);
    structureChanged();
    this.#placed.record(this, l, within);
    return this;
  }

  /**
   * Called as a layer. Without an input shape yet, it builds on this first input as Keras does (its
   * layers stacked on an input of that shape, so a mistake names the inner layer); after that, an
   * input must fit the shape it was built for, and the weights are shared.
   */
  computeOutputShape(s: Shape): Shape {
    // Built: the same layers on this input (it fits the built shape, checked before), so a batch size flows through.
    // The first layer's own input shape made the model's input; the model checked the call against it, batch excepted.
    if (this.#output !== undefined) return this.#layers.reduce((t, l, k) => l.outputFor(t, !(k === 0 && this.#declaredByFirst)), s);
    let t = blockInput(s);
    const input = t;
    for (const l of this.#layers) t = l.applyOne(t);
    this.#input = input;
    this.#output = t;
    return t.shape;
  }

  #built(): SymbolicTensor {
    return this.#output ?? fail(this.#layers.length === 0 ? noLayers : noInputShape("Sequential"), this.name);
  }
  get layers(): readonly BaseLayer<any>[] {
    return this.#layers;
  }
  get inputShape(): Shape {
    this.#built();
    return this.#input!.shape;
  }
  get outputShape(): Shape {
    return this.#built().shape;
  }
  /** @internal The name of its input layer, which Keras 3's JSON lists first (`input_layer`, or the name given to `input()`). */
  get inputLayerName(): string {
    this.#built();
    return this.#input!.node.layer.name;
  }
  override countParams(): number {
    this.#built();
    return super.countParams();
  }
  protected summaryInput(expandNested: boolean): SummaryInput {
    this.#built();
    return this.summaryOf(true, expandNested);
  }
}

/**
 * A Sequential model: `sequential()` then `.add(layer)` for each layer, or `sequential({ layers: [...] })`.
 * Both give the same types. The first layer carries the input shape, or an `input()` tensor comes first.
 *
 * @example
 * ```ts
 * sequential()
 *   .add(dense({ units: 4, inputShape: [3] }))
 *   .add(dense({ units: 1 }));                       // Sequential<[null, 3], [null, 1]>
 * sequential({ layers: [input({ shape: [3] }), dense({ units: 1 })] }); // Sequential<[null, 3], [null, 1]>
 * ```
 */
export function sequential<const o extends SequentialOptions = {}>(
  options?: CheckedOptions<checkSequential<o>, o, SequentialOptions>,
): Sequential<inputOf<SequentialListed<o>>, outputOf<SequentialListed<o>>, listParams<o, SequentialListed<o>>>;
export function sequential(options: unknown = {}): unknown {
  return new SequentialModel(readOptions(options) as SequentialOptions);
}
