/** English texts of the store: refused edits, background work, saving in the browser. */
import type { storeZh } from '../zh-CN/store.ts';

export const storeEn: Record<keyof typeof storeZh, string> = {
  workerFailed: 'The background computation failed',
  schoolCodeTaken: 'School code {code} is already in use',
  candidateUnknown: 'There is no candidate site {id}',
  storageFull:
    'The browser’s storage is full and the changes were not saved; please export a project backup and free some browser storage',
  storageRefused:
    'The browser does not allow saving (perhaps a private window); changes will be lost when the page closes, so please export a project backup',
  storageFailed: 'The changes could not be saved in the browser: {problem}',
};
