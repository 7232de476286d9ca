/** Every English text of the atlas, behind the language switch: the sections of `zh-CN/`, in English. */
import type { Messages } from '../zh-CN/index.ts';
import { analysisEn } from './analysis.ts';
import { cliEn } from './cli.ts';
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
import { optimiseEn } from './optimise.ts';
import { printEn } from './print.ts';
import { publishEn } from './publish.ts';
import { readersEn } from './readers.ts';
import { rulesEn } from './rules.ts';
import { screensEn } from './screens.ts';
import { seatsEn } from './seats.ts';
import { storeEn } from './store.ts';
import { travelEn } from './travel.ts';
import { vocabularyEn } from './vocabulary.ts';

/** Sections by name, matching `zhCNSections`. */
export const enSections = {
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
  travel: travelEn,
  optimise: optimiseEn,
  publish: publishEn,
  cli: cliEn,
  seats: seatsEn,
  readers: readersEn,
  context: contextEn,
  importFlow: importFlowEn,
} as const;

export const en: Messages = {
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
  ...cliEn,
  ...seatsEn,
  ...travelEn,
  ...optimiseEn,
  ...readersEn,
  ...contextEn,
  ...importFlowEn,
};
