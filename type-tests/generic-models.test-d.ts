// Models built inside a helper generic over a layer's option (units, filters, returnSequences,
// returnState): the helper's body compiles (the compiler checks it with the parameter open), and each call
// site with a literal gets the exact model. A literal mistake beside the open option is still reported
// in the body (type-tests/errors/generic-models.ts).
import { expectTypeOf } from "expect-type";
import { conv2d, dense, gru, input, lstm, model, sequential, type Failed, type Model, type Params, type Sequential, type Shape, type SymbolicTensor } from "../src/index.js";

const seq3 = input({ shape: [null, 3] });

// sequential({ layers }), with an input tensor first.
function lstmStack<const V extends number>(v: V) {
  return sequential({ layers: [input({ shape: [null, 3] }), lstm({ units: v, returnSequences: false })] });
}
expectTypeOf(lstmStack(4)).toEqualTypeOf<Sequential<[null, null, 3], [null, 4], Params<128>>>();
expectTypeOf(lstmStack(2)).toEqualTypeOf<Sequential<[null, null, 3], [null, 2], Params<48>>>();
function lstmSequences<const V extends boolean>(v: V) {
  return sequential({ layers: [input({ shape: [null, 3] }), lstm({ units: 4, returnSequences: v })] });
}
expectTypeOf(lstmSequences(true)).toEqualTypeOf<Sequential<[null, null, 3], [null, null, 4], Params<128>>>();
expectTypeOf(lstmSequences(false)).toEqualTypeOf<Sequential<[null, null, 3], [null, 4], Params<128>>>();
function denseList<const V extends number>(v: V) {
  return sequential({ layers: [input({ shape: [3] }), dense({ units: v })] });
}
expectTypeOf(denseList(4)).toEqualTypeOf<Sequential<[null, 3], [null, 4], Params<16>>>();
expectTypeOf(denseList(4).countParams()).toEqualTypeOf<16>();
function convList<const V extends number>(v: V) {
  return sequential({ layers: [input({ shape: [8, 8, 3] }), conv2d({ filters: v, kernelSize: 3 })] });
}
expectTypeOf(convList(2)).toEqualTypeOf<Sequential<[null, 8, 8, 3], [null, 6, 6, 2], Params<56>>>();
// With the input shape on the first layer.
function declaredFirst<const V extends number>(v: V) {
  return sequential({ layers: [dense({ units: v, inputShape: [3] })] });
}
expectTypeOf(declaredFirst(4)).toEqualTypeOf<Sequential<[null, 3], [null, 4], Params<16>>>();
function declaredThen<const V extends number>(v: V) {
  return sequential({ layers: [dense({ units: 2, inputShape: [3] }), dense({ units: v })] });
}
expectTypeOf(declaredThen(4)).toEqualTypeOf<Sequential<[null, 3], [null, 4], Params<20>>>();
// A layer after the open one.
function openThenDense<const V extends number>(v: V) {
  return sequential({ layers: [dense({ units: v, inputShape: [3] }), dense({ units: 1 })] });
}
expectTypeOf(openThenDense(4)).toEqualTypeOf<Sequential<[null, 3], [null, 1], Params<21>>>();
// A non-literal argument gives unknown sizes and count, never a confident literal.
declare const n: number;
expectTypeOf(denseList(n)).toEqualTypeOf<Sequential<[null, 3], [null, number], Params<number>>>();

// sequential().add(layer).
function added<const V extends number>(v: V) {
  return sequential().add(input({ shape: [3] })).add(dense({ units: 4 })).add(dense({ units: v }));
}
expectTypeOf(added(2)).toEqualTypeOf<Sequential<[null, 3], [null, 2], Params<26>>>();
function addedFirst<const V extends number>(v: V) {
  return sequential().add(dense({ units: v, inputShape: [3] }));
}
expectTypeOf(addedFirst(4)).toEqualTypeOf<Sequential<[null, 3], [null, 4], Params<16>>>();

// model({ inputs, outputs }): one output, the kind chosen by a generic returnState, a destructured state tuple.
function denseModel<const V extends number>(v: V) {
  const t = input({ shape: [3] });
  return model({ inputs: t, outputs: dense({ units: v })(t) });
}
expectTypeOf(denseModel(4)).toEqualTypeOf<Model<[null, 3], [null, 4]>>();
function gruModel<const V extends boolean>(v: V) {
  const t = input({ shape: [null, 3] });
  return model({ inputs: t, outputs: gru({ units: 4, returnState: v })(t) });
}
expectTypeOf(gruModel(true)).toEqualTypeOf<Model<[null, null, 3], [[null, 4], [null, 4]]>>();
expectTypeOf(gruModel(false)).toEqualTypeOf<Model<[null, null, 3], [null, 4]>>();
function stateModel<const V extends number>(v: V) {
  const t = input({ shape: [null, 3] });
  const [o, s] = gru({ units: v, returnState: true })(t);
  return model({ inputs: t, outputs: [o, s] });
}
expectTypeOf(stateModel(4)).toEqualTypeOf<Model<[null, null, 3], [[null, 4], [null, 4]]>>();

// A model called on a tensor inside the helper: one output gives its tensor, two are refused at the
// helper's call site (its result carries the sentence, which model() then reports).
function calledModel<const V extends boolean>(v: V, x: typeof seq3) {
  return ((t) => model({ inputs: t, outputs: gru({ units: 4, returnState: v })(t) }))(input({ shape: [null, 3] }))(x);
}
expectTypeOf(calledModel(false, seq3)).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
expectTypeOf(calledModel(true, seq3)).toEqualTypeOf<
  SymbolicTensor<Failed<"Functional: a model of 2 outputs cannot be called as a layer yet (a layer call gives one tensor). Fix: call its layers on the tensors instead, or build one model for each output.">>
>();

// countParams() and summary() inside the helper's body: the model may be usable once the helper is called,
// so they are not refused there (they were: "The 'this' context ... is not assignable to ... 'string'");
// the call site gets the exact count, and a model that cannot answer is still refused there
// (type-tests/errors/generic-helpers.ts, seqFailed).
function countInside<S extends Shape>(x: SymbolicTensor<S>) {
  const s = sequential({ layers: [x, dense({ units: 4 })] });
  return [s.countParams(), s.summary()] as const;
}
expectTypeOf(countInside(input({ shape: [3] }))).toEqualTypeOf<readonly [16, string]>();
function countInsideAdd<S extends Shape>(x: SymbolicTensor<S>) {
  return sequential().add(x).add(dense({ units: 4 })).countParams();
}
expectTypeOf(countInsideAdd(input({ shape: [3] }))).toEqualTypeOf<16>();
function countOpenUnits<const V extends number>(v: V) {
  return sequential({ layers: [input({ shape: [3] }), dense({ units: v })] }).countParams();
}
expectTypeOf(countOpenUnits(4)).toEqualTypeOf<16>();
expectTypeOf(countOpenUnits(4 as number)).toEqualTypeOf<number>();

// A layer after the one whose size is open, called or added: the compiler checks the body with the open
// size as a stand-in that passes as any, which the rules used to read as None ("Dense needs the last axis
// (features) of its input defined"); applyRule now reads an any axis as a size it does not know.
function stackCalls<const U extends number>(u: U) {
  return dense({ units: 2 })(dense({ units: u })(input({ shape: [3] })));
}
expectTypeOf(stackCalls(4)).toEqualTypeOf<SymbolicTensor<[null, 2]>>();
function convCalls<const F extends number>(f: F) {
  return conv2d({ filters: 2, kernelSize: 3 })(conv2d({ filters: f, kernelSize: 3 })(input({ shape: [8, 8, 3] })));
}
expectTypeOf(convCalls(4)).toEqualTypeOf<SymbolicTensor<[null, 4, 4, 2]>>();
function addAfterOpen<const U extends number>(u: U) {
  return sequential().add(input({ shape: [3] })).add(dense({ units: u })).add(dense({ units: 1 }));
}
expectTypeOf(addAfterOpen(4)).toEqualTypeOf<Sequential<[null, 3], [null, 1], Params<21>>>();
expectTypeOf(addAfterOpen(4 as number)).toEqualTypeOf<Sequential<[null, 3], [null, 1], Params<number>>>();
