// Positive type tests for Sequential and functional models: typed input and output shapes, the same
// types from chained .add calls and from a layers list.
import { expectTypeOf } from "expect-type";
import {
  add,
  concatenate,
  dense,
  dropout,
  flatten,
  input,
  model,
  sequential,
  type Dense,
  type Flatten,
  type Model,
  type Sequential,
  type ShapeErr,
  type SymbolicTensor,
} from "../src/index.js";

// --- Sequential ---------------------------------------------------------------------------------------
const s = sequential()
  .add(dense({ units: 4, inputShape: [3] }))
  .add(dense({ units: 4 }))
  .add(dense({ units: 1 }));
expectTypeOf(s).toEqualTypeOf<Sequential<[null, 3], [null, 1], 41>>();
expectTypeOf(s.inputShape).toEqualTypeOf<[null, 3]>();
expectTypeOf(s.outputShape).toEqualTypeOf<[null, 1]>();
// The parameter count is exact at compile time: 16 + 20 + 5 (the seed notes' '45' is a slip).
expectTypeOf(s.countParams()).toEqualTypeOf<41>();
expectTypeOf(s.summary()).toEqualTypeOf<string>();

// Every spelling of the input shape gives the same model type.
const fromList = sequential({ layers: [dense({ units: 4, inputShape: [3] }), dense({ units: 4 }), dense({ units: 1 })] });
expectTypeOf(fromList).toEqualTypeOf<Sequential<[null, 3], [null, 1], 41>>();
expectTypeOf(sequential().add(dense({ units: 4, inputDim: 3 })).add(dense({ units: 1 }))).toEqualTypeOf<Sequential<[null, 3], [null, 1], 21>>();
expectTypeOf(sequential().add(input({ shape: [3] })).add(dense({ units: 1 }))).toEqualTypeOf<Sequential<[null, 3], [null, 1], 4>>();
expectTypeOf(sequential({ layers: [input({ shape: [3] }), dense({ units: 1 })] })).toEqualTypeOf<Sequential<[null, 3], [null, 1], 4>>();

// The 30 images of 50x50x3, with a fixed batch in each spelling.
const img = [dense({ units: 8, batchInputShape: [30, 50, 50, 3] }), flatten(), dense({ units: 10 })] as const;
expectTypeOf(sequential({ layers: [...img] })).toEqualTypeOf<Sequential<[30, 50, 50, 3], [30, 10], 200042>>();
expectTypeOf(sequential().add(dense({ units: 8, batchShape: [30, 50, 50, 3] })).add(flatten()).outputShape).toEqualTypeOf<[30, 20000]>();
expectTypeOf(sequential().add(dense({ units: 8, inputShape: [50, 50, 3], batchSize: 30 })).add(flatten()).outputShape).toEqualTypeOf<[30, 20000]>();
expectTypeOf(sequential().add(dense({ units: 8, inputShape: [50, 50, 3] })).add(flatten()).outputShape).toEqualTypeOf<[null, 20000]>();

// Without an input shape the model lists its layers; its shapes are the message saying why not.
const pending = sequential().add(dense({ units: 4 })).add(dropout({ rate: 0.2 }));
expectTypeOf(pending).toEqualTypeOf<Sequential<undefined, [Dense<4>, import("../src/index.js").Dropout], 0>>();
expectTypeOf(pending.outputShape).toEqualTypeOf<
  ShapeErr<"Sequential: the model has no input shape, so its shapes and weights are not known. Fix: give the first layer an input shape, e.g. dense({ units: 4, inputShape: [3] }), or add input({ shape: [3] }) first.">
>();
expectTypeOf(sequential()).toEqualTypeOf<Sequential<undefined, [], 0>>();
expectTypeOf(sequential({ layers: [flatten()] })).toEqualTypeOf<Sequential<undefined, [Flatten], 0>>();

// --- functional ---------------------------------------------------------------------------------------
const inp = input({ shape: [3] });
const h1 = dense({ units: 4 })(inp);
const h2 = dense({ units: 4 }).apply(h1);
const out = dense({ units: 1 })(h2);
const m = model({ inputs: inp, outputs: out });
expectTypeOf(m).toEqualTypeOf<Model<[null, 3], [null, 1]>>();
expectTypeOf(m.inputShape).toEqualTypeOf<[null, 3]>();
expectTypeOf(m.outputShape).toEqualTypeOf<[null, 1]>();

// Several inputs and outputs: tuples of shapes.
const other = input({ shape: [5] });
const joined = concatenate()([add()([h1, h2]), other]);
const m2 = model({ inputs: [inp, other], outputs: [joined, out] });
expectTypeOf(m2).toEqualTypeOf<Model<[[null, 3], [null, 5]], [[null, 9], [null, 1]]>>();
expectTypeOf(joined).toEqualTypeOf<SymbolicTensor<[null, 9]>>();

// A list of layers the compiler only knows as an array gives a model of unknown shapes, not an error.
const someLayers = [dense({ units: 4, inputShape: [3] }), dense({ units: 1 })];
expectTypeOf(sequential({ layers: someLayers })).toEqualTypeOf<Sequential<import("../src/index.js").Dim[], import("../src/index.js").Dim[]>>();
expectTypeOf(sequential({ layers: someLayers }).countParams()).toEqualTypeOf<number>();

// --- what the compiler cannot know stays unknown (issue 11) ---------------------------------------------
{
  type Dim = import("../src/index.js").Dim;
  type Shape = import("../src/index.js").Shape;
  // An `any` layer (from an untyped module) in .add: a model of unknown shapes, no error, count `number`.
  const anyLayer: any = dense({ units: 2 });
  const built3 = sequential().add(dense({ units: 4, inputShape: [3] }));
  expectTypeOf(built3.add(anyLayer)).toEqualTypeOf<Sequential<[null, 3], Dim[], number>>();
  expectTypeOf(built3.add(anyLayer).countParams()).toEqualTypeOf<number>();
  expectTypeOf(built3.add(anyLayer).add(dense({ units: 1 })).outputShape).toEqualTypeOf<Dim[]>();
  expectTypeOf(sequential().add(anyLayer)).toEqualTypeOf<Sequential<Dim[], Dim[], number>>();
  expectTypeOf(sequential({ layers: [input({ shape: [3] }), anyLayer, dense({ units: 2 })] })).toEqualTypeOf<Sequential<[null, 3], Dim[], number>>();
  // A first-layer shape the compiler does not know: the count is `number`, never `never`.
  const dims: number[] = [3];
  const fromDims = sequential().add(dense({ units: 4, inputShape: dims })).add(dense({ units: 2 }));
  expectTypeOf(fromDims).toEqualTypeOf<Sequential<[null, ...number[]], Dim[], number>>();
  expectTypeOf(fromDims.countParams()).toEqualTypeOf<number>();
  expectTypeOf(sequential({ layers: [dense({ units: 4, inputShape: dims }), dense({ units: 2 })] }).countParams()).toEqualTypeOf<number>();
  expectTypeOf(sequential().add(input({ shape: dims })).add(dense({ units: 2 })).countParams()).toEqualTypeOf<number>();
  const anyShape: any = [3];
  expectTypeOf(sequential().add(dense({ units: 4, inputShape: anyShape })).countParams()).toEqualTypeOf<number>();
  expectTypeOf(sequential().add(input({ shape: anyShape })).add(dense({ units: 2 })).countParams()).toEqualTypeOf<number>();
  const someTensor = input({ shape: [3] }) as SymbolicTensor;
  expectTypeOf(sequential().add(someTensor).add(dense({ units: 2 }))).toEqualTypeOf<Sequential<Shape, Dim[], number>>();
  expectTypeOf(sequential({ layers: [someTensor, dense({ units: 2 })] }).countParams()).toEqualTypeOf<number>();
  // ParamCount on a shape of unknown rank, and summed over blocks on one.
  expectTypeOf<import("../src/index.js").ParamCount<Dense<4>, [null, ...number[]]>>().toEqualTypeOf<number>();
  expectTypeOf<import("../src/index.js").ParamCount<Dense<4>, Dim[]>>().toEqualTypeOf<number>();
  expectTypeOf(sequential({ layers: [someTensor, sequential({ layers: [dense({ units: 2 })] })] }).countParams()).toEqualTypeOf<number>();
}
