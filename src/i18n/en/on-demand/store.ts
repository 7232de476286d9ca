import type { storeOnDemandZh } from '../../zh-CN/on-demand/store.ts';

/**
 * English texts of the store: refused edits, background work, saving in the browser, the keys of `zh-CN/on-demand/store.ts`.
 *
 * The part of this section that only code loaded with the on-demand texts names (`lazyScreen`,
 * `withOnDemandTexts`).
 */
export const storeOnDemandEn: Record<keyof typeof storeOnDemandZh, string> = {
  importWorkerFailed: '{file}: reading failed ({problem})',
  schoolCodeUsed: 'Code {code} is used by another school',
};
