/**
 * What every layer shares: the type-level rule protocol, the public callable layer types, and the
 * runtime base class that calls the same rule on real shapes. A layer file supplies only its rule.
 */
import type { SumAdd, SumAddProducts, SumOfProducts, SumStart, SumTotal } from "./arith.js";
import { fail, type Checked, type CheckedCall, type CheckedList, type Failed, type messageOf, type OkShape, type ShapeErr } from "./errors.js";
import { firstDisagreement, formatShape, type Dim, type Shape } from "./shape.js";
import { SymbolicTensor, type Node } from "./tensor.js";
import { checkBoolean, checkName } from "./read-options.js";
import { checkSafe, safeProduct, safeSum } from "./safe-int.js";
import { placedKey } from "./placement.js";
import type { KerasLayerConfig } from "./keras-config.js";

// ---------------------------------------------------------------------------------------------------
// Type level

/**
 * A layer's type-level rule, in the "this-type" style: set `input` and read `output`. The output is a
 * shape, or a `ShapeErr` whose message the compiler shows at the call. `weights` maps weight names to
 * their shapes for that input.
 */
export interface Rule {
  /** The class name Keras gives the layer: `Dense`. */
  readonly layer: string;
  readonly input: unknown;
  readonly output: unknown;
  readonly weights: unknown;
}

/** Runs a rule on an input shape (or a tuple of shapes, for merge layers). */
export type runRule<r extends Rule, s> = (r & { readonly input: s })["output"];
/** The weight shapes a rule makes for an input. */
export type ruleWeights<r extends Rule, s> = (r & { readonly input: s })["weights"];

/** @internal Keys of the type-only members that carry a layer's rule and declared input. */
export declare const ruleKey: unique symbol;
/** @internal */
export declare const declaredKey: unique symbol;

export type inputMismatch<layer extends string, declared extends string, got extends string> =
  `${layer}: the layer was declared with batch input shape ${declared}, but is called on ${got}. Fix: make the declared inputShape match the data, or leave it out: only the first layer of a Sequential needs it.`;
export const inputMismatch = <layer extends string, declared extends string, got extends string>(
  layer: layer,
  declared: declared,
  got: got,
): inputMismatch<layer, declared, got> =>
  `${layer}: the layer was declared with batch input shape ${declared}, but is called on ${got}. Fix: make the declared inputShape match the data, or leave it out: only the first layer of a Sequential needs it.`;

/**
 * A rule run on a shape, after checking the shape against the input the layer declared (if any). A
 * shape whose rank the compiler does not know (`Dim[]`, as from `t as SymbolicTensor`) gives an
 * output of unknown rank and no error: the runtime checks it. A union of shapes is run member by member.
 * The first test, "could any shape at all be this?", also catches the wildcard the compiler puts in
 * place of a helper's type parameter (see `Checked` in errors.ts), but not `never`, the output of a
 * layer that failed, which stays `never` so that one mistake is reported once.
 */
export type applyRule<r extends Rule, i, s> = [Dim[]] extends [s]
  ? Dim[]
  : [s] extends [never]
    ? never
    : [s] extends [Failed<string>]
      ? s
      : failIfAny<s extends Shape ? (number extends s["length"] ? Dim[] : anyDims<s> extends infer a extends Shape ? applyDeclared<r, i, a> : never) : never>;
/**
 * A shape with an axis typed `any` (written so, or the compiler's stand-in for a helper's type parameter
 * while it checks the helper's body), that axis read as a size not known to the types (`number`), not as
 * None: `[any] extends [null]` holds, so a rule would refuse it ("needs the last axis defined") where
 * the run may well succeed. The runtime checks the real size.
 */
type anyDims<s extends Shape> = [0] extends [1 & s[number]] ? { [k in keyof s]: [0] extends [1 & s[k]] ? number : s[k] } : s;
/** The errors of a union of results if there are any (one failing member fails the call), else the results. */
type failIfAny<o> = [errorsOf<o>] extends [never] ? o : errorsOf<o>[0];
/**
 * The members of `o` that are errors, each in a one-element tuple: `Extract<o, ShapeErr<string>>`
 * without naming `o` in its true branch, where it would be a narrowed "substitution" that the compiler
 * checks by evaluating the rule again whenever a call's inference instantiates it generically (see
 * `checked` in errors.ts).
 */
type errorsOf<o> = o extends infer e extends ShapeErr<string> ? [e] : never;
type applyDeclared<r extends Rule, i, s extends Shape> = [i] extends [undefined]
  ? runRule<r, s>
  : i extends Shape
    ? number extends i["length"]
      ? runRule<r, s>
      : i["length"] extends s["length"]
        ? firstDisagreement<i, s> extends -1
          ? runRule<r, s>
          : ShapeErr<declaredMismatch<r["layer"], formatShape<i>, formatShape<s>>>
        : ShapeErr<declaredMismatch<r["layer"], formatShape<i>, formatShape<s>>>
    : runRule<r, s>;
/** A model called on a tensor its input does not take says so as a model (its input is no option to drop). */
type declaredMismatch<layer extends string, declared extends string, got extends string> = layer extends "Sequential" | "Functional"
  ? modelInputMismatch<layer, declared, got>
  : inputMismatch<layer, declared, got>;

export type modelInputMismatch<model extends string, declared extends string, got extends string> =
  `${model}: the model takes inputs of shape ${declared} (any batch size), but is called on ${got}. Fix: call it on a tensor of that shape, or build the model on an input with None for the sizes that vary, e.g. input({ shape: [null, 3] }).`;
export const modelInputMismatch = <model extends string, declared extends string, got extends string>(
  model: model,
  declared: declared,
  got: got,
): modelInputMismatch<model, declared, got> =>
  `${model}: the model takes inputs of shape ${declared} (any batch size), but is called on ${got}. Fix: call it on a tensor of that shape, or build the model on an input with None for the sizes that vary, e.g. input({ shape: [null, 3] }).`;

/** Shapes of a tuple of tensors. */
export type shapesOf<ts extends readonly SymbolicTensor[]> = { -readonly [k in keyof ts]: ts[k]["shape"] };

/**
 * A merge rule run on a list of tensors. A list whose length, or a tensor whose rank, the compiler does
 * not know gives an output of unknown rank and no error: the runtime checks it. So does a tensor typed
 * `SymbolicTensor<any>`, whose shape `Extract` would read as a failed one (a false error).
 */
export type applyMerge<r extends Rule, ts extends readonly SymbolicTensor[]> = number extends ts["length"]
  ? Dim[]
  : [Extract<ts[number]["shape"], Failed<string>>] extends [never]
    ? mergeShapes<r, shapesOf<ts>>
    : 0 extends 1 & ts[number]["shape"]
      ? Dim[]
      : Extract<ts[number]["shape"], Failed<string>>;
/** A merge rule run on a tuple of shapes (as blocks join their branches), or unknown rank when one shape's rank is not known. */
export type mergeShapes<r extends Rule, ss extends readonly unknown[]> = true extends {
  [k in keyof ss]: [Dim[]] extends [ss[k]] ? true : ss[k] extends Shape ? (number extends ss[k]["length"] ? true : false) : false;
}[number]
  ? Dim[]
  : runRule<r, ss>;

/**
 * A layer that takes one tensor: call it (or its `.apply`) on a tensor to get the output tensor.
 * `r` is its shape rule, `i` the batch input shape its options declared (`undefined` if none) and `d`
 * its nesting depth (0; a block passes `number` and states its own, see `blockDepth`).
 * The call's type parameters are those of `MultiOutputLayer`'s call (`s`, the initial states, is
 * unused here): the compiler joins the signatures of a union of layers (`c ? dense(...) : lstm(...)`)
 * into one only when their type parameters agree, else the union is "not callable".
 */
export interface Layer<r extends Rule = Rule, i extends Shape | undefined = Shape | undefined, d extends number = 0> extends LayerInfo {
  <const t extends SymbolicTensor | readonly SymbolicTensor[], const s extends readonly SymbolicTensor[] = []>(x: CheckedCall<callOne<r, i, t>, t>): SymbolicTensor<Output<this, shapeOf<t>>>;
  apply<const t extends SymbolicTensor | readonly SymbolicTensor[], const s extends readonly SymbolicTensor[] = []>(x: CheckedCall<callOne<r, i, t>, t>): SymbolicTensor<Output<this, shapeOf<t>>>;
  /** The batch input shape the options declared (`inputShape`, `batchInputShape`, ...), if any. */
  readonly batchInputShape: i;
  /** @internal The rule, for type-level use only; there is no such property at run time. */
  readonly [ruleKey]: r;
  /** @internal */
  readonly [declaredKey]: i;
  /** @internal The layer's nesting depth (see `blockDepth`): 0, or a block's own. */
  readonly [depthKey]: d;
}

/**
 * What a call that takes one tensor checks: the rule's result `o` for a tensor, or the `tensorList`
 * message for a list of tensors (as a layer of several outputs returns them), instead of the
 * compiler's own "not assignable to SymbolicTensor" text.
 */
export type oneTensor<layer extends string, t, o> = t extends SymbolicTensor
  ? o
  : t extends readonly unknown[]
    ? ShapeErr<tensorList<layer, number extends t["length"] ? "?" : `${t["length"]}`>>
    : o;
/** `oneTensor` for a layer's rule. */
export type callOne<r extends Rule, i, t> = oneTensor<r["layer"], t, applyRule<r, i, shapeOf<t>>>;
/**
 * The shape of a call's argument: a tensor's shape, or `never` for a list (refused by `oneTensor`). An
 * indexed access, not a conditional, so that in a helper generic over its tensor it resolves at once
 * (`S`, not `shapeOf<SymbolicTensor<S>>`, in the helper's hover).
 */
export type shapeOf<t> = t["shape" & keyof t];

/** A layer that takes a tuple of tensors (Add, Concatenate): `add()([a, b])`. */
export interface MergeLayer<r extends Rule = Rule> extends LayerInfo {
  <const ts extends readonly SymbolicTensor[]>(xs: CheckedList<applyMerge<r, ts>, ts>): SymbolicTensor<OkShape<applyMerge<r, ts>>>;
  apply<const ts extends readonly SymbolicTensor[]>(xs: CheckedList<applyMerge<r, ts>, ts>): SymbolicTensor<OkShape<applyMerge<r, ts>>>;
  /** @internal */
  readonly [ruleKey]: r;
  /** @internal */
  readonly [declaredKey]: undefined;
  /** @internal */
  readonly [depthKey]: 0;
}

/**
 * The rule of a layer whose call may give several tensors (an LSTM with `returnState`, a Bidirectional
 * with `mergeMode: null`): `outputs` is the tuple of their shapes in Keras's order (`[output, h, c]`),
 * or a `ShapeErr`, and must answer an input of unknown rank (`Dim[]`) with a tuple of `Dim[]`. Its
 * `output` is what a place that takes one tensor (a Sequential, a block) sees: the one output, or the
 * `severalOutputs` error when there are several.
 */
export interface MultiRule extends Rule {
  readonly outputs: unknown;
  /** The shapes `initialState` must have on this input (`[[batch, units], [batch, units]]` for an LSTM), or `Dim[]` when not known. */
  readonly states: unknown;
}
/** A multi-output rule read through its `outputs`, so that `applyRule`'s checks (declared input, unions) run on them. */
interface OutputsView<r extends MultiRule> extends Rule {
  readonly layer: r["layer"];
  readonly output: runOutputs<r, this["input"]>;
  readonly weights: [];
}
/** The output shapes of a multi-output rule on an input. */
export type runOutputs<r extends MultiRule, s> = (r & { readonly input: s })["outputs"];
type fill<t, v> = { -readonly [k in keyof t]: v };
/**
 * `applyRule` for the outputs of a multi-output rule: a tuple of shapes, or a `ShapeErr`. An input of
 * unknown rank (`Dim[]`, `[null, ...Dim[]]` from `input({ shape: any })`) gives the rule's outputs for
 * `Dim[]`, so that the outputs are still counted.
 */
export type applyOutputs<r extends MultiRule, i, s> = [Dim[]] extends [s]
  ? runOutputs<r, Dim[]>
  : [s] extends [never]
    ? never
    : [s] extends [Failed<string>]
      ? fill<runOutputs<r, Dim[]>, s>
      : true extends (s extends Shape ? (number extends s["length"] ? true : false) : false)
        ? runOutputs<r, Dim[]>
        : applyRule<OutputsView<r>, i, s>;
/**
 * The tensors a call returns for the tuple of output shapes `o`: one `SymbolicTensor` for one output, a
 * tuple of them for several (`[SymbolicTensor<[null, 8]>, SymbolicTensor<[null, 8]>, ...]`), a union
 * when the compiler cannot tell which (`returnState: boolean`).
 */
export type outputTensors<o> = [o] extends [ShapeErr<string>]
  ? SymbolicTensor<OkShape<o>>
  : o extends readonly [infer one extends Shape]
    ? SymbolicTensor<one>
    : { -readonly [k in keyof o]: o[k] extends infer s extends Shape ? SymbolicTensor<s> : never };

/** @internal The rule of a layer that may give several tensors. */
export type multiRuleOf<l> = l extends { readonly [ruleKey]: infer r extends MultiRule } ? r : never;
/**
 * The tensors a call of layer `l` (a `MultiOutputLayer`) on shape `s` returns: one `SymbolicTensor`,
 * or a tuple of them (`[output, h, c]`), or a union of both when the compiler cannot tell which
 * (`returnState: boolean`).
 *
 * How many there are is read from the rule's outputs on an input of unknown rank (`Dim[]`), which only
 * the options decide (`returnState`, `mergeMode`, `returnAttentionScores`), not from the outputs on `s`.
 * So in a helper generic over its tensor, where the outputs on `S` stay an open type, the call is still
 * one tensor whose shape is open, `SymbolicTensor<OutputAt<LSTM<{ units: 4 }>, S, 0, 1>>`, which the next
 * layer takes as it takes `SymbolicTensor<Output<Dense<4>, S>>`, or a tuple that destructures. Built from
 * the outputs themselves, the result was an open conditional type that no layer took as a tensor (a
 * false error in the helper's body). A union of outputs of one count (a `mergeMode` union, a union of
 * input shapes) is one tensor of the union of shapes, as `returnSequences: boolean` gives.
 */
export type Outputs<l, s> = [runOutputs<multiRuleOf<l>, Dim[]>] extends [never]
  ? outputTensors<applyOutputs<multiRuleOf<l>, declaredOf<l>, s>>
  : laidOut<runOutputs<multiRuleOf<l>, Dim[]>, l, s>;
/**
 * One tensor for each member of `k` of one output, a tuple for each of several; `outputTensors` of the
 * outputs when `k` is no tuple. (`Outputs` tests `k` first, so that when `k` stays open, in a helper
 * generic over `returnState`, declaration emit names `Outputs<GRU<...>, S>` instead of spelling this out.)
 */
type laidOut<k, l, s> = k extends readonly [unknown]
  ? SymbolicTensor<OutputAt<l, s, 0, 1>>
  : k extends readonly unknown[]
    ? { -readonly [j in keyof k]: SymbolicTensor<OutputAt<l, s, j, k["length"]>> }
    : outputTensors<applyOutputs<multiRuleOf<l>, declaredOf<l>, s>>;
/**
 * The shape of output `j` of layer `l` on shape `s` when its call gives `n` tensors (a failed call's
 * shape carries its sentence). Written as `Output` is, with no `infer` at its top, and with its layer in the
 * extends type as `Output` has (`OutputOf`): without it, `c ? lstm({ units: 4, returnState: true }) :
 * lstm({ units: 8, returnState: true })` in `pipe` in a helper generic over its tensor kept one member.
 */
export type OutputAt<l, s, j, n> = [applyOutputs<multiRuleOf<l>, declaredOf<l>, s>] extends [ShapeErr<string> | OutputOf<l>]
  ? Failed<messageOf<applyOutputs<multiRuleOf<l>, declaredOf<l>, s>>>
  : shapeAt<applyOutputs<multiRuleOf<l>, declaredOf<l>, s>, j, n>;
/**
 * @internal Shape `j` of the tuples of `n` shapes among the outputs `o` (a union when the compiler
 * cannot tell the count). For `n` of `number` (a tuple with a rest element: a Bidirectional of a layer
 * whose type says nothing of its shapes), the tuples of unknown length, their unknown-rank shapes read as one `Dim[]`.
 */
export type shapeAt<o, j, n> = number extends n
  ? restAt<o, j>
  : o extends readonly unknown[]
    ? (o["length"] extends n ? shapesIn<o[j & keyof o]> : never)
    : never;
type restAt<o, j> = (o extends readonly unknown[] ? (number extends o["length"] ? shapesIn<o[j & keyof o]> : never) : never) extends infer x
  ? [Dim[]] extends [x] ? Dim[] : x
  : never;

/**
 * A layer whose call may give several tensors: `const [out, h, c] = lstm({ units: 8, returnState: true })(x)`
 * types each one. With one output (no `returnState`) the call gives that one tensor, as `Layer` does.
 */
export interface MultiOutputLayer<r extends MultiRule = MultiRule, i extends Shape | undefined = Shape | undefined> extends LayerInfo {
  <const t extends SymbolicTensor | readonly SymbolicTensor[], const s extends readonly SymbolicTensor[] = []>(
    x: CheckedCall<oneTensor<r["layer"], t, applyOutputs<r, i, shapeOf<t>>>, t>,
    call?: { readonly initialState: Checked<checkInitialState<r, shapeOf<t>, s>, s> },
  ): Outputs<this, shapeOf<t>>;
  apply<const t extends SymbolicTensor | readonly SymbolicTensor[], const s extends readonly SymbolicTensor[] = []>(
    x: CheckedCall<oneTensor<r["layer"], t, applyOutputs<r, i, shapeOf<t>>>, t>,
    call?: { readonly initialState: Checked<checkInitialState<r, shapeOf<t>, s>, s> },
  ): Outputs<this, shapeOf<t>>;
  /** The batch input shape the options declared (`inputShape`, `batchInputShape`, ...), if any. */
  readonly batchInputShape: i;
  /** @internal */
  readonly [ruleKey]: r;
  /** @internal */
  readonly [declaredKey]: i;
  /** @internal */
  readonly [depthKey]: 0;
}

/**
 * `"ok"` when the tensors `ss` can be the initial states of rule `r` on input `s`: as many as its states,
 * each of the state's shape (an unknown size agrees with any); else the `initialState` message.
 */
export type checkInitialState<r extends MultiRule, s, ss extends readonly SymbolicTensor[]> = number extends ss["length"]
  ? "ok"
  : (r & { readonly input: s })["states"] extends infer want
    ? want extends readonly Shape[]
      ? statesAgree<want, shapesOf<ss>> extends true
        ? "ok"
        : ShapeErr<initialState<r["layer"], `${want["length"]}`, want extends readonly [infer w extends Shape, ...unknown[]] ? formatShape<w> : "()", formatShapeList<shapesOf<ss>>>>
      : "ok"
    : never;
type statesAgree<want extends readonly Shape[], got extends readonly unknown[]> = want["length"] extends got["length"]
  ? { [k in keyof want]: got[k & keyof got] extends infer g extends Shape ? (number extends g["length"] ? true : g["length"] extends want[k]["length"] ? (firstDisagreement<want[k], g> extends -1 ? true : false) : false) : true }[number] extends true
    ? true
    : false
  : false;
type formatShapeList<ss extends readonly unknown[], acc extends string = ""> = ss extends readonly [infer a, ...infer rest]
  ? formatShapeList<rest, `${acc}${acc extends "" ? "" : ", "}${a extends Shape ? (number extends a["length"] ? "(?)" : formatShape<a>) : "?"}`>
  : `[${acc}]`;

export type initialState<layer extends string, count extends string, state extends string, got extends string> =
  `${layer}: initialState must be its ${count} states, each of shape ${state}, but got ${got}. Fix: pass the states a layer of the same units returned: const [, h, c] = lstm({ units: 256, returnState: true })(x), then lstm({ units: 256 })(y, { initialState: [h, c] }).`;
export const initialState = <layer extends string, count extends string, state extends string, got extends string>(
  layer: layer,
  count: count,
  state: state,
  got: got,
): initialState<layer, count, state, got> =>
  `${layer}: initialState must be its ${count} states, each of shape ${state}, but got ${got}. Fix: pass the states a layer of the same units returned: const [, h, c] = lstm({ units: 256, returnState: true })(x), then lstm({ units: 256 })(y, { initialState: [h, c] }).`;

/** What all layers answer at run time. */
export interface LayerInfo {
  /** Unique name, as Keras makes it: `dense`, `dense_1`, ... */
  readonly name: string;
  /** The Keras class name: `Dense`. */
  readonly className: string;
  /** Whether the layer has been called, which fixes its weights. */
  readonly built: boolean;
  /** The layer's weights, known once it has been called (built). */
  readonly weights: readonly Weight[];
  /** Number of weights (numbers) the layer holds; 0 before it is built. */
  countParams(): number;
  /** The tensor the layer's last call returned (`undefined` before its first call). */
  readonly output: SymbolicTensor | undefined;
  /** The layer as Keras describes it: class name, snake_case config (Keras 3 defaults written out), weight names. */
  kerasConfig(): KerasLayerConfig;
}

/** One weight of a layer: a named matrix (or vector, or kernel) of trainable or fixed numbers. */
export interface Weight {
  /** `dense/kernel`, `dense/bias`. */
  readonly name: string;
  readonly shape: readonly number[];
  readonly trainable: boolean;
}

/** How many numbers a weight holds: the product of its shape. */
export const weightSize = (w: Weight): number => {
  // A loop, not reduce with a closure made per call (this runs for every weight of every count).
  let n = 1;
  for (const d of w.shape) n *= d;
  return n;
};

/**
 * Any layer at all, for constraints. Its rule and declared input are `unknown` here so that checking
 * "is this a layer?" only looks for the keys: comparing a block's rule with `Rule` member by member
 * made the compiler evaluate the block's rule on wildcards, costly for nested blocks.
 */
export interface AnyLayer extends LayerInfo {
  /** @internal */
  readonly [ruleKey]: unknown;
  /** @internal */
  readonly [declaredKey]: unknown;
  /**
   * @internal Any depth (see `blockDepth`): `{}`, not `unknown`, which would swallow the other parts' depths
   * in a union (`unknown | 13` is `unknown`), so that a block of an `AnyLayer` and a deep block is still deep.
   */
  readonly [depthKey]: {};
}

type ruleOf<l> = l extends { readonly [ruleKey]: infer r extends Rule } ? r : never;
type declaredOf<l> = l extends { readonly [declaredKey]: infer i } ? i : undefined;

/**
 * The output shape of layer type `l` on input shape `s`, or a `ShapeErr` saying why it cannot take it:
 * `Apply<Dense<4>, [null, 3]>` is `[null, 4]`.
 */
export type Apply<l extends AnyLayer, s> = applyRule<ruleOf<l>, declaredOf<l>, s>;
/** @internal The shape layer `l`'s rule gives on `s`, whatever input the layer declared (as `computeOutputShapes` at run time). */
export type ApplyRule<l extends AnyLayer, s> = applyRule<ruleOf<l>, undefined, s>;

/**
 * The shape of the tensor layer `l` gives on shape `s` (a failed call's shape carries its sentence).
 * A call's return type names it, so that in a helper generic over its tensor the hover reads
 * `SymbolicTensor<Output<Conv2D<{ filters: F; ... }>, S>>`, not the rule's machinery.
 *
 * No `infer` at its top: a call on a union of layers (`c ? dense({ units: 4 }) : dense({ units: 8 })`)
 * gets one signature whose return type is the union of the members' return types, reduced by subtype
 * while still generic; the compiler counted `X extends infer o ? OkShape<o> : never` for `Dense<8>` a
 * subtype of the one for `Dense<4>` and kept only `[null, 4]`, a confident wrong output.
 */
export type Output<l, s> = [applyRule<ruleOf<l>, declaredOf<l>, s>] extends [ShapeErr<string> | OutputOf<l>]
  ? Failed<messageOf<applyRule<ruleOf<l>, declaredOf<l>, s>>>
  : shapesIn<applyRule<ruleOf<l>, declaredOf<l>, s>>;
declare const outputOfKey: unique symbol;
/**
 * What no rule's result is, named after layer `l`, in `Output`'s extends type: two layers' outputs that
 * stay open (a helper generic over its tensor) are then not related to each other. With the same extends
 * type the compiler related `Output<Dense<8>, S>` to `Output<Dense<4>, S>`, so the two members of
 * `c ? dense({ units: 4 }) : dense({ units: 8 })`, each instantiated on `S` as a step of `pipe`, were
 * reduced to the first: a confident wrong output at the helper's call, and a crash of TypeScript 5.x
 * when the step before or after made the call fail.
 */
interface OutputOf<l> {
  readonly [outputOfKey]: l;
}
/**
 * `OkShape` of a rule's result `o` for a call of a model `m` (its input and output shapes), for a call
 * typed without `Output` (a functional model's, whose input may be a list). `m` is in the check type, not
 * in the extends type as `Output`'s layer is: two models' open results are still unrelated (their `m`s
 * are), and a model stays comparable to `Model` of the default shapes (`encoder as Model`), which
 * TypeScript 5.3 refused when the extends types differed.
 */
export type CallShape<o, m> = [o, m] extends [ShapeErr<string>, unknown] ? Failed<messageOf<o>> : shapesIn<o>;
/** The members of `o` that are shapes (`OkShape`'s second branch). */
type shapesIn<o> = o extends readonly (number | null)[] ? o : never;

/**
 * The output shape of a tuple of layer types applied in turn, as a Sequential does, or the first
 * `ShapeErr`: `Fold<[Dense<4>, Dense<1>], [null, 3]>` is `[null, 1]`. Tail recursive.
 */
export type Fold<ls extends readonly AnyLayer[], s> = ls extends unknown ? (number extends ls["length"] ? Dim[] : foldShapes<ls, s, []>) : never;
/**
 * `Fold`, reading the layers by position (`k`, whose length is the next one's index), not by matching
 * `[infer l, ...infer rest]`, which made a new tuple of the rest of the list at every step whose members
 * the compiler resolved (issue 17). The counters `k` are the same types for every list. A union of lists
 * is folded list by list, as the match did (`Fold` distributes over `ls`); a list of unknown length (an
 * array) gives a shape of unknown rank, where the match gave the input shape as if no layer were there.
 */
type foldShapes<ls extends readonly AnyLayer[], s, k extends unknown[]> = [s] extends [ShapeErr<string>]
  ? 0 extends 1 & s ? Dim[] : s // a shape typed any is one of unknown rank, as `Apply` reads it (review 3, finding 8: was any)
  : k["length"] extends ls["length"]
    ? s
    : foldShapes<ls, Apply<ls[k["length"]], s>, [...k, unknown]>;

/**
 * The weights layer `l` makes for input shape `s`, by name: Dense on `[null, 3]` with 4 units gives
 * `{ kernel: [3, 4]; bias: [4] }`.
 */
export type WeightShapes<l extends AnyLayer, s> = weightsOf<l, s> extends infer ws extends readonly WeightEntry[]
  ? { [w in ws[number] as w[0]]: w[1] }
  : never;
type weightsOf<l extends AnyLayer, s> = ruleWeights<ruleOf<l>, s>;

/**
 * How many numbers the weights of layer `l` hold on input shape `s`: `ParamCount<Dense<4>, [null, 3]>`
 * is 16. When the layer cannot take `s`, the `ShapeErr` saying why. Without `s`, on the input the layer
 * or model declares: `ParamCount<typeof model>` is a Sequential's exact total.
 */
export type ParamCount<l extends AnyLayer, s = declaredOf<l>> = [s] extends [undefined]
  ? 0 extends 1 & s ? number : ShapeErr<paramsNeedInput<l["className"]>> // a shape typed any: not known (review 3, finding 8)
  : [isShapeList<s> extends true ? listOutput<ruleOf<l>, s> : Apply<l, s>] extends [infer e extends ShapeErr<string>]
    ? e
    : LayerParams<l, s>;
/** Whether `s` is a tuple of shapes (the input of a layer called on a list: a merge, an attention layer). */
type isShapeList<s> = s extends readonly (readonly unknown[])[] ? (s extends Shape ? false : true) : false;
/** A rule's result on a tuple of shapes: its outputs when it may give several, else its output. */
type listOutput<r extends Rule, s> = r extends MultiRule ? runOutputs<r, s> : runRule<r, s>;
export type paramsNeedInput<layer extends string> =
  `${layer} has no input shape, so its weights are not known. Fix: give the input shape: ParamCount<typeof layer, [null, 3]>, or build the model on an input first.`;

/**
 * How many numbers the weights of layers `ls` hold when applied in turn from shape `s`, as a
 * Sequential stacks them: the sum of each layer's count on the shape it receives. Tail recursive.
 */
export type FoldParams<ls extends readonly AnyLayer[], s, acc = 0> = ls extends unknown
  ? number extends ls["length"]
    ? number
    : SumTotal<foldParams<ls, s, SumAdd<SumStart, acc>, []>>
  : never;
/**
 * FoldParams with its sum in digit form (see `SumAdd`), read once at the end. The layers are read by
 * position (`k`, whose length is the next one's index), as `Fold` reads them: matching `[infer l, ...infer
 * rest]` made a new tuple of the rest of the list at every step (issue 17). A list of unknown length (an
 * array) holds an unknown count, `number`, where the match gave the count so far.
 */
type foldParams<ls extends readonly AnyLayer[], s, acc, k extends unknown[]> = k["length"] extends ls["length"]
  ? acc
  : AddLayerParams<acc, ls[k["length"]], s> extends infer n
    ? foldParams<ls, Apply<ls[k["length"]], s>, n, [...k, unknown]>
    : never;
/**
 * `acc`, a sum in digit form (see `SumAdd`), plus the parameter count of layer `l` on shape `s`: the
 * same as `SumAdd<acc, LayerParams<l, s>>`, but the common case (a layer of weights on a shape of known
 * rank, every size a literal) is added in digit form, its count never made a number literal.
 */
export type AddLayerParams<acc, l extends AnyLayer, s> = plainWeights<l, s> extends infer ws
  ? [ws] extends [false]
    ? SumAdd<acc, LayerParams<l, s>>
    : SumAddProducts<acc, ws> extends infer n
      ? [n] extends [false] ? SumAdd<acc, LayerParams<l, s>> : n
      : never
  : never;
/** The weights whose sizes' products are `LayerParams<l, s>` (a layer of weights, not a block, on a shape of known rank), else false. */
type plainWeights<l extends AnyLayer, s> = 0 extends 1 & l
  ? false
  : [Dim[]] extends [s]
    ? false
    : s extends Shape
      ? number extends s["length"]
        ? false
        : l extends { readonly [ruleKey]: BlockRule }
          ? false
          : weightsOf<l, s> extends infer ws extends readonly WeightEntry[] ? ws : false
      : false;
/** The parameter count of layer `l` on shape `s`, without checking that `l` takes `s` (for folds that already did). */
export type LayerParams<l extends AnyLayer, s> = 0 extends 1 & l
  ? number
  : [Dim[]] extends [s]
    ? number
    : isShapeList<s> extends true
      ? sumWeights<weightsOf<l, s>>
      : s extends Shape
        ? number extends s["length"]
          ? number
          : l extends { readonly [ruleKey]: infer r extends BlockRule }
            ? (r & { readonly input: s })["blockParams"]
            : sumWeights<weightsOf<l, s>>
        : number;
type sumWeights<ws> = ws extends readonly WeightEntry[]
  ? SumOfProducts<ws> extends infer n
    ? [n] extends [never] ? number : n
    : never
  : 0;
/**
 * The rule of a block (a layer made of layers): its parameter count is read directly, not summed from
 * weight shapes, so that each level of nesting costs the compiler as few steps as possible.
 */
export interface BlockRule extends Rule {
  readonly blockParams: unknown;
}

// --- nesting depth --------------------------------------------------------------------------------------

/** @internal Key of the type-only member that carries a block's nesting depth. */
export declare const depthKey: unique symbol;

/**
 * How deep blocks (residual, parallel, repeat, a Sequential without an input shape) may nest. A block's
 * rule runs its parts' rules inside its own, and the compiler stops at a fixed depth of nested type
 * evaluation (TS2589, after which types silently become `any`). Measured on TypeScript 7 and 5.9 with
 * 224x224x64 convolutions inside: 14 nested parallels compute and 16 do not; repeat computes at 15,
 * Sequential blocks at 18, residual(sequential(...)) at 18 (9 levels); with Dense layers each goes one
 * to four levels further. 14 is the depth every kind reaches; see the README's limits.
 */
export type maxNesting = 14;
export const maxNesting: maxNesting = 14;

/**
 * The depth of a block made of `parts` (a union of layers): one more than its deepest part's, capped
 * just past the limit. Every layer type carries its depth at `depthKey` (0 for a plain layer or a built
 * model, a block's own; `{}` for `AnyLayer`, read as 0), so the parts' depths are one indexed access,
 * and the largest is the largest member of the union `succ` gives. Not a test of each part: in a helper
 * generic over a layer option (ResNet's bottleneck) each test of a layer type carrying the helper's type
 * parameter costs the compiler two copies of that type (it checks the test with the parameter read as
 * anything and as nothing), at every nesting level (issue 17: ResNet50's helpers about -2,000).
 */
export type blockDepth<parts extends AnyLayer> = succ[knownDepth<parts[typeof depthKey]>];
/**
 * `blockDepth` of the entries of a list `o` of layers (a Sequential block's), with no test of the list:
 * `o extends readonly AnyLayer[]` made copies of a list that carries a helper's type parameter (about
 * 1,000 instantiations on ResNet50's blocks form). Not a list (no entries): `never`, no depth.
 */
export type listDepth<o> = succ[knownDepth<entryDepths<o[number & keyof o]>>];
type entryDepths<e> = e[typeof depthKey & keyof e];
/**
 * The depths of parts as keys of `succ`: literals as they are; with an `AnyLayer` among the parts (`{}`) or
 * an `any`, member by member, those read as 0 (only then: a test of each member costs more than the intersection).
 */
type knownDepth<d> = {} extends d ? (0 extends 1 & d ? 0 : depthIn<d>) : d & keyof succ;
type depthIn<d> = d extends keyof succ ? d : 0;
/** One more than a depth, capped at 15. An object, not a tuple: a tuple indexed by `never` (a block of no parts) gives every member. */
interface succ { 0: 1; 1: 2; 2: 3; 3: 4; 4: 5; 5: 6; 6: 7; 7: 8; 8: 9; 9: 10; 10: 11; 11: 12; 12: 13; 13: 14; 14: 15; 15: 15 }
/** Whether a block made of `parts` (a union of layers) would nest deeper than the compiler can follow. */
export type TooDeep<parts extends AnyLayer> = 15 extends blockDepth<parts> ? true : false;

export type tooDeep<block extends string, max extends number> =
  `${block}: blocks can nest at most ${max} deep for the compiler to follow their shapes (a Sequential without an input shape is a block), and this one is deeper. Fix: give an inner block its input shape, sequential({ layers: [input({ shape: [...] }), block] }), or nest less.`;
export const tooDeep = <block extends string, max extends number>(block: block, max: max): tooDeep<block, max> =>
  `${block}: blocks can nest at most ${max} deep for the compiler to follow their shapes (a Sequential without an input shape is a block), and this one is deeper. Fix: give an inner block its input shape, sequential({ layers: [input({ shape: [...] }), block] }), or nest less.`;

/**
 * What a block nested past `maxNesting` is typed as, once the error was shown at its construction: a
 * layer of unknown shapes and parameter count, so nothing after it states a wrong fact or repeats the
 * error. The runtime builds and checks it in full.
 */
export interface UnknownBlock<name extends string = string> extends Layer<UnknownRule, undefined> {
  readonly className: name;
}
export interface UnknownRule extends BlockRule {
  readonly layer: string;
  readonly output: Dim[];
  readonly blockParams: number;
  readonly weights: [["params", [number]]];
}

/** A rule's weight: its name, its shape and, when `false`, that it is not trained (moving statistics). */
export type WeightEntry = readonly [name: string, shape: Shape, trainable?: boolean];



// ---------------------------------------------------------------------------------------------------
// Run time

const counters = new Map<string, number>();

const snakeCases = new Map<string, string>();

/** Keras's default name for a class: `Dense` -> `dense`, `InputLayer` -> `input_layer`, `Conv2D` -> `conv2d`. */
export const snakeCase = (name: string): string => {
  let s = snakeCases.get(name);
  if (s === undefined) {
    s = name.replace(/(.)([A-Z][a-z]+)/g, "$1_$2").replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
    // Remembered, as every layer made asks it of its class name (two regular expressions a layer were a measurable cost).
    if (snakeCases.size < 1000) snakeCases.set(name, s);
  }
  return s;
};

/** A fresh name for an object of class `base`: `dense`, then `dense_1`, `dense_2`, ... as Keras numbers them. */
export const uniqueName = (base: string): string => {
  const n = counters.get(base) ?? 0;
  counters.set(base, n + 1);
  return n === 0 ? base : `${base}_${n}`;
};

/**
 * Moves whenever a layer object gets its weights or a model gains a layer: a model keeps its parameter
 * totals until it moves (see `totals` in models/model.ts).
 */
let structure = 0;
/** @internal */
export const structureVersion = (): number => structure;
/** @internal Says that some layer's weights or some model's layers changed. */
export const structureChanged = (): void => {
  structure++;
};

/** @internal A layer's weights counted by kind. */
export interface ParamTotals {
  readonly trainable: number;
  readonly nonTrainable: number;
}

/** @internal The sums by kind of `parts`' own totals: a block's parts, a model's layers. */
export const sumParamTotals = (parts: Iterable<BaseLayer<any>>): ParamTotals => {
  let trainable = 0;
  let nonTrainable = 0;
  for (const l of parts) {
    const p = l.paramTotals();
    trainable += p.trainable;
    nonTrainable += p.nonTrainable;
  }
  return { trainable, nonTrainable };
};
/**
 * @internal Parameter count `n` of layer, block or model `l`, or the `ShapeError` for a count past
 * 2^53 - 1 (the message is made only then).
 */
export const checkedCount = (l: { readonly className: string; readonly name: string }, n: number): number =>
  Number.isSafeInteger(n) ? n : safeSum([n], `${l.className} "${l.name}"`, "the parameter count", l.name);

/** Forgets all default names given so far, as `keras.backend.clear_session()` does: the next Dense is `dense` again. */
export const clearSession = (): void => counters.clear();

/** A layer's options that every layer shares. */
export interface BaseLayerOptions {
  /** The layer's name; defaults to the snake_case class name made unique: `dense`, `dense_1`. */
  readonly name?: string;
  /** Whether the layer's weights are updated in training (counted as trainable in the summary). */
  readonly trainable?: boolean;
}

/** A weight's shape and whether it trains, as a layer's runtime rule reports it. */
export interface WeightSpec {
  readonly shape: readonly number[];
  readonly trainable?: boolean;
}

/**
 * Runtime twin of `Layer`. An instance is itself a function, so `dense({ units: 4 })(x)` works as in
 * Keras; a subclass implements `computeOutputShape` (throwing `ShapeError` with the type level's
 * message) and `weightSpecs`.
 */
export abstract class BaseLayer<In extends Shape | readonly Shape[] = Shape> {
  // Assigned in the constructor on the callable that stands in for the instance; a field initializer
  // would land on the discarded \`this\`.
  declare readonly name: string;
  declare readonly trainable: boolean;
  declare readonly batchInputShape: Shape | undefined;
  declare built: boolean;
  declare weights: Weight[];
  /** Every call of this layer, in order. */
  declare readonly nodes: Node[];
  /** The weight names and shapes of the first call, which later calls must fit. */
  declare private builtFor: Readonly<Record<string, WeightSpec>> | undefined;

  /** The Keras class name: `Dense`. */
  declare readonly className: string;
  /** The output shape for an input shape, or a `ShapeError` with the same sentence as the type-level rule. */
  abstract computeOutputShape(input: In): Shape;
  /** The shapes of the weights for an input shape (called only after `computeOutputShape` accepted it). */
  weightSpecs(_input: In): Record<string, WeightSpec> {
    return {};
  }

  constructor(options: BaseLayerOptions, className: string, batchInputShape?: Shape) {
    // Plain JavaScript: a name with "/" or `trainable: "false"` would pass unnoticed (see read-options.ts).
    checkName(className, options.name);
    checkBoolean(className, "trainable", options.trainable);
    // A layer is callable: the function stands in for the instance, with the class's prototype.
    const self = ((x: unknown, call?: unknown) => (self as BaseLayer<In>).apply(x, call)) as unknown as this;
    Object.setPrototypeOf(self, new.target.prototype);
    // The function's own `name` and `length` must go (the layer's name replaces the one, the other is
    // no layer's), and deleting them turns the object into a dictionary of properties. Deleting them
    // after the common properties are in makes that dictionary once at its size, where deleting first
    // grew it property by property: about twice the cost of making a layer.
    // A model or block reads its weights, built state and input shape through getters on its prototype
    // (made once, not per object), which an own property here would hide, and an assignment would hit.
    if ((new.target as { readonly readsThrough?: boolean }).readsThrough === true) Object.assign(self, { className, trainable: options.trainable ?? true, nodes: [], builtFor: undefined });
    else Object.assign(self, { className, trainable: options.trainable ?? true, batchInputShape, built: false, weights: [], nodes: [], builtFor: undefined });
    delete (self as { name?: unknown }).name;
    delete (self as { length?: unknown }).length;
    (self as { name: string }).name = options.name ?? uniqueName(snakeCase(className));
    (self as { [placedKey]?: number })[placedKey] = 0; // (placement.ts: held by no model or block yet)
    return self;
  }

  /** The input of this call as the rule sees it: one shape, or a tuple of shapes. */
  /** The tensors a call takes (a recurrent layer's `initialState` among them, from `call`) and the shape the rule sees. */
  protected abstract inputOf(x: unknown, call?: unknown): { tensors: SymbolicTensor[]; shape: In };

  /**
   * The shapes of all the outputs of a call, in Keras's order: `[output, h, c]` for an LSTM with
   * `returnState`. One output, `computeOutputShape`'s, unless a layer gives several.
   */
  computeOutputShapes(input: In): Shape[] {
    return [this.computeOutputShape(input)];
  }

  /**
   * Calls the layer on a tensor (or a tuple of tensors, for merge layers) and returns the output
   * tensor, or the list of them when the call gives several (`[output, h, c]`).
   */
  apply(x: unknown, call?: unknown): SymbolicTensor | SymbolicTensor[] {
    const { tensors, shape } = this.inputOf(x, call);
    const outs = this.outputsFor(shape);
    const outputs: SymbolicTensor[] = [];
    const node: Node = { layer: this, inputs: tensors, index: this.nodes.length, output: undefined, outputs };
    this.nodes.push(node);
    // A loop, not a map with a closure: this runs for every call of every layer.
    for (let i = 0; i < outs.length; i++) outputs.push(new SymbolicTensor(outs[i]!, node, i));
    node.output = outputs[0];
    return outputs.length === 1 ? node.output! : outputs.slice();
  }

  /** `apply` where only a layer of one output can go (a Sequential, a block): several outputs are refused, as Keras does. */
  applyOne(x: unknown): SymbolicTensor {
    const y = this.apply(x);
    return y instanceof SymbolicTensor ? y : fail(severalOutputs(this.className, String(y.length)), this.name);
  }

  /**
   * @internal The output shapes of a call on `shape`, checked as a call checks it (the declared input,
   * the rule, safe sizes, weights that fit the ones already made), without recording a call: a model
   * called on a new tensor runs its layers through this, as Keras runs its graph again.
   */
  outputsFor(shape: In, checkDeclared = true): Shape[] {
    if (checkDeclared) this.checkInput(shape);
    const outs = this.computeOutputShapes(shape);
    // A size past 2^53 - 1 (a product, a sum) would be rounded silently: refuse it where it is made.
    // (The message is made only for a size that fails: building it for every size was a top cost.)
    for (const out of outs)
      for (let i = 0; i < out.length; i++) {
        const d = out[i]!;
        if (d !== null && !Number.isSafeInteger(d)) checkSafe(d, `${this.className} "${this.name}"`, `axis ${i} of the output`, this.name);
      }
    this.build(shape);
    return outs;
  }

  /** @internal `outputsFor` where one output fits: several are refused, as in `applyOne`. */
  outputFor(shape: In, checkDeclared = true): Shape {
    const outs = this.outputsFor(shape, checkDeclared);
    return outs.length === 1 ? outs[0]! : fail(severalOutputs(this.className, String(outs.length)), this.name);
  }

  /** Checks an input against the input shape the options declared, if any (a model ignores the batch axis). */
  protected checkInput(shape: In): void {
    const declared = this.batchInputShape;
    if (declared !== undefined && isShape(shape)) {
      if (declared.length !== shape.length || firstDisagreement(declared, shape) !== -1)
        fail(inputMismatch(this.className, formatShape(declared), formatShape(shape)), this.name);
    }
  }

  /** Makes the weights on the first call; a later call must fit the same weights, since they are shared. */
  protected build(input: In): void {
    const specs = this.weightSpecs(input);
    // Sizes are checked as safe integers; the messages are made only for one that fails. One pass over
    // the specs, with no intermediate arrays: this runs for every call of every layer.
    let total = 0;
    let count = 0;
    for (const k in specs) {
      const w = specs[k]!;
      let size = 1;
      for (const d of w.shape) size *= d;
      if (!Number.isSafeInteger(size)) safeProduct(w.shape, `${this.className} "${this.name}"`, `the size of weight ${k} ${formatShape(w.shape)}`, this.name);
      total += size;
      count++;
    }
    checkedCount(this, total);
    if (this.builtFor === undefined) {
      this.builtFor = specs;
      const weights: Weight[] = [];
      for (const k in specs) {
        const w = specs[k]!;
        weights.push({ name: `${this.name}/${k}`, shape: w.shape, trainable: this.trainable && (w.trainable ?? true) });
      }
      this.weights = weights;
      this.built = true;
      structureChanged();
    } else if (!sameSpecs(this.builtFor, specs, count)) {
      fail(sharedWeights(this.className, this.name, describeWeights(this.weights), formatShapes(input)), this.name);
    }
  }

  /**
   * @internal Appends this layer's weights to `out` and returns it; a model or block appends its
   * layers' in turn, so that a whole model's weights make one array, not one a level of nesting.
   */
  collectWeights(out: Weight[]): Weight[] {
    for (const w of this.weights) out.push(w);
    return out;
  }

  /**
   * @internal Appends to `into` the layer objects whose own weights `collectWeights` lists, in its order:
   * this layer, or a model's or block's layers in turn. These (a layer used in two places once), not
   * their weights, are what a model counts: half as many entries.
   */
  collectLeaves(into: BaseLayer<any>[]): BaseLayer<any>[] {
    into.push(this);
    return into;
  }

  /** @internal This layer's weights counted by kind (a model's or block's: its layers', each once). */
  paramTotals(): ParamTotals {
    let trainable = 0;
    let nonTrainable = 0;
    for (const w of this.weights)
      if (w.trainable) trainable += weightSize(w);
      else nonTrainable += weightSize(w);
    return { trainable, nonTrainable };
  }

  countParams(): number {
    let n = 0;
    for (const w of this.weights) n += weightSize(w);
    return checkedCount(this, n);
  }

  /**
   * The options that change no shape but matter for training (`kernelInitializer`, `dtype`, ...), as
   * the user gave them: the TF.js bridge passes them on unchanged. Set by the layers that take them.
   */
  declare readonly trainingOptions: Readonly<Record<string, unknown>> | undefined;
  /** The layer as Keras describes it (see core/keras-config.ts): class name, snake_case config, weight names. */
  kerasConfig(): KerasLayerConfig {
    const dtype = this.trainingOptions?.["dtype"] ?? "float32";
    return {
      className: this.className,
      config: { name: this.name, trainable: this.trainable, dtype, ...this.kerasOwnConfig() },
      weights: this.weights.map((w) => w.name.slice(this.name.length + 1)),
    };
  }
  /** The layer's own part of its Keras config (what its options decide), Keras 3 defaults written out. */
  protected kerasOwnConfig(): Record<string, unknown> {
    return {};
  }

  /** The output tensor of this layer's last call. */
  get output(): SymbolicTensor | undefined {
    return this.nodes[this.nodes.length - 1]?.output;
  }
}

/** Whether a call's weight specs are the ones of the first call: the same names and shapes, in order. */
const sameSpecs = (built: Readonly<Record<string, WeightSpec>>, specs: Readonly<Record<string, WeightSpec>>, count: number): boolean => {
  const names = Object.keys(built);
  if (names.length !== count) return false;
  let i = 0;
  for (const k in specs) {
    if (names[i++] !== k) return false;
    const s = built[k]!.shape;
    const t = specs[k]!.shape;
    if (s.length !== t.length || !s.every((d, j) => d === t[j])) return false;
  }
  return true;
};

const describeWeights = (ws: readonly Weight[]): string =>
  ws.map((w) => `${w.name.split("/").pop()} ${formatShape(w.shape)}`).join(", ");
const formatShapes = (s: Shape | readonly Shape[]): string =>
  isShapeList(s) ? s.map(formatShape).join(" and ") : formatShape(s);
const isShapeList = (s: Shape | readonly Shape[]): s is readonly Shape[] => Array.isArray(s[0]);
const isShape = (s: Shape | readonly Shape[]): s is Shape => !isShapeList(s);

export type sharedWeights<layer extends string, name extends string, weights extends string, got extends string> =
  `${layer} "${name}" already has weights ${weights} from its first call, and they cannot take the input ${got}. Fix: a layer called twice shares its weights, so call it on inputs of the same shape, or create a new layer.`;
export const sharedWeights = <layer extends string, name extends string, weights extends string, got extends string>(
  layer: layer,
  name: name,
  weights: weights,
  got: got,
): sharedWeights<layer, name, weights, got> =>
  `${layer} "${name}" already has weights ${weights} from its first call, and they cannot take the input ${got}. Fix: a layer called twice shares its weights, so call it on inputs of the same shape, or create a new layer.`;

export type notATensor<layer extends string, got extends string> =
  `${layer}: expected a SymbolicTensor (from input() or another layer), but got ${got}. Fix: start from input({ shape: [...] }) and pass the tensor a layer returned.`;
export const notATensor = <layer extends string, got extends string>(layer: layer, got: got): notATensor<layer, got> =>
  `${layer}: expected a SymbolicTensor (from input() or another layer), but got ${got}. Fix: start from input({ shape: [...] }) and pass the tensor a layer returned.`;

export type severalOutputs<layer extends string, count extends string> =
  `${layer} gives ${count} tensors here (its output and its states, or the outputs of both directions), but only a layer of one output can go in a Sequential or a block, as in Keras. Fix: use the functional API and pick the tensors: const [out, h, c] = lstm({ units: 8, returnState: true })(x).`;
export const severalOutputs = <layer extends string, count extends string>(layer: layer, count: count): severalOutputs<layer, count> =>
  `${layer} gives ${count} tensors here (its output and its states, or the outputs of both directions), but only a layer of one output can go in a Sequential or a block, as in Keras. Fix: use the functional API and pick the tensors: const [out, h, c] = lstm({ units: 8, returnState: true })(x).`;

export type tensorList<layer extends string, count extends string> =
  `${layer}: expected one SymbolicTensor, but got a list of ${count} tensors, as a layer with several outputs returns them. Fix: pick one: const [out, h, c] = lstm({ units: 8, returnState: true })(x), then pass out.`;
export const tensorList = <layer extends string, count extends string>(layer: layer, count: count): tensorList<layer, count> =>
  `${layer}: expected one SymbolicTensor, but got a list of ${count} tensors, as a layer with several outputs returns them. Fix: pick one: const [out, h, c] = lstm({ units: 8, returnState: true })(x), then pass out.`;

/** A short description of a value for messages. */
export const describe = (x: unknown): string =>
  x === null ? "null" : Array.isArray(x) ? `an array of ${x.length}` : typeof x === "object" ? (x.constructor?.name ?? "an object") : typeof x;

/** Base for layers that take one tensor. */
export abstract class SingleInputLayer extends BaseLayer<Shape> {
  protected inputOf(x: unknown): { tensors: SymbolicTensor[]; shape: Shape } {
    if (Array.isArray(x) && x.every((t) => t instanceof SymbolicTensor))
      return fail(tensorList(this.className, String(x.length)), this.name);
    if (!(x instanceof SymbolicTensor)) return fail(notATensor(this.className, describe(x)), this.name);
    return { tensors: [x], shape: x.shape };
  }
}
