/**
 * Every Simplified Chinese text of the atlas, the default language, in three parts: the start
 * (`start.ts`, in the start chunk), the texts only the screens loaded on demand show
 * (`on-demand/`, a chunk loaded with such a screen) and the texts only the command line writes
 * (`command-line/`, never in the app). Each part is made of sections, one a file, each a plain
 * object that imports nothing, so that any layer can name a key as a type.
 *
 * The app imports only `start.ts` (and this module's types); the command line, the benchmarks and
 * the tests import this module. A new feature adds its own section (`zh-CN/<feature>.ts` and
 * `en/<feature>.ts`, and beside them in `on-demand/` the texts of its screens) and spreads it in
 * its part's index; a test fails when two sections share a key, and another when code the start
 * may run names a key that is not in the start part.
 */
import { commandLineZh, commandLineZhSections } from './command-line/index.ts';
import { onDemandZh, onDemandZhSections } from './on-demand/index.ts';
import { zhCNStart, zhCNStartSections } from './start.ts';

/** Sections by name, every part's, so the key test can see each one. */
export const zhCNSections = {
  ...zhCNStartSections,
  ...onDemandZhSections,
  ...commandLineZhSections,
} as const;

/** The parts by name: what the start holds, what a screen loaded on demand brings, the CLI's own. */
export const zhCNParts = { start: zhCNStart, onDemand: onDemandZh, commandLine: commandLineZh } as const;

export const zhCN = { ...zhCNStart, ...onDemandZh, ...commandLineZh } as const;

/** Every text key, in every language. */
export type MessageKey = keyof typeof zhCN;
/** A full set of texts in one language. */
export type Messages = Record<MessageKey, string>;
/** A part of the catalogue. */
export type CataloguePartName = keyof typeof zhCNParts;
