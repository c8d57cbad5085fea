// Models, counts and the type-level API with values the compiler cannot see (review 3, findings 3, 4, 8,
// 11, 13): `any` sizes, a model whose output is typed `SymbolicTensor<any>`, `Fold`/`ParamCount` on `any`,
// an imported model, `Infinity`. Each gives an exact type or an honest unknown (`number`, `Dim[]`), never a
// count of `null`, a false error or a silent `never`. The negative twins, with their error text, are in
// ./errors/soundness-models.ts.
import { expectTypeOf } from "expect-type";
import {
  concatenate,
  dense,
  gate,
  input,
  lstm,
  model,
  parallel,
  repeat,
  residual,
  sequential,
  type AnyLayer,
  type Apply,
  type Dense,
  type Dim,
  type Fold,
  type Model,
  type ModelCall,
  type ModelLayer,
  type ModelListCall,
  type OkShape,
  type ParamCount,
  type Params,
  type Sequential,
  type Shape,
  type SymbolicTensor,
} from "../src/index.js";
import { fromJSON } from "../src/json/index.js";
import type { Add, IsNatural, IsPositiveInt, Mul, NotANaturalNumber, NotPositiveInts } from "../src/core/arith.js";

declare const aa: any;

// --- finding 4: a size typed any (which may be None) leaves a count unknown, number, never null -----------
const anySized = sequential({ layers: [input({ shape: [aa] }), dense({ units: 4 })] });
expectTypeOf(anySized).toEqualTypeOf<Sequential<[null, Dim], [null, 4], Params<number>>>();
expectTypeOf(anySized.countParams()).toEqualTypeOf<number>();
expectTypeOf(sequential({ layers: [input({ shape: [5, aa] }), lstm({ units: 4 }), dense({ units: 2 })] })).toEqualTypeOf<Sequential<[null, 5, Dim], [null, 2], Params<number>>>();
expectTypeOf(sequential({ layers: [dense({ units: 4, inputShape: [aa] })] })).toEqualTypeOf<Sequential<[null, Dim], [null, 4], Params<number>>>();
expectTypeOf(sequential({ layers: [anySized, dense({ units: 2 })] })).toEqualTypeOf<Sequential<[null, Dim], [null, 2], Params<number>>>();
expectTypeOf(sequential().add(input({ shape: [aa] })).add(dense({ units: 4 }))).toEqualTypeOf<Sequential<[null, Dim], [null, 4], Params<number>>>();
expectTypeOf<ParamCount<Dense<4>, [null, number | null]>>().toEqualTypeOf<number>();
expectTypeOf<ParamCount<Dense<4>, [null, 3, any]>>().toEqualTypeOf<number>();
expectTypeOf<ParamCount<typeof anySized>>().toEqualTypeOf<number>();
const anyIn = input({ shape: [aa] });
const anyModel = model({ inputs: anyIn, outputs: dense({ units: 4 })(anyIn) });
expectTypeOf<ParamCount<typeof anyModel>>().toEqualTypeOf<number>();
expectTypeOf(sequential({ layers: [anyIn, anyModel] }).countParams()).toEqualTypeOf<number>();
// A size that is known stays exact beside it.
expectTypeOf(sequential({ layers: [input({ shape: [aa, 5] }), dense({ units: 4 })] })).toEqualTypeOf<Sequential<[null, Dim, 5], [null, Dim, 4], Params<24>>>();

// --- a layer typed only as AnyLayer (an array's element, a parameter of that type) in a Sequential: its rule is
// not known, so its output and weights are unknown (`Dim[]`, `number`), never `Failed<never>`, whose summary()
// and countParams() were false errors (`this` of type `never`), nor "Sequential layer 1: ${string}" in a list.
declare const someLayer: AnyLayer;
const addedAnyLayer = sequential().add(dense({ units: 4, inputShape: [3] })).add(someLayer);
expectTypeOf(addedAnyLayer).toEqualTypeOf<Sequential<[null, 3], Dim[], Params<number>>>();
expectTypeOf(addedAnyLayer.countParams()).toEqualTypeOf<number>();
expectTypeOf(addedAnyLayer.summary()).toEqualTypeOf<string>();
expectTypeOf(addedAnyLayer.add(dense({ units: 2 }))).toEqualTypeOf<Sequential<[null, 3], Dim[], Params<number>>>();
const listedAnyLayer = sequential({ layers: [input({ shape: [3] }), someLayer, dense({ units: 2 })] });
expectTypeOf(listedAnyLayer).toEqualTypeOf<Sequential<[null, 3], Dim[], Params<number>>>();
expectTypeOf(listedAnyLayer.countParams()).toEqualTypeOf<number>();
// Before any input shape it is listed, as any layer is.
expectTypeOf(sequential().add(someLayer)).toEqualTypeOf<Sequential<undefined, [AnyLayer], Params<number>>>();

// --- finding 3: a model whose output (or input) is typed any: its call is unknown, never a false error -----
const i0 = input({ shape: [3] });
const anyOut = model({ inputs: i0, outputs: dense({ units: 2 })(i0) as SymbolicTensor<any> });
expectTypeOf(anyOut(input({ shape: [3] }))).toEqualTypeOf<SymbolicTensor<Dim[]>>(); // runtime: [null, 2]
expectTypeOf(anyOut.apply(input({ shape: [3] }))).toEqualTypeOf<SymbolicTensor<Dim[]>>();
expectTypeOf(sequential({ layers: [input({ shape: [3] }), anyOut, dense({ units: 1 })] })).toEqualTypeOf<Sequential<[null, 3], Dim[], Params<number>>>();
// outputs typed any: one tensor or a list, the types cannot tell; the call is unknown (the runtime refuses a list)
const wholeAny = model({ inputs: i0, outputs: aa });
expectTypeOf(wholeAny).toEqualTypeOf<Model<[null, 3], Shape | readonly Shape[]>>();
expectTypeOf(wholeAny(input({ shape: [3] }))).toEqualTypeOf<SymbolicTensor<Dim[]>>();
// inputs typed any: the call is not checked (the runtime checks it) and its output sizes are unknown
expectTypeOf(model({ inputs: aa, outputs: dense({ units: 2 })(i0) })(input({ shape: [7] }))).toEqualTypeOf<SymbolicTensor<Dim[]>>();
expectTypeOf(model({ inputs: i0 as SymbolicTensor<any>, outputs: dense({ units: 2 })(i0) })(input({ shape: [3] }))).toEqualTypeOf<SymbolicTensor<Dim[]>>();
// one input of two typed any: that one is unknown, the other still checked
const j1 = input({ shape: [4] });
const halfAny = model({ inputs: [i0 as SymbolicTensor<any>, j1], outputs: dense({ units: 2 })(j1) });
expectTypeOf(halfAny([input({ shape: [9] }), input({ shape: [4] })])).toEqualTypeOf<SymbolicTensor<[null, Dim]>>();
// the same models with tensors of known shapes stay exact
expectTypeOf(model({ inputs: i0, outputs: dense({ units: 2 })(i0) })(input({ shape: [3] }))).toEqualTypeOf<SymbolicTensor<[null, 2]>>();

// --- finding 6: helpers generic over their tensor or a size that call a built model or return a count. Their
// types are named (ModelCall, ModelListCall, SequentialCount), so that declaration emit can write them (the
// emit itself is checked by test/consumer/helpers.ts); each call site is exact. ---
const one = model({ inputs: i0, outputs: dense({ units: 2 })(i0) });
const twoIn = model({ inputs: [i0, j1], outputs: concatenate()([i0, j1]) });
function calledModel<S extends Shape>(x: SymbolicTensor<S>) {
  return one(x);
}
function calledTwoInputs<S extends Shape>(x: SymbolicTensor<S>) {
  return twoIn([x, input({ shape: [4] })]);
}
function countOption<const u extends number>(units: u) {
  return sequential({ layers: [input({ shape: [3] }), dense({ units })] }).countParams();
}
function countAdded<const u extends number>(units: u) {
  return sequential().add(input({ shape: [3] })).add(dense({ units })).countParams();
}
function countOn<S extends Shape>(x: SymbolicTensor<S>) {
  return sequential({ layers: [x, dense({ units: 4 })] }).countParams();
}
expectTypeOf(calledModel).returns.toEqualTypeOf<SymbolicTensor<OkShape<ModelCall<[null, 3], [null, 2], SymbolicTensor<Shape>>>>>();
expectTypeOf(calledModel(input({ shape: [3] }))).toEqualTypeOf<SymbolicTensor<[null, 2]>>();
expectTypeOf(calledTwoInputs(input({ shape: [3] }))).toEqualTypeOf<SymbolicTensor<[null, 7]>>();
expectTypeOf(twoIn([input({ shape: [3] }), input({ shape: [4] })])).toEqualTypeOf<SymbolicTensor<[null, 7]>>();
expectTypeOf<ModelListCall<[[null, 3], [null, 4]], [null, 7], [SymbolicTensor<[null, 3]>, SymbolicTensor<[null, 4]>]>>().toEqualTypeOf<[null, 7]>();
expectTypeOf(countOption(4)).toEqualTypeOf<16>();
expectTypeOf(countAdded(4)).toEqualTypeOf<16>();
expectTypeOf(countOn(input({ shape: [3] }))).toEqualTypeOf<16>();

// --- finding 13: 1e400 is the literal type Infinity, no size: the size checks refuse it (errors/soundness-models.ts)
// and arithmetic gives an error, never a digit string read from "Infinity" (was: counts 0 and 4, [null, 0]) ---
const inf = 1e400;
expectTypeOf<IsNatural<typeof inf>>().toEqualTypeOf<false>();
expectTypeOf<IsPositiveInt<typeof inf>>().toEqualTypeOf<false>();
expectTypeOf<IsPositiveInt<-1e400>>().toEqualTypeOf<false>();
expectTypeOf<NotPositiveInts<4 | typeof inf>>().toEqualTypeOf<typeof inf>();
expectTypeOf<Add<typeof inf, 1>>().toEqualTypeOf<NotANaturalNumber<typeof inf>>();
expectTypeOf<Mul<3, typeof inf>>().toEqualTypeOf<NotANaturalNumber<typeof inf>>();
expectTypeOf<IsPositiveInt<1e21>>().toEqualTypeOf<false>(); // as before
expectTypeOf<IsPositiveInt<9007199254740991>>().toEqualTypeOf<true>();

// --- finding 8: the type-level API on a shape typed any: unknown, as Apply reads it (Fold was any, ParamCount
// said "has no input shape") ---
expectTypeOf<Fold<[Dense<4>, Dense<1>], any>>().toEqualTypeOf<Dim[]>();
expectTypeOf<Fold<[Dense<4>], any>>().toEqualTypeOf<Dim[]>();
expectTypeOf<Fold<[], any>>().toEqualTypeOf<Dim[]>();
expectTypeOf<Fold<[Dense<4>], any>>().toEqualTypeOf<Apply<Dense<4>, any>>();
expectTypeOf<Fold<[Dense<4>, Dense<1>], [null, any]>>().toEqualTypeOf<[null, 1]>();
expectTypeOf<ParamCount<Dense<4>, any>>().toEqualTypeOf<number>();
const block = sequential({ layers: [dense({ units: 4 }), dense({ units: 1 })] });
expectTypeOf<ParamCount<typeof block, any>>().toEqualTypeOf<number>();
expectTypeOf<ParamCount<typeof block, [null, 3]>>().toEqualTypeOf<21>();

// --- finding 11: a model read from JSON is a layer of shapes the types do not know (the runtime checks them):
// callable on a tensor or a list, and in a layers list or an .add chain, with a count of number ---
declare const json: string;
const imported = fromJSON(json);
expectTypeOf(imported(input({ shape: [3] }))).toEqualTypeOf<SymbolicTensor<Dim[]>>();
expectTypeOf(imported.apply(input({ shape: [3] }))).toEqualTypeOf<SymbolicTensor<Dim[]>>();
expectTypeOf(imported([input({ shape: [3] }), input({ shape: [4] })])).toEqualTypeOf<SymbolicTensor<Dim[]>>();
expectTypeOf(sequential({ layers: [input({ shape: [3] }), imported, dense({ units: 2 })] })).toEqualTypeOf<Sequential<[null, 3], Dim[], Params<number>>>();
expectTypeOf(sequential().add(input({ shape: [3] })).add(imported).add(dense({ units: 2 }))).toEqualTypeOf<Sequential<[null, 3], Dim[], Params<number>>>();
expectTypeOf(model({ inputs: i0, outputs: dense({ units: 1 })(imported(i0)) })).toEqualTypeOf<Model<[null, 3], Dim[]>>();
expectTypeOf(imported.inputShape).toEqualTypeOf<Shape | readonly Shape[]>();
expectTypeOf(imported).toMatchTypeOf<ModelLayer>();
expectTypeOf(one).toMatchTypeOf<ModelLayer<[null, 3], [null, 2]>>(); // a Model is a ModelLayer too

// --- a block whose part is typed any: its shapes and count are unknown, never the "too deep" error ---------
// The depth of an any part was read as past the limit, so repeat and parallel refused it (TS2345, "blocks can
// nest at most 14 deep"); the runtime builds it (test/soundness-runtime.test.ts). hover4, session 12.
const x3 = input({ shape: [3] });
expectTypeOf(repeat(2, () => aa)(x3)).toEqualTypeOf<SymbolicTensor<Dim[]>>();
expectTypeOf(parallel([aa, dense({ units: 2 })])(x3)).toEqualTypeOf<SymbolicTensor<Dim[]>>();
expectTypeOf(residual(aa)(x3)).toEqualTypeOf<SymbolicTensor<Dim[]>>();
expectTypeOf(gate(aa)(x3)).toEqualTypeOf<SymbolicTensor<Dim[]>>();
expectTypeOf(sequential({ layers: [x3, repeat(2, () => aa), dense({ units: 2 })] })).toEqualTypeOf<Sequential<[null, 3], Dim[], Params<number>>>();
expectTypeOf(sequential({ layers: [x3, residual(aa)] }).countParams()).toEqualTypeOf<number>();
