/** English texts of publishing the atlas: the keys of `zh-CN/publish.ts`. */
import type { publishZh } from '../zh-CN/publish.ts';

export const publishEn: Record<keyof typeof publishZh, string> = {
  // ISO 8601: 05/12/2026 reads as 5 December in Britain and May 12 in America.
  publishDay: '{date}',
  publishManifestNotJson: '{file} is not valid JSON: the published data cannot be opened; publish again',
  publishManifestNotManifest: '{file} is not a School Layout Atlas publication manifest; publish again',
  publishManifestTooNew:
    '{file} was published by a newer School Layout Atlas (format version {version}; this app reads up to {current}); publish again with the same version of the app',
  publishManifestFieldMissing: '{file} has a missing or wrong field: {field}; publish again',
  publishViewerReadOnly:
    'This is a published atlas and its data cannot be changed; to change it, choose "Edit a copy" to make a local copy',
  dataSetPublished: 'the publication of {date}',
  dataSetPublishedBy: 'the publication of {date} by {unit}',
  dataSetLocalElsewhere: 'the local data of the browser that made it',
  dataSetLocalHere: "this browser's local data",
  dataSetSample: 'the built-in sample data',
  dataSetCopy: "this browser's local copy (of the publication of {date})",
  linkDataSetDiffers: 'This link was made on {link}; you are seeing {current}.',
  linkNoticeDismiss: 'OK',
  publishedLine: 'Published · data of {date} ({unit})',
  publishedLineTitle: '{title}: data published by {unit}, for viewing only',
  copyLine: 'Local copy · of the publication of {date} ({unit})',
  copyLineTitle:
    'A local copy of the published data: changes are kept in this browser only and do not change the publication',
  publishEditCopy: 'Edit a copy',
  publishEditCopyTitle:
    'Make a local copy of the published data in this browser, to edit and import into; the publication stays as it is',
  publishContinueCopy: 'Continue the local copy',
  publishContinueCopyTitle: 'Open the local copy saved in this browser at {savedAt}',
  publishReplaceSaved:
    'This browser keeps saved data (saved at {savedAt}). Making a copy replaces it; export a project backup first. Continue?',
  publishReplaceConfirm: 'Replace and make a copy',
  publishReplaceCancel: 'Cancel',
  publishBackToPublished: 'Back to the publication',
};
