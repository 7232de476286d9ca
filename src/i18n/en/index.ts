/** Every English text of the atlas, behind the language switch: the sections of `zh-CN/`, in English. */
import type { Messages } from '../zh-CN/index.ts';
import { commonEn } from './common.ts';
import { interfaceEn } from './interface.ts';
import { rulesEn } from './rules.ts';
import { screensEn } from './screens.ts';

/** Sections by name, matching `zhCNSections`. */
export const enSections = {
  interface: interfaceEn,
  common: commonEn,
  rules: rulesEn,
  screens: screensEn,
} as const;

export const en: Messages = { ...interfaceEn, ...commonEn, ...rulesEn, ...screensEn };
