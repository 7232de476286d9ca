/** Every English text of the atlas, behind the language switch: the sections of `zh-CN/`, in English. */
import type { Messages } from '../zh-CN/index.ts';
import { hardeningEn } from './hardening.ts';
import { interfaceEn } from './interface.ts';

/** Sections by name, matching `zhCNSections`. */
export const enSections = { interface: interfaceEn, hardening: hardeningEn } as const;

export const en: Messages = { ...interfaceEn, ...hardeningEn };
