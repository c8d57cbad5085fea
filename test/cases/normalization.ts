import type { Case } from "../cases.js";

/** Cases of the normalization layers: see ../cases.ts. */
export const normalizationCases: readonly Case[] = [];
