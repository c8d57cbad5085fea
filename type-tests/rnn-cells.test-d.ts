// Positive type tests for rnn({ cell }) with one cell or a list of stacked cells: exact output types,
// states in Keras's order, parameter counts from Keras 3's rules, and non-literal options flowing on as
// unknown. Their negative twins, with the error text, are in ./errors/recurrent.ts.
import { expectTypeOf } from "expect-type";
import {
  dense,
  gruCell,
  input,
  lstm,
  lstmCell,
  model,
  rnn,
  sequential,
  simpleRNNCell,
  type Dim,
  type GRUCell,
  type LSTMCell,
  type ParamCount,
  type RNN,
  type SimpleRNNCell,
  type SymbolicTensor,
  type WeightShapes,
} from "../src/index.js";

declare const n: number;
declare const flag: boolean;
declare const anyValue: any;

const x = input({ shape: [null, 16] });
const x10 = input({ shape: [10, 16] });

// --- one cell: the same shapes and weights as the layer of that cell ---
expectTypeOf(lstmCell({ units: 8 })).toEqualTypeOf<LSTMCell<{ units: 8 }>>();
expectTypeOf(gruCell({ units: 8, resetAfter: false })).toEqualTypeOf<GRUCell<{ units: 8; resetAfter: false }>>();
expectTypeOf(simpleRNNCell({ units: 4, useBias: false })).toEqualTypeOf<SimpleRNNCell<{ units: 4; useBias: false }>>();
const one = rnn({ cell: lstmCell({ units: 8 }) });
expectTypeOf(one).toEqualTypeOf<RNN<{ cell: LSTMCell<{ units: 8 }> }>>();
expectTypeOf(one(x)).toEqualTypeOf<SymbolicTensor<[null, 8]>>();
expectTypeOf(rnn({ cell: lstmCell({ units: 8 }), returnSequences: true })(x10)).toEqualTypeOf<SymbolicTensor<[null, 10, 8]>>();
// 4 * 8 * (16 + 8 + 1) = 800, as lstm({ units: 8 }).
expectTypeOf<ParamCount<typeof one, [null, null, 16]>>().toEqualTypeOf<800>();
expectTypeOf<ParamCount<ReturnType<typeof lstm<{ units: 8 }>>, [null, null, 16]>>().toEqualTypeOf<800>();
expectTypeOf<WeightShapes<typeof one, [null, null, 16]>>().toEqualTypeOf<{ kernel: [16, 32]; recurrent_kernel: [8, 32]; bias: [32] }>();
// GRU cell, Keras 3's resetAfter: bias [2, 3 * units]: 3 * 8 * (16 + 8 + 2) = 624.
expectTypeOf<ParamCount<ReturnType<typeof rnn<{ cell: GRUCell<{ units: 8 }> }>>, [null, 20, 16]>>().toEqualTypeOf<624>();
// SimpleRNN cell without bias: 4 * (16 + 4) = 80.
expectTypeOf<ParamCount<ReturnType<typeof rnn<{ cell: SimpleRNNCell<{ units: 4; useBias: false }> }>>, [null, 20, 16]>>().toEqualTypeOf<80>();

// returnState: the cell's states, each (batch, units).
const [o1, h1, c1] = rnn({ cell: lstmCell({ units: 8 }), returnState: true })(x);
expectTypeOf(o1).toEqualTypeOf<SymbolicTensor<[null, 8]>>();
expectTypeOf(h1).toEqualTypeOf<SymbolicTensor<[null, 8]>>();
expectTypeOf(c1).toEqualTypeOf<SymbolicTensor<[null, 8]>>();
// (Each element is compared: the tuple as a whole is structurally equal but not identical to a written one.)
const gruStates = rnn({ cell: gruCell({ units: 8 }), returnState: true })(x);
expectTypeOf(gruStates).branded.toEqualTypeOf<[SymbolicTensor<[null, 8]>, SymbolicTensor<[null, 8]>]>();
expectTypeOf(gruStates[0]).toEqualTypeOf<SymbolicTensor<[null, 8]>>();
expectTypeOf(gruStates[1]).toEqualTypeOf<SymbolicTensor<[null, 8]>>();
expectTypeOf(gruStates.length).toEqualTypeOf<2>();

// --- stacked cells: the last cell's output; every cell's states in cell order ---
const stacked = rnn({ cell: [lstmCell({ units: 8 }), gruCell({ units: 4 })], returnState: true, returnSequences: true });
expectTypeOf(stacked(x10)).toEqualTypeOf<
  [SymbolicTensor<[null, 10, 4]>, SymbolicTensor<[null, 8]>, SymbolicTensor<[null, 8]>, SymbolicTensor<[null, 4]>]
>();
// LSTM cell on 16 features: 4 * 8 * (16 + 8 + 1) = 800; GRU cell on the LSTM's 8: 3 * 4 * (8 + 4 + 2) = 168.
expectTypeOf<ParamCount<ReturnType<typeof rnn<{ cell: [LSTMCell<{ units: 8 }>, GRUCell<{ units: 4 }>] }>>, [null, 10, 16]>>().toEqualTypeOf<968>();
const three = rnn({ cell: [simpleRNNCell({ units: 3 }), simpleRNNCell({ units: 5 }), lstmCell({ units: 2 })] });
// 3 * (16 + 3 + 1) = 60; 5 * (3 + 5 + 1) = 45; 4 * 2 * (5 + 2 + 1) = 64.
expectTypeOf<ParamCount<typeof three, [null, 10, 16]>>().toEqualTypeOf<169>();
expectTypeOf(three(x)).toEqualTypeOf<SymbolicTensor<[null, 2]>>();

// In a Sequential and a model.
const s = sequential().add(input({ shape: [10, 16] })).add(rnn({ cell: [lstmCell({ units: 8 }), lstmCell({ units: 8 })] })).add(dense({ units: 1 }));
// 800 + 4 * 8 * (8 + 8 + 1) = 544 + Dense 9.
expectTypeOf(s.countParams()).toEqualTypeOf<1353>();
const m = model({ inputs: x, outputs: rnn({ cell: gruCell({ units: 6, resetAfter: false }) })(x) });
expectTypeOf(m.outputShape).toEqualTypeOf<[null, 6]>();

// initialState: the cells' states.
const [, sh, sc] = rnn({ cell: lstmCell({ units: 8 }), returnState: true })(x);
expectTypeOf(rnn({ cell: lstmCell({ units: 8 }) })(x, { initialState: [sh, sc] })).toEqualTypeOf<SymbolicTensor<[null, 8]>>();

// --- what the compiler cannot know flows on as unknown ---
expectTypeOf(rnn({ cell: lstmCell({ units: n }) })(x)).toEqualTypeOf<SymbolicTensor<[null, number]>>();
expectTypeOf<ParamCount<ReturnType<typeof rnn<{ cell: LSTMCell<{ units: number }> }>>, [null, 10, 16]>>().toEqualTypeOf<number>();
expectTypeOf(rnn({ cell: gruCell({ units: 4 }), returnState: flag })(x)).branded.toEqualTypeOf<
  SymbolicTensor<[null, 4]> | [SymbolicTensor<[null, 4]>, SymbolicTensor<[null, 4]>]
>();
declare const cellList: LSTMCell<{ units: 8 }>[];
const listed = rnn({ cell: cellList, returnState: true });
expectTypeOf(listed(x)).branded.toEqualTypeOf<[SymbolicTensor<[null, 8]>, ...SymbolicTensor<[null, 8]>[]]>();
expectTypeOf<ParamCount<ReturnType<typeof rnn<{ cell: LSTMCell<{ units: 8 }>[] }>>, [null, 10, 16]>>().toEqualTypeOf<number>();
expectTypeOf(rnn({ cell: lstmCell({ units: 8 }) })(input({ shape: anyValue }))).toEqualTypeOf<SymbolicTensor<Dim[]>>();
