/**
 * The texts only the screens loaded on demand show, in Simplified Chinese: a chunk of its own,
 * loaded with such a screen (`lazyScreen`) before it renders.
 */

import { analysisOnDemandZh } from './analysis.ts';
import { commonOnDemandZh } from './common.ts';
import { contextOnDemandZh } from './context.ts';
import { documentsOnDemandZh } from './documents.ts';
import { hardeningOnDemandZh } from './hardening.ts';
import { importFlowOnDemandZh } from './import-flow.ts';
import { interfaceOnDemandZh } from './interface.ts';
import { ioBoundaryOnDemandZh } from './io-boundary.ts';
import { ioPopulationOnDemandZh } from './io-population.ts';
import { ioProjectOnDemandZh } from './io-project.ts';
import { ioRosterOnDemandZh } from './io-roster.ts';
import { ioTableOnDemandZh } from './io-table.ts';
import { optimiseOnDemandZh } from './optimise.ts';
import { printOnDemandZh } from './print.ts';
import { publishOnDemandZh } from './publish.ts';
import { readersOnDemandZh } from './readers.ts';
import { rulesOnDemandZh } from './rules.ts';
import { screensOnDemandZh } from './screens.ts';
import { seatsOnDemandZh } from './seats.ts';
import { storeOnDemandZh } from './store.ts';
import { travelOnDemandZh } from './travel.ts';

/** This part's sections by name, for the catalogues' tests. */
export const onDemandZhSections = {
  interfaceOnDemand: interfaceOnDemandZh,
  printOnDemand: printOnDemandZh,
  documentsOnDemand: documentsOnDemandZh,
  commonOnDemand: commonOnDemandZh,
  rulesOnDemand: rulesOnDemandZh,
  screensOnDemand: screensOnDemandZh,
  analysisOnDemand: analysisOnDemandZh,
  publishOnDemand: publishOnDemandZh,
  seatsOnDemand: seatsOnDemandZh,
  travelOnDemand: travelOnDemandZh,
  optimiseOnDemand: optimiseOnDemandZh,
  readersOnDemand: readersOnDemandZh,
  contextOnDemand: contextOnDemandZh,
  importFlowOnDemand: importFlowOnDemandZh,
  hardeningOnDemand: hardeningOnDemandZh,
  ioBoundaryOnDemand: ioBoundaryOnDemandZh,
  ioPopulationOnDemand: ioPopulationOnDemandZh,
  ioProjectOnDemand: ioProjectOnDemandZh,
  ioRosterOnDemand: ioRosterOnDemandZh,
  ioTableOnDemand: ioTableOnDemandZh,
  storeOnDemand: storeOnDemandZh,
} as const;

export const onDemandZh = {
  ...interfaceOnDemandZh,
  ...printOnDemandZh,
  ...documentsOnDemandZh,
  ...commonOnDemandZh,
  ...rulesOnDemandZh,
  ...screensOnDemandZh,
  ...analysisOnDemandZh,
  ...publishOnDemandZh,
  ...seatsOnDemandZh,
  ...travelOnDemandZh,
  ...optimiseOnDemandZh,
  ...readersOnDemandZh,
  ...contextOnDemandZh,
  ...importFlowOnDemandZh,
  ...hardeningOnDemandZh,
  ...ioBoundaryOnDemandZh,
  ...ioPopulationOnDemandZh,
  ...ioProjectOnDemandZh,
  ...ioRosterOnDemandZh,
  ...ioTableOnDemandZh,
  ...storeOnDemandZh,
} as const;
