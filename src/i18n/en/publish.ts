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
  publishFileUnreadable:
    'The published data {file} could not be read ({problem}); check the server or reload later',
  publishProjectMissing: 'The published data lacks {file}; publish again',
  publishProjectTooLarge:
    '{file} is about {megabytes} MB, above the {limit} MB limit; reduce the data (population points, reference layers) and publish again',
  publishZipTooLarge:
    'Too many or too large files to pack ({files} files, about {megabytes} MB) for a ZIP file',
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
  publishViewerWhatIf:
    'In a published atlas, candidate sites, site suggestions and consolidation proposals are what-ifs: they are not saved and are gone when the page is closed or reloaded; to keep them, choose "Edit a copy" to make a local copy',
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
  publishOpen: 'Publish the atlas…',
  publishOpenHint:
    'Pack the current data with the app, for the office intranet server or a USB stick, so everyone opens the same data',
  publishDialogTitle: 'Publish the atlas',
  publishIntro:
    'Packs the current data together with the app into one ZIP file. Unzipped into a folder of the office web server (or onto a USB stick), everyone who opens that address sees this data, and copied links point to it; the pages are for viewing, not editing.',
  publishTitleLabel: 'Title',
  publishUnitLabel: 'Publishing unit',
  publishTitleDefault: '{district} school layout atlas',
  publishUnitDefault: '{district} Education Bureau',
  publishSampleWarning: 'The roster is sample data; the published pages will still say so.',
  publishButton: 'Make the package (ZIP)',
  publishCollecting: 'Collecting the app files ({done}/{total})…',
  publishDone:
    'Made {file} ({files} files, {megabytes} MB), data of {date}. Unzip it and follow its README.txt to deploy.',
  publishFailed: 'The package could not be made: {problem}',
  publishAppFilesMissing:
    'The list of app files {file} is missing: only a built app (npm run build) can publish',
  publishAppFileFailed: 'The app file {file} could not be read ({problem})',
  publishZipFileWord: 'publication',
  publishReadmeFile: 'README.txt',
  publishReadme:
    '{title}\r\nPublished by: {unit}\r\nData of: {date} (id {id})\r\n\r\n1. On a web server\r\nCopy every file of this folder into a folder of any static web server (nginx, IIS …, see docs/DEPLOY.md of the app) and open its address in a browser. No database and no internet are needed.\r\n\r\n2. On this computer\r\nBrowsers do not let a page opened from a local folder (file://) read its data, so double-clicking index.html does not open the data. In this folder:\r\n- Windows: double-click serve.cmd (a web site for this computer only, with the PowerShell that Windows includes; it opens http://localhost:8000/), and keep its window open while you use the atlas\r\n- Linux, macOS: run sh serve.sh (needs python3), then open http://127.0.0.1:8000/\r\n\r\n3. Updating the data\r\nPublish again with the new data and replace the whole folder with the new one (publishing from the command line into the same folder does this itself and keeps the old one as a dated copy).\r\n',
  publishStartupNote:
    'Opening the School Layout Atlas… If this stays: browsers do not run the app opened from a local folder (index.html double-clicked); run serve.cmd (Windows) or serve.sh in the folder, as its README.txt says.',
  publishCliWritten: 'Published to {folder}: {schools} schools, data of {date}, id {id}',
  publishCliPrevious: 'The previous publication is kept as {folder}',
  publishCliBuilding: '{dist} holds no built app; building it (npm run build)…',
  publishCliNoBuild: '{dist} holds no built app and building it failed ({problem}); run npm run build first',
  publishCliNotPublication:
    '{folder} exists but is not a published folder (it has no data/atlas-data.json); nothing was published, so as not to overwrite other files. Choose a new folder or one published before',
  publishCliFailed: 'Publishing failed: {problem}',
};
