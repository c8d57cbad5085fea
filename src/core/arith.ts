/**
 * Exact arithmetic on non-negative integer literal types, for shapes and parameter counts:
 * `Mul<224, 672>` is `150528`, `Add<FloorDiv<Sub<224, 3>, 2>, 1>` is `111`.
 *
 * Representation: a number is its decimal digits as a string, least significant digit first
 * ("150528" is held as "825051", zero as ""), combined a digit at a time through the small tables below.
 * Tuple-length arithmetic cannot reach these sizes (TS2799 past ~10,000, see
 * shared/docs/type-level-facts.md). Digit strings are exact at any length; the limit is the boundary:
 * a result or operand above Number.MAX_SAFE_INTEGER (2^53 - 1) comes out as `number`, because such a
 * literal is already rounded. Fast paths that return an operand unchanged (`Add<x, 0>`, `Mul<x, 1>`,
 * `FloorDiv<x, 1>`) skip that check: what they return is exact anyway.
 *
 * Unknowns pass through, as Keras lets an unknown dimension stay unknown. In this order:
 * - an operand that is exactly `null` gives `null`;
 * - a union containing `null` (or `any`) gives `number | null`;
 * - `number`, a union of numbers or an unsafe literal gives `number`;
 * - a negative, fractional or exponent-form literal gives `NotANaturalNumber<it>` (never `never`, which
 *   would be assignable to everything), and an error from an earlier step passes on unchanged, so a
 *   formula reports its first failure.
 * Comparisons give `boolean` where arithmetic would give `null` or `number`.
 *
 * Cost, in instantiations a call on fresh operands of 1-6 random digits (`tsc --extendedDiagnostics`,
 * 200 calls against an empty file, the same on TS 7.0 and 5.9): Add 340, Sub 350, Lt/Gte/Max 230,
 * Eq 160, Mul 760 (two 6-digit factors 1,750), FloorDiv 2,250 (by 2: 230; by 3-9 about 200 on dividends
 * of up to 4 digits), Product of three 1,450, IsNatural 26, fast paths (add 0, multiply by 0 or 1,
 * divide by 1) 30. An operand's conversion is cached by the compiler, so sizes that recur through a model
 * cost less. A step of a digit loop costs about 10 for matching its digit alone and about 30 in all
 * (each digit lookup nested three deep costs about 5): digit work is cut by doing fewer steps, as
 * multiplying and adding a row in one pass does (issue 17: Mul was 920 and 2,200, Product of three 1,650).
 */

/** A dimension: a known size as a number literal, `number` for a size fixed only at run time, `null` for unknown. */
export type Dim = number | null;

/** `Sub<a, b>` with `a < b`: the difference would be negative. */
export interface NegativeDifference<a, b> {
  readonly negativeDifference: [a, b];
}

/** `FloorDiv<a, 0>` or `CeilDiv<a, 0>`. */
export interface DivisionByZero<a> {
  readonly divisionByZero: a;
}

/** An operand that is a negative, fractional or exponent-form (`1e21`) literal, or not a number at all. */
export interface NotANaturalNumber<n> {
  readonly notANaturalNumber: n;
}

// --- digit tables ------------------------------------------------------------------------------------
// Written out so that a lookup is one indexed access rather than a computation.

type Digit = "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9";
type Bit = "0" | "1";

/** (x + y + c) mod 10, indexed [c][x][y]. */
type Units = [
  [
    ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
    ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"],
    ["2", "3", "4", "5", "6", "7", "8", "9", "0", "1"],
    ["3", "4", "5", "6", "7", "8", "9", "0", "1", "2"],
    ["4", "5", "6", "7", "8", "9", "0", "1", "2", "3"],
    ["5", "6", "7", "8", "9", "0", "1", "2", "3", "4"],
    ["6", "7", "8", "9", "0", "1", "2", "3", "4", "5"],
    ["7", "8", "9", "0", "1", "2", "3", "4", "5", "6"],
    ["8", "9", "0", "1", "2", "3", "4", "5", "6", "7"],
    ["9", "0", "1", "2", "3", "4", "5", "6", "7", "8"],
  ],
  [
    ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"],
    ["2", "3", "4", "5", "6", "7", "8", "9", "0", "1"],
    ["3", "4", "5", "6", "7", "8", "9", "0", "1", "2"],
    ["4", "5", "6", "7", "8", "9", "0", "1", "2", "3"],
    ["5", "6", "7", "8", "9", "0", "1", "2", "3", "4"],
    ["6", "7", "8", "9", "0", "1", "2", "3", "4", "5"],
    ["7", "8", "9", "0", "1", "2", "3", "4", "5", "6"],
    ["8", "9", "0", "1", "2", "3", "4", "5", "6", "7"],
    ["9", "0", "1", "2", "3", "4", "5", "6", "7", "8"],
    ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
  ],
];

/** The carry of x + y + c, indexed [c][x][y]. */
type Carry = [
  [
    ["0", "0", "0", "0", "0", "0", "0", "0", "0", "0"],
    ["0", "0", "0", "0", "0", "0", "0", "0", "0", "1"],
    ["0", "0", "0", "0", "0", "0", "0", "0", "1", "1"],
    ["0", "0", "0", "0", "0", "0", "0", "1", "1", "1"],
    ["0", "0", "0", "0", "0", "0", "1", "1", "1", "1"],
    ["0", "0", "0", "0", "0", "1", "1", "1", "1", "1"],
    ["0", "0", "0", "0", "1", "1", "1", "1", "1", "1"],
    ["0", "0", "0", "1", "1", "1", "1", "1", "1", "1"],
    ["0", "0", "1", "1", "1", "1", "1", "1", "1", "1"],
    ["0", "1", "1", "1", "1", "1", "1", "1", "1", "1"],
  ],
  [
    ["0", "0", "0", "0", "0", "0", "0", "0", "0", "1"],
    ["0", "0", "0", "0", "0", "0", "0", "0", "1", "1"],
    ["0", "0", "0", "0", "0", "0", "0", "1", "1", "1"],
    ["0", "0", "0", "0", "0", "0", "1", "1", "1", "1"],
    ["0", "0", "0", "0", "0", "1", "1", "1", "1", "1"],
    ["0", "0", "0", "0", "1", "1", "1", "1", "1", "1"],
    ["0", "0", "0", "1", "1", "1", "1", "1", "1", "1"],
    ["0", "0", "1", "1", "1", "1", "1", "1", "1", "1"],
    ["0", "1", "1", "1", "1", "1", "1", "1", "1", "1"],
    ["1", "1", "1", "1", "1", "1", "1", "1", "1", "1"],
  ],
];

/** 9 - y: subtraction and comparison add the nines' complement, reusing the tables above. */
type Nines = ["9", "8", "7", "6", "5", "4", "3", "2", "1", "0"];

/**
 * x * y + s as two digits, tens first, indexed [y][x][s] for s = z + k up to 18 (a digit of the
 * accumulator plus a carry): a step of multiply-and-add is one lookup. At most 9 * 9 + 18 = 99.
 */
type MulAdd = [
  [ // y = 0
    ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18"],
    ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18"],
    ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18"],
    ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18"],
    ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18"],
    ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18"],
    ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18"],
    ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18"],
    ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18"],
    ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18"],
  ],
  [ // y = 1
    ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18"],
    ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19"],
    ["02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"],
    ["03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21"],
    ["04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22"],
    ["05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23"],
    ["06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24"],
    ["07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25"],
    ["08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26"],
    ["09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27"],
  ],
  [ // y = 2
    ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18"],
    ["02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"],
    ["04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22"],
    ["06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24"],
    ["08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26"],
    ["10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28"],
    ["12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30"],
    ["14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32"],
    ["16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34"],
    ["18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36"],
  ],
  [ // y = 3
    ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18"],
    ["03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21"],
    ["06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24"],
    ["09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27"],
    ["12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30"],
    ["15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33"],
    ["18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36"],
    ["21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39"],
    ["24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42"],
    ["27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45"],
  ],
  [ // y = 4
    ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18"],
    ["04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22"],
    ["08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26"],
    ["12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30"],
    ["16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34"],
    ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38"],
    ["24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42"],
    ["28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46"],
    ["32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50"],
    ["36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54"],
  ],
  [ // y = 5
    ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18"],
    ["05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23"],
    ["10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28"],
    ["15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33"],
    ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38"],
    ["25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43"],
    ["30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48"],
    ["35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53"],
    ["40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58"],
    ["45", "46", "47", "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63"],
  ],
  [ // y = 6
    ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18"],
    ["06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24"],
    ["12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30"],
    ["18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36"],
    ["24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42"],
    ["30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48"],
    ["36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54"],
    ["42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60"],
    ["48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "65", "66"],
    ["54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "70", "71", "72"],
  ],
  [ // y = 7
    ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18"],
    ["07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25"],
    ["14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32"],
    ["21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39"],
    ["28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46"],
    ["35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53"],
    ["42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60"],
    ["49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "65", "66", "67"],
    ["56", "57", "58", "59", "60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "70", "71", "72", "73", "74"],
    ["63", "64", "65", "66", "67", "68", "69", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "80", "81"],
  ],
  [ // y = 8
    ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18"],
    ["08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26"],
    ["16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34"],
    ["24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42"],
    ["32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50"],
    ["40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58"],
    ["48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "65", "66"],
    ["56", "57", "58", "59", "60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "70", "71", "72", "73", "74"],
    ["64", "65", "66", "67", "68", "69", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "80", "81", "82"],
    ["72", "73", "74", "75", "76", "77", "78", "79", "80", "81", "82", "83", "84", "85", "86", "87", "88", "89", "90"],
  ],
  [ // y = 9
    ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18"],
    ["09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27"],
    ["18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36"],
    ["27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45"],
    ["36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54"],
    ["45", "46", "47", "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63"],
    ["54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "70", "71", "72"],
    ["63", "64", "65", "66", "67", "68", "69", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "80", "81"],
    ["72", "73", "74", "75", "76", "77", "78", "79", "80", "81", "82", "83", "84", "85", "86", "87", "88", "89", "90"],
    ["81", "82", "83", "84", "85", "86", "87", "88", "89", "90", "91", "92", "93", "94", "95", "96", "97", "98", "99"],
  ],
];

/** z + k as a number, indexed [z][k]: the column of `MulAdd`. */
type DigitSum = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  [2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
  [3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  [4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
  [5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
  [6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [7, 8, 9, 10, 11, 12, 13, 14, 15, 16],
  [8, 9, 10, 11, 12, 13, 14, 15, 16, 17],
  [9, 10, 11, 12, 13, 14, 15, 16, 17, 18],
];

/**
 * floor((10r + x) / y) and (10r + x) mod y, as two digits (quotient first), indexed [y][r][x] for a
 * one-digit divisor y > 2 and r < y: short division is one lookup a digit. The rows of r >= y, and those
 * of y <= 2 (2 has `Half`), are never read: they are there so that any digit indexes the table.
 */
type ShortDiv = [NoDiv, NoDiv, NoDiv,
  [ // y = 3
    ["00", "01", "02", "10", "11", "12", "20", "21", "22", "30"],
    ["31", "32", "40", "41", "42", "50", "51", "52", "60", "61"],
    ["62", "70", "71", "72", "80", "81", "82", "90", "91", "92"],
    NoRow, NoRow, NoRow, NoRow, NoRow, NoRow, NoRow,
  ],
  [ // y = 4
    ["00", "01", "02", "03", "10", "11", "12", "13", "20", "21"],
    ["22", "23", "30", "31", "32", "33", "40", "41", "42", "43"],
    ["50", "51", "52", "53", "60", "61", "62", "63", "70", "71"],
    ["72", "73", "80", "81", "82", "83", "90", "91", "92", "93"],
    NoRow, NoRow, NoRow, NoRow, NoRow, NoRow,
  ],
  [ // y = 5
    ["00", "01", "02", "03", "04", "10", "11", "12", "13", "14"],
    ["20", "21", "22", "23", "24", "30", "31", "32", "33", "34"],
    ["40", "41", "42", "43", "44", "50", "51", "52", "53", "54"],
    ["60", "61", "62", "63", "64", "70", "71", "72", "73", "74"],
    ["80", "81", "82", "83", "84", "90", "91", "92", "93", "94"],
    NoRow, NoRow, NoRow, NoRow, NoRow,
  ],
  [ // y = 6
    ["00", "01", "02", "03", "04", "05", "10", "11", "12", "13"],
    ["14", "15", "20", "21", "22", "23", "24", "25", "30", "31"],
    ["32", "33", "34", "35", "40", "41", "42", "43", "44", "45"],
    ["50", "51", "52", "53", "54", "55", "60", "61", "62", "63"],
    ["64", "65", "70", "71", "72", "73", "74", "75", "80", "81"],
    ["82", "83", "84", "85", "90", "91", "92", "93", "94", "95"],
    NoRow, NoRow, NoRow, NoRow,
  ],
  [ // y = 7
    ["00", "01", "02", "03", "04", "05", "06", "10", "11", "12"],
    ["13", "14", "15", "16", "20", "21", "22", "23", "24", "25"],
    ["26", "30", "31", "32", "33", "34", "35", "36", "40", "41"],
    ["42", "43", "44", "45", "46", "50", "51", "52", "53", "54"],
    ["55", "56", "60", "61", "62", "63", "64", "65", "66", "70"],
    ["71", "72", "73", "74", "75", "76", "80", "81", "82", "83"],
    ["84", "85", "86", "90", "91", "92", "93", "94", "95", "96"],
    NoRow, NoRow, NoRow,
  ],
  [ // y = 8
    ["00", "01", "02", "03", "04", "05", "06", "07", "10", "11"],
    ["12", "13", "14", "15", "16", "17", "20", "21", "22", "23"],
    ["24", "25", "26", "27", "30", "31", "32", "33", "34", "35"],
    ["36", "37", "40", "41", "42", "43", "44", "45", "46", "47"],
    ["50", "51", "52", "53", "54", "55", "56", "57", "60", "61"],
    ["62", "63", "64", "65", "66", "67", "70", "71", "72", "73"],
    ["74", "75", "76", "77", "80", "81", "82", "83", "84", "85"],
    ["86", "87", "90", "91", "92", "93", "94", "95", "96", "97"],
    NoRow, NoRow,
  ],
  [ // y = 9
    ["00", "01", "02", "03", "04", "05", "06", "07", "08", "10"],
    ["11", "12", "13", "14", "15", "16", "17", "18", "20", "21"],
    ["22", "23", "24", "25", "26", "27", "28", "30", "31", "32"],
    ["33", "34", "35", "36", "37", "38", "40", "41", "42", "43"],
    ["44", "45", "46", "47", "48", "50", "51", "52", "53", "54"],
    ["55", "56", "57", "58", "60", "61", "62", "63", "64", "65"],
    ["66", "67", "68", "70", "71", "72", "73", "74", "75", "76"],
    ["77", "78", "80", "81", "82", "83", "84", "85", "86", "87"],
    ["88", "90", "91", "92", "93", "94", "95", "96", "97", "98"],
    NoRow,
  ],
];
type NoRow = ["00", "00", "00", "00", "00", "00", "00", "00", "00", "00"];
type NoDiv = [NoRow, NoRow, NoRow, NoRow, NoRow, NoRow, NoRow, NoRow, NoRow, NoRow];

// --- conversion at the boundary ------------------------------------------------------------------------

/** 2^53 - 1, least significant digit first. */
type MaxSafeRev = "1990474529917009";

/** Eight or more steps of two digits: only 16+ digit strings can exceed MAX_SAFE_INTEGER. */
type Eight = [0, 0, 0, 0, 0, 0, 0, 0, ...0[]];

/** Marks a reversed string of 16 or more digits, which still needs the range check. */
interface Long<s> {
  readonly long: s;
}

/** Reverses a digit string two digits a step, counting steps so that short numbers skip the range check. */
type flip<s extends string, acc extends string = "", n extends 0[] = []> =
  s extends `${infer a}${infer b}${infer rest}`
    ? flip<rest, `${b}${a}${acc}`, [...n, 0]>
    : n extends Eight ? Long<`${s}${acc}`> : `${s}${acc}`;

/** A non-zero literal's digit string, reversed, or `Num` when it is above MAX_SAFE_INTEGER. */
type toRev<s extends string> =
  flip<s> extends infer r
    ? r extends Long<infer l extends string> ? (gteRev<MaxSafeRev, l> extends true ? l : Num) : r
    : never;

/** A reversed non-zero digit string back to its number literal, or `number` above MAX_SAFE_INTEGER. */
type fromRev<r extends string> =
  flip<r> extends infer s
    ? s extends Long<infer l extends string> ? (gteRev<MaxSafeRev, r> extends true ? parse<l> : number) : parse<s & string>
    : never;

/** Callers strip leading zeros first: "007" would parse to `number`, not 7. */
type parse<s extends string> = s extends `${infer n extends number}` ? n : never;

// --- digit algorithms (reversed strings, tail recursive) ----------------------------------------------

/** a + b. Once the shorter operand ends with no carry, the rest of the longer one is copied in one step. */
type addRev<a extends string, b extends string, c extends Bit = "0", acc extends string = ""> =
  a extends `${infer x extends Digit}${infer ar}`
    ? b extends `${infer y extends Digit}${infer br}`
      ? addRev<ar, br, Carry[c][x][y], `${acc}${Units[c][x][y]}`>
      : c extends "0" ? `${acc}${a}` : addRev<ar, "", Carry[1][x][0], `${acc}${Units[1][x][0]}`>
    : c extends "0" ? `${acc}${b}` : b extends "" ? `${acc}1` : addRev<b, "", c, acc>;

/** Drops zeros at the most significant end (the end of a reversed string). */
type strip<s extends string> = s extends `${infer r}0` ? strip<r> : s;

/** a - b as a + (nines' complement of b) + 1; a final carry of 0 means a < b, reported as "-". */
type subRev<a extends string, b extends string, c extends Bit = "1", acc extends string = ""> =
  a extends `${infer x extends Digit}${infer ar}`
    ? b extends `${infer y extends Digit}${infer br}`
      ? subRev<ar, br, Carry[c][x][Nines[y]], `${acc}${Units[c][x][Nines[y]]}`>
      : c extends "1" ? `${acc}${a}` : subRev<ar, "", Carry[0][x][9], `${acc}${Units[0][x][9]}`>
    : b extends "" ? (c extends "1" ? strip<acc> : "-") : "-";

/** a >= b: the carry of the subtraction above, without building its digits. */
type gteRev<a extends string, b extends string, c extends Bit = "1"> =
  a extends `${infer x extends Digit}${infer ar}`
    ? b extends `${infer y extends Digit}${infer br}`
      ? gteRev<ar, br, Carry[c][x][Nines[y]]>
      : true
    : b extends "" ? (c extends "1" ? true : false) : false;

/**
 * acc + a * y for one digit y > 0, in one pass: a digit x of a, the digit z of acc beside it and the carry
 * k give x * y + z + k (at most 99) from one lookup, its units digit and its tens the next carry.
 */
type mulAddRow<a extends string, y extends Digit, acc extends string, k extends Digit = "0", r extends string = ""> =
  a extends `${infer x extends Digit}${infer ar}`
    ? acc extends `${infer z extends Digit}${infer accr}`
      ? MulAdd[y][x][DigitSum[z][k]] extends `${infer c extends Digit}${infer u}` ? mulAddRow<ar, y, accr, c, `${r}${u}`> : never
      : MulAdd[y][x][k] extends `${infer c extends Digit}${infer u}` ? mulAddRow<ar, y, "", c, `${r}${u}`> : never
    : k extends "0" ? `${r}${acc}` : `${r}${addRev<acc, k>}`;

/**
 * Long multiplication, one row a digit of b, each row multiplied and added to the running sum in one pass
 * (`mulAddRow`). After each row its lowest digit is final, so it moves to `done` and later rows are added
 * to the rest only.
 */
type mulRev<a extends string, b extends string, done extends string = "", acc extends string = ""> =
  b extends `${infer y extends Digit}${infer br}`
    ? (y extends "0" ? acc : y extends "1" ? addRev<acc, a> : mulAddRow<a, y, acc>) extends `${infer d}${infer rest}`
      ? mulRev<a, br, `${done}${d}`, rest>
      : mulRev<a, br, `${done}0`, "">
    : `${done}${acc}`;

/** [0, b, 2b, ..., 9b], reversed; built once per divisor and cached by the compiler. */
type Multiples<b extends string, m extends string[] = [""], l extends string = ""> =
  m extends { length: 10 } ? m : addRev<l, b> extends infer n extends string ? Multiples<b, [...m, n], n> : never;

/** The largest k with k * b <= r, by binary search over the multiples. */
type quotientDigit<r extends string, m extends string[]> =
  gteRev<r, m[1]> extends false ? "0"
  : gteRev<r, m[5]> extends true
    ? gteRev<r, m[7]> extends true
      ? gteRev<r, m[8]> extends true ? (gteRev<r, m[9]> extends true ? "9" : "8") : "7"
      : gteRev<r, m[6]> extends true ? "6" : "5"
    : gteRev<r, m[3]> extends true
      ? gteRev<r, m[4]> extends true ? "4" : "3"
      : gteRev<r, m[2]> extends true ? "2" : "1";

/**
 * Long division: s is the dividend most significant digit first, r the running remainder (reversed),
 * q the quotient (most significant first, no leading zeros). Gives [q, r].
 */
type divMod<s extends string, m extends string[], r extends string = "", q extends string = ""> =
  s extends `${infer d}${infer rest}`
    ? (r extends "" ? (d extends "0" ? "" : d) : `${d}${r}`) extends infer r2 extends string
      ? quotientDigit<r2, m> extends infer k extends Digit
        ? divMod<rest, m, k extends "0" ? r2 : subRev<r2, m[k & keyof m]>, q extends "" ? (k extends "0" ? "" : k) : `${q}${k}`>
        : never
      : never
    : [q, r];

/** floor((10r + x) / 2), indexed [r][x]: dividing by 2 (pooling, stride 2) skips long division. */
type Half = [
  ["0", "0", "1", "1", "2", "2", "3", "3", "4", "4"],
  ["5", "5", "6", "6", "7", "7", "8", "8", "9", "9"],
];
type Parity = ["0", "1", "0", "1", "0", "1", "0", "1", "0", "1"];

/** Halves a digit string, most significant digit first. Gives [q, r]; q may start with one "0". */
type halve<s extends string, r extends Bit = "0", q extends string = ""> =
  s extends `${infer x extends Digit}${infer rest}` ? halve<rest, Parity[x], `${q}${Half[r][x]}`> : [q, r];

/** Divides by a one-digit y > 2, a lookup a digit (`ShortDiv`), most significant digit first. Gives [q, r] as `halve`. */
type shortDiv<s extends string, y extends Digit, r extends Digit = "0", q extends string = ""> =
  s extends `${infer x extends Digit}${infer rest}`
    ? ShortDiv[y][r][x] extends `${infer d}${infer r2 extends Digit}` ? shortDiv<rest, y, r2, `${q}${d}`> : never
    : [q, r];

// --- operands -------------------------------------------------------------------------------------------
// An operand is either a reversed digit string or one of these markers, which say what the result is.

type Null = ["null"];
type NumOrNull = ["number|null"];
type Num = ["number"];
type Never = ["never"];
/** e is the error the result will be. */
type Bad<e> = ["bad", e];

type ArithError = NegativeDifference<unknown, unknown> | DivisionByZero<unknown> | NotANaturalNumber<unknown>;

type isUnion<a, b = a> = a extends unknown ? ([b] extends [a] ? false : true) : never;

/**
 * "ok" for a single non-negative integer literal, else the marker for the result. `0 extends 1 & a`
 * holds only for `any`; a literal is natural when its text has no "-", "." or "e" ("1e+21"), and is not
 * `Infinity` (the type of `1e400`; review 3, finding 13: its digits were read as "Infinity" reversed).
 */
type classify<a> =
  [a] extends [null] ? (0 extends 1 & a ? NumOrNull : [a] extends [never] ? Never : Null)
  : null extends a ? NumOrNull
  : number extends a ? Num
  : isUnion<a> extends true ? Num
  : [a] extends [number] ? (`${a & number}` extends `${string}${"-" | "." | "e" | "I"}${string}` ? Bad<NotANaturalNumber<a>> : "ok")
  : [a] extends [ArithError] ? Bad<a>
  : Bad<NotANaturalNumber<a>>;

type toOperand<a> = classify<a> extends "ok" ? (a extends 0 ? "" : toRev<`${a & number}`>) : classify<a>;

/** The marker that decides a result when one operand is not a literal: the order of the rules above. */
type worse<x, y> =
  x extends string ? y : y extends string ? x
  : x extends Never ? x : y extends Never ? y
  : x extends Null ? x : y extends Null ? y
  : x extends NumOrNull ? x : y extends NumOrNull ? y
  : x extends Num ? x : y extends Num ? y
  : x;

type unknownResult<m> =
  m extends Null ? null : m extends NumOrNull ? number | null : m extends Bad<infer e> ? e : m extends Never ? never : number;

type unknownBool<m> = m extends Bad<infer e> ? e : m extends Never ? never : boolean;

// --- public operations ----------------------------------------------------------------------------------
// Each one first matches both operands as digit strings, so the common case costs one conditional and
// the rules for unknowns run only when it fails.
//
// Fast paths (add 0, subtract 0, multiply by 0 or 1, divide by 1) come before the digit conversion:
// they are common in layer formulas (no padding, stride 1) and then cost a few instantiations.

/** Exactly the literal 0 (not `never`, `any` or a union). */
type isZero<n> = [n] extends [0] ? (classify<n> extends "ok" ? true : false) : false;
/** Exactly the literal 1. */
type isOne<n> = [n] extends [1] ? (classify<n> extends "ok" ? true : false) : false;
/** Exactly the literal 0 or the literal 1. */
type isZeroOrOne<n> = [n] extends [0 | 1] ? (classify<n> extends "ok" ? true : false) : false;

/** a + b. `Add<150528, 16>` is `150544`. */
export type Add<a, b> =
  isZero<b> extends true ? (classify<a> extends "ok" ? a : addDigits<a, b>)
  : isZero<a> extends true ? (classify<b> extends "ok" ? b : addDigits<a, b>)
  : addDigits<a, b>;
type addDigits<a, b> =
  [toOperand<a>, toOperand<b>] extends [infer x extends string, infer y extends string]
    ? x extends "" ? b : y extends "" ? a : fromRev<addRev<x, y>>
    : unknownResult<worse<toOperand<a>, toOperand<b>>>;

/** a - b, or `NegativeDifference<a, b>` when a < b. `Sub<224, 3>` is `221`. */
export type Sub<a, b> = isZero<b> extends true ? (classify<a> extends "ok" ? a : subDigits<a, b>) : subDigits<a, b>;
type subDigits<a, b> =
  [toOperand<a>, toOperand<b>] extends [infer x extends string, infer y extends string]
    ? y extends "" ? a
      : x extends y ? 0
      : subRev<x, y> extends infer r extends string ? (r extends "-" ? NegativeDifference<a, b> : fromRev<r>) : never
    : unknownResult<worse<toOperand<a>, toOperand<b>>>;

/** a * b. `Mul<224, 672>` is `150528`. */
export type Mul<a, b> =
  isZeroOrOne<b> extends true ? (classify<a> extends "ok" ? ([b] extends [0] ? 0 : a) : mulDigits<a, b>)
  : isZeroOrOne<a> extends true ? (classify<b> extends "ok" ? ([a] extends [0] ? 0 : b) : mulDigits<a, b>)
  : mulDigits<a, b>;
type mulDigits<a, b> =
  [toOperand<a>, toOperand<b>] extends [infer x extends string, infer y extends string]
    ? x extends "" ? 0 : y extends "" ? 0 : x extends "1" ? b : y extends "1" ? a : fromRev<mulOrdered<x, y>>
    : unknownResult<worse<toOperand<a>, toOperand<b>>>;

/** One row per digit of the second factor: a one-digit factor goes second. */
type mulOrdered<x extends string, y extends string> = x extends Digit ? mulRev<y, x> : mulRev<x, y>;

/** Shared by FloorDiv and CeilDiv once both operands are digit strings. */
type divide<a, x extends string, y extends string, ceil extends boolean> =
  y extends "" ? DivisionByZero<a>
  : y extends "1" ? a
  : x extends "" ? 0
  : gteRev<x, y> extends false ? (ceil extends true ? 1 : 0)
  : (y extends "2" ? halve<`${a & number}`> : y extends Digit ? shortDiv<`${a & number}`, y> : divMod<`${a & number}`, Multiples<y>>) extends [infer q extends string, infer r extends string]
    ? (q extends `0${infer t}` ? parse<t> : parse<q>) extends infer n
      ? ceil extends true ? (r extends "" | "0" ? n : Add<n, 1>) : n
      : never
    : never;

/** floor(a / b), or `DivisionByZero<a>` when b is 0. `FloorDiv<221, 2>` is `110`. */
export type FloorDiv<a, b> = isOne<b> extends true ? (classify<a> extends "ok" ? a : floorDivDigits<a, b>) : floorDivDigits<a, b>;
type floorDivDigits<a, b> =
  [toOperand<a>, toOperand<b>] extends [infer x extends string, infer y extends string]
    ? divide<a, x, y, false>
    : unknownResult<worse<toOperand<a>, toOperand<b>>>;

/** ceil(a / b), or `DivisionByZero<a>` when b is 0. `CeilDiv<221, 2>` is `111`. */
export type CeilDiv<a, b> = isOne<b> extends true ? (classify<a> extends "ok" ? a : ceilDivDigits<a, b>) : ceilDivDigits<a, b>;
type ceilDivDigits<a, b> =
  [toOperand<a>, toOperand<b>] extends [infer x extends string, infer y extends string]
    ? divide<a, x, y, true>
    : unknownResult<worse<toOperand<a>, toOperand<b>>>;

/** The larger of a and b. */
export type Max<a, b> =
  [toOperand<a>, toOperand<b>] extends [infer x extends string, infer y extends string]
    ? gteRev<x, y> extends true ? a : b
    : unknownResult<worse<toOperand<a>, toOperand<b>>>;

/** The smaller of a and b. */
export type Min<a, b> =
  [toOperand<a>, toOperand<b>] extends [infer x extends string, infer y extends string]
    ? gteRev<x, y> extends true ? b : a
    : unknownResult<worse<toOperand<a>, toOperand<b>>>;

/** a >= b, as `true | false`; `boolean` when either side is unknown. */
export type Gte<a, b> =
  [toOperand<a>, toOperand<b>] extends [infer x extends string, infer y extends string]
    ? gteRev<x, y>
    : unknownBool<worse<toOperand<a>, toOperand<b>>>;

/** a <= b, as `true | false`; `boolean` when either side is unknown. */
export type Lte<a, b> =
  [toOperand<a>, toOperand<b>] extends [infer x extends string, infer y extends string]
    ? gteRev<y, x>
    : unknownBool<worse<toOperand<a>, toOperand<b>>>;

/** a > b, as `true | false`; `boolean` when either side is unknown. */
export type Gt<a, b> =
  [toOperand<a>, toOperand<b>] extends [infer x extends string, infer y extends string]
    ? gteRev<y, x> extends true ? false : true
    : unknownBool<worse<toOperand<a>, toOperand<b>>>;

/** a < b, as `true | false`; `boolean` when either side is unknown. */
export type Lt<a, b> =
  [toOperand<a>, toOperand<b>] extends [infer x extends string, infer y extends string]
    ? gteRev<x, y> extends true ? false : true
    : unknownBool<worse<toOperand<a>, toOperand<b>>>;

/** a == b, as `true | false`; `boolean` when either side is unknown. */
export type Eq<a, b> =
  [toOperand<a>, toOperand<b>] extends [infer x extends string, infer y extends string]
    ? x extends y ? true : false
    : unknownBool<worse<toOperand<a>, toOperand<b>>>;

/** The product of a shape's sizes, 1 for `[]`. `Product<[224, 224, 3]>` is `150528`. */
export type Product<ds extends readonly Dim[]> = total<fold<ds, "1", true>>;

/** The sum of the sizes, 0 for `[]`. `Sum<[64, 64, 128]>` is `256`. */
export type Sum<ds extends readonly Dim[]> = total<fold<ds, "", false>>;

/**
 * The sum of the products of several lists of sizes, as a layer's weight count is:
 * `SumOfProducts<[[3, 4], [4]]>` is `16`. An item may also be a weight entry `[name, sizes, ...]`, whose
 * sizes are read. The same as adding up `Product`s, unknowns and errors included, but each product is
 * added in digit form: no product is turned into a number literal only to be turned back into digits by
 * the next `Add`, and unknowns included, except that a count is never None: a size that is `null` or may be
 * (`number | null`) makes it `number` (review 3, finding 4: `Params<number | null>` failed the `number`
 * constraint in an emitted .d.ts). Tail recursive.
 */
export type SumOfProducts<ss extends readonly unknown[]> = countTotal<sumFold<ss, "">>;
type sumFold<ss, acc> = ss extends readonly [readonly [string, readonly [...infer ks, infer f], ...unknown[]], readonly [string, readonly [infer g], ...unknown[]], ...infer t]
  ? withBias<ks, f, g> extends infer r extends string
    ? sumFold<t, foldStep<acc, r, false>>
    : sumPlain<ss, acc>
  : ss extends readonly [unknown, unknown, unknown, ...unknown[]] // no inference on shorter lists (each layer's last step is `[]`)
    ? ss extends readonly [readonly [string, readonly [...infer ks, infer f], ...unknown[]], readonly [string, readonly [...infer ls, infer g], ...unknown[]], readonly [string, readonly [...infer ms, infer h], ...unknown[]], ...infer t]
      ? sharedLast<ks, ls, ms, f, g, h> extends infer r extends string
        ? sumFold<t, foldStep<acc, r, false>>
        : sumPlain<ss, acc>
      : sumPlain<ss, acc>
    : sumPlain<ss, acc>;
type sumPlain<ss, acc> = ss extends readonly [infer h, ...infer t]
  ? sumFold<t, foldStep<acc, term<fold<h extends readonly [string, infer s, ...unknown[]] ? s : h, "1", true>>, false>>
  : acc;
/**
 * A kernel `[...ks, f]` followed by a bias `[f]` (Dense, the convolutions) as one product,
 * `(product of ks + 1) * f`, in digit form: the same sum with one addition of a short number instead
 * of adding the bias to the kernel's product (about 130 instantiations a layer, issue 17). `false`
 * unless every size is a single literal and the two `f` are the same (then the general fold decides).
 */
type withBias<ks, f, g> = [f, g] extends [g, f]
  ? fold<ks, "1", true> extends infer p extends string
    ? p extends ""
      ? false
      : toOperand<f> extends infer y extends string
        ? y extends "" ? false : foldStep<addRev<p, "1">, y, true>
        : false
    : false
  : false;
/**
 * Three weights whose last sizes are the same `f` (a recurrent layer's kernel `[F, 4u]`, recurrent kernel
 * `[u, 4u]` and bias `[4u]`, or GRU's `[2, 3u]`) as one product, `(product of ks + product of ls +
 * product of ms) * f`: one multiplication instead of three (issue 17). `false` unless every size is a
 * single literal, no weight is a union of shapes, the three `f` are the same and no product is 0 (then
 * the general fold decides).
 */
type sharedLast<ks, ls, ms, f, g, h> = [f, g] extends [g, f]
  ? [g, h] extends [h, g]
    ? [fold<ks, "1", true>, fold<ls, "1", true>, fold<ms, "1", true>] extends [infer p extends string, infer q extends string, infer r extends string]
      ? "" extends p | q | r
        ? false
        : [isUnion<p>, isUnion<q>, isUnion<r>] extends [false, false, false] // not a union of shapes (GRU's bias when resetAfter is not known)
          ? toOperand<f> extends infer y extends string
            ? y extends "" ? false : foldStep<addRev<addRev<p, q>, r>, y, true>
            : false
          : false
      : false
    : false
  : false;
/**
 * A sum kept in digit form over many steps, as a fold over a list of layers adds their weight counts:
 * start from `SumStart`, add a count with `SumAdd<acc, n>` or the products of a weight list with
 * `SumAddProducts<acc, ws>`, and read the sum once at the end with `SumTotal<acc>`. The same result as
 * adding the counts one by one with `Add` (unknowns and errors included), but the running sum is not
 * turned into a number literal and back into digits at every step.
 */
export type SumStart = "";
export type SumAdd<acc, n> = foldStep<acc, toOperand<n>, false>;
/**
 * `SumAdd<acc, SumOfProducts<ws>>`, or `false` when that sum is not one plain literal (an unknown or
 * non-literal size, an error, a union), which the caller then adds its own way.
 */
export type SumAddProducts<acc, ws> = sumFold<ws, ""> extends infer r
  ? [r] extends [string] ? (isUnion<r> extends false ? foldStep<acc, r, false> : false) : false
  : never;
/** The sum as `Add` would give it: a number literal, `number` when a count was unknown (never `null`: see `countTotal`), or an error. */
export type SumTotal<acc> = countTotal<acc>;
/** A product as `Add` would take it: one that is a union (of sizes, or with `null`) is read back as `Add` reads a union. */
type term<p> = isUnion<p> extends false ? p : toOperand<total<p>>;

/**
 * Folds in reversed-digit form so that each size is converted once; the first marker met stays unless a
 * worse one follows. Arrays of unknown length count as unknown sizes.
 */
type fold<ds, acc, mul extends boolean> =
  acc extends Null ? acc
  : ds extends readonly [infer h, ...infer t]
    ? fold<t, foldStep<acc, toOperand<h>, mul>, mul>
    : ds extends readonly [] ? acc
    : worse<acc, null extends ds[number & keyof ds] ? NumOrNull : Num>;

type foldStep<acc, y, mul extends boolean> =
  acc extends string
    ? y extends string
      ? mul extends true
        ? acc extends "" ? "" : y extends "" ? "" : y extends "1" ? acc : acc extends "1" ? y : mulOrdered<acc, y>
        : addRev<acc, y>
      : y
    : worse<acc, y>;

type total<r> = r extends string ? (r extends "" ? 0 : fromRev<r>) : unknownResult<r>;
/**
 * `total` for a count (of weights): an axis that is or may be None (`null`, `number | null`) leaves the
 * count unknown, `number`, never None; a weight that needs the axis is refused at run time.
 */
type countTotal<r> = r extends string ? (r extends "" ? 0 : fromRev<r>) : r extends Null | NumOrNull ? number : unknownResult<r>;

/**
 * True for a non-negative integer literal up to 2^53 - 1 (`0`, `7`, `150528`); false for a negative,
 * fractional or exponent-form literal, for one above 2^53 - 1 (`9007199254740992`, `1e20`: already
 * rounded, as `Number.isSafeInteger` says at run time), or for anything that is not a number; `boolean`
 * for `number` and for unions.
 */
export type IsNatural<n> = natural<classify<n>, true, n>;

/** Like `IsNatural`, but false for `0`: a valid size for units, filters or a batch. */
export type IsPositiveInt<n> = natural<classify<n>, [n] extends [0] ? false : true, n>;

/**
 * The members of `n` that are not positive integer literals (`NotPositiveInts<0 | 4>` is `0`), `never`
 * when every member is one or not known (`number`, `any`): a union passes only when each member does.
 */
export type NotPositiveInts<n> = n extends unknown ? (shortPositive<n> extends true ? never : IsPositiveInt<n> extends false ? n : never) : never;
/** Like `NotPositiveInts`, for non-negative integers (`0` is one). */
export type NotNaturals<n> = n extends unknown ? (shortPositive<n> extends true ? never : IsNatural<n> extends false ? n : never) : never;
/**
 * True for a number literal written as 1 to 15 digits, the first not 0 (`4`, `150528`): a positive
 * integer below 2^53 read from its text alone, in a few template matches. Every size an options check
 * reads is one, and `IsPositiveInt` (classify, the digit reversal of the range check) cost about 90
 * instantiations a new literal (issue 17). False for anything else (`0`, `-1`, `1.5`, `1e+21`, `Infinity`, 16 digits
 * or more, `number`, `any`, unions' members one by one as the callers distribute), which the exact
 * test then decides.
 */
type shortPositive<n> = [n] extends [number]
  ? number extends n
    ? false
    : `${n}` extends `${"-" | "0"}${string}` | `${string}${"." | "e" | "I"}${string}`
      ? false
      : fewDigits<`${n}`>
  : false;
/**
 * Whether `s` has at most 15 characters: four off at a time, at most three times, then fewer than four
 * left (an `infer` followed by another placeholder takes exactly one character). Measured on the zoo
 * against two, eight and sixteen a step: four is the cheapest.
 */
type fewDigits<s extends string, k extends 0[] = []> = s extends `${infer _a}${infer _b}${infer _c}${infer _d}${infer r}`
  ? k extends [0, 0, 0]
    ? false
    : fewDigits<r, [...k, 0]>
  : true;

type natural<k, ok, n> = k extends "ok" ? (isSafe<n> extends true ? ok : false) : k extends Num | NumOrNull ? boolean : false;
/** Whether a natural literal is at most 2^53 - 1 (`toRev` compares only strings of 16 or more digits). */
type isSafe<n> = toRev<`${n & number}`> extends string ? true : false;
