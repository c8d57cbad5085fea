/**
 * The attention layers at run time (issue 15): Keras 3's weights and parameter counts (the reference
 * table in ../shared/docs/keras-reference.md, "MultiHeadAttention"), the two outputs of
 * `returnAttentionScores`, the checks of attentionAxes (out-of-range axes are type errors too, in
 * type-tests/errors/attention.ts; the rest only the runtime makes), and the transformer
 * encoder example's total worked out by hand from the rules. Shapes and messages shared with the types
 * are in test/cases/attention.ts (run by parity.test.ts on every compiler).
 */
import { beforeEach, describe, expect, test } from "vitest";
import * as sf from "../src/index.js";
import { severalOutputs } from "../src/core/layer.js";
import { notAList } from "../src/layers/merging/merge.js";
import { badAttentionAxes, badAxesOption, queryKeyAxis } from "../src/layers/attention/multi-head-attention.js";
import { shapeError } from "./shape-error.js";

beforeEach(() => sf.clearSession());

const weights = (l: { weights: readonly sf.Weight[] }) => l.weights.map((w) => [w.name.slice(w.name.indexOf("/") + 1), w.shape]);

describe("MultiHeadAttention: Keras 3's weights and count, H·K·(Dq+Dk+2) + H·V·(Dv+1) + H·V·ΠO + ΠO", () => {
  // (Dq, Dv, Dk, H, K, V, O) -> params, from the reference (verified there against TF.js's own MultiHeadAttention source)
  test.each([
    [16, 16, undefined, 2, 2, undefined, undefined, 284],
    [16, 12, 20, 4, 8, 6, undefined, 1928],
    [16, 12, undefined, 4, 8, undefined, [10], 1706],
  ] as const)("Dq %i, Dv %i, Dk %s, %i heads of %i, valueDim %s, outputShape %s: %i", (dq, dv, dk, h, k, v, o, total) => {
    const l = sf.multiHeadAttention({ numHeads: h, keyDim: k, ...(v === undefined ? {} : { valueDim: v }), ...(o === undefined ? {} : { outputShape: [...o] }) });
    const q = sf.input({ shape: [8, dq] });
    const val = sf.input({ shape: [4, dv] });
    l(dk === undefined ? [q, val] : [q, val, sf.input({ shape: [4, dk] })]);
    const vd = v ?? k;
    const out = o ?? [dq];
    const product = out.reduce((a, b) => a * b, 1);
    expect(l.countParams()).toBe(h * k * (dq + (dk ?? dv) + 2) + h * vd * (dv + 1) + h * vd * product + product);
    expect(l.countParams()).toBe(total);
  });

  test("weight names and shapes in Keras's order: query, key, value, attention_output; useBias: false drops the biases", () => {
    const x = sf.input({ shape: [128, 64] });
    const l = sf.multiHeadAttention({ numHeads: 4, keyDim: 16 });
    l([x, x]);
    expect(weights(l)).toEqual([
      ["query/kernel", [64, 4, 16]], ["query/bias", [4, 16]],
      ["key/kernel", [64, 4, 16]], ["key/bias", [4, 16]],
      ["value/kernel", [64, 4, 16]], ["value/bias", [4, 16]],
      ["attention_output/kernel", [4, 16, 64]], ["attention_output/bias", [64]],
    ]);
    expect(l.kerasConfig().weights).toEqual(weights(l).map(([n]) => n));
    const nb = sf.multiHeadAttention({ numHeads: 4, keyDim: 16, useBias: false });
    nb([x, x]);
    expect(nb.countParams()).toBe(4 * 16 * 64 * 4);
  });

  test("attentionAxes: the scores are (other axes, heads, query's attention axes, key's), as Keras's einsum orders them", () => {
    const q = sf.input({ shape: [3, 4, 16] });
    const [out, scores] = sf.multiHeadAttention({ numHeads: 2, keyDim: 2, attentionAxes: [2], returnAttentionScores: true })([q, sf.input({ shape: [3, 6, 16] })]);
    expect(out.shape).toEqual([null, 3, 4, 16]);
    expect(scores.shape).toEqual([null, 3, 2, 4, 6]);
    const neg = sf.multiHeadAttention({ numHeads: 2, keyDim: 2, attentionAxes: -2, returnAttentionScores: true })([q, sf.input({ shape: [3, 6, 16] })]);
    expect(neg[1].shape).toEqual([null, 3, 2, 4, 6]);
    // @ts-expect-error: the compiler says so too, in the same words (type-tests/errors/attention.ts)
    expect(shapeError(() => sf.multiHeadAttention({ numHeads: 2, keyDim: 2, attentionAxes: [2] })([q, sf.input({ shape: [5, 6, 16] })])).message).toBe(
      queryKeyAxis("[2]", "(None, 3, 4, 16)", "(None, 5, 6, 16)", "1", "3", "5"),
    );
    // @ts-expect-error: the compiler says so too, in the same words (type-tests/errors/attention.ts)
    expect(shapeError(() => sf.multiHeadAttention({ numHeads: 2, keyDim: 2, attentionAxes: [3] })([q, q])).message).toBe(badAttentionAxes("[3]", "(None, 3, 4, 16)", "2"));
    expect(shapeError(() => sf.multiHeadAttention({ numHeads: 2, keyDim: 2, attentionAxes: [] })).message).toBe(badAxesOption("[]"));
  });

  test("options from plain JavaScript", () => {
    const mha = sf.multiHeadAttention as (o: unknown) => unknown;
    expect(shapeError(() => mha({ numHeads: 2 })).message).toBe(
      "MultiHeadAttention needs the option keyDim (the size of each head's query and key), but it was not given. Fix: write e.g. keyDim: 16.",
    );
    expect(shapeError(() => mha({ numHeads: 2, keyDim: 4, useBias: "no" })).message).toContain("MultiHeadAttention: useBias must be true or false");
    expect(shapeError(() => mha({ numHeads: 2, keyDim: 4, attentionAxes: "1" })).message).toBe(badAxesOption('"1"'));
  });
});

describe("Attention and AdditiveAttention", () => {
  test("weights: Attention's scalar scale and concat_score_weight, AdditiveAttention's scale of the query's features", () => {
    const q = sf.input({ shape: [5, 8] });
    const v = sf.input({ shape: [7, 8] });
    const a = sf.attention({ useScale: true, scoreMode: "concat" });
    a([q, v]);
    expect(weights(a)).toEqual([["scale", []], ["concat_score_weight", []]]);
    expect(a.countParams()).toBe(2);
    const plain = sf.attention();
    plain([q, v]);
    expect(plain.countParams()).toBe(0);
    const ad = sf.additiveAttention();
    ad([q, v]);
    expect(weights(ad)).toEqual([["scale", [8]]]);
    const noScale = sf.additiveAttention({ useScale: false });
    noScale([q, v]);
    expect(noScale.weights).toEqual([]);
  });

  test("called on something else than a list of tensors", () => {
    const q = sf.input({ shape: [5, 8] });
    const call = sf.attention() as unknown as (x: unknown) => unknown;
    expect(shapeError(() => call(q)).message).toBe(notAList("Attention", "SymbolicTensor", "attention"));
    expect(shapeError(() => call([q, [5, 8]])).message).toContain("Attention: expected a SymbolicTensor (from input() or another layer), but got an array of 2.");
  });
});

describe("returnAttentionScores: a call gives [output, scores]", () => {
  test("two tensors of one node, named as Keras names them, both in a model", () => {
    const x = sf.input({ shape: [10, 16] });
    const l = sf.multiHeadAttention({ numHeads: 2, keyDim: 4, returnAttentionScores: true });
    const [out, scores] = l([x, x]);
    expect([out.shape, scores.shape]).toEqual([[null, 10, 16], [null, 2, 10, 10]]);
    expect([out.name, scores.name]).toEqual(["multi_head_attention[0][0]", "multi_head_attention[0][1]"]);
    const m = sf.model({ inputs: x, outputs: [out, scores] });
    expect(m.outputShape).toEqual([[null, 10, 16], [null, 2, 10, 10]]);
    expect(m.summary({ printFn: () => {} })).toContain("│ multi_head_attenti… │ [(None, 10, 16),  │        552 │");
  });

  test("where one tensor goes (a Sequential), two outputs are refused", () => {
    const l = sf.attention({ returnAttentionScores: true }) as unknown as sf.AnyLayer & { applyOne(x: unknown): unknown };
    const x = sf.input({ shape: [5, 8] });
    expect(shapeError(() => l.applyOne([x, x])).message).toBe(severalOutputs("Attention", "2"));
  });
});

describe("examples/transformer-encoder.ts", () => {
  test("its total, worked out by hand from the rules", async () => {
    const { transformerEncoder } = await import("../examples/transformer-encoder.js");
    const [tokens, features, heads, keyDim, ff, classes] = [128, 64, 4, 16, 128, 2];
    const mha = heads * keyDim * (features + features + 2) + heads * keyDim * (features + 1) + heads * keyDim * features + features; // 16,640
    const layerNorm = 2 * features; // gamma and beta: 128 each
    const feedForward = (features * ff + ff) + (ff * features + features); // 8,320 + 8,256
    const head = features * classes + classes; // 130
    expect(mha).toBe(16_640);
    expect(transformerEncoder.countParams()).toBe(mha + 2 * layerNorm + feedForward + head);
    expect(transformerEncoder.countParams()).toBe(33_602);
    expect(transformerEncoder.outputShape).toEqual([null, classes]);
    expect(transformerEncoder.layers.find((l) => l.className === "MultiHeadAttention")!.countParams()).toBe(mha);
    expect(tokens).toBe((transformerEncoder.inputShape as number[])[1]);
    const text = transformerEncoder.summary({ printFn: () => {} });
    expect(text).toContain(" Total params: 33,602 (131.26 KB)");
    expect(text).toMatch(/│ multi_head_attenti… │ \(None, 128, 64\)\s+│\s+16,640 │ input_layer\[0\]\[0… │/);
  });
});
