import type { Case } from "../cases.js";

/** Cases of the padding layers: see ../cases.ts. */
export const paddingCases: readonly Case[] = [];
