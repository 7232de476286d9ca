/**
 * The English catalogue registered as soon as this module is imported: for the command line,
 * the benchmarks and the tests, which run in Node and translate in either language at once. The
 * app itself loads English on demand (`load-catalogue.ts`) and never imports this module.
 */
import { en } from './en/index.ts';
import { registerCatalogue } from './index.ts';

registerCatalogue('en', en);

/** Always true: English is registered by the import of this module. */
export const ENGLISH_REGISTERED = true;
