/** The texts of the start, in English: the keys of `zh-CN/start.ts`. */
import type { zhCNStart } from '../zh-CN/start.ts';
import { analysisEn } from './analysis.ts';
import { commonEn } from './common.ts';
import { contextEn } from './context.ts';
import { documentsEn } from './documents.ts';
import { hardeningEn } from './hardening.ts';
import { importFlowEn } from './import-flow.ts';
import { interfaceEn } from './interface.ts';
import { ioBoundaryEn } from './io-boundary.ts';
import { ioPopulationEn } from './io-population.ts';
import { ioProjectEn } from './io-project.ts';
import { ioRosterEn } from './io-roster.ts';
import { ioTableEn } from './io-table.ts';
import { printEn } from './print.ts';
import { publishEn } from './publish.ts';
import { readersEn } from './readers.ts';
import { rulesEn } from './rules.ts';
import { screensEn } from './screens.ts';
import { seatsEn } from './seats.ts';
import { storeEn } from './store.ts';
import { travelEn } from './travel.ts';
import { vocabularyEn } from './vocabulary.ts';

/** This part's sections by name, matching the Chinese. */
export const enStartSections = {
  interface: interfaceEn,
  print: printEn,
  hardening: hardeningEn,
  documents: documentsEn,
  common: commonEn,
  rules: rulesEn,
  screens: screensEn,
  ioTable: ioTableEn,
  vocabulary: vocabularyEn,
  ioRoster: ioRosterEn,
  ioBoundary: ioBoundaryEn,
  ioPopulation: ioPopulationEn,
  ioProject: ioProjectEn,
  store: storeEn,
  analysis: analysisEn,
  publish: publishEn,
  seats: seatsEn,
  travel: travelEn,
  readers: readersEn,
  context: contextEn,
  importFlow: importFlowEn,
} as const;

export const enStart: Record<keyof typeof zhCNStart, string> = {
  ...interfaceEn,
  ...printEn,
  ...hardeningEn,
  ...documentsEn,
  ...commonEn,
  ...rulesEn,
  ...screensEn,
  ...ioTableEn,
  ...vocabularyEn,
  ...ioRosterEn,
  ...ioBoundaryEn,
  ...ioPopulationEn,
  ...ioProjectEn,
  ...storeEn,
  ...analysisEn,
  ...publishEn,
  ...seatsEn,
  ...travelEn,
  ...readersEn,
  ...contextEn,
  ...importFlowEn,
};
