/**
 * summary() prints what Keras 3 prints. The expected tables below were rendered by Keras 3's
 * summary_utils table code under the real `rich` library (see docs/keras-differences.md); they pin the
 * widths, borders, wrapping and totals character for character.
 */
import { beforeEach, expect, test } from "vitest";
import { add, clearSession, concatenate, dense, input, model, sequential } from "../src/index.js";
import { readableSize, renderSummary } from "../src/models/summary.js";
import { displayWidth } from "../src/core/text-width.js";

beforeEach(() => clearSession());

const seedSequential = () =>
  sequential().add(input({ shape: [3] })).add(dense({ units: 4 })).add(dense({ units: 4 })).add(dense({ units: 1 }));
const seedFunctional = () => {
  const inp = input({ shape: [3] });
  const h1 = dense({ units: 4 })(inp);
  const h2 = dense({ units: 4 })(h1);
  return model({ inputs: inp, outputs: dense({ units: 1 })(h2) });
};
const branched = () => {
  const inp = input({ shape: [3] });
  const a = dense({ units: 4 })(inp);
  const b = dense({ units: 4 })(inp);
  const c = concatenate()([add()([a, b]), inp]);
  return model({ inputs: inp, outputs: dense({ units: 1 })(c) });
};
const text = (m: { summary(o: { lineLength: number; printFn: (t: string) => void }): string }, lineLength: number) => {
  let printed = "";
  const returned = m.summary({ lineLength, printFn: (t) => (printed += t) });
  expect(printed).toBe(returned);
  return returned;
};

test("Sequential, 88 columns (a terminal)", () => {
  expect(text(seedSequential(), 88)).toBe(`Model: "sequential"
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━┓
┃ Layer (type)                         ┃ Output Shape                ┃         Param # ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━┩
│ dense (Dense)                        │ (None, 4)                   │              16 │
├──────────────────────────────────────┼─────────────────────────────┼─────────────────┤
│ dense_1 (Dense)                      │ (None, 4)                   │              20 │
├──────────────────────────────────────┼─────────────────────────────┼─────────────────┤
│ dense_2 (Dense)                      │ (None, 1)                   │               5 │
└──────────────────────────────────────┴─────────────────────────────┴─────────────────┘
 Total params: 41 (164.00 B)
 Trainable params: 41 (164.00 B)
 Non-trainable params: 0 (0.00 B)
`);
});

test("Sequential, 76 columns (piped output, Colab)", () => {
  expect(text(seedSequential(), 76)).toBe(`Model: "sequential"
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
│ dense (Dense)                   │ (None, 4)              │            16 │
├─────────────────────────────────┼────────────────────────┼───────────────┤
│ dense_1 (Dense)                 │ (None, 4)              │            20 │
├─────────────────────────────────┼────────────────────────┼───────────────┤
│ dense_2 (Dense)                 │ (None, 1)              │             5 │
└─────────────────────────────────┴────────────────────────┴───────────────┘
 Total params: 41 (164.00 B)
 Trainable params: 41 (164.00 B)
 Non-trainable params: 0 (0.00 B)
`);
});

test("a functional model without branches is drawn like a Sequential, with its input layer", () => {
  expect(text(seedFunctional(), 88)).toBe(`Model: "functional"
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━┓
┃ Layer (type)                         ┃ Output Shape                ┃         Param # ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━┩
│ input_layer (InputLayer)             │ (None, 3)                   │               0 │
├──────────────────────────────────────┼─────────────────────────────┼─────────────────┤
│ dense (Dense)                        │ (None, 4)                   │              16 │
├──────────────────────────────────────┼─────────────────────────────┼─────────────────┤
│ dense_1 (Dense)                      │ (None, 4)                   │              20 │
├──────────────────────────────────────┼─────────────────────────────┼─────────────────┤
│ dense_2 (Dense)                      │ (None, 1)                   │               5 │
└──────────────────────────────────────┴─────────────────────────────┴─────────────────┘
 Total params: 41 (164.00 B)
 Trainable params: 41 (164.00 B)
 Non-trainable params: 0 (0.00 B)
`);
});

test("a branched model gets Connected to, 108 columns", () => {
  expect(text(branched(), 108)).toBe(`Model: "functional"
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃ Layer (type)                  ┃ Output Shape              ┃         Param # ┃ Connected to               ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━┩
│ input_layer (InputLayer)      │ (None, 3)                 │               0 │ -                          │
├───────────────────────────────┼───────────────────────────┼─────────────────┼────────────────────────────┤
│ dense (Dense)                 │ (None, 4)                 │              16 │ input_layer[0][0]          │
├───────────────────────────────┼───────────────────────────┼─────────────────┼────────────────────────────┤
│ dense_1 (Dense)               │ (None, 4)                 │              16 │ input_layer[0][0]          │
├───────────────────────────────┼───────────────────────────┼─────────────────┼────────────────────────────┤
│ add (Add)                     │ (None, 4)                 │               0 │ dense[0][0], dense_1[0][0] │
├───────────────────────────────┼───────────────────────────┼─────────────────┼────────────────────────────┤
│ concatenate (Concatenate)     │ (None, 7)                 │               0 │ add[0][0],                 │
│                               │                           │                 │ input_layer[0][0]          │
├───────────────────────────────┼───────────────────────────┼─────────────────┼────────────────────────────┤
│ dense_2 (Dense)               │ (None, 1)                 │               8 │ concatenate[0][0]          │
└───────────────────────────────┴───────────────────────────┴─────────────────┴────────────────────────────┘
 Total params: 40 (160.00 B)
 Trainable params: 40 (160.00 B)
 Non-trainable params: 0 (0.00 B)
`);
});

test("a branched model at 76 columns wraps names and connections", () => {
  expect(text(branched(), 76)).toBe(`Model: "functional"
┏━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━┓
┃ Layer (type)        ┃ Output Shape      ┃    Param # ┃ Connected to      ┃
┡━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━┩
│ input_layer         │ (None, 3)         │          0 │ -                 │
│ (InputLayer)        │                   │            │                   │
├─────────────────────┼───────────────────┼────────────┼───────────────────┤
│ dense (Dense)       │ (None, 4)         │         16 │ input_layer[0][0] │
├─────────────────────┼───────────────────┼────────────┼───────────────────┤
│ dense_1 (Dense)     │ (None, 4)         │         16 │ input_layer[0][0] │
├─────────────────────┼───────────────────┼────────────┼───────────────────┤
│ add (Add)           │ (None, 4)         │          0 │ dense[0][0],      │
│                     │                   │            │ dense_1[0][0]     │
├─────────────────────┼───────────────────┼────────────┼───────────────────┤
│ concatenate         │ (None, 7)         │          0 │ add[0][0],        │
│ (Concatenate)       │                   │            │ input_layer[0][0] │
├─────────────────────┼───────────────────┼────────────┼───────────────────┤
│ dense_2 (Dense)     │ (None, 1)         │          8 │ concatenate[0][0] │
└─────────────────────┴───────────────────┴────────────┴───────────────────┘
 Total params: 40 (160.00 B)
 Trainable params: 40 (160.00 B)
 Non-trainable params: 0 (0.00 B)
`);
});

test("a word longer than its column is cut with …, and a one-axis shape prints (None) as Keras does", () => {
  const t = renderSummary(
    {
      name: "m",
      rows: [{ name: "a_very_long_layer_name_that_cannot_fit", className: "Dense", outputShape: "(None)", params: 1234567 }],
      sequentialLike: true,
      trainable: 1234567,
      nonTrainable: 0,
    },
    76,
  );
  expect(t).toContain("│ a_very_long_layer_name_that_ca… │ (None)                 │     1,234,567 │\n│ (Dense)                         │");
  expect(t).toContain(" Total params: 1,234,567 (4.71 MB)");
  expect(() => renderSummary({ name: "m", rows: [], sequentialLike: true, trainable: 0, nonTrainable: 0 }, 10)).toThrow(
    "Insufficient console width to print summary.",
  );
});

test("byte sizes: 1024-based, two decimals, ties rounded to even as Python's format does", () => {
  expect(readableSize(0)).toBe("0.00 B");
  expect(readableSize(164)).toBe("164.00 B");
  expect(readableSize(1024)).toBe("1.00 KB");
  expect(readableSize(1152)).toBe("1.12 KB"); // 1.125 ties to even; toFixed would say 1.13
  expect(readableSize(1168)).toBe("1.14 KB"); // 1.140625
  expect(readableSize(138357544 * 4)).toBe("527.79 MB"); // VGG16
});

test("default width: 88 on a wide terminal, 76 when piped (80 columns), COLUMNS wins", () => {
  const env = process.env["COLUMNS"];
  try {
    process.env["COLUMNS"] = "200";
    expect(seedSequential().summary({ printFn: () => {} }).split("\n")[1]!.length).toBe(88);
    process.env["COLUMNS"] = "80";
    expect(seedSequential().summary({ printFn: () => {} }).split("\n")[1]!.length).toBe(76);
    process.env["COLUMNS"] = "200";
    expect(branched().summary({ printFn: () => {} }).split("\n")[1]!.length).toBe(108);
  } finally {
    if (env === undefined) delete process.env["COLUMNS"];
    else process.env["COLUMNS"] = env;
  }
});

test("a shared layer lists every call in Connected to, and makes the table non-sequential", () => {
  const inp = input({ shape: [4] });
  const d = dense({ units: 4 });
  const once = d(inp);
  const twice = d(once);
  const t = text(model({ inputs: inp, outputs: add()([once, twice]) }), 108);
  expect(t).toContain("│ dense (Dense)                 │ (None, 4)                 │              20 │ input_layer[0][0],         │\n│                               │                           │                 │ dense[0][0]                │");
  expect(t).toContain("│ add (Add)                     │ (None, 4)                 │               0 │ dense[0][0], dense[1][0]   │");
  const chain = text(model({ inputs: inp, outputs: twice }), 108);
  expect(chain.split("\n")[2]).toContain("Connected to");
});

test("Connected to names that are not printable ASCII are measured and escaped: wide characters, a control character", () => {
  // A model's rows tell the table which cells are known ASCII (shapes, and Connected to when each name
  // in it is), so that it does not scan each cell again; a wide or control character in a name must
  // still reach the measuring and escaping path, or the columns would not line up.
  const inp = input({ shape: [3], name: "入力" });
  const a = dense({ units: 4, name: "a\tb" })(inp);
  const b = dense({ units: 4 })(inp);
  const out = dense({ units: 1 })(add()([a, b]));
  const t = text(model({ inputs: inp, outputs: out }), 76);
  const lines = t.split("\n").slice(1, -4);
  for (const l of lines) expect(displayWidth(l)).toBe(76);
  expect(t).not.toMatch(/\t/);
  expect(t).toContain("a\\tb[0][0]");
  expect(t).toContain("入力[0][0]");
});
