import type { readersOnDemandZh } from '../../zh-CN/on-demand/readers.ts';

/**
 * English texts of the readers' limits, with the keys of `zh-CN/readers.ts`.
 *
 * The part of this section that only the screens loaded on demand show (`lazyScreen`).
 */
export const readersOnDemandEn: Record<keyof typeof readersOnDemandZh, string> = {
  coveragePairsOverLimit:
    'at this service radius and candidate spacing, candidates and population points would form about {pairs} covering pairs, over the limit of {limit} (about {megabytes} MB of memory); use a larger candidate spacing, a smaller radius, or search fewer townships',
  zipEntryTooLarge:
    '{name} in the archive expands to {megabytes} MB, over the {limit} MB limit for one file; remove what is not needed, or split it into several files, and import again',
  zipTotalTooLarge:
    'the files to read in the archive expand to {megabytes} MB in all, over the {limit} MB limit; zip only the files to import, or split them into several archives',
  zipEntryLargerThanDeclared:
    '{name} in the archive expands beyond the size the archive declares ({declared} bytes), so unzipping was stopped; the file may be damaged or crafted: check where it came from',
  zipEntryCorrupt: '{name} in the archive is damaged and cannot be unzipped',
  workbookNoData: 'the file is empty',
  workbookStructureBroken:
    'the workbook’s inner structure is wrong (made by non-standard software, or damaged); open it in Excel or WPS, save it as .xlsx and import again',
  workbookReadFailed:
    'reading it failed, the file may be damaged; open it in Excel or WPS, save it as .xlsx and import again',
  jsonTooDeep:
    '{file} nests arrays or objects more than {limit} levels deep, which no real data file does; it may be damaged or crafted and was not read. Check where it came from, or export it again from the mapping software',
};
