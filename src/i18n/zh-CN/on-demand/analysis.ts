/**
 * Simplified Chinese texts the analysis returns: refusals of impossible inputs.
 *
 * The part of this section that only the screens loaded on demand show (`lazyScreen`).
 */
export const analysisOnDemandZh = {
  gridSpacingNotPositive: '候选格网间距应为正数（米），实际为 {spacing}',
  gridSpacingTooSmall: '候选格网间距 {spacing} 米太小：将产生约 {count} 个格点，请加大间距',
  gridSpacingOverLimit:
    '候选格网间距 {spacing} 米太小：乡镇内有 {count} 个格点，超过 {limit} 个的上限，请加大间距',
} as const;
