import type { publishCommandLineZh } from '../../zh-CN/command-line/publish.ts';

/**
 * English texts of publishing the atlas: the keys of `zh-CN/publish.ts`.
 *
 * The part of this section that only the command line writes.
 */
export const publishCommandLineEn: Record<keyof typeof publishCommandLineZh, string> = {
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
