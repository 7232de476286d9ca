/** English texts of the import flow: likely duplicates, strict backup checks, the CLI's boundary input. */
import type { importFlowZh } from '../zh-CN/import-flow.ts';

export const importFlowEn: Record<keyof typeof importFlowZh, string> = {};
