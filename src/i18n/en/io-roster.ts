/** English texts of reading rosters and points: coordinates, values, columns, candidate sites. */
import type { ioRosterZh } from '../zh-CN/io-roster.ts';

export const ioRosterEn: Record<keyof typeof ioRosterZh, string> = {};
