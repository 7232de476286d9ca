/**
 * Every Simplified Chinese text of the atlas, the default language: one section a file, each a
 * plain object that imports nothing, so that any layer can name a key as a type.
 *
 * A new feature adds its own section (`zh-CN/<feature>.ts` and `en/<feature>.ts`) and spreads it
 * here and in `en/index.ts`; a test fails when two sections share a key.
 */
import { analysisZh } from './analysis.ts';
import { cliZh } from './cli.ts';
import { commonZh } from './common.ts';
import { contextZh } from './context.ts';
import { documentsZh } from './documents.ts';
import { hardeningZh } from './hardening.ts';
import { importFlowZh } from './import-flow.ts';
import { interfaceZh } from './interface.ts';
import { ioBoundaryZh } from './io-boundary.ts';
import { ioPopulationZh } from './io-population.ts';
import { ioProjectZh } from './io-project.ts';
import { ioRosterZh } from './io-roster.ts';
import { ioTableZh } from './io-table.ts';
import { optimiseZh } from './optimise.ts';
import { printZh } from './print.ts';
import { publishZh } from './publish.ts';
import { readersZh } from './readers.ts';
import { rulesZh } from './rules.ts';
import { screensZh } from './screens.ts';
import { seatsZh } from './seats.ts';
import { storeZh } from './store.ts';
import { travelZh } from './travel.ts';
import { vocabularyZh } from './vocabulary.ts';

/** Sections by name, so the key test can see each one. */
export const zhCNSections = {
  interface: interfaceZh,
  print: printZh,
  hardening: hardeningZh,
  documents: documentsZh,
  common: commonZh,
  rules: rulesZh,
  screens: screensZh,
  ioTable: ioTableZh,
  vocabulary: vocabularyZh,
  ioRoster: ioRosterZh,
  ioBoundary: ioBoundaryZh,
  ioPopulation: ioPopulationZh,
  ioProject: ioProjectZh,
  store: storeZh,
  analysis: analysisZh,
  travel: travelZh,
  optimise: optimiseZh,
  publish: publishZh,
  cli: cliZh,
  seats: seatsZh,
  readers: readersZh,
  context: contextZh,
  importFlow: importFlowZh,
} as const;

export const zhCN = {
  ...interfaceZh,
  ...printZh,
  ...hardeningZh,
  ...documentsZh,
  ...commonZh,
  ...rulesZh,
  ...screensZh,
  ...ioTableZh,
  ...vocabularyZh,
  ...ioRosterZh,
  ...ioBoundaryZh,
  ...ioPopulationZh,
  ...ioProjectZh,
  ...storeZh,
  ...analysisZh,
  ...publishZh,
  ...cliZh,
  ...seatsZh,
  ...travelZh,
  ...optimiseZh,
  ...readersZh,
  ...contextZh,
  ...importFlowZh,
} as const;

/** Every text key, in every language. */
export type MessageKey = keyof typeof zhCN;
/** A full set of texts in one language. */
export type Messages = Record<MessageKey, string>;
