import type { Case } from "../cases.js";

/** Cases of the conv layers: see ../cases.ts. */
export const convCases: readonly Case[] = [];
