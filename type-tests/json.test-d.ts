// Positive type tests for shapeflow/json: a model read from JSON at run time has shapes the compiler
// cannot know, so they are typed as unknown (any model's), never as a confident literal; the code
// generator's output is where the types come back (test/json.test.ts compiles it).
import { expectTypeOf } from "expect-type";
import type { Shape } from "../src/index.js";
import { codegen, fromJSON, toKerasJSON, toTfjsJSON, type ImportedModel, type KerasObject } from "../src/json/index.js";

declare const text: string;
const m = fromJSON(text);
expectTypeOf(m).toEqualTypeOf<ImportedModel>();
expectTypeOf(m.inputShape).toEqualTypeOf<Shape | readonly Shape[]>();
expectTypeOf(m.outputShape).toEqualTypeOf<Shape | readonly Shape[]>();
expectTypeOf(m.countParams()).toEqualTypeOf<number>();
expectTypeOf(toKerasJSON(m)).toEqualTypeOf<KerasObject>();
expectTypeOf(toTfjsJSON(m)).toEqualTypeOf<KerasObject>();
expectTypeOf(codegen(text)).toEqualTypeOf<string>();
