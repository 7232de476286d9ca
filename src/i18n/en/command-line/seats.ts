import type { seatsCommandLineZh } from '../../zh-CN/command-line/seats.ts';

/**
 * English texts of the seat analysis: its view, messages and command line.
 *
 * The part of this section that only the command line writes.
 */
export const seatsCommandLineEn: Record<keyof typeof seatsCommandLineZh, string> = {
  seatBaseYearFromFile:
    'The population states its base year, {file}; it is used (--base-year {given} only applies to files that state none)',
  seatCommandStageSummary: '{stage}: {children} children, {seats} seats, {without} without a seat',
  seatCommandSummary: 'Seats weighed ({scenario}, {year}, base year {baseYear}): {stages}',
  seatCommandWritten: '; written to {file}',
};
