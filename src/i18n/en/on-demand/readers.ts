import type { readersOnDemandZh } from '../../zh-CN/on-demand/readers.ts';

/**
 * English texts of the readers' limits, with the keys of `zh-CN/readers.ts`.
 *
 * The part of this section that only the screens loaded on demand show (`lazyScreen`).
 */
export const readersOnDemandEn: Record<keyof typeof readersOnDemandZh, string> = {
  coveragePairsOverLimit:
    'at this service radius and candidate spacing, candidates and population points would form about {pairs} covering pairs, over the limit of {limit} (about {megabytes} MB of memory); use a larger candidate spacing, a smaller radius, or search fewer townships',
};
