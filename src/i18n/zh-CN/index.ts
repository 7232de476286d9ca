/**
 * Every Simplified Chinese text of the atlas, the default language: one section a file, each a
 * plain object that imports nothing, so that any layer can name a key as a type.
 *
 * A new feature adds its own section (`zh-CN/<feature>.ts` and `en/<feature>.ts`) and spreads it
 * here and in `en/index.ts`; a test fails when two sections share a key.
 */
import { documentsZh } from './documents.ts';
import { hardeningZh } from './hardening.ts';
import { interfaceZh } from './interface.ts';
import { printZh } from './print.ts';
import { travelZh } from './travel.ts';

/** Sections by name, so the key test can see each one. */
export const zhCNSections = {
  interface: interfaceZh,
  print: printZh,
  hardening: hardeningZh,
  travel: travelZh,
  documents: documentsZh,
} as const;

export const zhCN = { ...interfaceZh, ...printZh, ...hardeningZh, ...travelZh, ...documentsZh } as const;

/** Every text key, in every language. */
export type MessageKey = keyof typeof zhCN;
/** A full set of texts in one language. */
export type Messages = Record<MessageKey, string>;
