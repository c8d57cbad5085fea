// Positive type tests for Sequential and functional models: typed input and output shapes, the same
// types from chained .add calls and from a layers list.
import { expectTypeOf } from "expect-type";
import {
  add,
  concatenate,
  conv1d,
  dense,
  dropout,
  flatten,
  input,
  model,
  sequential,
  type Dense,
  type ParamCount,
  type Flatten,
  type Model,
  type Params,
  type Sequential,
  type ShapeErr,
  type SymbolicTensor,
} from "../src/index.js";

// --- Sequential ---------------------------------------------------------------------------------------
const s = sequential()
  .add(dense({ units: 4, inputShape: [3] }))
  .add(dense({ units: 4 }))
  .add(dense({ units: 1 }));
expectTypeOf(s).toEqualTypeOf<Sequential<[null, 3], [null, 1], Params<41>>>();
expectTypeOf(s.inputShape).toEqualTypeOf<[null, 3]>();
expectTypeOf(s.outputShape).toEqualTypeOf<[null, 1]>();
// The parameter count is exact at compile time: 16 + 20 + 5 (the seed notes' '45' is a slip).
expectTypeOf(s.countParams()).toEqualTypeOf<41>();
expectTypeOf(s.summary()).toEqualTypeOf<string>();

// Every spelling of the input shape gives the same model type.
const fromList = sequential({ layers: [dense({ units: 4, inputShape: [3] }), dense({ units: 4 }), dense({ units: 1 })] });
expectTypeOf(fromList).toEqualTypeOf<Sequential<[null, 3], [null, 1], Params<41>>>();
expectTypeOf(sequential().add(dense({ units: 4, inputDim: 3 })).add(dense({ units: 1 }))).toEqualTypeOf<Sequential<[null, 3], [null, 1], Params<21>>>();
expectTypeOf(sequential().add(input({ shape: [3] })).add(dense({ units: 1 }))).toEqualTypeOf<Sequential<[null, 3], [null, 1], Params<4>>>();
expectTypeOf(sequential({ layers: [input({ shape: [3] }), dense({ units: 1 })] })).toEqualTypeOf<Sequential<[null, 3], [null, 1], Params<4>>>();
// A list's count is summed when read (issue 17): read through `.add`, through the list of an outer model
// (the inner model is a layer whose weights are its count) and by ParamCount, it is the same literal.
const lazyInner = sequential({ layers: [input({ shape: [3] }), dense({ units: 4 })] });
expectTypeOf(lazyInner.add(dense({ units: 1 }))).toEqualTypeOf<Sequential<[null, 3], [null, 1], Params<21>>>();
expectTypeOf(sequential({ layers: [lazyInner, dense({ units: 1 })] })).toEqualTypeOf<Sequential<[null, 3], [null, 1], Params<21>>>();
expectTypeOf(sequential({ layers: [input({ shape: [3] }), lazyInner, dense({ units: 1 })] }).countParams()).toEqualTypeOf<21>();
expectTypeOf<ParamCount<typeof lazyInner>>().toEqualTypeOf<16>();

// The 30 images of 50x50x3, with a fixed batch in each spelling.
const img = [dense({ units: 8, batchInputShape: [30, 50, 50, 3] }), flatten(), dense({ units: 10 })] as const;
expectTypeOf(sequential({ layers: [...img] })).toEqualTypeOf<Sequential<[30, 50, 50, 3], [30, 10], Params<200042>>>();
expectTypeOf(sequential().add(dense({ units: 8, batchShape: [30, 50, 50, 3] })).add(flatten()).outputShape).toEqualTypeOf<[30, 20000]>();
expectTypeOf(sequential().add(dense({ units: 8, inputShape: [50, 50, 3], batchSize: 30 })).add(flatten()).outputShape).toEqualTypeOf<[30, 20000]>();
expectTypeOf(sequential().add(dense({ units: 8, inputShape: [50, 50, 3] })).add(flatten()).outputShape).toEqualTypeOf<[null, 20000]>();

// Without an input shape the model lists its layers; its shapes are the message saying why not.
const pending = sequential().add(dense({ units: 4 })).add(dropout({ rate: 0.2 }));
expectTypeOf(pending).toEqualTypeOf<Sequential<undefined, [Dense<4>, import("../src/index.js").Dropout], Params<number>>>();
expectTypeOf(pending.outputShape).toEqualTypeOf<
  ShapeErr<"Sequential: the model has no input shape, so its shapes and weights are not known. Fix: give the first layer an input shape, e.g. dense({ units: 4, inputShape: [3] }), or add input({ shape: [3] }) first.">
>();
expectTypeOf(sequential()).toEqualTypeOf<Sequential<undefined, [], Params<number>>>();
// With no layers at all (in TypeScript, usually model.add(...) written as statements), the message says so.
expectTypeOf(sequential().outputShape).toEqualTypeOf<
  ShapeErr<"Sequential: the model has no input shape, as it has no layers. If you added them with model.add(...) written as statements, the variable kept the type it was declared with. Fix: chain the calls, sequential().add(input({ shape: [3] })).add(dense({ units: 4 })), or use what .add returns.">
>();
expectTypeOf(sequential({ layers: [flatten()] })).toEqualTypeOf<Sequential<undefined, [Flatten], Params<number>>>();

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
  expectTypeOf(built3.add(anyLayer)).toEqualTypeOf<Sequential<[null, 3], Dim[], Params<number>>>();
  expectTypeOf(built3.add(anyLayer).countParams()).toEqualTypeOf<number>();
  expectTypeOf(built3.add(anyLayer).add(dense({ units: 1 })).outputShape).toEqualTypeOf<Dim[]>();
  expectTypeOf(sequential().add(anyLayer)).toEqualTypeOf<Sequential<Dim[], Dim[], Params<number>>>();
  expectTypeOf(sequential({ layers: [input({ shape: [3] }), anyLayer, dense({ units: 2 })] })).toEqualTypeOf<Sequential<[null, 3], Dim[], Params<number>>>();
  // A first-layer shape the compiler does not know: the count is `number`, never `never`.
  const dims: number[] = [3];
  const fromDims = sequential().add(dense({ units: 4, inputShape: dims })).add(dense({ units: 2 }));
  expectTypeOf(fromDims).toEqualTypeOf<Sequential<[null, ...number[]], Dim[], Params<number>>>();
  expectTypeOf(fromDims.countParams()).toEqualTypeOf<number>();
  expectTypeOf(sequential({ layers: [dense({ units: 4, inputShape: dims }), dense({ units: 2 })] }).countParams()).toEqualTypeOf<number>();
  expectTypeOf(sequential().add(input({ shape: dims })).add(dense({ units: 2 })).countParams()).toEqualTypeOf<number>();
  const anyShape: any = [3];
  expectTypeOf(sequential().add(dense({ units: 4, inputShape: anyShape })).countParams()).toEqualTypeOf<number>();
  expectTypeOf(sequential().add(input({ shape: anyShape })).add(dense({ units: 2 })).countParams()).toEqualTypeOf<number>();
  const someTensor = input({ shape: [3] }) as SymbolicTensor;
  expectTypeOf(sequential().add(someTensor).add(dense({ units: 2 }))).toEqualTypeOf<Sequential<Shape, Dim[], Params<number>>>();
  expectTypeOf(sequential({ layers: [someTensor, dense({ units: 2 })] }).countParams()).toEqualTypeOf<number>();
  // ParamCount on a shape of unknown rank, and summed over blocks on one.
  expectTypeOf<import("../src/index.js").ParamCount<Dense<4>, [null, ...number[]]>>().toEqualTypeOf<number>();
  expectTypeOf<import("../src/index.js").ParamCount<Dense<4>, Dim[]>>().toEqualTypeOf<number>();
  expectTypeOf(sequential({ layers: [someTensor, sequential({ layers: [dense({ units: 2 })] })] }).countParams()).toEqualTypeOf<number>();
}

// --- a model is a layer (issue 14) ----------------------------------------------------------------------
{
  type Dim = import("../src/index.js").Dim;
  // A functional model is callable and has apply: it checks its input and gives its output shape.
  const img = input({ shape: [28, 28, 1] });
  const encoder = model({ inputs: img, outputs: dense({ units: 8 })(flatten()(img)) });
  const z = input({ shape: [8] });
  const decoder = model({ inputs: z, outputs: dense({ units: 784 })(z) });
  expectTypeOf(decoder(encoder(img))).toEqualTypeOf<SymbolicTensor<[null, 784]>>();
  expectTypeOf(decoder.apply(encoder.apply(img))).toEqualTypeOf<SymbolicTensor<[null, 784]>>();
  // A batch size flows through: the model takes any batch, as Keras's input_spec drops it.
  expectTypeOf(encoder(input({ batchShape: [5, 28, 28, 1] }))).toEqualTypeOf<SymbolicTensor<[5, 8]>>();
  // In a Sequential, by list or .add; the first one gives the model its input shape, as in Keras.
  expectTypeOf(sequential({ layers: [encoder, dense({ units: 1 })] })).toEqualTypeOf<Sequential<[null, 28, 28, 1], [null, 1], Params<number>>>();
  expectTypeOf(sequential().add(encoder).add(decoder)).toEqualTypeOf<Sequential<[null, 28, 28, 1], [null, 784], Params<number>>>();
  expectTypeOf(sequential().add(input({ shape: [8] })).add(decoder).outputShape).toEqualTypeOf<[null, 784]>();
  // Several inputs take a list of tensors.
  const x1 = input({ shape: [3] });
  const x2 = input({ shape: [4] });
  const two = model({ inputs: [x1, x2], outputs: dense({ units: 1 })(concatenate()([x1, x2])) });
  expectTypeOf(two([input({ shape: [3] }), input({ shape: [4] })])).toEqualTypeOf<SymbolicTensor<[null, 1]>>();
  expectTypeOf(two([input({ batchShape: [2, 3] }), input({ batchShape: [2, 4] })])).toEqualTypeOf<SymbolicTensor<[2, 1]>>();
  expectTypeOf(two([input({ batchShape: [2, 3] }), input({ shape: [4] })])).toEqualTypeOf<SymbolicTensor<[Dim, 1]>>();

  // Called on another shape: the types keep no graph, so sizes the model was built without become
  // unknown (`number | null`), never the stored None: Keras gives (None, 8, 2), the runtime too.
  const seqIn = input({ shape: [null, 3] });
  const conv = model({ inputs: seqIn, outputs: conv1d({ filters: 2, kernelSize: 3 })(seqIn) });
  expectTypeOf(conv.outputShape).toEqualTypeOf<[null, null, 2]>();
  expectTypeOf(conv(input({ shape: [10, 3] }))).toEqualTypeOf<SymbolicTensor<[null, Dim, 2]>>();
  expectTypeOf(conv(input({ shape: [null, 3] }))).toEqualTypeOf<SymbolicTensor<[null, null, 2]>>();
  // Built on (None, 10, 3), called on (None, None, 3): any output size may depend on the 10 (the types
  // cannot tell the 8 from the 2 filters), so all are unknown; the runtime gives (None, None, 2).
  const fixedIn = input({ shape: [10, 3] });
  const fixed = model({ inputs: fixedIn, outputs: conv1d({ filters: 2, kernelSize: 3 })(fixedIn) });
  expectTypeOf(fixed(input({ shape: [null, 3] }))).toEqualTypeOf<SymbolicTensor<[null, Dim, Dim]>>();
  expectTypeOf(fixed(input({ shape: [10, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 8, 2]>>();
  // A block (a Sequential without an input shape) holds its layers in its type: each call stacks them
  // again on the tensor's shape, so it gives Keras's exact sizes, and a step too short is its error.
  const block = sequential({ layers: [conv1d({ filters: 2, kernelSize: 3 })] });
  expectTypeOf(block(input({ shape: [10, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 8, 2]>>();
  expectTypeOf(block(input({ shape: [null, 3] }))).toEqualTypeOf<SymbolicTensor<[null, null, 2]>>();
  // A Sequential built with batch size 2, called on a None-batch tensor: (None, 2), as it runs (was [2, 2]).
  const batch2 = sequential({ layers: [input({ batchShape: [2, 3] }), dense({ units: 2 })] });
  expectTypeOf(batch2(input({ shape: [3] }))).toEqualTypeOf<SymbolicTensor<[null, 2]>>();
  expectTypeOf(batch2(input({ batchShape: [7, 3] }))).toEqualTypeOf<SymbolicTensor<[7, 2]>>();
  // A model of unknown shapes (the default type arguments) gives an output of unknown rank.
  const anyModel = encoder as Model;
  expectTypeOf(anyModel(img)).toEqualTypeOf<SymbolicTensor<Dim[]>>();
}

// A layers list adds its layers' weight counts in digit form, a chain of .add calls one at a time: the
// same totals, exact or unknown (a non-literal or union size), and the same for a block's own count.
{
  const u = 4 as number;
  const w = 4 as 4 | 8;
  const exact = sequential({ layers: [input({ shape: [3] }), dense({ units: 4 }), dense({ units: 2 })] });
  expectTypeOf(exact.countParams()).toEqualTypeOf<26>();
  expectTypeOf(exact.countParams()).toEqualTypeOf(sequential().add(input({ shape: [3] })).add(dense({ units: 4 })).add(dense({ units: 2 })).countParams());
  const wide = sequential({ layers: [input({ shape: [3] }), dense({ units: u }), dense({ units: 2 })] });
  expectTypeOf(wide.countParams()).toEqualTypeOf<number>();
  expectTypeOf(wide.countParams()).toEqualTypeOf(sequential().add(input({ shape: [3] })).add(dense({ units: u })).add(dense({ units: 2 })).countParams());
  const union = sequential({ layers: [input({ shape: [3] }), dense({ units: w }), dense({ units: 2 })] });
  expectTypeOf(union.countParams()).toEqualTypeOf<number>();
  expectTypeOf(union.countParams()).toEqualTypeOf(sequential().add(input({ shape: [3] })).add(dense({ units: w })).add(dense({ units: 2 })).countParams());
  const inner = sequential({ layers: [dense({ units: 4 }), dense({ units: 2 })] });
  expectTypeOf<import("../src/index.js").ParamCount<typeof inner, [null, 3]>>().toEqualTypeOf<26>();
  expectTypeOf(sequential({ layers: [input({ shape: [3] }), inner, dense({ units: 1 })] }).countParams()).toEqualTypeOf<29>();
  const big = sequential({ layers: [input({ shape: [4096] }), dense({ units: 4096 }), dense({ units: 4096 }), dense({ units: 1000 })] });
  expectTypeOf(big.countParams()).toEqualTypeOf<37659624>();
  // @ts-expect-error: a non-literal size leaves the total unknown, never a literal
  expectTypeOf(wide.countParams()).toEqualTypeOf<26>();
}

// A block's list (no input shape) is typed without a fold when every entry is a layer and the first
// declares no input (hover2): the same type as the fold, and the fold still runs for anything else.
import { residual, type Dim, type Dropout, type Residual } from "../src/index.js";
expectTypeOf(sequential({ layers: [dense({ units: 4 }), dropout({ rate: 0.2 }), dense({ units: 1 })] })).toEqualTypeOf<
  Sequential<undefined, [Dense<4>, Dropout<{}, undefined>, Dense<1>], Params<number>>
>();
expectTypeOf(sequential({ layers: [residual(dense({ units: 4 })), dense({ units: 2 })] })).toEqualTypeOf<
  Sequential<undefined, [Residual<Dense<4>, undefined>, Dense<2>], Params<number>>
>();
// A later layer's declared input is not the block's (as with .add): listed, not applied.
expectTypeOf(sequential({ layers: [dense({ units: 4 }), dense({ units: 2, inputShape: [7] })] })).toEqualTypeOf<
  Sequential<undefined, [Dense<4>, Dense<{ units: 2; batchInputShape: [null, 7] }>], Params<number>>
>();
// An `any` entry leaves every shape and the count unknown, never a listed block.
declare const anyLayer: any;
expectTypeOf(sequential({ layers: [dense({ units: 4 }), anyLayer] })).toEqualTypeOf<Sequential<Dim[], Dim[], Params<number>>>();
