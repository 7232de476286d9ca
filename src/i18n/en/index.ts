/** Every English text of the atlas, behind the language switch: the sections of `zh-CN/`, in English. */
import type { Messages } from '../zh-CN/index.ts';
import { documentsEn } from './documents.ts';
import { hardeningEn } from './hardening.ts';
import { interfaceEn } from './interface.ts';
import { printEn } from './print.ts';
import { travelEn } from './travel.ts';

/** Sections by name, matching `zhCNSections`. */
export const enSections = {
  interface: interfaceEn,
  print: printEn,
  hardening: hardeningEn,
  travel: travelEn,
  documents: documentsEn,
} as const;

export const en: Messages = { ...interfaceEn, ...printEn, ...hardeningEn, ...travelEn, ...documentsEn };
