// Positive type tests of the attention layers: exact output types (one output, or [output, scores]),
// weights and parameter counts, with unknown (`null`), non-literal (`number`) and union sizes flowing on.
import { expectTypeOf } from "expect-type";
import {
  additiveAttention,
  type Add,
  attention,
  input,
  multiHeadAttention,
  type AdditiveAttention,
  type Attention,
  type Dim,
  type MultiHeadAttention,
  type ParamCount,
  type Shape,
  type SymbolicTensor,
  type WeightShapes,
} from "../src/index.js";

declare const n: number;
declare const flag: boolean;
declare const someList: SymbolicTensor<[null, 5, 8]>[];
const q = input({ shape: [5, 8] });
const v = input({ shape: [7, 8] });
const v4 = input({ shape: [7, 4] });
const k = input({ shape: [7, 8] });

// --- Attention: (batch, Tq, dim) x (batch, Tv, dimV) -> (batch, Tq, dimV); scores (batch, Tq, Tv) ---
expectTypeOf(attention()).toEqualTypeOf<Attention>();
expectTypeOf(attention()([q, v])).toEqualTypeOf<SymbolicTensor<[null, 5, 8]>>();
expectTypeOf(attention()([q, v4, k])).toEqualTypeOf<SymbolicTensor<[null, 5, 4]>>();
expectTypeOf(attention({ returnAttentionScores: true })([q, v4, k])).toEqualTypeOf<[SymbolicTensor<[null, 5, 4]>, SymbolicTensor<[null, 5, 7]>]>();
expectTypeOf(attention({ returnAttentionScores: flag })([q, v])).toEqualTypeOf<SymbolicTensor<[null, 5, 8]> | [SymbolicTensor<[null, 5, 8]>, SymbolicTensor<[null, 5, 7]>]>();
// unknown sizes agree with any size and flow on
expectTypeOf(attention()([input({ shape: [null, null] }), v])).toEqualTypeOf<SymbolicTensor<[null, null, 8]>>();
expectTypeOf(attention()([input({ shape: [5, n] }), v, input({ shape: [null, 8] })])).toEqualTypeOf<SymbolicTensor<[null, 5, 8]>>();
expectTypeOf(attention({ returnAttentionScores: true })([q, v, input({ shape: [n, 8] })])).toEqualTypeOf<[SymbolicTensor<[null, 5, 8]>, SymbolicTensor<[null, 5, number]>]>();
// concat mode adds query and key: a feature size of 1 broadcasts
expectTypeOf(attention({ scoreMode: "concat" })([input({ shape: [5, 1] }), v])).toEqualTypeOf<SymbolicTensor<[null, 5, 8]>>();
expectTypeOf(attention()(someList)).toEqualTypeOf<SymbolicTensor<Dim[]>>();
{
  // a list of unknown length: two outputs of unknown rank (expect-type compares them one by one)
  const outs = attention({ returnAttentionScores: true })(someList);
  expectTypeOf(outs.length).toEqualTypeOf<2>();
  expectTypeOf(outs[0]).toEqualTypeOf<SymbolicTensor<Dim[]>>();
  expectTypeOf(outs[1]).toEqualTypeOf<SymbolicTensor<Dim[]>>();
}
expectTypeOf(attention()([q, v as SymbolicTensor])).toEqualTypeOf<SymbolicTensor<Dim[]>>();
// weights: scale () with useScale, concat_score_weight () with scoreMode "concat"
expectTypeOf<WeightShapes<Attention, [[null, 5, 8], [null, 7, 8]]>>().toEqualTypeOf<{}>();
expectTypeOf<WeightShapes<Attention<{ useScale: true; scoreMode: "concat" }>, [[null, 5, 8], [null, 7, 8]]>>().toEqualTypeOf<{ scale: []; concat_score_weight: [] }>();

// --- AdditiveAttention: the same shapes; scale (dim,) by default -------------------------------------------
expectTypeOf(additiveAttention()).toEqualTypeOf<AdditiveAttention>();
expectTypeOf(additiveAttention()([q, v])).toEqualTypeOf<SymbolicTensor<[null, 5, 8]>>();
expectTypeOf(additiveAttention({ returnAttentionScores: true })([q, v4, k])).toEqualTypeOf<[SymbolicTensor<[null, 5, 4]>, SymbolicTensor<[null, 5, 7]>]>();
expectTypeOf<WeightShapes<AdditiveAttention, [[null, 5, 8], [null, 7, 8]]>>().toEqualTypeOf<{ scale: [8] }>();
expectTypeOf<WeightShapes<AdditiveAttention<{ useScale: false }>, [[null, 5, 8], [null, 7, 8]]>>().toEqualTypeOf<{}>();
// without a scale, the query's features may be unknown
expectTypeOf(additiveAttention({ useScale: false })([input({ shape: [5, null] }), v])).toEqualTypeOf<SymbolicTensor<[null, 5, 8]>>();

// --- MultiHeadAttention: (batch, Tq, Dq) -> (batch, Tq, Dq or outputShape); scores (batch, heads, Tq, Tv) ---
const tokens = input({ shape: [128, 64] });
expectTypeOf(multiHeadAttention({ numHeads: 4, keyDim: 16 })).toEqualTypeOf<MultiHeadAttention<{ numHeads: 4; keyDim: 16 }>>();
expectTypeOf(multiHeadAttention({ numHeads: 4, keyDim: 16 })([tokens, tokens])).toEqualTypeOf<SymbolicTensor<[null, 128, 64]>>();
expectTypeOf(multiHeadAttention({ numHeads: 4, keyDim: 16, returnAttentionScores: true })([tokens, input({ shape: [10, 32] })])).toEqualTypeOf<
  [SymbolicTensor<[null, 128, 64]>, SymbolicTensor<[null, 4, 128, 10]>]
>();
expectTypeOf(multiHeadAttention({ numHeads: 2, keyDim: 8, outputShape: 10 })([q, v4, k])).toEqualTypeOf<SymbolicTensor<[null, 5, 10]>>();
expectTypeOf(multiHeadAttention({ numHeads: 2, keyDim: 8, outputShape: [3, 4] })([q, v])).toEqualTypeOf<SymbolicTensor<[null, 5, 3, 4]>>();
// higher ranks: attention over every axis between batch and features by default
expectTypeOf(multiHeadAttention({ numHeads: 2, keyDim: 2, returnAttentionScores: true })([input({ shape: [3, 4, 16] }), input({ shape: [5, 6, 16] })])).toEqualTypeOf<
  [SymbolicTensor<[null, 3, 4, 16]>, SymbolicTensor<[null, 2, 3, 4, 5, 6]>]
>();
// with attentionAxes the scores' shape is left to the runtime; the output is the same
{
  const [out, scores] = multiHeadAttention({ numHeads: 2, keyDim: 2, attentionAxes: [2], returnAttentionScores: true })([input({ shape: [3, 4, 16] }), input({ shape: [3, 6, 16] })]);
  expectTypeOf(out).toEqualTypeOf<SymbolicTensor<[null, 3, 4, 16]>>();
  expectTypeOf(scores).toEqualTypeOf<SymbolicTensor<Dim[]>>();
}
// attentionAxes between batch and features, counted from either end, pass; a non-literal or union axis is left to the runtime
{
  const [q4, v4b] = [input({ shape: [3, 4, 16] }), input({ shape: [3, 6, 16] })];
  expectTypeOf(multiHeadAttention({ numHeads: 2, keyDim: 2, attentionAxes: [1, -2] })([q4, v4b])).toEqualTypeOf<SymbolicTensor<[null, 3, 4, 16]>>();
  // -3 is axis 1: the key must then match the query on axis 2 (v4b, 6 there, cannot: errors/attention.ts)
  expectTypeOf(multiHeadAttention({ numHeads: 2, keyDim: 2, attentionAxes: -3 })([q4, input({ shape: [5, 4, 8] })])).toEqualTypeOf<SymbolicTensor<[null, 3, 4, 16]>>();
  expectTypeOf(multiHeadAttention({ numHeads: 2, keyDim: 2, attentionAxes: -3 })([q4, input({ shape: [5, null, 8] })])).toEqualTypeOf<SymbolicTensor<[null, 3, 4, 16]>>();
  expectTypeOf(multiHeadAttention({ numHeads: 2, keyDim: 2, attentionAxes: [2] })([q4, input({ shape: [n, 6, 8] })])).toEqualTypeOf<SymbolicTensor<[null, 3, 4, 16]>>();
  expectTypeOf(multiHeadAttention({ numHeads: 2, keyDim: 2, attentionAxes: 1 })([tokens, tokens])).toEqualTypeOf<SymbolicTensor<[null, 128, 64]>>();
  expectTypeOf(multiHeadAttention({ numHeads: 2, keyDim: 2, attentionAxes: n })([q4, v4b])).toEqualTypeOf<SymbolicTensor<[null, 3, 4, 16]>>();
  expectTypeOf(multiHeadAttention({ numHeads: 2, keyDim: 2, attentionAxes: [n, 2] })([q4, v4b])).toEqualTypeOf<SymbolicTensor<[null, 3, 4, 16]>>();
  expectTypeOf(multiHeadAttention({ numHeads: 2, keyDim: 2, attentionAxes: [n] as number[] })([q4, v4b])).toEqualTypeOf<SymbolicTensor<[null, 3, 4, 16]>>();
  const u = 1 as 1 | 5;
  expectTypeOf(multiHeadAttention({ numHeads: 2, keyDim: 2, attentionAxes: u })([q4, v4b])).toEqualTypeOf<SymbolicTensor<[null, 3, 4, 16]>>();
  const [out2, scores2] = multiHeadAttention({ numHeads: 2, keyDim: 2, attentionAxes: [2], returnAttentionScores: true })([q4, v4b]);
  expectTypeOf(out2).toEqualTypeOf<SymbolicTensor<[null, 3, 4, 16]>>();
  expectTypeOf(scores2).toEqualTypeOf<SymbolicTensor<Dim[]>>();
  // attentionAxes typed `any` (an untyped config) may name any axes: the scores' shape is unknown, not the default's
  // (found by the soundness probes: it was (None, 2, 3, 4, 3, 6) while [2] gives (None, 3, 2, 4, 6))
  const [, scoresAny] = multiHeadAttention({ numHeads: 2, keyDim: 2, attentionAxes: JSON.parse("[2]"), returnAttentionScores: true })([q4, v4b]);
  expectTypeOf(scoresAny).toEqualTypeOf<SymbolicTensor<Dim[]>>();
  // an unknown rank leaves the axes to the runtime
  expectTypeOf(multiHeadAttention({ numHeads: 2, keyDim: 2, attentionAxes: [7] })(someList)).toEqualTypeOf<SymbolicTensor<Dim[]>>();
}
// unknown steps flow on; non-literal heads give a non-literal axis
expectTypeOf(multiHeadAttention({ numHeads: 4, keyDim: 16, returnAttentionScores: true })([input({ shape: [null, 64] }), input({ shape: [n, 64] })])).toEqualTypeOf<
  [SymbolicTensor<[null, null, 64]>, SymbolicTensor<[null, 4, null, number]>]
>();
expectTypeOf(multiHeadAttention({ numHeads: n, keyDim: 16, returnAttentionScores: true })([tokens, tokens])).toEqualTypeOf<
  [SymbolicTensor<[null, 128, 64]>, SymbolicTensor<[null, number, 128, 128]>]
>();
expectTypeOf(multiHeadAttention({ numHeads: 4, keyDim: 16 })(someList)).toEqualTypeOf<SymbolicTensor<Dim[]>>();
// weights as Keras 3 names them, and the count H·K·(Dq+Dk+2) + H·V·(Dv+1) + H·V·O + O
type MHA = MultiHeadAttention<{ numHeads: 4; keyDim: 16 }>;
expectTypeOf<WeightShapes<MHA, [[null, 128, 64], [null, 128, 64]]>>().toEqualTypeOf<{
  "query/kernel": [64, 4, 16];
  "query/bias": [4, 16];
  "key/kernel": [64, 4, 16];
  "key/bias": [4, 16];
  "value/kernel": [64, 4, 16];
  "value/bias": [4, 16];
  "attention_output/kernel": [4, 16, 64];
  "attention_output/bias": [64];
}>();
// 4·16·(64+64+2) + 4·16·(64+1) + 4·16·64 + 64 = 8,320 + 4,160 + 4,096 + 64
expectTypeOf<ParamCount<MHA, [[null, 128, 64], [null, 128, 64]]>>().toEqualTypeOf<16640>();
// Keras's own test case and the reference table: (Dq, Dv, Dk, H, K, V, O)
expectTypeOf<ParamCount<MultiHeadAttention<{ numHeads: 2; keyDim: 2 }>, [[null, 8, 16], [null, 4, 16]]>>().toEqualTypeOf<284>();
expectTypeOf<ParamCount<MultiHeadAttention<{ numHeads: 4; keyDim: 8; valueDim: 6 }>, [[null, 8, 16], [null, 4, 12], [null, 4, 20]]>>().toEqualTypeOf<1928>();
expectTypeOf<ParamCount<MultiHeadAttention<{ numHeads: 4; keyDim: 8; outputShape: [10] }>, [[null, 8, 16], [null, 4, 12]]>>().toEqualTypeOf<1706>();
expectTypeOf<ParamCount<MultiHeadAttention<{ numHeads: 4; keyDim: 16; useBias: false }>, [[null, 128, 64], [null, 128, 64]]>>().toEqualTypeOf<16384>();
expectTypeOf<ParamCount<MultiHeadAttention<{ numHeads: number; keyDim: 16 }>, [[null, 128, 64], [null, 128, 64]]>>().toEqualTypeOf<number>();
// ParamCount takes the list of shapes a layer called on a list is called on (a merge has none)
expectTypeOf<ParamCount<Attention<{ useScale: true }>, [[null, 5, 8], [null, 7, 8]]>>().toEqualTypeOf<1>();
expectTypeOf<ParamCount<AdditiveAttention, [[null, 5, 8], [null, 7, 8]]>>().toEqualTypeOf<8>();
expectTypeOf<ParamCount<Add, [[null, 4], [null, 4]]>>().toEqualTypeOf<0>();

// --- in a helper generic over its tensor, the call type-checks and resolves at the helper's call ---
const value = input({ shape: [6, 4] });
const genericAttention = attention();
const genericMha = multiHeadAttention({ numHeads: 2, keyDim: 4 });
const genericScores = additiveAttention({ returnAttentionScores: true });
function attendTo<S extends Shape>(x: SymbolicTensor<S>) {
  return [genericAttention([x, value]), genericMha([x, value]), genericScores([x, value])] as const;
}
expectTypeOf(attendTo(input({ shape: [5, 4] }))).toEqualTypeOf<
  readonly [SymbolicTensor<[null, 5, 4]>, SymbolicTensor<[null, 5, 4]>, [SymbolicTensor<[null, 5, 4]>, SymbolicTensor<[null, 5, 6]>]]
>();
// an `any` outputShape may be a size or a list: the output's last axes are not known
declare const anyValue: any;
expectTypeOf(multiHeadAttention({ numHeads: 2, keyDim: 4, outputShape: anyValue })([input({ shape: [5, 4] }), value])).toEqualTypeOf<SymbolicTensor<[null, 5, ...number[]]>>();
