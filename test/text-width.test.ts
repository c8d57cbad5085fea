/**
 * The summary's column widths come from `displayWidth` (src/core/text-width.ts), a small hand-written
 * function: the core has no runtime dependency. Here the well-kept `string-width` package (a
 * devDependency only) is its oracle: on a corpus of the scripts and emoji names may hold, both must
 * agree cluster by cluster and string by string.
 */
import stringWidth from "string-width";
import { expect, test } from "vitest";
import { clusters, displayWidth, escapeControls, truncateToWidth } from "../src/core/text-width.js";

const corpus: readonly string[] = [
  // ASCII, Latin, Greek, Cyrillic
  "dense_1", "Layer (type)", "café", "naïve", "Ωμέγα", "Привет", "ß", "ﬁ",
  // combining accents (decomposed), stacked marks, Zalgo
  "e\u0301", "cafe\u0301", "a\u0300\u0301\u0302", "Z\u0351\u0352\u0353a\u0354l\u0355g\u0356o", "n\u0303o",
  // CJK, kana, Hangul syllables and jamo, fullwidth and halfwidth forms
  "漢字", "日本語の層", "ひらがな", "カタカナ", "ｶﾀｶﾅ", "ｶﾞ", "한국어", "\u1100\u1161\u11A8", "\u1100\u1161", "ＡＢＣ１２３", "！？", "｡｢｣",
  "中文 mixed with ASCII", "\u3000", "〜",
  // emoji: presentation, text-default with and without VS16, skin tones, ZWJ families, flags, keycaps
  "😀", "🧠", "👍🏽", "☺", "☺\uFE0F", "❤", "❤\uFE0F", "👩\u200D👩\u200D👧\u200D👦", "🧑\u200D💻", "🏳\uFE0F\u200D🌈", "🇫🇷", "🇯🇵🇺🇸", "1\uFE0F\u20E3", "#\u20E3",
  "🦾🤖 layer", "model_🚀_v2",
  // zero-width and format characters, soft hyphen, word joiner, BOM
  "a\u200Bb", "a\u200Db", "\u2060", "\uFEFF", "a\u00ADb", "\u200E\u200F",
  // other scripts: Devanagari with spacing marks, Thai, Arabic, Hebrew
  "नमस्ते", "कि", "ภาษาไทย", "مرحبا", "שלום",
  // controls (escaped before printing; measured as zero by both)
  "\u0007", "\u001b",
];

test.each(corpus)("displayWidth(%j) agrees with string-width", (s) => {
  expect(displayWidth(s)).toBe(stringWidth(s));
  for (const c of clusters(s)) expect(displayWidth(c)).toBe(stringWidth(c));
});

test("the corpus holds every kind of width: 0, 1 and 2 columns a cluster", () => {
  const widths = new Set(corpus.flatMap((s) => clusters(s).map(displayWidth)));
  expect([...widths].sort()).toEqual([0, 1, 2]);
});

test("truncateToWidth cuts between grapheme clusters, never inside one", () => {
  expect(truncateToWidth("👩\u200D👩\u200D👧\u200D👦abc", 1)).toBe("");
  expect(truncateToWidth("👩\u200D👩\u200D👧\u200D👦abc", 3)).toBe("👩\u200D👩\u200D👧\u200D👦a");
  expect(truncateToWidth("漢字漢字", 3)).toBe("漢");
  expect(truncateToWidth("cafe\u0301s", 4)).toBe("cafe\u0301");
  expect(truncateToWidth("🇫🇷🇯🇵", 3)).toBe("🇫🇷");
});

test("escapeControls prints control characters as escapes, and leaves the rest", () => {
  expect(escapeControls("a\nb\rc\td")).toBe("a\\nb\\rc\\td");
  expect(escapeControls("x\u001b[31my\u0000")).toBe("x\\u001b[31my\\u0000");
  expect(escapeControls("rtl\u202Eevil\u2028")).toBe("rtl\\u202eevil\\u2028");
  expect(escapeControls("漢字 😀 café")).toBe("漢字 😀 café");
});
