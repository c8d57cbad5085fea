/**
 * Pictures of a model (issue #18): the DOT and Mermaid text of Sequential, branching, shared-layer and
 * nested models (nodes, edges, labels), the SVG that plotModel draws from it, and the neuron view.
 */
import { describe, expect, test } from "vitest";
import { instance } from "@viz-js/viz";
import {
  activation,
  batchNormalization,
  add,
  concatenate,
  conv2d,
  dense,
  dropout,
  flatten,
  input,
  lstm,
  model,
  residual,
  sequential,
  ShapeError,
  toDot,
  toMermaid,
  toNeuronDot,
  type ModelInfo,
} from "../src/index.js";
import { plotModel, plotNeurons } from "../src/plot/index.js";

/** `n0 -> n1 [label="(None, 4)"]` lines of DOT text, as `from -> to : label` with layer names for ids. */
const dotEdges = (dot: string): string[] => {
  const names = new Map([...dot.matchAll(/^\s*(n\d+) \[label=<<table.*?<b>(.*?)<\/b>/gm)].map((m) => [m[1]!, m[2]!]));
  return [...dot.matchAll(/^\s*(n\d+) -> (n\d+)(?: \[(?:x?label)="(.*?)"\])?;$/gm)].map(
    (m) => `${names.get(m[1]!)} -> ${names.get(m[2]!)}${m[3] === undefined ? "" : ` : ${m[3]}`}`,
  );
};
const mermaidEdges = (text: string): string[] => {
  const names = new Map([...text.matchAll(/^\s*(n\d+)\["<b>(.*?)<\/b>/gm)].map((m) => [m[1]!, m[2]!]));
  return [...text.matchAll(/^\s*(n\d+) -->(?:\|"(.*?)"\|)? (n\d+)$/gm)].map(
    (m) => `${names.get(m[1]!)} -> ${names.get(m[3]!)}${m[2] === undefined ? "" : ` : ${m[2]}`}`,
  );
};

const seed = () =>
  sequential({
    name: "seed",
    layers: [dense({ units: 4, activation: "relu", inputShape: [3], name: "hidden1" }), dense({ units: 4, activation: "relu", name: "hidden2" }), dense({ units: 1, name: "out" })],
  });
const branching = () => {
  const inp = input({ shape: [3], name: "x" });
  const a = dense({ units: 4, name: "a" })(inp);
  const b = dense({ units: 4, name: "b" })(inp);
  const sum = add({ name: "sum" })([a, b]);
  const joined = concatenate({ name: "joined" })([sum, inp]);
  const act = activation({ activation: "relu", name: "act" })(joined);
  const out = dense({ units: 1, name: "y" })(dropout({ rate: 0.5, name: "drop" })(act));
  return model({ inputs: inp, outputs: out, name: "branching" });
};
const shared = () => {
  const left = input({ shape: [5], name: "left" });
  const right = input({ shape: [5], name: "right" });
  const encode = dense({ units: 2, name: "encode" });
  const both = concatenate({ name: "both" })([encode(left), encode(right)]);
  return model({ inputs: [left, right], outputs: dense({ units: 1, name: "score" })(both), name: "siamese" });
};
const nested = () => {
  const img = input({ shape: [8, 8, 3], name: "img" });
  const block = residual(sequential({ name: "convs", layers: [conv2d({ filters: 3, kernelSize: 3, padding: "same", name: "c1" }), conv2d({ filters: 3, kernelSize: 3, padding: "same", name: "c2" })] }), undefined, { name: "residual" });
  const head = sequential({ name: "head", layers: [flatten({ name: "flat" }), dense({ units: 2, name: "logits" })] });
  return model({ inputs: img, outputs: head(block(img)), name: "nested" });
};

describe("toDot", () => {
  test("a Sequential: a box a layer, no input box, edges between consecutive layers labelled with their shapes", () => {
    const dot = toDot(seed(), { showShapes: true });
    expect(dot.startsWith('digraph "seed" {')).toBe(true);
    expect(dot.match(/<table/g)).toHaveLength(3);
    expect(dotEdges(dot)).toEqual(["hidden1 -> hidden2 : (None, 4)", "hidden2 -> out : (None, 4)"]);
    expect(dot).toContain("<b>hidden1</b><br/>Dense");
    expect(dot).toContain("Input shape<br/><b>(None, 3)</b>");
    expect(dot).toContain("Output shape<br/><b>(None, 1)</b>");
  });

  test("Keras's options: names, activations, dtype, trainable; without showShapes no shapes anywhere", () => {
    const frozen = sequential({ layers: [dense({ units: 4, inputShape: [3], trainable: false, name: "f" }), dropout({ rate: 0.1, name: "d" })] });
    const plain = toDot(frozen);
    expect(plain).not.toContain("(None");
    expect(plain).not.toContain("Trainable");
    expect(dotEdges(plain)).toEqual(["f -> d"]);
    const all = toDot(frozen, { showLayerNames: false, showLayerActivations: true, showDtype: true, showTrainable: true });
    expect(all).toContain("<b>Dense</b>");
    expect(all).not.toContain("<b>f</b>");
    expect(all).toContain("Activation<br/><b>linear</b>");
    expect(all).toContain("Output dtype<br/><b>float32</b>");
    expect(all.match(/Non-trainable/g)).toHaveLength(1); // Dropout has no weights: no cell
    expect(all).not.toMatch(/>Trainable</);
    expect(toDot(seed(), { rankdir: "LR" })).toContain("rankdir=LR");
    expect(toDot(seed())).toContain("splines=spline");
    expect(toDot(seed(), { splines: "ortho", showShapes: true })).toContain('n0 -> n1 [xlabel="(None, 4)"]');
  });

  test("a branching functional model: input boxes, one edge a tensor", () => {
    expect(dotEdges(toDot(branching(), { showShapes: true }))).toEqual([
      "x -> a : (None, 3)",
      "x -> b : (None, 3)",
      "a -> sum : (None, 4)",
      "b -> sum : (None, 4)",
      "sum -> joined : (None, 4)",
      "x -> joined : (None, 3)",
      "joined -> act : (None, 7)",
      "act -> drop : (None, 7)",
      "drop -> y : (None, 7)",
    ]);
    expect(toDot(branching(), { showShapes: true })).toContain("Input shape<br/><b>[(None, 4), (None, 3)]</b>");
  });

  test("a shared layer is one box with all its connections", () => {
    const dot = toDot(shared(), { showShapes: true });
    expect(dot.match(/<b>encode<\/b>/g)).toHaveLength(1);
    expect(dotEdges(dot).sort()).toEqual(["both -> score : (None, 4)", "encode -> both : (None, 2)", "left -> encode : (None, 5)", "right -> encode : (None, 5)"]);
  });

  test("nested models and blocks: one box each, or dashed clusters with the edges re-pointed (expandNested)", () => {
    const m = nested();
    expect(dotEdges(toDot(m))).toEqual(["img -> residual", "residual -> head"]);
    const open = toDot(m, { expandNested: true, showShapes: true });
    expect(open).toContain('label="residual (Residual)"');
    expect(open).toContain('label="convs (Sequential)"');
    expect(open).toContain('label="head (Sequential)"');
    expect(open.match(/style=dashed/g)).toHaveLength(3);
    expect(dotEdges(open)).toEqual([
      "img -> c1 : (None, 8, 8, 3)",
      "c1 -> c2 : (None, 8, 8, 3)",
      "c2 -> residual_add : (None, 8, 8, 3)",
      "img -> residual_add : (None, 8, 8, 3)",
      "residual_add -> flat : (None, 8, 8, 3)",
      "flat -> logits : (None, 192)",
    ]);
    // c1 sits in convs, which sits in residual
    const residualAt = open.indexOf("subgraph cluster_0");
    const convsAt = open.indexOf("subgraph cluster_1");
    expect(residualAt).toBeGreaterThan(-1);
    expect(convsAt).toBeGreaterThan(residualAt);
    expect(open.indexOf("<b>c1</b>")).toBeGreaterThan(convsAt);
  });

  test("a model whose input is a layer's tensor starts there, as Keras 3 draws it", () => {
    const a = input({ shape: [3], name: "raw" });
    const h = dense({ units: 4, name: "before" })(a);
    const m = model({ inputs: h, outputs: dense({ units: 2, name: "after" })(h) });
    const dot = toDot(m, { showShapes: true });
    expect(dot).not.toContain("<b>before</b>");
    expect(dot).not.toContain("<b>raw</b>");
    expect(dotEdges(dot)).toHaveLength(1);
    expect(dotEdges(dot)[0]).toMatch(/ -> after : \(None, 4\)$/);
  });

  test("a layer of several outputs shows every output, and each edge the shape of the output it carries", () => {
    const x = input({ shape: [5, 3], name: "seq" });
    const [out, h, c] = lstm({ units: 8, returnSequences: true, returnState: true, name: "enc" })(x);
    const m = model({ inputs: x, outputs: [dense({ units: 2, name: "per_step" })(out), concatenate({ name: "state" })([h, c])] });
    const dot = toDot(m, { showShapes: true });
    expect(dot).toContain("Output shape<br/><b>[(None, 5, 8), (None, 8), (None, 8)]</b>");
    expect(dot.match(/<b>enc<\/b>/g)).toHaveLength(1);
    expect(dotEdges(dot).sort()).toEqual(["enc -> per_step : (None, 5, 8)", "enc -> state : (None, 8)", "seq -> enc : (None, 5, 3)"]);
    expect(mermaidEdges(toMermaid(m, { showShapes: true })).sort()).toEqual(dotEdges(dot).sort());
  });

  test("unknown sizes print as None, names are escaped", () => {
    const m = sequential({ name: 'a "quoted" <model>', layers: [input({ shape: [null, 3] }), dense({ units: 2, name: "d&d" })] });
    const dot = toDot(m, { showShapes: true });
    expect(dot).toContain('digraph "a \\"quoted\\" <model>" {');
    expect(dot).toContain("<b>d&amp;d</b>");
    expect(dot).toContain("<b>(None, None, 2)</b>");
  });

  test("bad options and non-models are ShapeErrors in plain words", () => {
    const m = seed();
    const fails = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(ShapeError);
        return (e as Error).message;
      }
      throw new Error("no error");
    };
    expect(fails(() => toDot(m, { rankdir: "XY" as "LR" }))).toBe(
      'toDot: rankdir must be "TB", "LR", "BT" or "RL", but got "XY". Fix: use e.g. rankdir: "LR" for left to right, or leave it out for top to bottom.',
    );
    expect(fails(() => toDot(m, { splines: "wavy" as "ortho" }))).toContain('toDot: splines must be "ortho", "spline", "polyline", "curved" or "line", but got "wavy".');
    expect(fails(() => toDot(m, { showShapes: "yes" as unknown as boolean }))).toContain("showShapes");
    expect(fails(() => toDot(m, { showShape: true } as never))).toContain("showShape");
    expect(fails(() => toDot(input({ shape: [3] }) as unknown as ModelInfo))).toBe(
      "toDot: expected a shapeflow model (sequential() or model()), but got a tensor. Fix: build the model first, e.g. toDot(model({ inputs, outputs })).",
    );
    expect(fails(() => toMermaid(dense({ units: 1 }) as unknown as ModelInfo))).toContain('toMermaid: expected a shapeflow model (sequential() or model()), but got the layer "dense');
    expect(fails(() => toDot(sequential() as ModelInfo))).toContain("the model has no input shape");
  });
});

describe("toMermaid", () => {
  test("the same graph as DOT, in a flowchart GitHub draws", () => {
    for (const make of [seed, branching, shared, nested]) {
      const m = make();
      for (const expandNested of [false, true]) {
        const dot = dotEdges(toDot(m, { showShapes: true, expandNested }));
        expect(mermaidEdges(toMermaid(m, { showShapes: true, expandNested }))).toEqual(dot);
      }
    }
  });

  test("boxes, labels, subgraphs and escaping", () => {
    const text = toMermaid(nested(), { showShapes: true, expandNested: true, rankdir: "LR", showTrainable: true });
    expect(text.split("\n")[0]).toBe("flowchart LR");
    expect(text).toContain('["<b>c1</b> (Conv2D)<br/>input: (None, 8, 8, 3)<br/>output: (None, 8, 8, 3)<br/>trainable"]');
    expect(text).toContain('subgraph cluster_0 ["residual (Residual)"]');
    expect(text).toContain("style cluster_1 stroke-dasharray: 5 5");
    expect(text.match(/^\s*end$/gm)).toHaveLength(3);
    const odd = sequential({ name: "m", layers: [dense({ units: 2, inputShape: [3], name: 'say "hi" <b>#1' })] });
    expect(toMermaid(odd)).toContain('n0["<b>say #quot;hi#quot; #lt;b#gt;#35;1</b> (Dense)"]');
  });
});

/** The SVG's tags balance (each opened tag closed in order): a well-formed document. */
const wellFormed = (svg: string): boolean => {
  const stack: string[] = [];
  for (const m of svg.replace(/<!--[\s\S]*?-->/g, "").replace(/<\?[\s\S]*?\?>/g, "").replace(/<!DOCTYPE[\s\S]*?>/g, "").matchAll(/<(\/?)([A-Za-z][\w:-]*)[^>]*?(\/?)>/g)) {
    if (m[3] === "/") continue;
    if (m[1] === "/") {
      if (stack.pop() !== m[2]) return false;
    } else stack.push(m[2]!);
  }
  return stack.length === 0;
};
const svgTexts = (svg: string): string[] => [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1]!);

describe("plotModel (SVG, @viz-js/viz)", () => {
  test("an SVG that parses and holds every layer, with shapes on the edges", async () => {
    for (const [make, layers, edgeLabel] of [
      [seed, ["hidden1", "hidden2", "out"], "(None, 4)"],
      [branching, ["x", "a", "b", "sum", "joined", "act", "drop", "y"], "(None, 7)"],
      [nested, ["img", "c1", "c2", "residual_add", "flat", "logits"], "(None, 192)"],
    ] as const) {
      const svg = await plotModel(make(), { showShapes: true, showLayerNames: true, expandNested: true });
      expect(svg).toContain("<svg");
      expect(wellFormed(svg)).toBe(true);
      const texts = svgTexts(svg);
      for (const l of layers) expect(texts).toContain(l);
      expect(svg.match(/class="node"/g)).toHaveLength(layers.length);
      expect(svg.match(/class="edge"/g)!.length).toBeGreaterThan(0);
      expect(texts).toContain(edgeLabel);
      expect(svg).toContain("font-family=\"ui-monospace,");
      expect(svg).not.toContain('font-family="Courier,monospace"');
    }
  });

  test("Keras's plot_model defaults: class names only", async () => {
    const texts = svgTexts(await plotModel(seed()));
    expect(texts.filter((t) => t === "Dense")).toHaveLength(3);
    expect(texts).not.toContain("hidden1");
  });

  test("a viz instance can be passed, and its failure is a ShapeError", async () => {
    const viz = await instance();
    expect(await plotModel(seed(), { viz })).toContain("<svg");
    const broken = { renderString: () => { throw new Error("syntax error in line 1"); } };
    await expect(plotModel(seed(), { viz: broken })).rejects.toThrow("plotModel: Graphviz could not draw the model: syntax error in line 1");
  });
});

describe("toNeuronDot / plotNeurons", () => {
  test("3 -> 4 -> 4 -> 1: a circle a neuron, an arrow a kernel entry, weights in the titles", async () => {
    const dot = toNeuronDot(seed());
    expect(dot.match(/^\s*c\d+_\d+ \[/gm)).toHaveLength(3 + 4 + 4 + 1);
    expect(dot.match(/->/g)).toHaveLength(3 * 4 + 4 * 4 + 4 * 1);
    expect(dot.match(/^\s*c0_\d+ -> c1_\d+;$/gm)).toHaveLength(12);
    expect(dot).toContain('label="hidden1 (Dense)\\nunits: 4, relu\\nkernel [3, 4] + bias [4]\\n= 16 params"');
    expect(dot).toContain('label="input\\n3 features"');
    expect(dot).toContain('label="out (Dense)\\nunits: 1\\nkernel [4, 1] + bias [1]\\n= 5 params"');
    const svg = await plotNeurons(seed());
    expect(wellFormed(svg)).toBe(true);
    expect(svg.match(/<ellipse/g)).toHaveLength(12);
  });

  test("a Dropout or an activation layer between Dense layers keeps the neurons: a note under the column before it", () => {
    const m = sequential({
      layers: [dropout({ rate: 0.2, name: "in_drop", inputShape: [3] }), dense({ units: 4, name: "h" }), dropout({ rate: 0.5, name: "dr" }), activation({ activation: "relu", name: "act" }), dense({ units: 1, name: "o" })],
    });
    const dot = toNeuronDot(m);
    expect(dot.match(/^\s*c\d+_\d+ \[/gm)).toHaveLength(3 + 4 + 1);
    expect(dot.match(/->/g)).toHaveLength(3 * 4 + 4 * 1);
    expect(dot).toContain('label="input\\n3 features\\nthen in_drop (Dropout)"');
    expect(dot).toContain('label="h (Dense)\\nunits: 4\\nkernel [3, 4] + bias [4]\\n= 16 params\\nthen dr (Dropout)\\nthen act (Activation)"');
    expect(() => toNeuronDot(sequential({ layers: [dropout({ rate: 0.5, inputShape: [3] })] }))).toThrow("this model has no Dense layer");
  });

  test("a functional Dense chain draws the same; anything else is refused with the way out", () => {
    const x = input({ shape: [3] });
    const chain = model({ inputs: x, outputs: dense({ units: 1, name: "o" })(dense({ units: 4, name: "h", useBias: false })(x)) });
    const dot = toNeuronDot(chain);
    expect(dot.match(/->/g)).toHaveLength(12 + 4);
    expect(dot).toContain('label="h (Dense)\\nunits: 4\\nkernel [3, 4]\\n= 12 params"');
    expect(() => toNeuronDot(branching())).toThrow("toNeuronDot: draws a straight stack of Dense layers, but this model branches or joins. Fix: draw it with toDot(model) or plotModel(model).");
    expect(() => toNeuronDot(sequential({ layers: [dense({ units: 4, inputShape: [3] }), batchNormalization({ name: "bn" })] }))).toThrow(
      'toNeuronDot: draws a straight stack of Dense layers, but layer "bn" is a BatchNormalization. Fix: draw this model with toDot(model) or plotModel(model), which take every layer.',
    );
    expect(() => toNeuronDot(sequential({ layers: [dense({ units: 40, inputShape: [3], name: "wide" })] }))).toThrow(
      'toNeuronDot: layer "wide" has 40 neurons, more than maxUnits 16 can draw legibly.',
    );
    expect(toNeuronDot(sequential({ layers: [dense({ units: 40, inputShape: [3] })] }), { maxUnits: 40 }).match(/->/g)).toHaveLength(120);
    expect(() => toNeuronDot(sequential({ layers: [input({ shape: [3] })] }))).toThrow(
      "toNeuronDot: draws a straight stack of Dense layers, but this model has no Dense layer. Fix: draw it with toDot(model) or plotModel(model).",
    );
    expect(() => toNeuronDot(seed(), { maxUnits: 0 })).toThrow("toNeuronDot: maxUnits must be a whole number from 1 to 64, but got 0.");
  });

  test("plotNeurons names itself in the same sentences", async () => {
    await expect(plotNeurons(branching())).rejects.toThrow("plotNeurons: draws a straight stack of Dense layers, but this model branches or joins.");
    await expect(plotNeurons(seed(), { maxUnits: 2 })).rejects.toThrow('plotNeurons: layer "input" has 3 neurons, more than maxUnits 2 can draw legibly.');
  });
});
