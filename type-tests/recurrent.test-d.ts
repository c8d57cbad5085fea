// Positive type tests for the recurrent layers and the tensors of several outputs: exact output types,
// unknown (`null`) steps and batch, non-literal (`number`, `boolean`) options flowing on as unknown or as
// an exact union. Their negative twins, with the error text, are in ./errors/recurrent.ts.
import { expectTypeOf } from "expect-type";
import {
  bidirectional,
  conv2d,
  dense,
  flatten,
  timeDistributed,
  embedding,
  masking,
  gru,
  input,
  lstm,
  model,
  sequential,
  simpleRNN,
  type Bidirectional,
  type Dense,
  type Dim,
  type TimeDistributed,
  type Embedding,
  type GRU,
  type LSTM,
  type ParamCount,
  type Params,
  type Sequential,
  type SimpleRNN,
  type SymbolicTensor,
  type WeightShapes,
} from "../src/index.js";

declare const n: number;
declare const flag: boolean;
declare const anyValue: any;
declare const mode: "concat" | "sum";

const x = input({ shape: [null, 16] });
const x10 = input({ shape: [10, 16] });

// --- one output --------------------------------------------------------------------------------------
expectTypeOf(lstm({ units: 8 })(x)).toEqualTypeOf<SymbolicTensor<[null, 8]>>();
expectTypeOf(lstm({ units: 8 }).apply(x10)).toEqualTypeOf<SymbolicTensor<[null, 8]>>();
expectTypeOf(lstm({ units: 8, returnSequences: true })(x)).toEqualTypeOf<SymbolicTensor<[null, null, 8]>>();
expectTypeOf(lstm({ units: 8, returnSequences: true })(x10)).toEqualTypeOf<SymbolicTensor<[null, 10, 8]>>();
expectTypeOf(gru({ units: 8 })(x)).toEqualTypeOf<SymbolicTensor<[null, 8]>>();
expectTypeOf(simpleRNN({ units: 4, returnSequences: true })(input({ shape: [10, 3], batchSize: 2 }))).toEqualTypeOf<SymbolicTensor<[2, 10, 4]>>();
expectTypeOf(lstm({ units: 8, returnState: false })(x)).toEqualTypeOf<SymbolicTensor<[null, 8]>>();

// --- several outputs: a tuple, each typed --------------------------------------------------------------
{
  const [out, h, c] = lstm({ units: 8, returnState: true })(x);
  expectTypeOf(out).toEqualTypeOf<SymbolicTensor<[null, 8]>>();
  expectTypeOf(h).toEqualTypeOf<SymbolicTensor<[null, 8]>>();
  expectTypeOf(c).toEqualTypeOf<SymbolicTensor<[null, 8]>>();
  expectTypeOf(lstm({ units: 8, returnState: true, returnSequences: true })(x10)).toEqualTypeOf<
    [SymbolicTensor<[null, 10, 8]>, SymbolicTensor<[null, 8]>, SymbolicTensor<[null, 8]>]
  >();
  expectTypeOf(gru({ units: 6, returnState: true })(x)).toEqualTypeOf<[SymbolicTensor<[null, 6]>, SymbolicTensor<[null, 6]>]>();
  expectTypeOf(simpleRNN({ units: 4, returnState: true }).apply(x)).toEqualTypeOf<[SymbolicTensor<[null, 4]>, SymbolicTensor<[null, 4]>]>();
  // The outputs go on into other layers and into a model of several outputs.
  const y = dense({ units: 1 })(out);
  expectTypeOf(y).toEqualTypeOf<SymbolicTensor<[null, 1]>>();
  const m = model({ inputs: x, outputs: [y, h, c] });
  expectTypeOf(m.outputShape).toEqualTypeOf<[[null, 1], [null, 8], [null, 8]]>();
}

// --- seq2seq: a decoder starts from the encoder's states (initial state is not a shape rule: the states feed on as tensors)
{
  const [, h, c] = lstm({ units: 32, returnState: true })(input({ shape: [null, 20] }));
  expectTypeOf([h, c] as const).toEqualTypeOf<readonly [SymbolicTensor<[null, 32]>, SymbolicTensor<[null, 32]>]>();
}

// --- stateful with a fixed batch ------------------------------------------------------------------------
expectTypeOf(lstm({ units: 8, stateful: true })(input({ shape: [10, 16], batchSize: 4 }))).toEqualTypeOf<SymbolicTensor<[4, 8]>>();
// A batch size the compiler does not know may be fixed: no error, the runtime checks it.
expectTypeOf(lstm({ units: 8, stateful: true })(input({ shape: [10, 16], batchSize: n }))).toEqualTypeOf<SymbolicTensor<[number, 8]>>();
// stateful not known: the runtime checks it.
expectTypeOf(lstm({ units: 8, stateful: flag })(x)).toEqualTypeOf<SymbolicTensor<[null, 8]>>();

// --- what the compiler cannot know flows on as unknown, or as an exact union ---------------------------------
expectTypeOf(lstm({ units: n })(x)).toEqualTypeOf<SymbolicTensor<[null, number]>>();
expectTypeOf(lstm({ units: anyValue })(x)).toEqualTypeOf<SymbolicTensor<[null, number]>>();
expectTypeOf(lstm({ units: 8, returnSequences: flag })(x10)).toEqualTypeOf<SymbolicTensor<[null, 10, 8] | [null, 8]>>();
expectTypeOf(lstm({ units: 8, returnState: flag })(x)).toEqualTypeOf<
  SymbolicTensor<[null, 8]> | [SymbolicTensor<[null, 8]>, SymbolicTensor<[null, 8]>, SymbolicTensor<[null, 8]>]
>();
// Features typed `number`: no error, the kernel's first axis is `number`.
expectTypeOf(lstm({ units: 8 })(input({ shape: [10, n] }))).toEqualTypeOf<SymbolicTensor<[null, 8]>>();
// A tensor of unknown rank: outputs of unknown rank, checked at run time.
declare const unknownRank: SymbolicTensor;
expectTypeOf(lstm({ units: 8 })(unknownRank)).toEqualTypeOf<SymbolicTensor<Dim[]>>();
// input({ shape: any }) has unknown rank after the batch: unknown outputs, still counted.
expectTypeOf(lstm({ units: 8 })(input({ shape: anyValue }))).toEqualTypeOf<SymbolicTensor<Dim[]>>();
{
  // Checked element by element: expect-type's deep comparison of this tuple trips on its own brand.
  const outs = gru({ units: 8, returnState: true })(unknownRank);
  expectTypeOf(outs[0]).toEqualTypeOf<SymbolicTensor<Dim[]>>();
  expectTypeOf(outs[1]).toEqualTypeOf<SymbolicTensor<Dim[]>>();
  expectTypeOf(outs.length).toEqualTypeOf<2>();
}

// --- weights and parameter counts (Keras 3 rules: 4u(F+u+1), GRU reset_after 3u(F+u+2), SimpleRNN u(F+u+1)) ---
expectTypeOf<WeightShapes<LSTM<{ units: 8 }>, [null, null, 16]>>().toEqualTypeOf<{ kernel: [16, 32]; recurrent_kernel: [8, 32]; bias: [32] }>();
expectTypeOf<ParamCount<LSTM<{ units: 8 }>, [null, null, 16]>>().toEqualTypeOf<800>();
expectTypeOf<ParamCount<LSTM<{ units: 64 }>, [null, null, 128]>>().toEqualTypeOf<49408>();
expectTypeOf<WeightShapes<GRU<{ units: 4 }>, [null, 5, 3]>>().toEqualTypeOf<{ kernel: [3, 12]; recurrent_kernel: [4, 12]; bias: [2, 12] }>();
expectTypeOf<ParamCount<GRU<{ units: 4 }>, [null, 5, 3]>>().toEqualTypeOf<108>();
expectTypeOf<ParamCount<GRU<{ units: 4; resetAfter: false }>, [null, 5, 3]>>().toEqualTypeOf<96>();
expectTypeOf<ParamCount<SimpleRNN<{ units: 4 }>, [null, 5, 3]>>().toEqualTypeOf<32>();
expectTypeOf<ParamCount<LSTM<{ units: 4; useBias: false }>, [null, 5, 3]>>().toEqualTypeOf<112>();
// The factory's own type, as a hover shows it.
expectTypeOf(lstm({ units: 8, returnState: true })).toEqualTypeOf<LSTM<{ units: 8; returnState: true }>>();
expectTypeOf(gru({ units: 4, resetAfter: false })).toEqualTypeOf<GRU<{ units: 4; resetAfter: false }>>();
// resetAfter not known: the bias is one of the two shapes, the count unknown.
expectTypeOf<ParamCount<GRU<{ units: 4; resetAfter: boolean }>, [null, 5, 3]>>().toEqualTypeOf<number>();

// --- in a Sequential -------------------------------------------------------------------------------------
{
  const s = sequential().add(input({ shape: [null, 16] })).add(lstm({ units: 8, returnSequences: true })).add(gru({ units: 4 })).add(dense({ units: 1 }));
  expectTypeOf(s.outputShape).toEqualTypeOf<[null, 1]>();
  expectTypeOf(s.countParams()).toEqualTypeOf<973>(); // 800 + 3 * 4 * (8 + 4 + 2) = 168, + 5
  const t = sequential({ layers: [simpleRNN({ units: 4, inputShape: [10, 3] })] });
  expectTypeOf(t.outputShape).toEqualTypeOf<[null, 4]>();
  expectTypeOf(t.countParams()).toEqualTypeOf<32>();
}

// --- embedding: any input rank, outputDim appended; integer inputs --------------------------------------------
{
  const ids = input({ shape: [null], dtype: "int32" });
  expectTypeOf(ids).toEqualTypeOf<SymbolicTensor<[null, null]>>();
  expectTypeOf(input({ shape: [100], dtype: "int64" })).toEqualTypeOf<SymbolicTensor<[null, 100]>>();
  expectTypeOf(embedding({ inputDim: 20000, outputDim: 128 })(ids)).toEqualTypeOf<SymbolicTensor<[null, null, 128]>>();
  expectTypeOf(embedding({ inputDim: 50, outputDim: 8 })(input({ shape: [4, 6] }))).toEqualTypeOf<SymbolicTensor<[null, 4, 6, 8]>>();
  expectTypeOf(embedding({ inputDim: 50, outputDim: 8 })(input({ shape: [] }))).toEqualTypeOf<SymbolicTensor<[null, 8]>>();
  expectTypeOf(embedding({ inputDim: 50, outputDim: n })(input({ shape: [10] }))).toEqualTypeOf<SymbolicTensor<[null, 10, number]>>();
  expectTypeOf(embedding({ inputDim: 50, outputDim: 8, maskZero: true })).toEqualTypeOf<Embedding<{ inputDim: 50; outputDim: 8; maskZero: true }>>();
  expectTypeOf(embedding({ inputDim: 50, outputDim: 8 })(unknownRank)).toEqualTypeOf<SymbolicTensor<Dim[]>>();
  expectTypeOf<WeightShapes<Embedding<{ inputDim: 20000; outputDim: 128 }>, [null, null]>>().toEqualTypeOf<{ embeddings: [20000, 128] }>();
  expectTypeOf<ParamCount<Embedding<{ inputDim: 20000; outputDim: 128 }>, [null, null]>>().toEqualTypeOf<2560000>();
  // inputShape declares the input; inputDim stays the vocabulary size.
  const s = sequential().add(embedding({ inputDim: 1000, outputDim: 16, inputShape: [20] })).add(lstm({ units: 4 }));
  expectTypeOf(s.outputShape).toEqualTypeOf<[null, 4]>();
  expectTypeOf(s.countParams()).toEqualTypeOf<16336>(); // 16,000 + 4 * 4 * (16 + 4 + 1) = 336
}

// --- masking: the shape unchanged --------------------------------------------------------------------------
expectTypeOf(masking()(x)).toEqualTypeOf<SymbolicTensor<[null, null, 16]>>();
expectTypeOf(masking({ maskValue: -1 })(x10)).toEqualTypeOf<SymbolicTensor<[null, 10, 16]>>();
expectTypeOf(sequential().add(masking({ inputShape: [10, 16] })).add(lstm({ units: 2 })).outputShape).toEqualTypeOf<[null, 2]>();

// --- bidirectional: concat doubles the last axis; sum/mul/ave keep it; null gives both; states follow ------------
{
  expectTypeOf(bidirectional({ layer: lstm({ units: 8 }) })(x)).toEqualTypeOf<SymbolicTensor<[null, 16]>>();
  expectTypeOf(bidirectional({ layer: lstm({ units: 8, returnSequences: true }), mergeMode: "sum" })(x10)).toEqualTypeOf<SymbolicTensor<[null, 10, 8]>>();
  expectTypeOf(bidirectional({ layer: gru({ units: 8 }), mergeMode: "ave" }).apply(x)).toEqualTypeOf<SymbolicTensor<[null, 8]>>();
  const [f, b] = bidirectional({ layer: gru({ units: 8 }), mergeMode: null })(x);
  expectTypeOf(f).toEqualTypeOf<SymbolicTensor<[null, 8]>>();
  expectTypeOf(b).toEqualTypeOf<SymbolicTensor<[null, 8]>>();
  // returnState: (output, *forward states, *backward states): 5 tensors for an LSTM.
  const states = bidirectional({ layer: lstm({ units: 8, returnState: true }) })(x);
  expectTypeOf(states[0]).toEqualTypeOf<SymbolicTensor<[null, 16]>>();
  expectTypeOf(states[4]).toEqualTypeOf<SymbolicTensor<[null, 8]>>();
  expectTypeOf(states.length).toEqualTypeOf<5>();
  // A backward layer of other units: concat adds both (not Keras's forward-only computed shape, which the run contradicts).
  expectTypeOf(bidirectional({ layer: lstm({ units: 8 }), backwardLayer: lstm({ units: 4, goBackwards: true }) })(x)).toEqualTypeOf<SymbolicTensor<[null, 12]>>();
  // The switches must agree (errors/recurrent.ts); a boolean may, so it passes, each value giving its shape.
  expectTypeOf(bidirectional({ layer: lstm({ units: 8, returnSequences: true }), backwardLayer: gru({ units: 4, goBackwards: true, returnSequences: true }) })(x)).toEqualTypeOf<SymbolicTensor<[null, null, 12]>>();
  expectTypeOf(bidirectional({ layer: lstm({ units: 8, returnSequences: Math.random() > 0.5 }), backwardLayer: lstm({ units: 4, goBackwards: true }) })(x)).toEqualTypeOf<SymbolicTensor<[null, 12] | [null, null, 12]>>();
  // mergeMode not known: each mode's result, as the shape of the one tensor every mode gives (as for
  // returnSequences: boolean; it was a union of tensors, which a helper generic over its tensor could not pass on).
  expectTypeOf(bidirectional({ layer: lstm({ units: 8 }), mergeMode: mode })(x)).toEqualTypeOf<SymbolicTensor<[null, 16] | [null, 8]>>();
  expectTypeOf(bidirectional({ layer: lstm({ units: 8 }) })).toEqualTypeOf<Bidirectional<{ layer: LSTM<{ units: 8 }> }>>();
  expectTypeOf<ParamCount<Bidirectional<{ layer: LSTM<{ units: 64 }> }>, [null, null, 128]>>().toEqualTypeOf<98816>();
  expectTypeOf<WeightShapes<Bidirectional<{ layer: LSTM<{ units: 4 }> }>, [null, null, 3]>>().toEqualTypeOf<{
    "forward/kernel": [3, 16];
    "forward/recurrent_kernel": [4, 16];
    "forward/bias": [16];
    "backward/kernel": [3, 16];
    "backward/recurrent_kernel": [4, 16];
    "backward/bias": [16];
  }>();
  const s = sequential().add(input({ shape: [null, 16] })).add(bidirectional({ layer: lstm({ units: 8 }) })).add(dense({ units: 1 }));
  expectTypeOf(s).toEqualTypeOf<Sequential<[null, null, 16], [null, 1], Params<1617>>>();
}

// --- timeDistributed: the layer on every step; its weights once ---------------------------------------------------
{
  expectTypeOf(timeDistributed({ layer: dense({ units: 8 }) })(x10)).toEqualTypeOf<SymbolicTensor<[null, 10, 8]>>();
  expectTypeOf(timeDistributed({ layer: dense({ units: 8 }) })(x)).toEqualTypeOf<SymbolicTensor<[null, null, 8]>>();
  expectTypeOf(timeDistributed({ layer: conv2d({ filters: 2, kernelSize: 3 }) })(input({ shape: [5, 8, 8, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 5, 6, 6, 2]>>();
  expectTypeOf(timeDistributed({ layer: sequential({ layers: [flatten(), dense({ units: 3 })] }) })(input({ shape: [4, 5, 6] }))).toEqualTypeOf<SymbolicTensor<[null, 4, 3]>>();
  expectTypeOf(timeDistributed({ layer: dense({ units: n }) }).apply(x10)).toEqualTypeOf<SymbolicTensor<[null, 10, number]>>();
  expectTypeOf(timeDistributed({ layer: dense({ units: 8 }) })(unknownRank)).toEqualTypeOf<SymbolicTensor<Dim[]>>();
  expectTypeOf(timeDistributed({ layer: dense({ units: 8 }) })).toEqualTypeOf<TimeDistributed<{ layer: Dense<8> }>>();
  expectTypeOf<ParamCount<TimeDistributed<{ layer: Dense<8> }>, [null, 10, 16]>>().toEqualTypeOf<136>();
  const s = sequential().add(input({ shape: [null, 16] })).add(timeDistributed({ layer: dense({ units: 8 }) })).add(lstm({ units: 2 }));
  expectTypeOf(s).toEqualTypeOf<Sequential<[null, null, 16], [null, 2], Params<224>>>();
}
