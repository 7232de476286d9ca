/** English texts of the safeguards, the keys of `zh-CN/hardening.ts`. */
import type { hardeningZh } from '../zh-CN/hardening.ts';

export const hardeningEn: Record<keyof typeof hardeningZh, string> = {
  saveForeignNewer:
    'The work saved in this browser was written by a newer version of the atlas (data format version {version}; this version reads version {supported}), so the default data is shown. Autosave is paused so that this work is not overwritten: changes made on this page are not saved. Update the atlas and open it again, or export a project backup from the newer version.',
  saveForeignUnreadable:
    'The work saved in this browser cannot be read (it states no data format version, or it is incomplete), so the default data is shown. Autosave is paused so that it is not overwritten: changes made on this page are not saved.',
  saveForeignSavedAt: '(saved {time})',
  saveForeignDiscard: 'Discard that save and keep this page’s data…',
  saveForeignDiscardConfirm:
    'Discard the saved work this version cannot read? It cannot be recovered. To keep it, first export a project backup from the newer version that wrote it.',
  partFailed:
    'This part could not be shown; the rest of the page and the map still work, and the data is unaffected.',
  partFailedReason: 'Reason: {reason}',
  partRetry: 'Try again',
  partReload: 'Reload the page',
  outsideDistrictMetres: '{metres} m',
  outsideDistrictKilometres: '{kilometres} km',
};
