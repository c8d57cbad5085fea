// Positive type tests for shapeflow/tfjs's data checks: data of the model's rank passes, and data whose
// rank the compiler does not know (a plain tensor, `number[][] | number[]`, any) passes to the runtime
// check. Their negative twins, with the error text, are in ./errors/tfjs.ts.
import { expectTypeOf } from "expect-type";
import type { checkData, dataRankOf, TfjsRunner } from "../src/tfjs/index.js";

interface FakeModel {
  compile(args: object): void;
  fit(x: unknown, y: unknown, args?: object): Promise<"history">;
  predict(x: unknown, args?: object): "tensor";
  evaluate(x: unknown, y: unknown, args?: object): "scalar";
}
declare const net: TfjsRunner<[null, 3], [null, 1], FakeModel>;
declare const tensor2d: { readonly rankType: "R2"; readonly shape: number[] };
declare const anyTensor: { readonly rankType: "R0" | "R1" | "R2" | "R3"; readonly shape: number[] };
declare const rows: number[][];
declare const loose: number[] | number[][][];

expectTypeOf<dataRankOf<number>>().toEqualTypeOf<0>();
expectTypeOf<dataRankOf<number[][]>>().toEqualTypeOf<2>();
expectTypeOf<dataRankOf<readonly [readonly [1, 2, 3]]>>().toEqualTypeOf<2>();
expectTypeOf<dataRankOf<typeof tensor2d>>().toEqualTypeOf<2>();
expectTypeOf<dataRankOf<any>>().toEqualTypeOf<number>();
expectTypeOf<dataRankOf<{ readonly shape: number[] }>>().toEqualTypeOf<number>();
expectTypeOf<checkData<"predict", "input", [null, 3], number[][]>>().toEqualTypeOf<"ok">();
expectTypeOf<checkData<"predict", "input", [null, 3], typeof anyTensor>>().toEqualTypeOf<"ok">();
expectTypeOf<checkData<"predict", "input", number[], number[]>>().toEqualTypeOf<"ok">();

expectTypeOf(net.predict([[1, 2, 3]])).toEqualTypeOf<"tensor">();
expectTypeOf(net.predict(rows)).toEqualTypeOf<"tensor">();
expectTypeOf(net.predict(tensor2d)).toEqualTypeOf<"tensor">();
expectTypeOf(net.predict(anyTensor)).toEqualTypeOf<"tensor">();
expectTypeOf(net.fit(rows, [[1], [2]])).toEqualTypeOf<Promise<"history">>();
expectTypeOf(net.evaluate(tensor2d, tensor2d)).toEqualTypeOf<"scalar">();
// A union of ranks that includes the right one is left to the runtime check.
expectTypeOf<checkData<"predict", "input", [null, 3], typeof loose | number[][]>>().toEqualTypeOf<"ok">();
