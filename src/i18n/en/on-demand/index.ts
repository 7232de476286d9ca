/** The texts only the screens loaded on demand show, in English: the keys of
 * `zh-CN/on-demand/index.ts`. */
import type { onDemandZh } from '../../zh-CN/on-demand/index.ts';
import { analysisOnDemandEn } from './analysis.ts';
import { commonOnDemandEn } from './common.ts';
import { contextOnDemandEn } from './context.ts';
import { documentsOnDemandEn } from './documents.ts';
import { hardeningOnDemandEn } from './hardening.ts';
import { importFlowOnDemandEn } from './import-flow.ts';
import { interfaceOnDemandEn } from './interface.ts';
import { ioBoundaryOnDemandEn } from './io-boundary.ts';
import { ioPopulationOnDemandEn } from './io-population.ts';
import { ioProjectOnDemandEn } from './io-project.ts';
import { ioRosterOnDemandEn } from './io-roster.ts';
import { ioTableOnDemandEn } from './io-table.ts';
import { optimiseOnDemandEn } from './optimise.ts';
import { printOnDemandEn } from './print.ts';
import { publishOnDemandEn } from './publish.ts';
import { readersOnDemandEn } from './readers.ts';
import { rulesOnDemandEn } from './rules.ts';
import { screensOnDemandEn } from './screens.ts';
import { seatsOnDemandEn } from './seats.ts';
import { storeOnDemandEn } from './store.ts';
import { travelOnDemandEn } from './travel.ts';

/** This part's sections by name, matching the Chinese. */
export const onDemandEnSections = {
  interfaceOnDemand: interfaceOnDemandEn,
  printOnDemand: printOnDemandEn,
  documentsOnDemand: documentsOnDemandEn,
  commonOnDemand: commonOnDemandEn,
  rulesOnDemand: rulesOnDemandEn,
  screensOnDemand: screensOnDemandEn,
  analysisOnDemand: analysisOnDemandEn,
  publishOnDemand: publishOnDemandEn,
  seatsOnDemand: seatsOnDemandEn,
  travelOnDemand: travelOnDemandEn,
  optimiseOnDemand: optimiseOnDemandEn,
  readersOnDemand: readersOnDemandEn,
  contextOnDemand: contextOnDemandEn,
  importFlowOnDemand: importFlowOnDemandEn,
  hardeningOnDemand: hardeningOnDemandEn,
  ioBoundaryOnDemand: ioBoundaryOnDemandEn,
  ioPopulationOnDemand: ioPopulationOnDemandEn,
  ioProjectOnDemand: ioProjectOnDemandEn,
  ioRosterOnDemand: ioRosterOnDemandEn,
  ioTableOnDemand: ioTableOnDemandEn,
  storeOnDemand: storeOnDemandEn,
} as const;

export const onDemandEn: Record<keyof typeof onDemandZh, string> = {
  ...interfaceOnDemandEn,
  ...printOnDemandEn,
  ...documentsOnDemandEn,
  ...commonOnDemandEn,
  ...rulesOnDemandEn,
  ...screensOnDemandEn,
  ...analysisOnDemandEn,
  ...publishOnDemandEn,
  ...seatsOnDemandEn,
  ...travelOnDemandEn,
  ...optimiseOnDemandEn,
  ...readersOnDemandEn,
  ...contextOnDemandEn,
  ...importFlowOnDemandEn,
  ...hardeningOnDemandEn,
  ...ioBoundaryOnDemandEn,
  ...ioPopulationOnDemandEn,
  ...ioProjectOnDemandEn,
  ...ioRosterOnDemandEn,
  ...ioTableOnDemandEn,
  ...storeOnDemandEn,
};
