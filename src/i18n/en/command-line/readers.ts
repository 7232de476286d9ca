import type { readersCommandLineZh } from '../../zh-CN/command-line/readers.ts';

/**
 * English texts of the readers' limits, with the keys of `zh-CN/readers.ts`.
 *
 * The part of this section that only the command line writes.
 */
export const readersCommandLineEn: Record<keyof typeof readersCommandLineZh, string> = {
  outputUnwritable: 'cannot write {path}: {reason}. Choose a writable place and try again',
  outputFolderMissing: 'its folder does not exist',
  outputNoPermission: 'no permission to write there',
  outputIsFolder: 'it is a folder; give a file name',
  outputReadOnly: 'the disk is read-only',
  outputDiskFull: 'the disk is full',
  outputOtherError: 'system error {code}',
};
