import type { publishOnDemandZh } from '../../zh-CN/on-demand/publish.ts';

/**
 * English texts of publishing the atlas: the keys of `zh-CN/publish.ts`.
 *
 * The part of this section that only the screens loaded on demand show (`lazyScreen`).
 */
export const publishOnDemandEn: Record<keyof typeof publishOnDemandZh, string> = {
  publishViewerWhatIf:
    'In a published atlas, candidate sites, site suggestions and consolidation proposals are what-ifs: they are not saved and are gone when the page is closed or reloaded; to keep them, choose "Edit a copy" to make a local copy',
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
  publishZipFileWord: 'publication',
  publishReadmeFile: 'README.txt',
  publishReadme:
    '{title}\r\nPublished by: {unit}\r\nData of: {date} (id {id})\r\n\r\n1. On a web server\r\nCopy every file of this folder into a folder of any static web server (nginx, IIS …, see docs/DEPLOY.md of the app) and open its address in a browser. No database and no internet are needed.\r\n\r\n2. On this computer\r\nBrowsers do not let a page opened from a local folder (file://) read its data, so double-clicking index.html does not open the data. In this folder:\r\n- Windows: double-click serve.cmd (a web site for this computer only, with the PowerShell that Windows includes; it opens http://localhost:8000/), and keep its window open while you use the atlas\r\n- Linux, macOS: run sh serve.sh (needs python3), then open http://127.0.0.1:8000/\r\n\r\n3. Updating the data\r\nPublish again with the new data and replace the whole folder with the new one (publishing from the command line into the same folder does this itself and keeps the old one as a dated copy).\r\n',
  publishFileUnreadable:
    'The published data {file} could not be read ({problem}); check the server or reload later',
  publishProjectMissing: 'The published data lacks {file}; publish again',
  publishProjectTooLarge:
    '{file} is about {megabytes} MB, above the {limit} MB limit; reduce the data (population points, reference layers) and publish again',
  publishZipTooLarge:
    'Too many or too large files to pack ({files} files, about {megabytes} MB) for a ZIP file',
  publishAppFileFailed: 'The app file {file} could not be read ({problem})',
};
