/** Every English text of the atlas, behind the language switch: the sections of `zh-CN/`, in English. */
import type { Messages } from '../zh-CN/index.ts';
import { documentsEn } from './documents.ts';
import { hardeningEn } from './hardening.ts';
import { interfaceEn } from './interface.ts';
import { optimiseEn } from './optimise.ts';
import { printEn } from './print.ts';

/** Sections by name, matching `zhCNSections`. */
export const enSections = {
  interface: interfaceEn,
  print: printEn,
  hardening: hardeningEn,
  documents: documentsEn,
  optimise: optimiseEn,
} as const;

export const en: Messages = { ...interfaceEn, ...printEn, ...hardeningEn, ...documentsEn, ...optimiseEn };
