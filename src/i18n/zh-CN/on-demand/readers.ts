/**
 * Simplified Chinese texts of the readers' limits: archives that expand too far, files nested
 * too deep or too large to read, searches too large to run, and output files that cannot be
 * written.
 *
 * The part of this section that only the screens loaded on demand show (`lazyScreen`).
 */
export const readersOnDemandZh = {
  coveragePairsOverLimit:
    '按此服务半径与候选点间距，候选点与人口点的覆盖关系约有 {pairs} 对，超过 {limit} 对的上限（约需 {megabytes} MB 内存）；请加大候选点间距、减小服务半径，或只在部分乡镇中选址',
} as const;
