/**
 * The texts only the command line writes, in Simplified Chinese: never part of the app.
 */

import { cliCommandLineZh } from './cli.ts';
import { contextCommandLineZh } from './context.ts';
import { importFlowCommandLineZh } from './import-flow.ts';
import { optimiseCommandLineZh } from './optimise.ts';
import { publishCommandLineZh } from './publish.ts';
import { readersCommandLineZh } from './readers.ts';
import { seatsCommandLineZh } from './seats.ts';
import { travelCommandLineZh } from './travel.ts';

/** This part's sections by name, for the catalogues' tests. */
export const commandLineZhSections = {
  publishCommandLine: publishCommandLineZh,
  cliCommandLine: cliCommandLineZh,
  seatsCommandLine: seatsCommandLineZh,
  travelCommandLine: travelCommandLineZh,
  optimiseCommandLine: optimiseCommandLineZh,
  readersCommandLine: readersCommandLineZh,
  contextCommandLine: contextCommandLineZh,
  importFlowCommandLine: importFlowCommandLineZh,
} as const;

export const commandLineZh = {
  ...publishCommandLineZh,
  ...cliCommandLineZh,
  ...seatsCommandLineZh,
  ...travelCommandLineZh,
  ...optimiseCommandLineZh,
  ...readersCommandLineZh,
  ...contextCommandLineZh,
  ...importFlowCommandLineZh,
} as const;
