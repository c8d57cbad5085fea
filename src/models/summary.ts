/**
 * Prints a model as Keras 3's `model.summary()` does: the same table (rich's heavy-head box with a line
 * between rows), the same column widths, wrapping and `…` cut-offs, and the same totals with their
 * byte sizes. See `keras/src/utils/summary_utils.py`.
 *
 * Text is measured in terminal columns (`displayWidth`), not UTF-16 code units, and cut and padded by
 * grapheme cluster, so that CJK, emoji and combining accents keep the columns aligned; control
 * characters in names are printed escaped (`\n` as the two characters \n), as they would break the table.
 */
import { fail } from "../core/errors.js";
import { checkKeys, formatOption } from "../core/options.js";
import { readOptions } from "../core/read-options.js";
import { checkSafe } from "../core/safe-int.js";
import { displayWidth, escapeControls, isPrintableAscii, truncateToWidth } from "../core/text-width.js";

/** One row of the table. */
export interface SummaryRow {
  readonly name: string;
  readonly className: string;
  readonly outputShape: string;
  readonly params: number;
  /** `Connected to`, for models that branch; `-` for input layers. */
  readonly connectedTo?: string;
  /**
   * @internal Set by a model's own rows: `outputShape` and `connectedTo` are known to be printable ASCII
   * (a shape is digits, `None` and punctuation; the names in `Connected to` were tested one by one), so
   * that they are not scanned again as whole cells (see `renderSummary`).
   */
  readonly asciiCells?: boolean;
}

export interface SummaryOptions {
  /**
   * Total width of the table, a whole number of columns up to 1,000 (16 at least, 21 with `Connected
   * to`). Default as Keras: 88 (108 with `Connected to`), at most the terminal's width minus 4; 76 when
   * output is not a terminal.
   */
  readonly lineLength?: number;
  /** Also list the layers of nested models and blocks under their row, as Keras's `expand_nested`. Default false. */
  readonly expandNested?: boolean;
  /** Where the text goes; called once with the whole summary. Default `console.log`. */
  readonly printFn?: (text: string) => void;
}

export interface SummaryInput {
  readonly name: string;
  readonly rows: readonly SummaryRow[];
  /** Whether to leave out `Connected to` (no branches, merges or shared layers). */
  readonly sequentialLike: boolean;
  readonly trainable: number;
  readonly nonTrainable: number;
}

export type notAPrintFn<got extends string> =
  `summary: printFn must be a function that takes the summary text, but got ${got}. Fix: pass e.g. printFn: (text) => console.log(text), or leave it out.`;
export const notAPrintFn = <got extends string>(got: got): notAPrintFn<got> =>
  `summary: printFn must be a function that takes the summary text, but got ${got}. Fix: pass e.g. printFn: (text) => console.log(text), or leave it out.`;

/**
 * The widest table summary() draws. Keras sets no limit, but the width is the length of every line
 * built: 1e9 cannot be built at all, and no terminal is 1,000 columns wide (a 4K screen at a small
 * font shows about 500).
 */
export const MAX_LINE_LENGTH = 1000;
export type badLineLength<got extends string> =
  `summary: lineLength must be a whole number of columns from 1 to 1,000, but got ${got}. Fix: use e.g. lineLength: 88 (Keras's default), or leave it out for the terminal's width.`;
export const badLineLength = <got extends string>(got: got): badLineLength<got> =>
  `summary: lineLength must be a whole number of columns from 1 to 1,000, but got ${got}. Fix: use e.g. lineLength: 88 (Keras's default), or leave it out for the terminal's width.`;
export type tooNarrow<got extends string, min extends string> =
  `Insufficient console width to print summary. summary: lineLength ${got} leaves a column narrower than 4 characters. Fix: use lineLength: ${min} or more (Keras's default is 88).`;
export const tooNarrow = <got extends string, min extends string>(got: got, min: min): tooNarrow<got, min> =>
  `Insufficient console width to print summary. summary: lineLength ${got} leaves a column narrower than 4 characters. Fix: use lineLength: ${min} or more (Keras's default is 88).`;

const summaryKeys = ["printFn", "lineLength", "expandNested"] as const;
/** summary()'s options, read once and checked: plain JavaScript may pass anything. */
export const readSummaryOptions = (
  options: unknown,
): { readonly lineLength: number | undefined; readonly expandNested: boolean; readonly printFn: (text: string) => void } => {
  const o = readOptions(options === undefined ? {} : options) as SummaryOptions;
  checkKeys("summary", o, summaryKeys);
  if (o.printFn !== undefined && typeof o.printFn !== "function") fail(notAPrintFn(formatOption(o.printFn)));
  if (o.lineLength !== undefined) checkLineLength(o.lineLength);
  return {
    lineLength: o.lineLength,
    expandNested: o.expandNested ?? false,
    printFn: o.printFn ?? ((t: string) => console.log(t.replace(/\n$/, ""))),
  };
};
const checkLineLength = (n: unknown): void => {
  if (!(typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= MAX_LINE_LENGTH)) fail(badLineLength(formatOption(n)));
};

/** Bytes of one float32 parameter, as Keras counts the memory of weights. */
const BYTES_PER_PARAM = 4;

/** Keras's default width: the smaller of 88/108 and the terminal's columns minus 4 (80 columns when not a terminal). */
export const defaultLineLength = (sequentialLike: boolean): number => {
  const stdout = (globalThis as { process?: { stdout?: { isTTY?: boolean; columns?: number } } }).process?.stdout;
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const fromEnv = Number(env?.["COLUMNS"]);
  const columns = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : stdout?.isTTY && stdout.columns ? stdout.columns : 80;
  return Math.min(sequentialLike ? 88 : 108, columns - 4);
};

/** Renders the summary text, ending with a newline. */
export const renderSummary = (m: SummaryInput, lineLength = defaultLineLength(m.sequentialLike)): string => {
  checkLineLength(lineLength);
  const header = m.sequentialLike
    ? ["Layer (type)", "Output Shape", "Param #"]
    : ["Layer (type)", "Output Shape", "Param #", "Connected to"];
  const positions = m.sequentialLike ? [0.45, 0.8, 1.0] : [0.3, 0.56, 0.74, 1.0];
  const widths = textWidths(positions, lineLength);
  // Module-level helpers and plain loops, not closures made per summary: a closure's compiled code is
  // dropped with it, so each summary ran them interpreted again (the top cost of a long model's summary).
  let out = `Model: "${escapeControls(m.name)}"\n` + rule(widths, "┏", "━", "┳", "┓") + "\n";
  out += cells(header, header.map(isPrintableAscii), widths, "┃", false);
  out += rule(widths, "┡", "━", "╇", "┩") + "\n";
  const between = rule(widths, "├", "─", "┼", "┤") + "\n";
  const rows = m.rows;
  const cols: string[] = ["", "", ""];
  // Whether each cell is printable ASCII, found by one scan of the cell (escaping and wrapping each
  // scanned it again: the scans were a fifth of a long model's summary), or from its parts: a cell is a
  // string just concatenated, and a scan of it first copies it into one flat string (V8 flattens it),
  // which was most of the scans' cost, where its parts (a name, a class name) are already flat.
  const ascii: boolean[] = [false, false, false];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (i > 0) out += between;
    if (isPrintableAscii(r.name) && isPrintableAscii(r.className)) {
      cols[0] = `${r.name} (${r.className})`;
      ascii[0] = true;
    } else escaped(cols, ascii, 0, `${r.name} (${r.className})`);
    const known = r.asciiCells === true;
    cols[1] = r.outputShape;
    ascii[1] = known || isPrintableAscii(r.outputShape);
    cols[2] = grouped(r.params);
    ascii[2] = (Number.isSafeInteger(r.params) && r.params >= 0) || isPrintableAscii(cols[2]); // digits and commas
    if (m.sequentialLike) {
      // (no Connected to column)
    } else if (known) {
      cols[3] = r.connectedTo ?? "-";
      ascii[3] = true;
    } else escaped(cols, ascii, 3, r.connectedTo ?? "-");
    out += cells(cols, ascii, widths, "│", true);
  }
  out += rule(widths, "└", "─", "┴", "┘") + "\n";
  out += total("Total params", checkSafe(m.trainable + m.nonTrainable, `Model "${m.name}"`, "the parameter count")) + "\n";
  out += total("Trainable params", m.trainable) + "\n";
  out += total("Non-trainable params", m.nonTrainable) + "\n";
  return out;
};

/** Puts `text`, its controls escaped, in `cols[i]`, and whether it is printable ASCII in `ascii[i]`. */
const escaped = (cols: string[], ascii: boolean[], i: number, text: string): void => {
  const a = isPrintableAscii(text);
  cols[i] = a ? text : escapeControls(text);
  ascii[i] = a || isPrintableAscii(cols[i]!); // (controls escaped, a text may be ASCII)
};

/** The summary's right-aligned column: Param #. */
const RIGHT = 2;
/**
 * The lines of one table row, each ending with a newline: every cell wrapped to its column, the
 * shorter cells padded with blank lines below (`top`, the rows) or above (the header).
 */
const cells = (row: readonly string[], ascii: readonly boolean[], widths: readonly number[], bar: string, top: boolean): string => {
  const wrapped: string[][] = [];
  let height = 1;
  for (let i = 0; i < row.length; i++) {
    const w = wrap(row[i]!, ascii[i]!, widths[i]!, i === RIGHT);
    wrapped.push(w);
    if (w.length > height) height = w.length;
  }
  let s = "";
  for (let line = 0; line < height; line++) {
    s += bar;
    for (let i = 0; i < wrapped.length; i++) {
      const w = wrapped[i]!;
      const k = top ? line : line - (height - w.length);
      s += " " + (w[k] ?? " ".repeat(widths[i]!)) + " " + bar;
    }
    s += "\n";
  }
  return s;
};
/** A horizontal rule of the table: `l`, each column's width plus its padding in `fill`, `mid` between, `r`. */
const rule = (widths: readonly number[], l: string, fill: string, mid: string, r: string): string => {
  let s = l;
  for (let i = 0; i < widths.length; i++) s += (i > 0 ? mid : "") + fill.repeat(widths[i]! + 2);
  return s + r;
};
const total = (label: string, n: number): string => ` ${label}: ${grouped(n)} (${readableSize(n * BYTES_PER_PARAM)})`;

/**
 * A count with thousands separators, as `toLocaleString("en-US")` writes it (`25,636,712`), without
 * asking the locale library once a row (which was a measurable part of a summary's time).
 */
const grouped = (n: number): string => {
  if (!(Number.isSafeInteger(n) && n >= 0)) return n.toLocaleString("en-US");
  const digits = String(n);
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += "," + digits.slice(i, i + 3);
  return out;
};

/**
 * Column text widths: Keras asks rich for `int(position * lineLength)` minus the previous edge; rich
 * then takes back the padding and borders (3 per column plus 1), which for these column counts comes
 * down to fixed amounts per column.
 */
const textWidths = (positions: readonly number[], lineLength: number): number[] => {
  const widths = columnWidths(positions, lineLength);
  if (widths.some((w) => w < 4)) {
    // Keras's own sentence first, then the width from which every width works (16 for three columns,
    // 21 for four: the rounding lets 19 work for four columns, but not 20).
    let min = MAX_LINE_LENGTH;
    while (min > 1 && columnWidths(positions, min - 1).every((w) => w >= 4)) min--;
    fail(tooNarrow(String(lineLength), String(min)));
  }
  const reduce = positions.length === 3 ? [3, 4, 3] : [3, 3, 4, 3];
  return widths.map((w, i) => w - reduce[i]!);
};
const columnWidths = (positions: readonly number[], lineLength: number): number[] => {
  let edge = 0;
  return positions.map((p) => {
    const w = Math.floor(p * lineLength) - edge;
    edge += w;
    return w;
  });
};

/**
 * Wraps text as rich does: only at white space; a word longer than the line is cut to `…`; then pads
 * (or right-aligns) each line to the width.
 */
const wrap = (text: string, ascii: boolean, width: number, alignRight: boolean): string[] => {
  // Printable ASCII (nearly every cell; `ascii` says whether `text` is) takes one column a character: it
  // is measured by its length and cut by slicing, which is what displayWidth and truncateToWidth give it,
  // without testing each piece.
  if (ascii && text.length <= width) {
    // It fits: one line, the text itself, as the loop below would give it.
    const t = text.trimEnd();
    const pad = " ".repeat(width - t.length);
    return [alignRight ? pad + t : t + pad];
  }
  if (ascii) return wrapAscii(text, width, alignRight);
  const lines: string[] = [];
  let current = "";
  for (const word of text.match(WORDS) ?? [""]) {
    if (current !== "" && measure(current, ascii) + measure(word.trimEnd(), ascii) > width) {
      lines.push(current);
      current = word.trimStart();
    } else current += word;
  }
  lines.push(current);
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trimEnd();
    const short = measure(t, ascii) > width ? truncateToWidth(t, width - 1) : undefined;
    const cut = short === undefined ? t : short + "…";
    // A cut ASCII text is its length plus the one column of "…" (measuring it with "…" segmented it, the summary's top cost).
    const cutWidth = short !== undefined && (ascii || isPrintableAscii(short)) ? short.length + 1 : displayWidth(cut);
    const pad = " ".repeat(Math.max(0, width - cutWidth));
    lines[i] = alignRight ? pad + cut : cut + pad;
  }
  return lines;
};
/** The pieces rich wraps at: a word with the white space around it. */
const WORDS = /\s*\S+\s*/g;
/**
 * `wrap` of printable ASCII that does not fit: the same words (spaces, a run of non-spaces, spaces, as
 * WORDS matches them), lines and cuts, found by scanning the text. A line is always one stretch of the
 * text, so it is sliced once, not built word by word (on a four-column summary of a long model, nearly
 * every cell wraps, and the matched words and joined lines were a third of what its summary allocated).
 */
const wrapAscii = (text: string, width: number, alignRight: boolean): string[] => {
  const lines: string[] = [];
  const n = text.length;
  let start = 0; // of the current line
  let end = 0; // of the current line, its last word's spaces included
  for (let i = 0; i < n; ) {
    const word = i;
    while (i < n && text.charCodeAt(i) === 32) i++;
    const firstChar = i;
    while (i < n && text.charCodeAt(i) !== 32) i++;
    if (i === firstChar) break; // only spaces: no word
    const lastChar = i;
    while (i < n && text.charCodeAt(i) === 32) i++;
    if (end > start && end - start + (lastChar - word) > width) {
      lines.push(line(text, start, end, width, alignRight));
      start = firstChar;
    }
    end = i;
  }
  lines.push(line(text, start, end, width, alignRight));
  return lines;
};
/** One line of `wrapAscii`: `text` from `start` to `end`, its trailing spaces dropped, cut with "…" or padded to `width`. */
const line = (text: string, start: number, end: number, width: number, alignRight: boolean): string => {
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  if (end - start > width) return text.slice(start, start + Math.max(0, width - 1)) + "…"; // (a column can be 0 wide)
  const pad = " ".repeat(width - (end - start));
  const t = text.slice(start, end);
  return alignRight ? pad + t : t + pad;
};
/** Display width: printable ASCII is one column a character. */
const measure = (s: string, ascii: boolean): number => (ascii ? s.length : displayWidth(s));

/** Bytes as Keras shows them: `180.00 B`, `1.00 KB` (1024-based), two decimals rounded half to even as Python does. */
export const readableSize = (bytes: number): string => {
  let size = bytes;
  for (const unit of ["B", "KB", "MB", "GB", "TB"]) {
    if (size / 1024 < 1) return `${toFixed2(size)} ${unit}`;
    size /= 1024;
  }
  return `${toFixed2(size)} PB`;
};

/** Python's `{:.2f}`: an exact tie rounds to the even digit (1.125 -> 1.12), unlike `toFixed`. */
const toFixed2 = (x: number): string => {
  const scaled = x * 100;
  const floor = Math.floor(scaled);
  const diff = scaled - floor;
  const n = diff > 0.5 || (diff === 0.5 && floor % 2 === 1) ? floor + 1 : floor;
  return (n / 100).toFixed(2);
};
