/**
 * The recurrent layers, Embedding and Masking at run time, and calls of several outputs: Keras's tensor
 * names (`lstm[0][1]`), the summary's Output Shape list and `Connected to`, where one output is needed
 * (Sequential, blocks, a layer's argument), weights and parameter counts from Keras 3's rules, and the
 * same models built and run by TensorFlow.js 4.22 in ./recurrent-tfjs.test.ts.
 */
import { beforeEach, describe, expect, test } from "vitest";
import * as sf from "../src/index.js";
import { ShapeError, SymbolicTensor } from "../src/index.js";
import { initialState, severalOutputs, tensorList } from "../src/core/layer.js";
import { backwardDiffers, sameGoBackwards } from "../src/layers/recurrent/bidirectional.js";
import { notOneInputLayer } from "../src/layers/recurrent/time-distributed.js";
import { badFraction, rnnFeatures, rnnRank, statefulBatch } from "../src/layers/recurrent/base-rnn.js";
import { badTrainingOption } from "../src/core/keras-config.js";
import { notACell } from "../src/layers/recurrent/rnn.js";
import { convLstmRank, convLstmStatic } from "../src/layers/recurrent/conv-lstm.js";
import { stridesWithDilation } from "../src/layers/convolutional/base-conv.js";

beforeEach(() => sf.clearSession());

const one = (x: unknown): SymbolicTensor => x as SymbolicTensor;
const many = (x: unknown): SymbolicTensor[] => x as SymbolicTensor[];
const thrown = (f: () => unknown): ShapeError => {
  try {
    f();
  } catch (e) {
    if (e instanceof ShapeError) return e;
    throw e;
  }
  throw new Error("no ShapeError");
};

describe("calls of several outputs", () => {
  test("returnState gives [output, h, c] (LSTM) or [output, h], each named as Keras names it", () => {
    const x = sf.input({ shape: [10, 16] });
    const [out, h, c] = many(sf.lstm({ units: 8, returnState: true, returnSequences: true })(x));
    expect([out!.shape, h!.shape, c!.shape]).toEqual([[null, 10, 8], [null, 8], [null, 8]]);
    expect([out!.name, h!.name, c!.name]).toEqual(["lstm[0][0]", "lstm[0][1]", "lstm[0][2]"]);
    expect(out!.node).toBe(h!.node);
    expect(out!.node.outputs).toEqual([out, h, c]);
    const g = many(sf.gru({ units: 4, returnState: true }).apply(x));
    expect(g.map((t) => t.shape)).toEqual([[null, 4], [null, 4]]);
    expect(sf.simpleRNN({ units: 4 })(x)).toBeInstanceOf(SymbolicTensor); // one output: a tensor, not a list
  });

  test("a model of several outputs: summary lists the layer's shapes and Keras's Connected to", () => {
    const x = sf.input({ shape: [null, 16], name: "seq" });
    const [out, h, c] = sf.lstm({ units: 8, returnState: true, name: "enc" })(x);
    const y = sf.dense({ units: 1, name: "head" })(out);
    const both = sf.add({ name: "hc" })([h, c]);
    const m = sf.model({ inputs: x, outputs: [y, both] });
    expect(m.outputShape).toEqual([[null, 1], [null, 8]]);
    expect(m.countParams()).toBe(800 + 9);
    const text = m.summary({ printFn: () => {}, lineLength: 150 });
    expect(text).toContain("[(None, 8), (None, 8), (None, 8)]");
    expect(text).toContain("enc[0][1], enc[0][2]");
    expect(text).toMatch(/head \(Dense\).*enc\[0\]\[0\]/);
    expect(m.layers.map((l) => l.name)).toEqual(["seq", "enc", "head", "hc"]);
  });

  test("a list of tensors where one goes: a ShapeError with the compiler's sentence, at every kind of call that takes one tensor", () => {
    const outs = sf.lstm({ units: 8, returnState: true })(sf.input({ shape: [10, 16] }));
    const call = (l: unknown, x: unknown) => thrown(() => (l as (x: unknown) => unknown)(x));
    const e = call(sf.dense({ units: 1 }), outs);
    expect(e.message).toBe(tensorList("Dense", "3"));
    expect(e.message).toBe(
      "Dense: expected one SymbolicTensor, but got a list of 3 tensors, as a layer with several outputs returns them. Fix: pick one: const [out, h, c] = lstm({ units: 8, returnState: true })(x), then pass out.",
    );
    const two = sf.gru({ units: 8, returnState: true })(sf.input({ shape: [10, 16] }));
    expect(call(sf.lstm({ units: 4 }), two).message).toBe(tensorList("LSTM", "2"));
    expect(call(sf.bidirectional({ layer: sf.lstm({ units: 4 }) }), two).message).toBe(tensorList("Bidirectional", "2"));
    expect(call(sf.sequential().add(sf.input({ shape: [8] })).add(sf.dense({ units: 2 })), two).message).toBe(tensorList("Sequential", "2"));
    expect(call(sf.residual(sf.dense({ units: 8 })), outs).message).toBe(tensorList("Residual", "3"));
    expect(call(sf.conv2d({ filters: 2, kernelSize: 3 }), []).message).toBe(tensorList("Conv2D", "0"));
  });

  test("several outputs in a Sequential or a block: refused as Keras's Sequential refuses them", () => {
    const s = sf.sequential().add(sf.input({ shape: [10, 16] }));
    const e = thrown(() => (s as unknown as { add(l: unknown): unknown }).add(sf.gru({ units: 4, returnState: true })));
    expect(e.message).toBe(severalOutputs("GRU", "2"));
    const r = sf.repeat(1, () => sf.lstm({ units: 16, returnState: true, returnSequences: true }) as never);
    expect(thrown(() => (r as unknown as (x: unknown) => unknown)(sf.input({ shape: [10, 16] }))).message).toBe(severalOutputs("LSTM", "3"));
  });
});

describe("shapes, checks and weights", () => {
  test("weights follow Keras 3's cells: 4u(F+u+1), 3u(F+u+2) with resetAfter, 3u(F+u+1) without, u(F+u+1)", () => {
    const x = sf.input({ shape: [5, 3] });
    const l = sf.lstm({ units: 4 });
    l(x);
    expect(l.weights.map((w) => [w.name, w.shape])).toEqual([["lstm/kernel", [3, 16]], ["lstm/recurrent_kernel", [4, 16]], ["lstm/bias", [16]]]);
    expect(l.countParams()).toBe(128);
    const g = sf.gru({ units: 4 });
    g(x);
    expect(g.weights.map((w) => w.shape)).toEqual([[3, 12], [4, 12], [2, 12]]);
    expect(g.countParams()).toBe(108);
    const g2 = sf.gru({ units: 4, resetAfter: false });
    g2(x);
    expect(g2.countParams()).toBe(96);
    const r = sf.simpleRNN({ units: 4, useBias: false });
    r(x);
    expect(r.countParams()).toBe(28);
    const e = sf.embedding({ inputDim: 20000, outputDim: 128 });
    e(sf.input({ shape: [null], dtype: "int32" }));
    expect(e.weights).toEqual([{ name: "embedding/embeddings", shape: [20000, 128], trainable: true }]);
  });

  test("stateful needs a fixed batch; the message says how to give one", () => {
    const js = sf as unknown as Record<string, (o: unknown) => (x: unknown) => unknown>;
    const e = thrown(() => js["lstm"]!({ units: 8, stateful: true })(sf.input({ shape: [10, 16] })));
    expect(e.message).toContain("the batch size must be fixed (as in Keras 3), but got (None, 10, 16)");
    expect(e.layer).toBe("lstm");
    expect(one(sf.lstm({ units: 8, stateful: true })(sf.input({ batchShape: [4, 10, 16] }))).shape).toEqual([4, 8]);
  });

  test("plain JavaScript: switches must be booleans, fractions between 0 and 1, inputLength refused", () => {
    const js = sf as unknown as Record<string, (o: unknown) => unknown>;
    expect(thrown(() => js["lstm"]!({ units: 4, returnState: "yes" })).message).toContain("LSTM: returnState must be true or false");
    expect(thrown(() => js["gru"]!({ units: 4, resetAfter: 1 })).message).toContain("GRU: resetAfter must be true or false");
    expect(thrown(() => js["simpleRNN"]!({ units: 4, dropout: "0.2" })).message).toContain('SimpleRNN: dropout is a fraction to drop in training and must be between 0 and 1, but got "0.2"');
    expect(thrown(() => js["embedding"]!({ inputDim: 4, outputDim: 2, inputLength: 7 })).message).toContain("Embedding: inputLength was removed in Keras 3");
    expect(thrown(() => js["masking"]!({ maskValue: "0" })).message).toContain("Masking: maskValue must be a number");
    expect(thrown(() => js["input"]!({ shape: [3], dtype: "int65" })).message).toContain('Input: dtype must be one of "float32", "int32", "bool", "string", "int64"');
  });
});

describe("bidirectional at run time", () => {
  test("forward and backward copies named as Keras names them; weights forward first; twice the count", () => {
    const inner = sf.lstm({ units: 4 });
    const b = sf.bidirectional({ layer: inner });
    b(sf.input({ shape: [5, 3] }));
    expect(b.countParams()).toBe(256);
    expect(b.weights.map((w) => w.name)).toEqual([
      "bidirectional/forward_lstm/kernel", "bidirectional/forward_lstm/recurrent_kernel", "bidirectional/forward_lstm/bias",
      "bidirectional/backward_lstm/kernel", "bidirectional/backward_lstm/recurrent_kernel", "bidirectional/backward_lstm/bias",
    ]);
    expect(b.kerasConfig().config).toMatchObject({ merge_mode: "concat", layer: { class_name: "LSTM", config: { name: "forward_lstm", go_backwards: false } } });
  });

  test("plain JavaScript: the directions must differ and the backward layer agree, as Keras's _verify_layer_config", () => {
    const js = sf as unknown as Record<string, (o: unknown) => unknown>;
    expect(thrown(() => js["bidirectional"]!({ layer: sf.lstm({ units: 4, goBackwards: true }) })).message).toBe(sameGoBackwards);
    expect(thrown(() => js["bidirectional"]!({ layer: sf.lstm({ units: 4 }), backwardLayer: sf.lstm({ units: 4 }) })).message).toBe(sameGoBackwards);
    expect(thrown(() => js["bidirectional"]!({ layer: sf.lstm({ units: 4 }), backwardLayer: sf.lstm({ units: 4, goBackwards: true, returnSequences: true }) })).message).toBe(backwardDiffers("returnSequences"));
    expect(thrown(() => js["bidirectional"]!({ layer: sf.lstm({ units: 4 }), mergeMode: "max" })).message).toContain("Bidirectional: mergeMode");
    expect(thrown(() => js["bidirectional"]!({ layer: sf.input({ shape: [3] }) })).message).toContain("Bidirectional: layer must be a recurrent layer");
  });
});

describe("timeDistributed at run time", () => {
  test("the inner layer is called on one step: its weights are the wrapper's, counted once", () => {
    const d = sf.dense({ units: 8 });
    const t = sf.timeDistributed({ layer: d });
    const y = t(sf.input({ shape: [10, 16] }));
    expect(y.shape).toEqual([null, 10, 8]);
    expect(t.countParams()).toBe(136);
    expect(t.weights.map((w) => w.name)).toEqual(["dense/kernel", "dense/bias"]);
    expect(t.kerasConfig().config).toMatchObject({ layer: { class_name: "Dense", config: { units: 8 } } });
    const m = sf.model({ inputs: y.node.inputs[0]!, outputs: y });
    expect(m.countParams()).toBe(136);
    expect(m.summary({ printFn: () => {}, expandNested: true })).toContain("└ dense (Dense)");
  });

  test("plain JavaScript: a merge layer or an input is refused", () => {
    const js = sf as unknown as Record<string, (o: unknown) => unknown>;
    expect(thrown(() => js["timeDistributed"]!({ layer: sf.add() })).message).toBe(notOneInputLayer("Add (a layer of several inputs)"));
    expect(thrown(() => js["timeDistributed"]!({ layer: 3 })).message).toBe(notOneInputLayer("number"));
  });
});

describe("the sequence examples: Keras 3's parameter counts and shapes", () => {
  test("IMDB bidirectional LSTM: 2,757,761", async () => {
    const { imdb, imdbParams } = await import("../examples/imdb-bidirectional-lstm.js");
    expect(imdbParams).toBe(20000 * 128 + 2 * (4 * 64 * (128 + 64 + 1)) * 2 + 129);
    expect(imdb.countParams()).toBe(imdbParams);
    expect(imdb.outputShape).toEqual([null, 1]);
    expect(imdb.summary({ printFn: () => {} })).toContain("Total params: 2,757,761");
  });
  test("GRU text model (resetAfter: 3u(F+u+2)): 674,533", async () => {
    const { gruText, gruTextParams } = await import("../examples/gru-text.js");
    expect(gruTextParams).toBe(10000 * 64 + 3 * 64 * (64 + 64 + 2) + 3 * 32 * (64 + 32 + 2) + 33 * 5);
    expect(gruText.countParams()).toBe(gruTextParams);
    expect(gruText.outputShape).toEqual([null, 5]);
  });
  test("TimeDistributed(Dense) tagger: one tag per token, 665,937", async () => {
    const { tagger, taggerParams } = await import("../examples/pos-tagger.js");
    // Embedding 10000 * 64; Bidirectional(LSTM(32)) 2 * 4u(F + u + 1) on 64; TimeDistributed(Dense(17)) on 64, its weights once.
    expect(taggerParams).toBe(10000 * 64 + 2 * (4 * 32 * (64 + 32 + 1)) + (64 * 17 + 17));
    expect(tagger.countParams()).toBe(taggerParams);
    expect(tagger.outputShape).toEqual([null, null, 17]);
    expect(tagger.summary({ printFn: () => {} })).toContain("Total params: 665,937");
  });
  test("keras.io's ConvLSTM2D next-frame model: 746,689 (Keras 3's rule k*k*c*4f + k*k*f*4f + 4f)", async () => {
    const { nextFrame, nextFrameParams } = await import("../examples/next-frame.js");
    const convLstm = (k: number, c: number, f: number) => k * k * c * 4 * f + k * k * f * 4 * f + 4 * f;
    expect(nextFrameParams).toBe(convLstm(5, 1, 64) + 4 * 64 + convLstm(3, 64, 64) + 4 * 64 + convLstm(1, 64, 64) + (27 * 64 * 1 + 1));
    expect(nextFrame.countParams()).toBe(nextFrameParams);
    expect(nextFrame.outputShape).toEqual([null, null, 64, 64, 1]);
    const text = nextFrame.summary({ printFn: () => {} });
    expect(text).toContain("Total params: 746,689");
    // The two BatchNormalizations' moving mean and variance: 2 * 2 * 64 not trained.
    expect(text).toContain("Non-trainable params: 256");
  });
  test("seq2seq: the decoder starts from the encoder's [h, c], listed in Connected to", async () => {
    const { seq2seq, seq2seqParams } = await import("../examples/seq2seq.js");
    expect(seq2seqParams).toBe(4 * 256 * (71 + 256 + 1) + 4 * 256 * (93 + 256 + 1) + 256 * 93 + 93);
    expect(seq2seq.countParams()).toBe(seq2seqParams);
    expect(seq2seq.outputShape).toEqual([null, null, 93]);
    const decoder = seq2seq.layers.find((l) => l.name === "decoder") as unknown as { nodes: { inputs: SymbolicTensor[] }[] };
    expect(decoder.nodes[0]!.inputs.map((t) => t.name)).toEqual(["decoder_inputs[0][0]", "encoder[0][1]", "encoder[0][2]"]);
    const text = seq2seq.summary({ printFn: () => {} });
    expect(text).toContain("encoder[0][1],");
    expect(text).toContain("Total params: 718,173");
    expect(seq2seq.layers.map((l) => l.name)).toEqual(["encoder_inputs", "decoder_inputs", "encoder", "decoder", "next_char"]);
  });
  test("initialState of the wrong shape or count: the ShapeError the compiler shows too", () => {
    const [, h] = many(sf.lstm({ units: 8, returnState: true })(sf.input({ shape: [5, 3] })));
    const js = sf as unknown as Record<string, (o: unknown) => (x: unknown, c?: unknown) => unknown>;
    expect(thrown(() => js["lstm"]!({ units: 8 })(sf.input({ shape: [5, 3] }), { initialState: [h] })).message).toBe(
      initialState("LSTM", "2", "(None, 8)", "[(None, 8)]"),
    );
    expect(thrown(() => js["gru"]!({ units: 4 })(sf.input({ shape: [5, 3] }), { initialState: [h] })).message).toContain("GRU: initialState must be its 1 states, each of shape (None, 4), but got [(None, 8)].");
  });
});

describe("rnn({ cell }): one cell or stacked cells, as Keras 3's RNN and StackedRNNCells", () => {
  test("one cell: the layer of that cell's shapes, weights and count", () => {
    const x = sf.input({ shape: [10, 16] });
    const r = sf.rnn({ cell: sf.lstmCell({ units: 8 }) });
    expect(one(r(x)).shape).toEqual([null, 8]);
    expect(r.countParams()).toBe(800);
    expect(r.weights.map((w) => [w.name, w.shape])).toEqual([["rnn/kernel", [16, 32]], ["rnn/recurrent_kernel", [8, 32]], ["rnn/bias", [32]]]);
    const g = sf.rnn({ cell: sf.gruCell({ units: 8 }), returnSequences: true });
    expect(one(g(x)).shape).toEqual([null, 10, 8]);
    expect(g.countParams()).toBe(3 * 8 * (16 + 8 + 2));
    const s = sf.rnn({ cell: sf.simpleRNNCell({ units: 4, useBias: false }) });
    s(x);
    expect(s.countParams()).toBe(4 * (16 + 4));
  });

  test("stacked cells: the last cell's output, each cell on the one before's units, states in cell order", () => {
    const x = sf.input({ shape: [10, 16] });
    const r = sf.rnn({ cell: [sf.lstmCell({ units: 8, name: "a" }), sf.gruCell({ units: 4, name: "b" })], returnState: true, returnSequences: true });
    expect(many(r(x)).map((t) => t.shape)).toEqual([[null, 10, 4], [null, 8], [null, 8], [null, 4]]);
    expect(r.countParams()).toBe(800 + 3 * 4 * (8 + 4 + 2));
    expect(r.weights.map((w) => w.name)).toEqual(["rnn/a/kernel", "rnn/a/recurrent_kernel", "rnn/a/bias", "rnn/b/kernel", "rnn/b/recurrent_kernel", "rnn/b/bias"]);
    const three = sf.rnn({ cell: [sf.simpleRNNCell({ units: 3 }), sf.simpleRNNCell({ units: 5 }), sf.lstmCell({ units: 2 })] });
    three(x);
    expect(three.countParams()).toBe(60 + 45 + 64);
    expect(three.weights[3]!.name).toBe("rnn_1/simple_rnn_cell_1/kernel");
  });

  test("the types' messages at run time: rank, features, stateful, a layer where a cell goes, initialState", () => {
    const r = () => sf.rnn({ cell: sf.lstmCell({ units: 8 }) }) as unknown as (x: unknown, c?: unknown) => unknown;
    expect(thrown(() => r()(sf.input({ shape: [16] }))).message).toBe(rnnRank("RNN", "(None, 16)", "2"));
    expect(thrown(() => r()(sf.input({ shape: [10, null] }))).message).toBe(rnnFeatures("RNN", "(None, 10, None)"));
    expect(thrown(() => (sf.rnn({ cell: sf.lstmCell({ units: 8 }), stateful: true }) as unknown as (x: unknown) => unknown)(sf.input({ shape: [10, 16] }))).message).toBe(
      statefulBatch("RNN", "(None, 10, 16)"),
    );
    const bad = (cell: unknown) => thrown(() => sf.rnn({ cell } as never)).message;
    expect(bad(sf.lstm({ units: 8 }))).toBe(notACell("LSTM (a layer, not a cell)"));
    expect(bad([])).toBe(notACell("an empty list"));
    expect(bad([sf.lstmCell({ units: 8 }), sf.dense({ units: 4 })])).toBe(notACell("something else"));
    expect(bad(3)).toBe(notACell("something else"));
    const x = sf.input({ shape: [10, 16] });
    const [, h, c] = many(sf.rnn({ cell: sf.lstmCell({ units: 4 }), returnState: true })(x));
    expect(thrown(() => r()(x, { initialState: [h, c] })).message).toBe(initialState("RNN", "2", "(None, 8)", "[(None, 4), (None, 4)]"));
    expect(thrown(() => sf.lstmCell({ units: 0 } as never)).message).toContain("LSTMCell: units must be a positive integer");
    expect(thrown(() => sf.simpleRNNCell({ units: 2, returnSequences: true } as never)).message).toContain('SimpleRNNCell has no option "returnSequences"');
    const s = sf.sequential().add(sf.input({ shape: [10, 16] }));
    expect(thrown(() => (s as unknown as { add(l: unknown): unknown }).add(sf.rnn({ cell: [sf.lstmCell({ units: 8 }), sf.gruCell({ units: 4 })], returnState: true }))).message).toBe(
      severalOutputs("RNN", "4"),
    );
  });

  test("Keras 3's config: the cell serialized, a list as StackedRNNCells", () => {
    const r = sf.rnn({ cell: [sf.lstmCell({ units: 4, name: "a" }), sf.gruCell({ units: 2, name: "b" })], returnSequences: true });
    const c = r.kerasConfig();
    expect(c.className).toBe("RNN");
    expect(c.config).toMatchObject({ return_sequences: true, return_state: false, go_backwards: false, stateful: false, unroll: false, zero_output_for_mask: false });
    const cell = c.config["cell"] as { class_name: string; config: { cells: { class_name: string; config: Record<string, unknown> }[] } };
    expect(cell.class_name).toBe("StackedRNNCells");
    expect(cell.config.cells.map((x) => [x.class_name, x.config["name"], x.config["units"]])).toEqual([["LSTMCell", "a", 4], ["GRUCell", "b", 2]]);
    expect(cell.config.cells[0]!.config).toMatchObject({ recurrent_activation: "sigmoid", unit_forget_bias: true, use_bias: true });
    expect(cell.config.cells[1]!.config).toMatchObject({ reset_after: true });
    expect((sf.rnn({ cell: sf.simpleRNNCell({ units: 3 }) }).kerasConfig().config["cell"] as { class_name: string }).class_name).toBe("SimpleRNNCell");
  });
});

describe("convLstm1d/2d/3d: each step convolved as the Conv of the same rank, Keras 3's weights", () => {
  test("shapes, states and counts (Keras 3's rule, TF.js's 368 for ConvLSTM2D(2, 3) on 3 channels)", () => {
    const frames = sf.input({ shape: [5, 8, 8, 3] });
    const c2 = sf.convLstm2d({ filters: 2, kernelSize: 3, returnSequences: true });
    expect(one(c2(frames)).shape).toEqual([null, 5, 6, 6, 2]);
    expect(c2.countParams()).toBe(368);
    expect(c2.weights.map((w) => [w.name, w.shape])).toEqual([["conv_lstm2d/kernel", [3, 3, 3, 8]], ["conv_lstm2d/recurrent_kernel", [3, 3, 2, 8]], ["conv_lstm2d/bias", [8]]]);
    const st = many(sf.convLstm2d({ filters: 2, kernelSize: 3, strides: 2, padding: "same", returnState: true })(frames));
    expect(st.map((t) => t.shape)).toEqual([[null, 4, 4, 2], [null, 4, 4, 2], [null, 4, 4, 2]]);
    const c1 = sf.convLstm1d({ filters: 4, kernelSize: 3 });
    expect(one(c1(sf.input({ shape: [5, 10, 2] }))).shape).toEqual([null, 8, 4]);
    expect(c1.countParams()).toBe(3 * 2 * 16 + 3 * 4 * 16 + 16);
    const c3 = sf.convLstm3d({ filters: 2, kernelSize: 3, dataFormat: "channelsFirst" });
    expect(one(c3(sf.input({ shape: [4, 1, 6, 6, 6] }))).shape).toEqual([null, 2, 4, 4, 4]);
    expect(c3.countParams()).toBe(27 * 1 * 8 + 27 * 2 * 8 + 8);
  });

  test("the types' messages at run time", () => {
    const c = () => sf.convLstm2d({ filters: 8, kernelSize: 3 }) as unknown as (x: unknown, call?: unknown) => unknown;
    expect(thrown(() => c()(sf.input({ shape: [64, 64, 1] }))).message).toBe(convLstmRank("ConvLSTM2D", "5", "(batch, time, rows, cols, channels)", "(None, 64, 64, 1)", "4"));
    expect(thrown(() => c()(sf.input({ shape: [5, null, 8, 3] }))).message).toBe(convLstmStatic("ConvLSTM2D", "(None, 5, None, 8, 3)"));
    expect(thrown(() => (sf.convLstm2d({ filters: 8, kernelSize: 5 }) as unknown as (x: unknown) => unknown)(sf.input({ shape: [5, 4, 4, 3] }))).message).toContain(
      "ConvLSTM2D: the kernel (after dilation) spans 5 along axis 1 (rows), but the input has only 4 there: (None, 4, 4, 3).",
    );
    const x = sf.input({ shape: [5, 8, 8, 3] });
    const [, h, cc] = many(sf.convLstm2d({ filters: 4, kernelSize: 3, returnState: true })(x));
    expect(thrown(() => c()(x, { initialState: [h, cc] })).message).toBe(initialState("ConvLSTM2D", "2", "(None, 6, 6, 8)", "[(None, 6, 6, 4), (None, 6, 6, 4)]"));
    expect(one(sf.convLstm2d({ filters: 4, kernelSize: 3 })(x, { initialState: [h!, cc!] } as never)).shape).toEqual([null, 6, 6, 4]);
    expect(thrown(() => sf.convLstm2d({ filters: 2, kernelSize: 3, unroll: true } as never)).message).toContain('ConvLSTM2D has no option "unroll"');
    // Keras 3's ConvLSTMCell refuses strides and a dilation above 1 together (rnn/conv_lstm.py), as Conv does; DepthwiseConv and SeparableConv take them.
    expect(thrown(() => sf.convLstm2d({ filters: 2, kernelSize: 3, strides: 2, dilationRate: 2 } as never)).message).toBe(stridesWithDilation("ConvLSTM2D", "2", "2"));
  });

  test("Keras 3's config: the window, the gates, the switches", () => {
    const c = sf.convLstm2d({ filters: 2, kernelSize: [3, 2], padding: "same" }).kerasConfig().config;
    expect(c).toMatchObject({ filters: 2, kernel_size: [3, 2], strides: [1, 1], padding: "same", data_format: "channels_last", dilation_rate: [1, 1], activation: "tanh", recurrent_activation: "sigmoid", unit_forget_bias: true, return_sequences: false });
  });
});

test("plain JavaScript: a cell's and a ConvLSTM's dropouts and training options are checked as the recurrent layers' are", () => {
  const any = sf as any;
  expect(() => any.lstmCell({ units: 4, dropout: 1.5 })).toThrow(badFraction("LSTMCell", "dropout", "1.5"));
  expect(() => any.simpleRNNCell({ units: 4, recurrentDropout: -0.1 })).toThrow(badFraction("SimpleRNNCell", "recurrentDropout", "-0.1"));
  expect(() => any.convLstm1d({ filters: 2, kernelSize: 3, dropout: 2 })).toThrow(badFraction("ConvLSTM1D", "dropout", "2"));
  expect(() => any.gruCell({ units: 4, kernelInitializer: 3 })).toThrow(badTrainingOption("GRUCell", "kernelInitializer", "3"));
  expect(() => any.lstm({ units: 4, biasConstraint: 7 })).toThrow(badTrainingOption("LSTM", "biasConstraint", "7"));
});
