/**
 * Type tests for src/core/arith.ts. Every expectation is exact (`toEqualTypeOf`), so a result that is a
 * string, an intersection or a wider type than the literal fails. Negative twins use `@ts-expect-error`
 * with the reason, to show that a wrong expectation is caught.
 */
import { expectTypeOf } from "expect-type";
import type {
  Add,
  CeilDiv,
  Dim,
  DivisionByZero,
  Eq,
  FloorDiv,
  Gt,
  Gte,
  IsNatural,
  IsPositiveInt,
  Lt,
  Lte,
  Max,
  Min,
  Mul,
  NegativeDifference,
  NotANaturalNumber,
  NotNaturals,
  NotPositiveInts,
  Product,
  Sub,
  Sum,
  SumOfProducts,
  SumAdd,
  SumAddProducts,
  SumStart,
  SumTotal,
} from "../src/core/arith.js";

// --- Add ----------------------------------------------------------------------------------------------

expectTypeOf<Add<2, 3>>().toEqualTypeOf<5>();
expectTypeOf<Add<150528, 16>>().toEqualTypeOf<150544>();
expectTypeOf<Add<16, 150528>>().toEqualTypeOf<150544>();
// carries through every digit, and into a new one
expectTypeOf<Add<999999, 1>>().toEqualTypeOf<1000000>();
expectTypeOf<Add<1, 999999>>().toEqualTypeOf<1000000>();
expectTypeOf<Add<99999999999999, 1>>().toEqualTypeOf<100000000000000>();
expectTypeOf<Add<1000001, 999999>>().toEqualTypeOf<2000000>();
expectTypeOf<Add<5, 5>>().toEqualTypeOf<10>();
// zeros
expectTypeOf<Add<0, 0>>().toEqualTypeOf<0>();
expectTypeOf<Add<0, 7>>().toEqualTypeOf<7>();
expectTypeOf<Add<138357544, 0>>().toEqualTypeOf<138357544>();
// up to Number.MAX_SAFE_INTEGER exactly; above it the result is `number`
expectTypeOf<Add<4503599627370496, 4503599627370495>>().toEqualTypeOf<9007199254740991>();
expectTypeOf<Add<9007199254740990, 1>>().toEqualTypeOf<9007199254740991>();
expectTypeOf<Add<138357544, 9007199116383447>>().toEqualTypeOf<9007199254740991>();
expectTypeOf<Add<9007199254740991, 1>>().toEqualTypeOf<number>();
expectTypeOf<Add<9007199254740991, 9007199254740991>>().toEqualTypeOf<number>();
// @ts-expect-error: 999999 + 1 carries into a seventh digit, 1000000, not 100000
expectTypeOf<Add<999999, 1>>().toEqualTypeOf<100000>();

// --- Sub ----------------------------------------------------------------------------------------------

expectTypeOf<Sub<224, 3>>().toEqualTypeOf<221>();
expectTypeOf<Sub<1000000, 1>>().toEqualTypeOf<999999>();
expectTypeOf<Sub<1000, 999>>().toEqualTypeOf<1>();
expectTypeOf<Sub<100001, 100000>>().toEqualTypeOf<1>();
expectTypeOf<Sub<150528, 150528>>().toEqualTypeOf<0>();
expectTypeOf<Sub<150528, 0>>().toEqualTypeOf<150528>();
expectTypeOf<Sub<0, 0>>().toEqualTypeOf<0>();
expectTypeOf<Sub<9007199254740991, 1>>().toEqualTypeOf<9007199254740990>();
expectTypeOf<Sub<9007199254740991, 9007199254740990>>().toEqualTypeOf<1>();
expectTypeOf<Sub<9007199254740991, 138357544>>().toEqualTypeOf<9007199116383447>();
// a negative result is an error interface, not `never` (which would be assignable to everything)
expectTypeOf<Sub<3, 5>>().toEqualTypeOf<NegativeDifference<3, 5>>();
expectTypeOf<Sub<0, 1>>().toEqualTypeOf<NegativeDifference<0, 1>>();
expectTypeOf<Sub<999, 1000>>().toEqualTypeOf<NegativeDifference<999, 1000>>();
expectTypeOf<Sub<150527, 150528>>().toEqualTypeOf<NegativeDifference<150527, 150528>>();
expectTypeOf<Sub<3, 5>>().not.toBeNever();
// @ts-expect-error: 3 - 5 is negative, reported as NegativeDifference<3, 5>, not as 0
expectTypeOf<Sub<3, 5>>().toEqualTypeOf<0>();

// --- Mul ----------------------------------------------------------------------------------------------

expectTypeOf<Mul<224, 672>>().toEqualTypeOf<150528>();
expectTypeOf<Mul<672, 224>>().toEqualTypeOf<150528>();
expectTypeOf<Mul<3, 150528>>().toEqualTypeOf<451584>();
expectTypeOf<Mul<25088, 4096>>().toEqualTypeOf<102760448>();
expectTypeOf<Mul<1001, 1001>>().toEqualTypeOf<1002001>();
expectTypeOf<Mul<65535, 65537>>().toEqualTypeOf<4294967295>();
// carries across many digits
expectTypeOf<Mul<999999, 999999>>().toEqualTypeOf<999998000001>();
expectTypeOf<Mul<9999999, 9999999>>().toEqualTypeOf<99999980000001>();
expectTypeOf<Mul<99999999, 9999999>>().toEqualTypeOf<999999890000001>();
// the largest square within Number.MAX_SAFE_INTEGER, and the first one above it
expectTypeOf<Mul<94906265, 94906265>>().toEqualTypeOf<9007199136250225>();
expectTypeOf<Mul<94906266, 94906266>>().toEqualTypeOf<number>();
expectTypeOf<Mul<99999999, 99999999>>().toEqualTypeOf<number>();
// zeros and ones
expectTypeOf<Mul<0, 150528>>().toEqualTypeOf<0>();
expectTypeOf<Mul<150528, 0>>().toEqualTypeOf<0>();
expectTypeOf<Mul<1, 150528>>().toEqualTypeOf<150528>();
expectTypeOf<Mul<150528, 1>>().toEqualTypeOf<150528>();
expectTypeOf<Mul<10, 10>>().toEqualTypeOf<100>();
expectTypeOf<Mul<0, 0>>().toEqualTypeOf<0>();
// @ts-expect-error: 224 * 672 is 150528; an off-by-one expectation fails
expectTypeOf<Mul<224, 672>>().toEqualTypeOf<150529>();
// @ts-expect-error: the result is the literal 150528, not the wider number
expectTypeOf<Mul<224, 672>>().toEqualTypeOf<number>();

// multiply-and-add a row at a time (issue 17): every digit of a one-digit multiplier, the largest
// carries (x * y + z + k up to 99), rows of 1 and of 0, and the edge of Number.MAX_SAFE_INTEGER on each side
expectTypeOf<Mul<99999999, 9>>().toEqualTypeOf<899999991>();
expectTypeOf<Mul<9, 99999999>>().toEqualTypeOf<899999991>();
expectTypeOf<Mul<123456789, 7>>().toEqualTypeOf<864197523>();
expectTypeOf<Mul<98765, 56789>>().toEqualTypeOf<5608765585>();
expectTypeOf<Mul<1111, 1111>>().toEqualTypeOf<1234321>();
expectTypeOf<Mul<101, 101>>().toEqualTypeOf<10201>();
expectTypeOf<Mul<2, 5>>().toEqualTypeOf<10>();
expectTypeOf<Mul<1000799917193443, 9>>().toEqualTypeOf<9007199254740987>();
expectTypeOf<Mul<9, 1000799917193443>>().toEqualTypeOf<9007199254740987>();
expectTypeOf<Mul<1000799917193444, 9>>().toEqualTypeOf<number>();
expectTypeOf<Mul<3002399751580330, 3>>().toEqualTypeOf<9007199254740990>();
expectTypeOf<Mul<3002399751580331, 3>>().toEqualTypeOf<number>();
expectTypeOf<Mul<2097151, 4294967297>>().toEqualTypeOf<9007194961870847>();
expectTypeOf<Mul<8388607, 1073741825>>().toEqualTypeOf<9007198189387775>();
expectTypeOf<Mul<8388608, 1073741824>>().toEqualTypeOf<number>(); // 2^53
expectTypeOf<Product<[3, 3, 512, 512]>>().toEqualTypeOf<2359296>();
expectTypeOf<Product<[7, 7, 2048, 2048]>>().toEqualTypeOf<205520896>();
expectTypeOf<Product<[11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11]>>().toEqualTypeOf<4177248169415651>();
expectTypeOf<Product<[11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11]>>().toEqualTypeOf<number>();
// @ts-expect-error: 99999999 * 9 carries into every digit: 899999991, not 899999999
expectTypeOf<Mul<99999999, 9>>().toEqualTypeOf<899999999>();

// --- FloorDiv and CeilDiv -----------------------------------------------------------------------------

// without remainder: floor and ceil agree
expectTypeOf<FloorDiv<150528, 224>>().toEqualTypeOf<672>();
expectTypeOf<CeilDiv<150528, 224>>().toEqualTypeOf<672>();
expectTypeOf<FloorDiv<222, 2>>().toEqualTypeOf<111>();
expectTypeOf<CeilDiv<222, 2>>().toEqualTypeOf<111>();
expectTypeOf<FloorDiv<100, 100>>().toEqualTypeOf<1>();
expectTypeOf<FloorDiv<999999, 3>>().toEqualTypeOf<333333>();
// with remainder
expectTypeOf<FloorDiv<221, 2>>().toEqualTypeOf<110>();
expectTypeOf<CeilDiv<221, 2>>().toEqualTypeOf<111>();
expectTypeOf<FloorDiv<1000, 7>>().toEqualTypeOf<142>();
expectTypeOf<CeilDiv<1000, 7>>().toEqualTypeOf<143>();
expectTypeOf<FloorDiv<138357544, 1000>>().toEqualTypeOf<138357>();
expectTypeOf<CeilDiv<138357544, 1000>>().toEqualTypeOf<138358>();
expectTypeOf<FloorDiv<1999, 1000>>().toEqualTypeOf<1>();
expectTypeOf<CeilDiv<1999, 1000>>().toEqualTypeOf<2>();
expectTypeOf<FloorDiv<9007199254740991, 3>>().toEqualTypeOf<3002399751580330>();
expectTypeOf<CeilDiv<9007199254740991, 3>>().toEqualTypeOf<3002399751580331>();
expectTypeOf<FloorDiv<9007199254740991, 97>>().toEqualTypeOf<92857724275680>();
expectTypeOf<CeilDiv<9007199254740991, 2>>().toEqualTypeOf<4503599627370496>();
// quotients with zero digits inside
expectTypeOf<FloorDiv<1000001, 7>>().toEqualTypeOf<142857>();
expectTypeOf<FloorDiv<10000, 9>>().toEqualTypeOf<1111>();
expectTypeOf<FloorDiv<100000, 99>>().toEqualTypeOf<1010>();
// dividend smaller than divisor, zero dividend, divisor 1
expectTypeOf<FloorDiv<7, 9>>().toEqualTypeOf<0>();
expectTypeOf<CeilDiv<7, 9>>().toEqualTypeOf<1>();
expectTypeOf<FloorDiv<1, 2>>().toEqualTypeOf<0>();
expectTypeOf<CeilDiv<1, 2>>().toEqualTypeOf<1>();
expectTypeOf<FloorDiv<0, 7>>().toEqualTypeOf<0>();
expectTypeOf<CeilDiv<0, 7>>().toEqualTypeOf<0>();
expectTypeOf<FloorDiv<150528, 1>>().toEqualTypeOf<150528>();
expectTypeOf<CeilDiv<150528, 1>>().toEqualTypeOf<150528>();
// division by zero is an error interface
expectTypeOf<FloorDiv<7, 0>>().toEqualTypeOf<DivisionByZero<7>>();
expectTypeOf<CeilDiv<7, 0>>().toEqualTypeOf<DivisionByZero<7>>();
expectTypeOf<FloorDiv<0, 0>>().toEqualTypeOf<DivisionByZero<0>>();
// @ts-expect-error: 221 / 2 rounds down to 110; 111 is CeilDiv
expectTypeOf<FloorDiv<221, 2>>().toEqualTypeOf<111>();
// @ts-expect-error: division by zero is reported, not hidden as never
expectTypeOf<FloorDiv<7, 0>>().toBeNever();

// a one-digit divisor above 2 by short division, a lookup a digit (issue 17): each divisor 3-9, a first
// quotient digit of 0, zeros inside the quotient, exact and inexact, the largest safe dividend
expectTypeOf<FloorDiv<10, 3>>().toEqualTypeOf<3>();
expectTypeOf<CeilDiv<10, 3>>().toEqualTypeOf<4>();
expectTypeOf<FloorDiv<3009, 3>>().toEqualTypeOf<1003>();
expectTypeOf<CeilDiv<3009, 3>>().toEqualTypeOf<1003>();
expectTypeOf<FloorDiv<25, 4>>().toEqualTypeOf<6>();
expectTypeOf<CeilDiv<25, 4>>().toEqualTypeOf<7>();
expectTypeOf<FloorDiv<224, 4>>().toEqualTypeOf<56>();
expectTypeOf<CeilDiv<225, 4>>().toEqualTypeOf<57>();
expectTypeOf<FloorDiv<123456789, 5>>().toEqualTypeOf<24691357>();
expectTypeOf<CeilDiv<123456789, 5>>().toEqualTypeOf<24691358>();
expectTypeOf<FloorDiv<999999, 6>>().toEqualTypeOf<166666>();
expectTypeOf<CeilDiv<999999, 6>>().toEqualTypeOf<166667>();
expectTypeOf<FloorDiv<7, 7>>().toEqualTypeOf<1>();
expectTypeOf<CeilDiv<7, 7>>().toEqualTypeOf<1>();
expectTypeOf<FloorDiv<100000, 8>>().toEqualTypeOf<12500>();
expectTypeOf<CeilDiv<81, 9>>().toEqualTypeOf<9>();
expectTypeOf<FloorDiv<5, 9>>().toEqualTypeOf<0>();
expectTypeOf<CeilDiv<5, 9>>().toEqualTypeOf<1>();
expectTypeOf<FloorDiv<9007199254740991, 4>>().toEqualTypeOf<2251799813685247>();
expectTypeOf<CeilDiv<9007199254740991, 4>>().toEqualTypeOf<2251799813685248>();
expectTypeOf<FloorDiv<9007199254740991, 7>>().toEqualTypeOf<1286742750677284>();
expectTypeOf<CeilDiv<9007199254740991, 7>>().toEqualTypeOf<1286742750677285>();
expectTypeOf<FloorDiv<9007199254740991, 9>>().toEqualTypeOf<1000799917193443>();
expectTypeOf<CeilDiv<9007199254740991, 9>>().toEqualTypeOf<1000799917193444>();
// AlexNet's first convolution: 11x11, stride 4, valid, on 227
expectTypeOf<Add<FloorDiv<Sub<227, 11>, 4>, 1>>().toEqualTypeOf<55>();
// what is not one safe natural literal is treated as before
expectTypeOf<FloorDiv<9007199254740992, 3>>().toEqualTypeOf<number>();
expectTypeOf<FloorDiv<number, 3>>().toEqualTypeOf<number>();
expectTypeOf<CeilDiv<null, 5>>().toEqualTypeOf<null>();
expectTypeOf<FloorDiv<7, 3 | 4>>().toEqualTypeOf<number>();
expectTypeOf<FloorDiv<-3, 3>>().toEqualTypeOf<NotANaturalNumber<-3>>();
expectTypeOf<CeilDiv<3, 2.5>>().toEqualTypeOf<NotANaturalNumber<2.5>>();
// @ts-expect-error: 25 / 4 rounds down to 6; 7 is CeilDiv
expectTypeOf<FloorDiv<25, 4>>().toEqualTypeOf<7>();

// --- comparisons, Max and Min -------------------------------------------------------------------------

// different lengths
expectTypeOf<Lt<99, 100>>().toEqualTypeOf<true>();
expectTypeOf<Lt<100, 99>>().toEqualTypeOf<false>();
expectTypeOf<Gt<1000, 999>>().toEqualTypeOf<true>();
expectTypeOf<Gte<0, 1>>().toEqualTypeOf<false>();
expectTypeOf<Lte<0, 1>>().toEqualTypeOf<true>();
expectTypeOf<Lt<9, 9007199254740991>>().toEqualTypeOf<true>();
// equal lengths: the most significant differing digit decides, not the last one
expectTypeOf<Lt<12345, 12354>>().toEqualTypeOf<true>();
expectTypeOf<Lt<21, 12>>().toEqualTypeOf<false>();
expectTypeOf<Gt<21, 12>>().toEqualTypeOf<true>();
expectTypeOf<Gte<150528, 150528>>().toEqualTypeOf<true>();
expectTypeOf<Lte<150528, 150528>>().toEqualTypeOf<true>();
expectTypeOf<Lt<150528, 150528>>().toEqualTypeOf<false>();
expectTypeOf<Gt<150528, 150528>>().toEqualTypeOf<false>();
expectTypeOf<Gte<150527, 150528>>().toEqualTypeOf<false>();
expectTypeOf<Lte<150529, 150528>>().toEqualTypeOf<false>();
expectTypeOf<Eq<150528, 150528>>().toEqualTypeOf<true>();
expectTypeOf<Eq<150528, 150582>>().toEqualTypeOf<false>();
expectTypeOf<Eq<0, 0>>().toEqualTypeOf<true>();
expectTypeOf<Max<3, 70>>().toEqualTypeOf<70>();
expectTypeOf<Max<70, 3>>().toEqualTypeOf<70>();
expectTypeOf<Min<3, 70>>().toEqualTypeOf<3>();
expectTypeOf<Min<150528, 150528>>().toEqualTypeOf<150528>();
expectTypeOf<Max<0, 0>>().toEqualTypeOf<0>();
// @ts-expect-error: 21 > 12 although its last digit is smaller
expectTypeOf<Lt<21, 12>>().toEqualTypeOf<true>();

// --- Product and Sum ----------------------------------------------------------------------------------

expectTypeOf<Product<[224, 224, 3]>>().toEqualTypeOf<150528>();
expectTypeOf<Product<readonly [7, 7, 512]>>().toEqualTypeOf<25088>();
expectTypeOf<Product<[]>>().toEqualTypeOf<1>();
expectTypeOf<Product<[42]>>().toEqualTypeOf<42>();
expectTypeOf<Product<[1, 1, 1]>>().toEqualTypeOf<1>();
expectTypeOf<Product<[3, 0, 5]>>().toEqualTypeOf<0>();
expectTypeOf<Product<[4096, 4096, 4096, 4096]>>().toEqualTypeOf<281474976710656>();
expectTypeOf<Product<[4096, 4096, 4096, 4096, 4096]>>().toEqualTypeOf<number>(); // 2^60 > 2^53 - 1
expectTypeOf<Sum<[64, 64, 128]>>().toEqualTypeOf<256>();
expectTypeOf<Sum<[]>>().toEqualTypeOf<0>();
expectTypeOf<Sum<[0, 0]>>().toEqualTypeOf<0>();
expectTypeOf<Sum<[999999, 1, 999999, 1]>>().toEqualTypeOf<2000000>();
// VGG16: the parameter counts of its 13 convolutions and 3 dense layers add up to 138357544
expectTypeOf<
  Sum<[
    1792, 36928, 73856, 147584, 295168, 590080, 590080, 1180160, 2359808, 2359808, 2359808, 2359808,
    2359808, 102764544, 16781312, 4097000,
  ]>
>().toEqualTypeOf<138357544>();
expectTypeOf<Sum<[4503599627370496, 4503599627370495]>>().toEqualTypeOf<9007199254740991>();
expectTypeOf<Sum<[4503599627370496, 4503599627370496]>>().toEqualTypeOf<number>();
// @ts-expect-error: the product of no sizes is 1, not 0
expectTypeOf<Product<[]>>().toEqualTypeOf<0>();

// SumOfProducts: a layer's weight count, the same as adding up Products (issue 17: added in digit form)
expectTypeOf<SumOfProducts<[[3, 4], [4]]>>().toEqualTypeOf<16>();
expectTypeOf<SumOfProducts<[["kernel", [3, 3, 64, 128]], ["bias", [128]]]>>().toEqualTypeOf<73856>();
expectTypeOf<SumOfProducts<[["gamma", [64]], ["beta", [64]], ["moving_mean", [64], false], ["moving_variance", [64], false]]>>().toEqualTypeOf<256>();
expectTypeOf<SumOfProducts<[]>>().toEqualTypeOf<0>();
expectTypeOf<SumOfProducts<[[]]>>().toEqualTypeOf<1>();
expectTypeOf<SumOfProducts<[[25088, 4096], [4096]]>>().toEqualTypeOf<Add<Product<[25088, 4096]>, 4096>>();
expectTypeOf<SumOfProducts<[[0, 5], [999999], [1]]>>().toEqualTypeOf<1000000>();
expectTypeOf<SumOfProducts<[[4096, 4096, 4096, 4096], [4096, 4096, 4096, 4096]]>>().toEqualTypeOf<562949953421312>();
expectTypeOf<SumOfProducts<[[4096, 4096, 4096, 4096, 4096], [1]]>>().toEqualTypeOf<number>(); // past 2^53 - 1
// unknowns and errors as Add and Product give them, except that a count is never None (review 3, finding 4):
// a size that is or may be null makes it number; the first error passes on
expectTypeOf<SumOfProducts<[[3, null], [4]]>>().toEqualTypeOf<number>();
expectTypeOf<SumOfProducts<[[3, number], [null]]>>().toEqualTypeOf<number>();
expectTypeOf<SumOfProducts<[[3, number | null], [4]]>>().toEqualTypeOf<number>();
expectTypeOf<SumOfProducts<[[3, number], [4]]>>().toEqualTypeOf<number>();
expectTypeOf<SumOfProducts<[[3, 3 | 4], [4]]>>().toEqualTypeOf<number>();
expectTypeOf<SumOfProducts<[Dim[], [4]]>>().toEqualTypeOf<number>();
expectTypeOf<SumOfProducts<[[3, -1], [2.5]]>>().toEqualTypeOf<NotANaturalNumber<-1>>();
expectTypeOf<SumOfProducts<[[3, 4], [4]] | [[2], [2]]>>().toEqualTypeOf<16 | 4>();
// one weight of two possible shapes is a union of sizes, which Add reads as unknown: so does the sum
expectTypeOf<SumOfProducts<[[3, 4], [12] | [2, 12]]>>().toEqualTypeOf<number>();
expectTypeOf<SumOfProducts<[[3, 4], [12] | [null, 12]]>>().toEqualTypeOf<number>();
// A kernel [...ks, f] then a bias [f] is summed as (product of ks + 1) * f (issue 17): the same sums,
// with carries, sizes that differ, unknowns, unions, a zero, flags and weights after them
expectTypeOf<SumOfProducts<[["kernel", [25088, 4096]], ["bias", [4096]]]>>().toEqualTypeOf<102764544>();
expectTypeOf<SumOfProducts<[["kernel", [9, 111, 9]], ["bias", [9]]]>>().toEqualTypeOf<9000>();
expectTypeOf<SumOfProducts<[["kernel", [7]], ["bias", [7]]]>>().toEqualTypeOf<14>();
expectTypeOf<SumOfProducts<[["kernel", [2, 3], false], ["bias", [3], false], ["gamma", [3]]]>>().toEqualTypeOf<12>();
expectTypeOf<SumOfProducts<[["kernel", [3, 4]], ["bias", [5]]]>>().toEqualTypeOf<17>();
expectTypeOf<SumOfProducts<[["kernel", [0, 5]], ["bias", [5]]]>>().toEqualTypeOf<5>();
expectTypeOf<SumOfProducts<[["kernel", [3, number]], ["bias", [number]]]>>().toEqualTypeOf<number>();
expectTypeOf<SumOfProducts<[["kernel", [3, null]], ["bias", [null]]]>>().toEqualTypeOf<number>();
expectTypeOf<SumOfProducts<[["kernel", [3, 4 | 5]], ["bias", [4 | 5]]]>>().toEqualTypeOf<number>();
expectTypeOf<SumOfProducts<[["kernel", [null, 4]], ["bias", [4]]]>>().toEqualTypeOf<number>();
expectTypeOf<SumOfProducts<[["kernel", [4096, 4096, 4096, 4096, 4096]], ["bias", [4096]]]>>().toEqualTypeOf<number>(); // past 2^53 - 1
// Three weights with the same last size (a recurrent layer's kernel, recurrent kernel and bias) are summed
// as one product, (64 * 1 + 64 * 1 + 2) * 192 here; each case the shortcut leaves to the general fold too.
expectTypeOf<SumOfProducts<[["kernel", [64, 192]], ["recurrent_kernel", [64, 192]], ["bias", [2, 192]]]>>().toEqualTypeOf<24960>();
expectTypeOf<SumOfProducts<[["kernel", [3, 8]], ["recurrent_kernel", [2, 8]], ["bias", [8]]]>>().toEqualTypeOf<48>();
expectTypeOf<SumOfProducts<[["kernel", [3, 8]], ["recurrent_kernel", [2, 8]], ["bias", [8]], ["gamma", [5]]]>>().toEqualTypeOf<53>();
expectTypeOf<SumOfProducts<[["kernel", [3, 8]], ["recurrent_kernel", [2, 8]], ["bias", [7]]]>>().toEqualTypeOf<47>(); // last sizes differ
expectTypeOf<SumOfProducts<[["kernel", [0, 8]], ["recurrent_kernel", [2, 8]], ["bias", [8]]]>>().toEqualTypeOf<24>(); // a product of 0
expectTypeOf<SumOfProducts<[["kernel", [3, 0]], ["recurrent_kernel", [2, 0]], ["bias", [0]]]>>().toEqualTypeOf<0>();
expectTypeOf<SumOfProducts<[["kernel", [3, number]], ["recurrent_kernel", [2, number]], ["bias", [number]]]>>().toEqualTypeOf<number>();
expectTypeOf<SumOfProducts<[["kernel", [null, 8]], ["recurrent_kernel", [2, 8]], ["bias", [8]]]>>().toEqualTypeOf<number>(); // a count is never null
expectTypeOf<SumOfProducts<[["kernel", [3, 8 | 9]], ["recurrent_kernel", [2, 8 | 9]], ["bias", [8 | 9]]]>>().toEqualTypeOf<number>();
expectTypeOf<SumOfProducts<[["kernel", [3, -8]], ["recurrent_kernel", [2, -8]], ["bias", [-8]]]>>().toEqualTypeOf<NotANaturalNumber<-8>>();
expectTypeOf<SumOfProducts<[["kernel", [3, 12]], ["recurrent_kernel", [4, 12]], ["bias", [2, 12] | [12]]]>>().toEqualTypeOf<number>(); // as Add reads a union
expectTypeOf<SumOfProducts<[["kernel", [4096, 4096, 4096]], ["recurrent_kernel", [4096, 4096, 4096]], ["bias", [2, 4096, 4096, 4096]]]>>().toEqualTypeOf<274877906944>();
expectTypeOf<SumOfProducts<[["kernel", [4096, 4096, 4096, 4096]], ["recurrent_kernel", [4096, 4096]], ["bias", [4096, 4096]]]>>().toEqualTypeOf<281475010265088>();
expectTypeOf<SumOfProducts<[["kernel", [4096, 4096, 4096, 4096, 4096]], ["recurrent_kernel", [2, 4096]], ["bias", [4096]]]>>().toEqualTypeOf<number>(); // past 2^53 - 1
// @ts-expect-error: the three products are summed, not only the last
expectTypeOf<SumOfProducts<[["kernel", [3, 8]], ["recurrent_kernel", [2, 8]], ["bias", [8]]]>>().toEqualTypeOf<8>();
expectTypeOf<SumAddProducts<SumStart, [["kernel", [3, null]], ["bias", [null]]]>>().toEqualTypeOf<false>();
expectTypeOf<SumTotal<SumAddProducts<SumAdd<SumStart, 999>, [["kernel", [3, 3]], ["bias", [3]]]>>>().toEqualTypeOf<1011>();
// @ts-expect-error: a sum of products is not the product of the sums
expectTypeOf<SumOfProducts<[[3, 4], [4]]>>().toEqualTypeOf<28>();
// @ts-expect-error: an unknown size leaves the total unknown, never a literal
expectTypeOf<SumOfProducts<[[3, number], [4]]>>().toEqualTypeOf<16>();

// --- a sum in digit form (SumAdd, SumAddProducts, SumTotal): what Add gives step by step ---------------

type sum3<a, b, c> = SumTotal<SumAdd<SumAdd<SumAdd<SumStart, a>, b>, c>>;
expectTypeOf<SumTotal<SumStart>>().toEqualTypeOf<0>();
expectTypeOf<sum3<150528, 16, 0>>().toEqualTypeOf<150544>();
expectTypeOf<sum3<999999, 1, 99999999999999>>().toEqualTypeOf<Add<Add<999999, 1>, 99999999999999>>();
expectTypeOf<sum3<4503599627370496, 4503599627370495, 0>>().toEqualTypeOf<9007199254740991>();
expectTypeOf<sum3<4503599627370496, 4503599627370496, 0>>().toEqualTypeOf<number>(); // past 2^53 - 1
// unknowns and errors as a running Add gives them
expectTypeOf<sum3<3, number, 4>>().toEqualTypeOf<Add<Add<3, number>, 4>>();
expectTypeOf<sum3<3, number, 4>>().toEqualTypeOf<number>();
// a count is never None (review 3, finding 4): where Add gives null or number | null, the sum is number
expectTypeOf<sum3<3, null, 4>>().toEqualTypeOf<number>();
expectTypeOf<sum3<3, number | null, 4>>().toEqualTypeOf<number>();
expectTypeOf<sum3<3, 4 | 5, 4>>().toEqualTypeOf<number>();
expectTypeOf<sum3<3, never, 4>>().toEqualTypeOf<Add<Add<3, never>, 4>>();
expectTypeOf<sum3<3, -1, 4>>().toEqualTypeOf<Add<Add<3, -1>, 4>>();
expectTypeOf<sum3<3, -1, 4>>().toEqualTypeOf<NotANaturalNumber<-1>>();
expectTypeOf<sum3<3, any, 4>>().toEqualTypeOf<number>();
// products added in digit form: the plain literal case, and false (left to the caller) for any other
expectTypeOf<SumTotal<SumAddProducts<SumAdd<SumStart, 5>, [["kernel", [3, 3, 64, 128]], ["bias", [128]]]>>>().toEqualTypeOf<73861>();
expectTypeOf<SumAddProducts<SumStart, [[3, null]]>>().toEqualTypeOf<false>();
expectTypeOf<SumAddProducts<SumStart, [[3, number]]>>().toEqualTypeOf<false>();
expectTypeOf<SumAddProducts<SumStart, [[3, 4 | 5]]>>().toEqualTypeOf<false>();
expectTypeOf<SumAddProducts<SumStart, [[3, 4]] | [[2]]>>().toEqualTypeOf<false>();
// @ts-expect-error: an unknown term leaves the sum unknown, never a literal
expectTypeOf<sum3<3, number, 4>>().toEqualTypeOf<7>();

// --- unknown operands ---------------------------------------------------------------------------------

// exactly null wins over everything else
expectTypeOf<Add<null, 1>>().toEqualTypeOf<null>();
expectTypeOf<Mul<7, null>>().toEqualTypeOf<null>();
expectTypeOf<Sub<null, null>>().toEqualTypeOf<null>();
expectTypeOf<FloorDiv<null, 2>>().toEqualTypeOf<null>();
expectTypeOf<CeilDiv<5, null>>().toEqualTypeOf<null>();
expectTypeOf<Max<null, 3>>().toEqualTypeOf<null>();
expectTypeOf<Min<3, null>>().toEqualTypeOf<null>();
expectTypeOf<Add<number, null>>().toEqualTypeOf<null>();
expectTypeOf<Add<null, -1>>().toEqualTypeOf<null>();
expectTypeOf<FloorDiv<null, 0>>().toEqualTypeOf<null>();
expectTypeOf<Mul<0, null>>().toEqualTypeOf<null>();
expectTypeOf<Add<0, null>>().toEqualTypeOf<null>();
// non-literal number, and unions of literals
expectTypeOf<Add<number, 1>>().toEqualTypeOf<number>();
expectTypeOf<Sub<number, 3>>().toEqualTypeOf<number>();
expectTypeOf<Mul<224, number>>().toEqualTypeOf<number>();
expectTypeOf<Mul<0, number>>().toEqualTypeOf<number>();
expectTypeOf<Mul<number, 1>>().toEqualTypeOf<number>();
expectTypeOf<FloorDiv<number, 2>>().toEqualTypeOf<number>();
expectTypeOf<FloorDiv<number, 1>>().toEqualTypeOf<number>();
expectTypeOf<CeilDiv<10, number>>().toEqualTypeOf<number>();
expectTypeOf<Max<number, 3>>().toEqualTypeOf<number>();
expectTypeOf<Add<3 | 4, 5>>().toEqualTypeOf<number>();
expectTypeOf<Mul<2, 3 | 4>>().toEqualTypeOf<number>();
expectTypeOf<Mul<3 | 4, 0>>().toEqualTypeOf<number>();
expectTypeOf<Sub<10, 3 | 4>>().toEqualTypeOf<number>();
expectTypeOf<Add<-1 | 2, 5>>().toEqualTypeOf<number>();
// unions containing null
expectTypeOf<Add<number | null, 3>>().toEqualTypeOf<number | null>();
expectTypeOf<Mul<Dim, 2>>().toEqualTypeOf<number | null>();
expectTypeOf<Add<3 | null, 3>>().toEqualTypeOf<number | null>();
expectTypeOf<Sub<number | null, number>>().toEqualTypeOf<number | null>();
expectTypeOf<FloorDiv<100, Dim>>().toEqualTypeOf<number | null>();
expectTypeOf<Add<number | null, null>>().toEqualTypeOf<null>();
// comparisons are boolean when either side is unknown
expectTypeOf<Lt<null, 3>>().toEqualTypeOf<boolean>();
expectTypeOf<Gte<3, number>>().toEqualTypeOf<boolean>();
expectTypeOf<Gt<3 | 4, 2>>().toEqualTypeOf<boolean>();
expectTypeOf<Lte<Dim, 2>>().toEqualTypeOf<boolean>();
expectTypeOf<Eq<null, null>>().toEqualTypeOf<boolean>();
expectTypeOf<Eq<number, 3>>().toEqualTypeOf<boolean>();
// Product and Sum apply the same rules element by element
expectTypeOf<Product<[null, 224, 3]>>().toEqualTypeOf<null>();
expectTypeOf<Product<[number, 224, 3]>>().toEqualTypeOf<number>();
expectTypeOf<Product<[224, number | null, 3]>>().toEqualTypeOf<number | null>();
expectTypeOf<Product<[224, number | null, null]>>().toEqualTypeOf<null>();
expectTypeOf<Product<[0, number]>>().toEqualTypeOf<number>();
expectTypeOf<Product<number[]>>().toEqualTypeOf<number>();
expectTypeOf<Product<Dim[]>>().toEqualTypeOf<number | null>();
expectTypeOf<Product<[2, ...number[]]>>().toEqualTypeOf<number>();
expectTypeOf<Sum<[1, null, number]>>().toEqualTypeOf<null>();
expectTypeOf<Sum<[1, number, 2]>>().toEqualTypeOf<number>();
expectTypeOf<Sum<[1, 3 | 4]>>().toEqualTypeOf<number>();
// inputs above Number.MAX_SAFE_INTEGER are already rounded, so they count as unknown
expectTypeOf<Add<9007199254740992, 1>>().toEqualTypeOf<number>();
expectTypeOf<Sub<9007199254740992, 1>>().toEqualTypeOf<number>();
expectTypeOf<Lt<9007199254740992, 1>>().toEqualTypeOf<boolean>();
// @ts-expect-error: an unknown size gives number, which is not the literal it might be
expectTypeOf<Add<number, 1>>().toEqualTypeOf<1>();
// @ts-expect-error: a union with null keeps the null
expectTypeOf<Add<number | null, 3>>().toEqualTypeOf<number>();

// --- invalid operands ---------------------------------------------------------------------------------

expectTypeOf<Add<-1, 2>>().toEqualTypeOf<NotANaturalNumber<-1>>();
expectTypeOf<Mul<3, 2.5>>().toEqualTypeOf<NotANaturalNumber<2.5>>();
expectTypeOf<Sub<1e21, 1>>().toEqualTypeOf<NotANaturalNumber<1e21>>();
expectTypeOf<FloorDiv<10, -2>>().toEqualTypeOf<NotANaturalNumber<-2>>();
expectTypeOf<CeilDiv<0.5, 0>>().toEqualTypeOf<NotANaturalNumber<0.5>>();
expectTypeOf<Max<3, 1e-7>>().toEqualTypeOf<NotANaturalNumber<1e-7>>();
expectTypeOf<Lt<-1, 3>>().toEqualTypeOf<NotANaturalNumber<-1>>();
expectTypeOf<Add<-1, -2>>().toEqualTypeOf<NotANaturalNumber<-1>>();
expectTypeOf<Mul<-1, 0>>().toEqualTypeOf<NotANaturalNumber<-1>>();
expectTypeOf<Add<2.5, 0>>().toEqualTypeOf<NotANaturalNumber<2.5>>();
expectTypeOf<Product<[224, -3, 2]>>().toEqualTypeOf<NotANaturalNumber<-3>>();
expectTypeOf<Sum<[1.5, 2]>>().toEqualTypeOf<NotANaturalNumber<1.5>>();
// the unknown rules come first: null, then number
expectTypeOf<Add<-1, null>>().toEqualTypeOf<null>();
expectTypeOf<Add<-1, number>>().toEqualTypeOf<number>();
expectTypeOf<Product<[-3, number]>>().toEqualTypeOf<number>();
// errors of an earlier step pass through, so a formula reports its first failure
expectTypeOf<Add<Sub<3, 5>, 1>>().toEqualTypeOf<NegativeDifference<3, 5>>();
expectTypeOf<FloorDiv<Sub<2, 3>, 2>>().toEqualTypeOf<NegativeDifference<2, 3>>();
expectTypeOf<Mul<2, FloorDiv<7, 0>>>().toEqualTypeOf<DivisionByZero<7>>();
expectTypeOf<Add<-1, 2>>().not.toBeNever();
// @ts-expect-error: a negative operand is reported, not treated as an unknown number
expectTypeOf<Add<-1, 2>>().toEqualTypeOf<number>();

// --- IsNatural and IsPositiveInt ----------------------------------------------------------------------

expectTypeOf<IsNatural<0>>().toEqualTypeOf<true>();
expectTypeOf<IsNatural<7>>().toEqualTypeOf<true>();
expectTypeOf<IsNatural<150528>>().toEqualTypeOf<true>();
expectTypeOf<IsNatural<9007199254740991>>().toEqualTypeOf<true>();
expectTypeOf<IsNatural<-1>>().toEqualTypeOf<false>();
expectTypeOf<IsNatural<2.5>>().toEqualTypeOf<false>();
expectTypeOf<IsNatural<1e21>>().toEqualTypeOf<false>();
expectTypeOf<IsNatural<"7">>().toEqualTypeOf<false>();
expectTypeOf<IsNatural<null>>().toEqualTypeOf<false>();
expectTypeOf<IsNatural<undefined>>().toEqualTypeOf<false>();
expectTypeOf<IsNatural<never>>().toEqualTypeOf<false>();
expectTypeOf<IsNatural<number>>().toEqualTypeOf<boolean>();
expectTypeOf<IsNatural<3 | 4>>().toEqualTypeOf<boolean>();
expectTypeOf<IsNatural<number | null>>().toEqualTypeOf<boolean>();
expectTypeOf<IsPositiveInt<1>>().toEqualTypeOf<true>();
expectTypeOf<IsPositiveInt<64>>().toEqualTypeOf<true>();
expectTypeOf<IsPositiveInt<0>>().toEqualTypeOf<false>();
expectTypeOf<IsPositiveInt<-4>>().toEqualTypeOf<false>();
expectTypeOf<IsPositiveInt<0.5>>().toEqualTypeOf<false>();
expectTypeOf<IsPositiveInt<null>>().toEqualTypeOf<false>();
expectTypeOf<IsPositiveInt<number>>().toEqualTypeOf<boolean>();
expectTypeOf<IsPositiveInt<1 | 2>>().toEqualTypeOf<boolean>();
// @ts-expect-error: 0 is natural but not positive
expectTypeOf<IsPositiveInt<0>>().toEqualTypeOf<true>();

// NotPositiveInts and NotNaturals: the members that are not such literals. Short literals (1-15 digits,
// no leading 0) are decided from their text; everything else by the exact test, so each side of 15
// digits and of 2^53 is here, with the forms a literal's text can take ("-", "0.", ".", "e+").
expectTypeOf<NotPositiveInts<1>>().toEqualTypeOf<never>();
expectTypeOf<NotPositiveInts<64 | 150528>>().toEqualTypeOf<never>();
expectTypeOf<NotPositiveInts<12345678>>().toEqualTypeOf<never>(); // eight digits: one step, nothing left
expectTypeOf<NotPositiveInts<123456789012345>>().toEqualTypeOf<never>(); // 15 digits
expectTypeOf<NotPositiveInts<1234567890123456>>().toEqualTypeOf<never>(); // 16 digits, below 2^53
expectTypeOf<NotPositiveInts<9007199254740991>>().toEqualTypeOf<never>();
expectTypeOf<NotPositiveInts<9007199254740992>>().toEqualTypeOf<9007199254740992>();
expectTypeOf<NotPositiveInts<12345678901234567>>().toEqualTypeOf<12345678901234567>();
expectTypeOf<NotPositiveInts<0>>().toEqualTypeOf<0>();
expectTypeOf<NotPositiveInts<-4>>().toEqualTypeOf<-4>();
expectTypeOf<NotPositiveInts<0.5>>().toEqualTypeOf<0.5>();
expectTypeOf<NotPositiveInts<2.5>>().toEqualTypeOf<2.5>();
expectTypeOf<NotPositiveInts<1e21>>().toEqualTypeOf<1e21>();
expectTypeOf<NotPositiveInts<1e-7>>().toEqualTypeOf<1e-7>();
expectTypeOf<NotPositiveInts<null>>().toEqualTypeOf<null>();
expectTypeOf<NotPositiveInts<"4">>().toEqualTypeOf<"4">();
expectTypeOf<NotPositiveInts<0 | 4 | -1>>().toEqualTypeOf<0 | -1>();
expectTypeOf<NotPositiveInts<number>>().toEqualTypeOf<never>();
expectTypeOf<NotPositiveInts<any>>().toEqualTypeOf<never>();
expectTypeOf<NotPositiveInts<never>>().toEqualTypeOf<never>();
expectTypeOf<NotNaturals<0 | 7 | 123456789012345>>().toEqualTypeOf<never>();
expectTypeOf<NotNaturals<9007199254740992 | -1 | 0.5>>().toEqualTypeOf<9007199254740992 | -1 | 0.5>();
expectTypeOf<NotNaturals<number>>().toEqualTypeOf<never>();
// @ts-expect-error: a 17-digit literal is past 2^53, not a positive integer
expectTypeOf<NotPositiveInts<12345678901234567>>().toEqualTypeOf<never>();
// @ts-expect-error: 0 is not positive, though its text is one digit
expectTypeOf<NotPositiveInts<0>>().toEqualTypeOf<never>();

// --- formulas from layers -----------------------------------------------------------------------------

// Conv2D, kernel 3, stride 2, 'valid' padding: floor((224 - 3) / 2) + 1
expectTypeOf<Add<FloorDiv<Sub<224, 3>, 2>, 1>>().toEqualTypeOf<111>();
// 'same' padding: ceil(224 / 2)
expectTypeOf<CeilDiv<224, 2>>().toEqualTypeOf<112>();
// stride 1 with an unknown length stays unknown; with a null batch-like length it stays null
expectTypeOf<Add<FloorDiv<Sub<number, 3>, 1>, 1>>().toEqualTypeOf<number>();
expectTypeOf<Add<FloorDiv<Sub<null, 3>, 1>, 1>>().toEqualTypeOf<null>();
// a kernel longer than the input is reported where it happens
expectTypeOf<Add<FloorDiv<Sub<2, 3>, 1>, 1>>().toEqualTypeOf<NegativeDifference<2, 3>>();
// Dense from 3 to 4 units: 3 * 4 weights + 4 biases
expectTypeOf<Add<Mul<3, 4>, 4>>().toEqualTypeOf<16>();
// Conv2D 3x3 from 3 to 64 channels: 3 * 3 * 3 * 64 + 64
expectTypeOf<Add<Product<[3, 3, 3, 64]>, 64>>().toEqualTypeOf<1792>();
// VGG16's first dense layer: Flatten of 7x7x512, then 4096 units
expectTypeOf<Add<Mul<Product<[7, 7, 512]>, 4096>, 4096>>().toEqualTypeOf<102764544>();
// MaxPool2D 2x2 on 55: floor(55 / 2)
expectTypeOf<FloorDiv<55, 2>>().toEqualTypeOf<27>();

// --- use from generic code ----------------------------------------------------------------------------

// Operands are unconstrained, so formulas over generic dims and over other results compile.
type convLength<n extends Dim, k extends number, s extends number> = Add<FloorDiv<Sub<n, k>, s>, 1>;
expectTypeOf<convLength<224, 3, 2>>().toEqualTypeOf<111>();
expectTypeOf<convLength<null, 3, 2>>().toEqualTypeOf<null>();
type denseParams<i, u> = Add<Mul<i, u>, u>;
expectTypeOf<denseParams<784, 128>>().toEqualTypeOf<100480>();
