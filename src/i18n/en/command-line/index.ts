/** The texts only the command line writes, in English: the keys of `zh-CN/command-line/index.ts`. */
import type { commandLineZh } from '../../zh-CN/command-line/index.ts';
import { cliCommandLineEn } from './cli.ts';
import { contextCommandLineEn } from './context.ts';
import { importFlowCommandLineEn } from './import-flow.ts';
import { optimiseCommandLineEn } from './optimise.ts';
import { publishCommandLineEn } from './publish.ts';
import { readersCommandLineEn } from './readers.ts';
import { seatsCommandLineEn } from './seats.ts';
import { travelCommandLineEn } from './travel.ts';

/** This part's sections by name, matching the Chinese. */
export const commandLineEnSections = {
  publishCommandLine: publishCommandLineEn,
  cliCommandLine: cliCommandLineEn,
  seatsCommandLine: seatsCommandLineEn,
  travelCommandLine: travelCommandLineEn,
  optimiseCommandLine: optimiseCommandLineEn,
  readersCommandLine: readersCommandLineEn,
  contextCommandLine: contextCommandLineEn,
  importFlowCommandLine: importFlowCommandLineEn,
} as const;

export const commandLineEn: Record<keyof typeof commandLineZh, string> = {
  ...publishCommandLineEn,
  ...cliCommandLineEn,
  ...seatsCommandLineEn,
  ...travelCommandLineEn,
  ...optimiseCommandLineEn,
  ...readersCommandLineEn,
  ...contextCommandLineEn,
  ...importFlowCommandLineEn,
};
