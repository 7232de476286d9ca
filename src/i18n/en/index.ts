/** Every English text of the atlas, behind the language switch: the parts and sections of `zh-CN/`, in English. */
import type { Messages } from '../zh-CN/index.ts';
import { commandLineEn, commandLineEnSections } from './command-line/index.ts';
import { onDemandEn, onDemandEnSections } from './on-demand/index.ts';
import { enStart, enStartSections } from './start.ts';

/** Sections by name, matching `zhCNSections`. */
export const enSections = { ...enStartSections, ...onDemandEnSections, ...commandLineEnSections } as const;

/** The parts by name, matching `zhCNParts`. */
export const enParts = { start: enStart, onDemand: onDemandEn, commandLine: commandLineEn } as const;

export const en: Messages = { ...enStart, ...onDemandEn, ...commandLineEn };
