/** Simplified Chinese texts the analysis returns: refusals of impossible inputs. */
export const analysisZh = {
  gridCellNotPositive: '格网边长应为正数（米），实际为 {metres}',
} as const;
