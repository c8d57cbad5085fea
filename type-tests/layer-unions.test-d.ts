// A union of layers (`c ? dense({ units: 4 }) : dense({ units: 8 })`): a call gives the union of each
// member's output, never one member's literal (the runtime gives [null, 8] when c is false). The negative
// twins (a member that cannot take the input) are in ./errors/soundness-kinds.ts.
import { expectTypeOf } from "expect-type";
import {
  add,
  bidirectional,
  gru,
  type ParamCount,
  concatenate,
  conv2d,
  dense,
  input,
  lstm,
  maxPooling2d,
  type Dim,
  model,
  parallel,
  pipe,
  sequential,
  type SymbolicTensor,
  conv1d,
  dropout,
  type Shape,
  type Failed,
  centerCrop,
  prelu,
  resizing,
  rnn,
  simpleRNNCell,
  lstmCell,
  type GRUCell,
  gruCell,
} from "../src/index.js";

declare const c: boolean;
const x = input({ shape: [3] });

// --- same class: direct call, .apply, either order --------------------------------------------------------
const d48 = c ? dense({ units: 4 }) : dense({ units: 8 });
expectTypeOf(d48(x)).toEqualTypeOf<SymbolicTensor<[null, 4]> | SymbolicTensor<[null, 8]>>();
expectTypeOf(d48.apply(x)).toEqualTypeOf<SymbolicTensor<[null, 4]> | SymbolicTensor<[null, 8]>>();
const d84 = c ? dense({ units: 8 }) : dense({ units: 4 });
expectTypeOf(d84(x)).toEqualTypeOf<SymbolicTensor<[null, 8]> | SymbolicTensor<[null, 4]>>();

// Two kernels, two pools: each member's own sizes.
const kernels = c ? conv2d({ filters: 4, kernelSize: 3 }) : conv2d({ filters: 4, kernelSize: 5 });
expectTypeOf(kernels(input({ shape: [28, 28, 1] }))).toEqualTypeOf<SymbolicTensor<[null, 26, 26, 4]> | SymbolicTensor<[null, 24, 24, 4]>>();
const pools = c ? maxPooling2d({ poolSize: 2 }) : maxPooling2d({ poolSize: 4 });
expectTypeOf(pools(input({ shape: [8, 8, 1] }))).toEqualTypeOf<SymbolicTensor<[null, 4, 4, 1]> | SymbolicTensor<[null, 2, 2, 1]>>();

// --- mixed classes: a Dense or an LSTM, both valid on a sequence -------------------------------------------
const seq = input({ shape: [5, 3] });
const mixed = c ? dense({ units: 4 }) : lstm({ units: 4 });
expectTypeOf(mixed(seq)).toEqualTypeOf<SymbolicTensor<[null, 5, 4]> | SymbolicTensor<[null, 4]>>();
// A Bidirectional of a union of layers: its backward layer is a copy of the member chosen, so the outputs (and
// weights) are each member's doubled, never one member's forward with the other's backward ([null, 12] here).
const bi = bidirectional({ layer: c ? lstm({ units: 4 }) : gru({ units: 8 }) });
expectTypeOf(bi(seq)).toEqualTypeOf<SymbolicTensor<[null, 8] | [null, 16]>>();
expectTypeOf<ParamCount<typeof bi, [null, 5, 3]>>().toEqualTypeOf<256 | 624>();
expectTypeOf(mixed.apply(seq)).toEqualTypeOf<SymbolicTensor<[null, 5, 4]> | SymbolicTensor<[null, 4]>>();

// --- a functional model's output, a layers list, .add -----------------------------------------------------
expectTypeOf(model({ inputs: x, outputs: d48(x) })).toEqualTypeOf(model({ inputs: x, outputs: null! as SymbolicTensor<[null, 4] | [null, 8]> }));
const listed = sequential({ layers: [input({ shape: [3] }), d48] });
expectTypeOf(listed.outputShape).toEqualTypeOf<[null, 4] | [null, 8]>();
expectTypeOf(listed.countParams()).toEqualTypeOf<16 | 32>();
expectTypeOf(sequential().add(input({ shape: [3] })).add(d48)).toEqualTypeOf(listed);

// A switch of two calls written in place in a layers list: the same model as with the switch in a const
// (it was a false error as the list's last entry: "Sequential layer 1", a model of unknown shapes).
expectTypeOf(sequential({ layers: [input({ shape: [3] }), c ? dense({ units: 4 }) : dense({ units: 8 })] })).toEqualTypeOf(listed);
expectTypeOf(sequential({ layers: [input({ shape: [3] }), c ? dense({ units: 4 }) : dense({ units: 8 }), dense({ units: 2 })] }).countParams()).toEqualTypeOf<26 | 50>();
expectTypeOf(sequential({ name: "s", layers: [dense({ units: 5, inputShape: [3] }), c ? dense({ units: 4 }) : dense({ units: 8 })] }).outputShape).toEqualTypeOf<[null, 4] | [null, 8]>();
expectTypeOf(sequential({ layers: [c ? dense({ units: 4 }) : dense({ units: 8 })] })).toEqualTypeOf(sequential({ layers: [d48] }));
expectTypeOf(sequential({ layers: [input({ shape: [3] }), c ? dense({ units: 4 }) : dense({ units: 4 })] }).outputShape).toEqualTypeOf<[null, 4]>();

// --- pipe: a union step gives the union of its members' outputs, wherever it stands --------------------------
type d4or8 = SymbolicTensor<[null, 4]> | SymbolicTensor<[null, 8]>;
expectTypeOf(pipe(x, d48)).toEqualTypeOf<d4or8>();
expectTypeOf(pipe(x, c ? dense({ units: 4 }) : dense({ units: 8 }))).toEqualTypeOf<d4or8>();
expectTypeOf(pipe(x, d48, dense({ units: 2 }))).toEqualTypeOf<SymbolicTensor<[null, 2]>>();
expectTypeOf(pipe(x, d48, d48)).toEqualTypeOf<d4or8>();
// After a layer or a helper (which the compiler infers in a second pass): the union was a false error there.
expectTypeOf(pipe(x, dense({ units: 5 }), d48)).toEqualTypeOf<d4or8>();
expectTypeOf(pipe(x, (t) => dense({ units: 5 })(t), d48)).toEqualTypeOf<d4or8>();
expectTypeOf(pipe(seq, mixed)).toEqualTypeOf<SymbolicTensor<[null, 5, 4]> | SymbolicTensor<[null, 4]>>();
// Models and Sequentials, in a variable or written in place.
const m4 = model({ inputs: x, outputs: dense({ units: 4 })(x) });
const m8 = model({ inputs: x, outputs: dense({ units: 8 })(x) });
const models = c ? m4 : m8;
// A union of functional models in a variable takes pipe's ordinary signature, where the compiler reads
// the models' calls erased: an honest unknown rank, not one member's shape (written in place, exact).
expectTypeOf(pipe(x, models)).toEqualTypeOf<SymbolicTensor<Dim[]>>();
expectTypeOf(pipe(x, c ? m4 : m8)).toEqualTypeOf<d4or8>();
const stacks = c ? sequential({ layers: [dense({ units: 4 })] }) : sequential({ layers: [dense({ units: 8 })] });
expectTypeOf(pipe(x, stacks)).toEqualTypeOf<d4or8>();
// A member of several outputs gives its tuple, as its call does.
const states = c ? lstm({ units: 2, returnState: true }) : lstm({ units: 2 });
expectTypeOf(pipe(seq, states)).toEqualTypeOf<[SymbolicTensor<[null, 2]>, SymbolicTensor<[null, 2]>, SymbolicTensor<[null, 2]>] | SymbolicTensor<[null, 2]>>();
expectTypeOf(pipe(seq, states)).toEqualTypeOf(states(seq));
// Ordinary steps are unchanged: layers, a generic helper, a lambda, a step of several outputs last.
expectTypeOf(pipe(x, dense({ units: 4 }), dense({ units: 1 }))).toEqualTypeOf<SymbolicTensor<[null, 1]>>();
expectTypeOf(pipe(seq, lstm({ units: 2, returnState: true }))).toEqualTypeOf<[SymbolicTensor<[null, 2]>, SymbolicTensor<[null, 2]>, SymbolicTensor<[null, 2]>]>();
expectTypeOf(pipe(x)).toEqualTypeOf<SymbolicTensor<[null, 3]>>();

// --- an ordinary (non-union) call is unchanged ------------------------------------------------------------
expectTypeOf(dense({ units: 4 })(x)).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
expectTypeOf(lstm({ units: 4 })(seq)).toEqualTypeOf<SymbolicTensor<[null, 4]>>();

// --- a union option value that fails only against the input: what the compiler checks, and what it leaves ---
// A union in an option the input's sizes decide (a kernel, a pool size, a padding) is read as a size the
// compiler does not know: the sizes it decides are `number`, and no member is checked against the input,
// not even one that cannot take it (kernel 5 on 4 columns). The runtime refuses that member
// (test/soundness-runtime.test.ts, section 7). Checked at compile time: a member invalid whatever the
// input (units: 0 | 4), and a union of tensor shapes given to a layer of one input (./errors/soundness-kinds.ts).
declare const k35: 3 | 5;
declare const p24: 2 | 4;
declare const samePad: "same" | "valid";
expectTypeOf(conv2d({ filters: 8, kernelSize: k35 })(input({ shape: [28, 4, 3] }))).toEqualTypeOf<SymbolicTensor<[null, number, number, 8]>>();
expectTypeOf(maxPooling2d({ poolSize: p24 })(input({ shape: [3, 3, 1] }))).toEqualTypeOf<SymbolicTensor<[null, number, number, 1]>>();
expectTypeOf(conv2d({ filters: 8, kernelSize: 3, padding: samePad })(input({ shape: [2, 28, 3] }))).toEqualTypeOf<SymbolicTensor<[null, number, number, 8]>>();
// A merge's list: each member of a union shape that can join gives its output; one that cannot is left to
// the runtime ([null, 4] cannot be added to [null, 3]; [null, 1] broadcasts).
declare const u41: SymbolicTensor<[null, 4] | [null, 1]>;
expectTypeOf(add()([u41, input({ shape: [3] })])).toEqualTypeOf<SymbolicTensor<[null, 3]>>();
export type { Dim };

// --- no public path reduces a union of layers to one member (review finding 2's mechanism) ----------------
// Two layers of one kind with different options are distinct types (neither assignable to the other), so
// the compiler's subtype reduction of an array literal or a switch keeps both; each pick gives each output.
const listOf = [dense({ units: 4 }), dense({ units: 8 })];
expectTypeOf(listOf).toEqualTypeOf<(typeof d48)[]>();
expectTypeOf(listOf[0]!(x)).toEqualTypeOf<d4or8>();
const convList = [conv2d({ filters: 4, kernelSize: 3 }), conv2d({ filters: 4, kernelSize: 5 })];
expectTypeOf(convList[1]!(input({ shape: [28, 28, 1] }))).toEqualTypeOf<SymbolicTensor<[null, 26, 26, 4]> | SymbolicTensor<[null, 24, 24, 4]>>();
expectTypeOf([m4, m8][0]!(x)).toEqualTypeOf<d4or8>();
expectTypeOf([d48][0]!(x)).toEqualTypeOf<d4or8>();
// Equal options in another spelling: one kind's two configs that decide the same shapes may be one type.
const strided = c ? conv2d({ filters: 4, kernelSize: 3 }) : conv2d({ filters: 4, kernelSize: 3, strides: 2 });
expectTypeOf(strided(input({ shape: [28, 28, 1] }))).toEqualTypeOf<SymbolicTensor<[null, 26, 26, 4]> | SymbolicTensor<[null, 13, 13, 4]>>();
expectTypeOf(sequential({ layers: [x, c ? dense({ units: 4 }) : dense({ units: 4, useBias: false })] }).countParams()).toEqualTypeOf<16 | 12>();
// Tensors: a switch inside model({ outputs }) (alone or in a list) keeps both shapes; a concatenate or a
// parallel block given a union is honest (`number` for the joined axis), never one member's size.
const t4 = dense({ units: 4 })(x);
const t8 = dense({ units: 8 })(x);
expectTypeOf(model({ inputs: x, outputs: c ? t4 : t8 }).outputShape).toEqualTypeOf<[null, 4] | [null, 8]>();
expectTypeOf(model({ inputs: x, outputs: [c ? t4 : t8, t4] }).outputShape).toEqualTypeOf<[[null, 4] | [null, 8], [null, 4]]>();
expectTypeOf(concatenate()([c ? t4 : t8, x])).toEqualTypeOf<SymbolicTensor<[null, number]>>();
expectTypeOf(parallel([c ? dense({ units: 4 }) : dense({ units: 8 }), dense({ units: 2 })])(x)).toEqualTypeOf<SymbolicTensor<[null, number]>>();
expectTypeOf(parallel([dense({ units: 4 }), dense({ units: 8 })])(x)).toEqualTypeOf<SymbolicTensor<[null, 12]>>();

// --- pipe with a switch of layers in a helper generic over its tensor (review s11, findings 1 and 2) -------
// Each member of the switch, instantiated on the helper's `S`, was related to the other (the compiler
// compared their open outputs by shape alone), so the switch kept its first member: `[null, 4]` at the
// call where the runtime gives [null, 8] for c false (TS 7 and 6.0), a silent `unknown` on 5.x, and a
// crash of TypeScript 5.3 and 5.9 ("Debug Failure. No error for 3 or fewer overload signatures") with a
// step after the switch. This file is compiled by all four compilers, so the crash case is checked here.
function switchFirst<S extends Shape>(t: SymbolicTensor<S>) {
  return pipe(t, c ? dense({ units: 4 }) : dense({ units: 8 }), dense({ units: 2 }));
}
function switchOnly<S extends Shape>(t: SymbolicTensor<S>) {
  return pipe(t, c ? dense({ units: 4 }) : dense({ units: 8 }));
}
function switchLast<S extends Shape>(t: SymbolicTensor<S>) {
  return pipe(t, dense({ units: 2 }), c ? dense({ units: 4 }) : dense({ units: 8 }));
}
function kernelsIn<S extends Shape>(t: SymbolicTensor<S>) {
  return pipe(t, c ? conv1d({ filters: 2, kernelSize: 3 }) : conv1d({ filters: 2, kernelSize: 5 }));
}
function kinds<S extends Shape>(t: SymbolicTensor<S>) {
  return pipe(t, c ? dense({ units: 4 }) : dropout({ rate: 0.5 }));
}
function recurrent<S extends Shape>(t: SymbolicTensor<S>) {
  return pipe(t, c ? lstm({ units: 4 }) : gru({ units: 8 }));
}
function held<S extends Shape>(t: SymbolicTensor<S>) {
  return pipe(t, d48, dense({ units: 2 }));
}
function modelsIn<S extends Shape>(t: SymbolicTensor<S>) {
  return pipe(t, c ? m4 : m8);
}
function stacksIn<S extends Shape>(t: SymbolicTensor<S>) {
  return pipe(t, c ? sequential({ layers: [dense({ units: 4 })] }) : sequential({ layers: [dense({ units: 8 })] }));
}
expectTypeOf(switchFirst(x)).toEqualTypeOf<SymbolicTensor<[null, 2]>>();
expectTypeOf(switchOnly(x)).toEqualTypeOf<d4or8>();
expectTypeOf(switchLast(x)).toEqualTypeOf<d4or8>();
expectTypeOf(kernelsIn(input({ shape: [10, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 8, 2]> | SymbolicTensor<[null, 6, 2]>>();
expectTypeOf(kinds(x)).toEqualTypeOf<SymbolicTensor<[null, 4]> | SymbolicTensor<[null, 3]>>();
expectTypeOf(recurrent(seq)).toEqualTypeOf<SymbolicTensor<[null, 4]> | SymbolicTensor<[null, 8]>>();
expectTypeOf(held(x)).toEqualTypeOf<SymbolicTensor<[null, 2]>>();
expectTypeOf(modelsIn(x)).toEqualTypeOf<d4or8>();
expectTypeOf(stacksIn(x)).toEqualTypeOf<d4or8>();
// Two layers of one kind with several outputs (returnState) read each output through `OutputAt`, which
// needed the same layer in its extends type as `Output`: TS 7 kept one member (`[null, 8]` three times) where
// the runtime gives [null, 4] for c true (the session's re-read of its change).
function stateSwitch<S extends Shape>(t: SymbolicTensor<S>) {
  return pipe(t, c ? lstm({ units: 4, returnState: true }) : lstm({ units: 8, returnState: true }));
}
function sameKind<S extends Shape>(t: SymbolicTensor<S>) {
  return pipe(t, c ? lstm({ units: 4 }) : lstm({ units: 8 }), dense({ units: 2 }));
}
type st<n extends number> = [SymbolicTensor<[null, n]>, SymbolicTensor<[null, n]>, SymbolicTensor<[null, n]>];
expectTypeOf(stateSwitch(seq)).toEqualTypeOf<st<4> | st<8>>();
expectTypeOf(sameKind(seq)).toEqualTypeOf<SymbolicTensor<[null, 2]>>();
// The helper's own type names each member's output on `S`, as a direct call's does.
expectTypeOf(switchOnly<[null, 3]>).returns.toEqualTypeOf<d4or8>();
// A member that cannot take the call's input is its Failed shape, as a helper's layer is (the LSTM on [null, 3]).
function mixed3<S extends Shape>(t: SymbolicTensor<S>) {
  return pipe(t, c ? dense({ units: 4 }) : lstm({ units: 8 }));
}
expectTypeOf(mixed3(x)).toEqualTypeOf<
  | SymbolicTensor<[null, 4]>
  | SymbolicTensor<Failed<"LSTM needs (batch, steps, features), an input of rank 3, but got (None, 3) of rank 2. Fix: give each sample a time axis and a feature axis, e.g. input({ shape: [10, 8] }) makes (None, 10, 8); for token ids, put embedding({ inputDim, outputDim }) first.">>
>();

// --- many switches in one layers list: each doubles the walks that sum the count (review s11, finding 12) --
// Up to 8 switches the count is the exact union of sums; past that it is `number` (at 15 the compiler
// stopped with TS2589 and the count read `any`). The shapes stay exact either way.
const sw = c ? dense({ units: 1 }) : dense({ units: 2 });
const eight = sequential({ layers: [input({ shape: [1] }), sw, sw, sw, sw, sw, sw, sw, sw] });
expectTypeOf<number extends ReturnType<typeof eight.countParams> ? "number" : "exact">().toEqualTypeOf<"exact">();
expectTypeOf<16 | 46 extends ReturnType<typeof eight.countParams> ? true : false>().toEqualTypeOf<true>();
const nine = sequential({ layers: [input({ shape: [1] }), sw, sw, sw, sw, sw, sw, sw, sw, sw] });
expectTypeOf(nine.countParams()).toEqualTypeOf<number>();
expectTypeOf(nine.outputShape).toEqualTypeOf<[null, 1] | [null, 2]>();

// --- Bidirectional of a layer with returnState: boolean: the copy returns states when the forward does ------
// (review s11, finding 7: the type also had the forward states without the backward ones, which cannot run).
type T4 = SymbolicTensor<[null, 4]>;
expectTypeOf(bidirectional({ layer: lstm({ units: 4, returnState: c }) })(seq)).toEqualTypeOf<SymbolicTensor<[null, 8]> | [SymbolicTensor<[null, 8]>, T4, T4, T4, T4]>();
expectTypeOf(bidirectional({ layer: gru({ units: 4, returnState: c }) })(seq)).toEqualTypeOf<SymbolicTensor<[null, 8]> | [SymbolicTensor<[null, 8]>, T4, T4]>();
expectTypeOf(bidirectional({ layer: lstm({ units: 4, returnState: c }), mergeMode: null })(seq)).toEqualTypeOf<[T4, T4] | [T4, T4, T4, T4, T4, T4]>();
expectTypeOf(bidirectional({ layer: lstm({ units: 4, returnSequences: c }) })(seq)).toEqualTypeOf<SymbolicTensor<[null, 8] | [null, 5, 8]>>();

// Layers whose config only their rule read (Resizing, CenterCrop, PReLU) were one type to the compiler,
// so a switch between two of them was typed as its first member (found by the soundness probes'
// layer-union form, session 12): each now has the properties the runtime gives it, which tell them apart.
const image = input({ shape: [8, 8, 3] });
const resize = c ? resizing({ height: 1, width: 5 }) : resizing({ height: 6, width: 5 });
expectTypeOf(resize(image)).toEqualTypeOf<SymbolicTensor<[null, 1, 5, 3]> | SymbolicTensor<[null, 6, 5, 3]>>();
expectTypeOf(pipe(image, resize)).toEqualTypeOf<SymbolicTensor<[null, 1, 5, 3]> | SymbolicTensor<[null, 6, 5, 3]>>();
expectTypeOf(sequential().add(image).add(resize).outputShape).toEqualTypeOf<[null, 1, 5, 3] | [null, 6, 5, 3]>();
expectTypeOf(sequential({ layers: [image, resize] }).outputShape).toEqualTypeOf<[null, 1, 5, 3] | [null, 6, 5, 3]>();
expectTypeOf(sequential().add(image).add(c ? centerCrop({ height: 6, width: 5 }) : centerCrop({ height: 2, width: 5 })).outputShape).toEqualTypeOf<
  [null, 6, 5, 3] | [null, 2, 5, 3]
>();
expectTypeOf(sequential().add(image).add(c ? prelu({ sharedAxes: [1, 2] }) : prelu({})).countParams()).toEqualTypeOf<3 | 192>();
expectTypeOf(sequential({ layers: [image, c ? prelu({ sharedAxes: [1, 2] }) : prelu({})] }).countParams()).toEqualTypeOf<3 | 192>();
expectTypeOf(resizing({ height: 3, width: 4 }).height).toEqualTypeOf<3>();
expectTypeOf(centerCrop({ height: 3, width: 4 }).width).toEqualTypeOf<4>();
expectTypeOf(prelu({ sharedAxes: [1, 2] }).sharedAxes).toEqualTypeOf<readonly [1, 2]>();
expectTypeOf(prelu({ sharedAxes: 2 }).sharedAxes).toEqualTypeOf<[2]>();
expectTypeOf(prelu().sharedAxes).toEqualTypeOf<null>();
// The same for RNN on TypeScript 6.0 (TS 7 and 5.9 kept both): it now has its cells, as at run time.
const steps = input({ shape: [5, 3] });
const cellSwitch = c ? rnn({ cell: simpleRNNCell({ units: 4 }) }) : rnn({ cell: simpleRNNCell({ units: 2 }) });
expectTypeOf(pipe(steps, cellSwitch)).toEqualTypeOf<SymbolicTensor<[null, 4]> | SymbolicTensor<[null, 2]>>();
expectTypeOf(cellSwitch(steps)).toEqualTypeOf<SymbolicTensor<[null, 4]> | SymbolicTensor<[null, 2]>>();
expectTypeOf(
  sequential({ layers: [steps, c ? rnn({ cell: [lstmCell({ units: 4 }), simpleRNNCell({ units: 3 })] }) : rnn({ cell: [lstmCell({ units: 2 }), simpleRNNCell({ units: 3 })] })] }).countParams(),
).toEqualTypeOf<66 | 152>();
expectTypeOf(rnn({ cell: gruCell({ units: 2 }) }).cells).toEqualTypeOf<readonly [GRUCell<{ units: 2 }>]>();
