/** Simplified Chinese texts of the import flow: likely duplicates, strict backup checks, the CLI's boundary input. */
export const importFlowZh = {} as const;
