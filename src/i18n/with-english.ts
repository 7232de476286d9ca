/**
 * Every part of the catalogue registered in both languages as soon as this module is imported:
 * for the command line, the benchmarks and the tests, which run in Node and translate any text in
 * either language at once. The app itself loads English and the screens' texts on demand
 * (`load-catalogue.ts`) and never imports this module.
 */
import { enParts } from './en/index.ts';
import { registerCatalogue } from './index.ts';
import { type CataloguePartName, zhCNParts } from './zh-CN/index.ts';

for (const part of Object.keys(zhCNParts) as CataloguePartName[]) {
  registerCatalogue('zh-CN', part, zhCNParts[part]);
  registerCatalogue('en', part, enParts[part]);
}

/** Always true: English and every part are registered by the import of this module. */
export const ENGLISH_REGISTERED = true;
