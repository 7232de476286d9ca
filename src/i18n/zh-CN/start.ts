/**
 * The texts of the start, in Simplified Chinese: every key that code the browser may run before
 * a screen loaded on demand is opened can name (the start screen, the store, io, map, the
 * workers). Part of the start chunk.
 */

import { analysisZh } from './analysis.ts';
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
import { printZh } from './print.ts';
import { publishZh } from './publish.ts';
import { readersZh } from './readers.ts';
import { rulesZh } from './rules.ts';
import { screensZh } from './screens.ts';
import { seatsZh } from './seats.ts';
import { storeZh } from './store.ts';
import { travelZh } from './travel.ts';
import { vocabularyZh } from './vocabulary.ts';

/** This part's sections by name, for the catalogues' tests. */
export const zhCNStartSections = {
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
  publish: publishZh,
  seats: seatsZh,
  travel: travelZh,
  readers: readersZh,
  context: contextZh,
  importFlow: importFlowZh,
} as const;

export const zhCNStart = {
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
  ...seatsZh,
  ...travelZh,
  ...readersZh,
  ...contextZh,
  ...importFlowZh,
} as const;
