import type { analysisOnDemandZh } from '../../zh-CN/on-demand/analysis.ts';

/**
 * English texts the analysis returns: refusals of impossible inputs.
 *
 * The part of this section that only the screens loaded on demand show (`lazyScreen`).
 */
export const analysisOnDemandEn: Record<keyof typeof analysisOnDemandZh, string> = {
  gridSpacingNotPositive: 'The candidate grid spacing should be a positive number of metres, not {spacing}',
  gridSpacingTooSmall:
    'A candidate grid spacing of {spacing} m is too small: it would make about {count} grid points; please choose a larger spacing',
  gridSpacingOverLimit:
    'A candidate grid spacing of {spacing} m is too small: the townships hold {count} grid points, more than the limit of {limit}; please choose a larger spacing',
};
