/**
 * How many terminal columns a string takes, for tables (summary()). Zero runtime dependencies: the
 * rules are those terminals follow, and test/text-width.test.ts checks them against the `string-width`
 * package on a corpus.
 *
 * - Text is taken one grapheme cluster at a time (`Intl.Segmenter`): a letter and its combining
 *   accents, an emoji ZWJ sequence, a flag, a Hangul syllable of jamo are each one unit, never cut.
 * - A cluster of nothing visible (combining marks, zero-width joiners and other format characters,
 *   default-ignorable and control characters) takes 0 columns.
 * - An emoji cluster shown as an emoji (`\p{RGI_Emoji}`, keycaps, ZWJ sequences) takes 2.
 * - Otherwise the first visible character decides: East Asian Wide or Fullwidth (CJK, Hangul,
 *   fullwidth forms, emoji presentation) takes 2, anything else 1; a spacing mark or a halfwidth or
 *   fullwidth form later in the cluster adds its own width.
 */

/** East Asian Width W and F, as inclusive [first, last] pairs of code points (Unicode 17). */
// prettier-ignore
const wide = [
  0x1100, 0x115f, 0x231a, 0x231b, 0x2329, 0x232a, 0x23e9, 0x23ec, 0x23f0, 0x23f0, 0x23f3, 0x23f3,
  0x25fd, 0x25fe, 0x2614, 0x2615, 0x2630, 0x2637, 0x2648, 0x2653, 0x267f, 0x267f, 0x268a, 0x268f,
  0x2693, 0x2693, 0x26a1, 0x26a1, 0x26aa, 0x26ab, 0x26bd, 0x26be, 0x26c4, 0x26c5, 0x26ce, 0x26ce,
  0x26d4, 0x26d4, 0x26ea, 0x26ea, 0x26f2, 0x26f3, 0x26f5, 0x26f5, 0x26fa, 0x26fa, 0x26fd, 0x26fd,
  0x2705, 0x2705, 0x270a, 0x270b, 0x2728, 0x2728, 0x274c, 0x274c, 0x274e, 0x274e, 0x2753, 0x2755,
  0x2757, 0x2757, 0x2795, 0x2797, 0x27b0, 0x27b0, 0x27bf, 0x27bf, 0x2b1b, 0x2b1c, 0x2b50, 0x2b50,
  0x2b55, 0x2b55, 0x2e80, 0x2e99, 0x2e9b, 0x2ef3, 0x2f00, 0x2fd5, 0x2ff0, 0x303e, 0x3041, 0x3096,
  0x3099, 0x30ff, 0x3105, 0x312f, 0x3131, 0x318e, 0x3190, 0x31e5, 0x31ef, 0x321e, 0x3220, 0x3247,
  0x3250, 0xa48c, 0xa490, 0xa4c6, 0xa960, 0xa97c, 0xac00, 0xd7a3, 0xf900, 0xfaff, 0xfe10, 0xfe19,
  0xfe30, 0xfe52, 0xfe54, 0xfe66, 0xfe68, 0xfe6b, 0xff01, 0xff60, 0xffe0, 0xffe6, 0x16fe0, 0x16fe4,
  0x16ff0, 0x16ff6, 0x17000, 0x18cda, 0x18cff, 0x18d20, 0x18d80, 0x18df2, 0x18e00, 0x19191,
  0x191a0, 0x191d2, 0x1aff0, 0x1aff3, 0x1aff5, 0x1affb, 0x1affd, 0x1affe, 0x1b000, 0x1b128,
  0x1b132, 0x1b132, 0x1b150, 0x1b152, 0x1b155, 0x1b155, 0x1b164, 0x1b168, 0x1b170, 0x1b2fb,
  0x1d300, 0x1d356, 0x1d360, 0x1d376, 0x1f004, 0x1f004, 0x1f0cf, 0x1f0cf, 0x1f18e, 0x1f18e,
  0x1f191, 0x1f19a, 0x1f1ae, 0x1f1ae, 0x1f200, 0x1f202, 0x1f210, 0x1f23b, 0x1f240, 0x1f248,
  0x1f250, 0x1f251, 0x1f260, 0x1f265, 0x1f300, 0x1f320, 0x1f32d, 0x1f335, 0x1f337, 0x1f37c,
  0x1f37e, 0x1f393, 0x1f3a0, 0x1f3ca, 0x1f3cf, 0x1f3d3, 0x1f3e0, 0x1f3f0, 0x1f3f4, 0x1f3f4,
  0x1f3f8, 0x1f43e, 0x1f440, 0x1f440, 0x1f442, 0x1f4fc, 0x1f4ff, 0x1f53d, 0x1f54b, 0x1f54e,
  0x1f550, 0x1f567, 0x1f57a, 0x1f57a, 0x1f595, 0x1f596, 0x1f5a4, 0x1f5a4, 0x1f5fb, 0x1f64f,
  0x1f680, 0x1f6c5, 0x1f6cc, 0x1f6cc, 0x1f6d0, 0x1f6d2, 0x1f6d5, 0x1f6d9, 0x1f6dc, 0x1f6df,
  0x1f6eb, 0x1f6ec, 0x1f6f4, 0x1f6fc, 0x1f7da, 0x1f7da, 0x1f7e0, 0x1f7eb, 0x1f7f0, 0x1f7f0,
  0x1f90c, 0x1f93a, 0x1f93c, 0x1f945, 0x1f947, 0x1f9ff, 0x1fa70, 0x1fa7c, 0x1fa80, 0x1fac6,
  0x1fac8, 0x1fac8, 0x1facc, 0x1fadd, 0x1fadf, 0x1faeb, 0x1faef, 0x1fafa, 0x20000, 0x2fffd,
  0x30000, 0x3fffd,
];

/** Whether code point `c` is East Asian Wide or Fullwidth: a binary search of `wide`. */
const isWide = (c: number): boolean => {
  if (c < 0x1100) return false;
  let lo = 0;
  let hi = wide.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (c < wide[2 * mid]!) hi = mid - 1;
    else if (c > wide[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
};

const segmenter = new Intl.Segmenter();
/** A visible character: not ignorable, control, format, non-spacing or enclosing mark, nor lone surrogate. */
const visible = /[^\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]/u;
const spacingMark = /\p{Spacing_Mark}/u;
// Built at run time: the `v` flag (sets of strings) is newer than the compilers' oldest target.
const rgiEmoji = new RegExp("^\\p{RGI_Emoji}$", "v");
const keycap = /^[\d#*]\uFE0F?\u20E3$/u;
const pictographic = /\p{Extended_Pictographic}/gu;

/** The columns one grapheme cluster takes: 0, 1 or 2 (a few more for a cluster of several spacing parts). */
export const clusterWidth = (cluster: string): number => {
  const start = cluster.search(visible);
  if (start === -1) return 0;
  if (rgiEmoji.test(cluster) || keycap.test(cluster)) return 2;
  if (cluster.length <= 50 && cluster.includes("\u200D") && (cluster.match(pictographic)?.length ?? 0) >= 2) return 2;
  const chars = Array.from(cluster.slice(start));
  // Hangul jamo: a leading consonant and a vowel (and a trailing consonant) make one wide syllable.
  if (isLeadingJamo(chars[0]!.codePointAt(0)!)) {
    let w = 0;
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i]!.codePointAt(0)!;
      if (!visible.test(chars[i]!)) continue;
      if (isLeadingJamo(c) && isVowelJamo(chars[i + 1]?.codePointAt(0))) {
        w += 2;
        i += isTrailingJamo(chars[i + 2]?.codePointAt(0)) ? 2 : 1;
      } else w += isWide(c) ? 2 : 1;
    }
    return w;
  }
  let w = isWide(chars[0]!.codePointAt(0)!) ? 2 : 1;
  for (const ch of chars.slice(1))
    if (spacingMark.test(ch) || (ch >= "\uFF00" && ch <= "\uFFEF")) w += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return w;
};
const isLeadingJamo = (c: number | undefined): boolean =>
  c !== undefined && ((c >= 0x1100 && c <= 0x115f) || (c >= 0xa960 && c <= 0xa97c));
const isVowelJamo = (c: number | undefined): boolean =>
  c !== undefined && ((c >= 0x1160 && c <= 0x11a7) || (c >= 0xd7b0 && c <= 0xd7c6));
const isTrailingJamo = (c: number | undefined): boolean =>
  c !== undefined && ((c >= 0x11a8 && c <= 0x11ff) || (c >= 0xd7cb && c <= 0xd7fb));

/** The grapheme clusters of `s`. */
export const clusters = (s: string): string[] => Array.from(segmenter.segment(s), (x) => x.segment);

/** Whether `s` is printable ASCII, which takes one column a character: its width is its length. */
export const isPrintableAscii = (s: string): boolean => /^[\x20-\x7e]*$/.test(s);

/** The columns `s` takes in a terminal. */
export const displayWidth = (s: string): number => {
  if (isPrintableAscii(s)) return s.length; // one column each
  let w = 0;
  for (const c of clusters(s)) w += clusterWidth(c);
  return w;
};

/** The longest start of `s` that fits in `width` columns, cut between grapheme clusters. */
export const truncateToWidth = (s: string, width: number): string => {
  if (isPrintableAscii(s)) return s.slice(0, Math.max(0, width)); // one column each (segmenting it was the summary's top cost)
  let out = "";
  let w = 0;
  for (const c of clusters(s)) {
    const cw = clusterWidth(c);
    if (w + cw > width) break;
    out += c;
    w += cw;
  }
  return out;
};

/**
 * `s` with the characters that would break a table printed escaped: control characters (`\n` as the
 * two characters \n, others as `\u001b`), line and paragraph separators, and the bidirectional
 * controls that would reorder the rest of the line.
 */
export const escapeControls = (s: string): string =>
  isPrintableAscii(s) // nearly every name: no control to escape, without the slower Unicode pattern
    ? s
    : s.replace(/[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu, (c) =>
    c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "\t" ? "\\t" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
