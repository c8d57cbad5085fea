// Positive type tests of the attention layers: exact output types (one output, or [output, scores]),
// weights and parameter counts, with unknown (`null`), non-literal (`number`) and union sizes flowing on.
import { expectTypeOf } from "expect-type";
import {
  additiveAttention,
  attention,
  input,
  type AdditiveAttention,
  type Attention,
  type Dim,
  type ParamCount,
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
