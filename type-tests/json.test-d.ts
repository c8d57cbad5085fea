// Positive type tests for shapeflow/json: a model read from JSON at run time has shapes the compiler
// cannot know, so they are typed as unknown (any model's), never as a confident literal; the code
// generator's output is where the types come back (test/json.test.ts compiles it).
import { expectTypeOf } from "expect-type";
import { dense, sequential, type ModelInfo, type Sequential, type Shape } from "../src/index.js";
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
// What may be written: a built model; a value whose type does not say (unknown, any, ModelInfo); a model inside a
// helper generic over it or over its shapes (the runtime checks those). An unbuilt Sequential is an error
// (type-tests/errors/json.ts).
expectTypeOf(toKerasJSON(sequential({ layers: [dense({ units: 4, inputShape: [3] })] }))).toEqualTypeOf<KerasObject>();
declare const loose: unknown;
declare const anything: any;
expectTypeOf(toKerasJSON(loose)).toEqualTypeOf<KerasObject>();
expectTypeOf(toTfjsJSON(anything)).toEqualTypeOf<KerasObject>();
expectTypeOf(toKerasJSON(sequential() as ModelInfo)).toEqualTypeOf<KerasObject>();
export const write = <M extends ModelInfo>(model: M): KerasObject => toKerasJSON(model);
export const writeSeq = <S extends readonly (number | null)[]>(model: Sequential<[null, ...S], [null, 4], number>): KerasObject => toTfjsJSON(model);
