/**
 * What an IDE shows is part of the product: this drives the TypeScript 5.9 language service (the one
 * editors run for 5.x projects) over the quick-start examples, which import the built package as users
 * do, and checks the hover text of their tensors, layers and models: short and fully resolved.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { beforeAll, expect, test } from "vitest";
import { root } from "./tsc.js";

const ts = createRequire(import.meta.url)("typescript-5.9") as typeof import("typescript-5.9");
let hover: (file: string, name: string) => string;
/** The hover at the first `text` in an example (a method, say), at its last character. */
let hoverAt: (file: string, text: string) => string;
let complete: (code: string) => string[];
/** The hover of `const name` in `code`, typed into the extra file. */
let hoverTyped: (code: string, name: string) => string;
/** An extra, in-memory file to ask for completions in, as if the user were typing it. */
const typing = join(root, "examples", "__typing__.ts");
let typed = "";

beforeAll(() => {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.examples.json"), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  })!;
  const service = ts.createLanguageService({
    // The TF.js example is hovered by hover-lsp.test.ts; loading TF.js's declarations here only slows
    // the first hover of the quick-start examples past its time limit.
    getScriptFileNames: () => [...config.fileNames.filter((f) => !f.endsWith("tfjs-train.ts")), typing],
    getScriptVersion: (f) => (f === typing ? typed : "1"),
    getScriptSnapshot: (f) =>
      f === typing
        ? ts.ScriptSnapshot.fromString(typed)
        : ts.sys.fileExists(f)
          ? ts.ScriptSnapshot.fromString(ts.sys.readFile(f)!)
          : undefined,
    getCurrentDirectory: () => root,
    getCompilationSettings: () => config.options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  });
  hover = (file, name) => {
    const path = join(root, "examples", file);
    const at = readFileSync(path, "utf8").indexOf(`const ${name} =`) + "const ".length;
    const info = service.getQuickInfoAtPosition(path, at);
    return ts.displayPartsToString(info?.displayParts);
  };
  hoverAt = (file, text) => {
    const path = join(root, "examples", file);
    const at = readFileSync(path, "utf8").indexOf(text);
    if (at < 0) throw new Error(`no ${text} in ${file}`);
    const info = service.getQuickInfoAtPosition(path, at + text.length - 1);
    return ts.displayPartsToString(info?.displayParts);
  };
  hoverTyped = (code, name) => {
    typed = code;
    const info = service.getQuickInfoAtPosition(typing, code.indexOf(`const ${name} =`) + "const ".length);
    return ts.displayPartsToString(info?.displayParts);
  };
  complete = (code) => {
    const text = `import { add, concatenate, dense, dropout, flatten, input } from "shapeflow";\n${code}`;
    const at = text.indexOf("|");
    typed = text.replace("|", "");
    const entries = service.getCompletionsAtPosition(typing, at, {})?.entries ?? [];
    return entries.map((e) => e.name).sort();
  };
}, 60_000);

test("the functional quick start shows plain shapes", () => {
  expect(hover("seed-functional.ts", "inp")).toBe("const inp: SymbolicTensor<[null, 3]>");
  expect(hover("seed-functional.ts", "h1")).toBe("const h1: SymbolicTensor<[null, 4]>");
  expect(hover("seed-functional.ts", "h2")).toBe("const h2: SymbolicTensor<[null, 4]>");
  expect(hover("seed-functional.ts", "out")).toBe("const out: SymbolicTensor<[null, 1]>");
  expect(hover("seed-functional.ts", "m")).toBe("const m: Model<[null, 3], [null, 1]>");
}, 60_000); // the first hover builds the language service's program: 7-12 s on a loaded 2-core machine

test("the Sequential quick start shows the model's shapes", () => {
  expect(hover("seed-sequential.ts", "m")).toBe("const m: Sequential<[null, 3], [null, 1], Params<41>>");
  expect(hover("seed-sequential.ts", "outShape")).toBe("const outShape: [null, 1]");
  expect(hover("seed-sequential.ts", "m3")).toBe("const m3: Sequential<[null, 3], [null, 1], Params<41>>");
});

test("the Keras Applications show their exact parameter counts and shapes", () => {
  expect(hover("vgg16.ts", "params")).toBe("const params: 138357544");
  expect(hover("resnet50.ts", "params")).toBe("const params: 25636712");
  expect(hover("resnet50.ts", "out")).toBe("const out: [null, 1000]");
  expect(hover("mobilenet-v2.ts", "params")).toBe("const params: 3538984");
  expect(hover("small-cnn.ts", "firstParams")).toBe("const firstParams: 1446322");
}, 60_000); // the Applications' first hovers check their whole files

test("the batch axis shows as null, or as the fixed batch size", () => {
  expect(hover("batch-axis.ts", "anyBatch")).toBe("const anyBatch: SymbolicTensor<[null, 50, 50, 3]>");
  expect(hover("batch-axis.ts", "withSize")).toBe("const withSize: SymbolicTensor<[30, 50, 50, 3]>");
  expect(hover("batch-axis.ts", "withBatchShape")).toBe("const withBatchShape: SymbolicTensor<[30, 50, 50, 3]>");
  expect(hover("batch-axis.ts", "flat")).toBe("const flat: SymbolicTensor<[30, 20000]>");
});

test("merges show their joined shapes", () => {
  expect(hover("branching.ts", "sum")).toBe("const sum: SymbolicTensor<[null, 4]>");
  expect(hover("branching.ts", "joined")).toBe("const joined: SymbolicTensor<[null, 7]>");
});

test("the editor offers the option names while they are typed, even before the options are valid", () => {
  expect(complete(`input({ | });`)).toEqual(["batchShape", "batchSize", "dtype", "name", "shape"]);
  expect(complete(`dense({ | });`)).toEqual(
    [
      "activation", "activityRegularizer", "batchInputShape", "batchShape", "batchSize", "biasConstraint", "biasInitializer", "biasRegularizer",
      "dtype", "inputDim", "inputShape", "kernelConstraint", "kernelInitializer", "kernelRegularizer", "name", "trainable", "units", "useBias",
    ],
  );
  expect(complete(`dense({ units: 4, | });`)).not.toContain("units");
  expect(complete(`concatenate({ | });`)).toEqual(["axis", "name", "trainable"]);
  // Issue 14: Dropout, like every Keras layer, can start a Sequential.
  expect(complete(`dropout({ | });`)).toEqual(["batchInputShape", "batchShape", "batchSize", "dtype", "inputDim", "inputShape", "name", "noiseShape", "rate", "seed", "trainable"]);
});

test("a functional model is a layer: the autoencoder's models hover with plain shapes (issue 14)", () => {
  expect(hover("autoencoder.ts", "encoder")).toBe("const encoder: Model<[null, 28, 28, 1], [null, 16]>");
  expect(hover("autoencoder.ts", "decoder")).toBe("const decoder: Model<[null, 16], [null, 28, 28, 1]>");
  expect(hover("autoencoder.ts", "restored")).toBe("const restored: SymbolicTensor<[null, 28, 28, 1]>");
  expect(hover("autoencoder.ts", "stacked")).toBe("const stacked: Sequential<[null, 28, 28, 1], [null, 28, 28, 1], Params<number>>");
}, 60_000);

test("public methods hover without this: parameters or internal names (issue 14)", () => {
  // Was `(method) Sequential<...>.countParams(this: unknown): 41`.
  expect(hoverAt("seed-sequential.ts", "m2.countParams")).toBe("(property) Sequential<[null, 3], [null, 1], Params<41>>.countParams: () => 41");
  // Was `(method) ModelInfo.countParams(): number`.
  expect(hoverAt("autoencoder.ts", "autoencoder.countParams")).toBe("(method) Model<[null, 28, 28, 1], [null, 28, 28, 1]>.countParams(): number");
  expect(hoverAt("autoencoder.ts", "autoencoder.summary")).toBe("(method) Model<[null, 28, 28, 1], [null, 28, 28, 1]>.summary(options?: SummaryOptions): string");
  // A helper generic over its tensor: was `SymbolicTensor<OkShape<applyRule<ConvRule<"Conv2D", 2, { filters: plain<F>; ...`.
  expect(hover("autoencoder.ts", "convBlock").replace(/\s+/g, " ")).toBe(
    'const convBlock: <S extends Shape, F extends number>(x: SymbolicTensor<S>, filters: F) => SymbolicTensor<Output<Conv2D<{ filters: F; kernelSize: 3; strides: 2; padding: "same"; }>, S>>',
  );
});

/** One typed file for the hovers of review s9's finding 13: the same text is checked once for both tests. */
const finding13 = `import { attention, dense, multiHeadAttention, type Shape, type SymbolicTensor } from "shapeflow";
export const denseBlock = <S extends Shape, U extends number>(x: SymbolicTensor<S>, units: U) => dense({ units })(x);
declare const n: number;
export const mha = multiHeadAttention({ numHeads: n, keyDim: 4 });
export const att = attention({ useScale: true });
`;

test("a helper generic over Dense's units hovers with public names (review s9, finding 13)", () => {
  // Was `SymbolicTensor<Output<Dense<numberOnly<known<U, number>>>, S>>`, two private aliases of dense.ts.
  expect(hoverTyped(finding13, "denseBlock").replace(/\s+/g, " ")).toBe(
    "const denseBlock: <S extends Shape, U extends number>(x: SymbolicTensor<S>, units: U) => SymbolicTensor<Output<Dense<Units<U>>, S>>",
  );
});

test("an attention layer hovers with its options, not the alias that picks them (review s9, finding 13)", () => {
  // Was `MultiHeadAttention<mhaConfig<{ readonly numHeads: number; readonly keyDim: 4; }>>`.
  expect(hoverTyped(finding13, "mha").replace(/\s+/g, " ")).toBe("const mha: MultiHeadAttention<{ numHeads: number; keyDim: 4; }>");
  expect(hoverTyped(finding13, "att").replace(/\s+/g, " ")).toBe("const att: Attention<{ useScale: true; }>");
});
