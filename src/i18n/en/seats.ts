/** English texts of the seat analysis: its view, messages and command line. */
import type { seatsZh } from '../zh-CN/seats.ts';

export const seatsEn: Record<keyof typeof seatsZh, string> = {
  childrenCountNotNumber: '“{value}” is not a number of zero or more; counted as 0',
  childrenYearNotYear: '“{value}” is not a year (1949–2100); the base year of the file or the option is used',
  childrenYearDiffers:
    'Year {year} differs from {firstYear} in row {firstRow}: a population file has one base year; this row was not imported',
  childrenAgesAndStages:
    '{file}: has both single-year (0 … 17) and stage (3-5 …) children columns; the single years are used',
  childrenAgeColumnsFound: '{file}: {count} single-year children columns found ({first} … {last})',
  seatBaseYearFromFile:
    'The population states its base year, {file}; it is used (--base-year {given} only applies to files that state none)',
  seatCommandStageSummary: '{stage}: {children} children, {seats} seats, {without} without a seat',
  seatCommandSummary: 'Seats weighed ({scenario}, {year}, base year {baseYear}): {stages}',
  seatCommandWritten: '; written to {file}',
  seatStageKindergarten: 'Kindergarten',
  seatStagePrimary: 'Primary',
  seatStageMiddle: 'Middle school',
  seatStageHigh: 'High school',
  seatChildrenUnknown:
    'The population has no children by age or stage, so seats for {stage} cannot be weighed: import a population table with columns such as 3-5, 6-11, 12-14, 15-17 years or single ages 0 … 17',
  seatStageChildrenUnknown:
    'The population gives no children of {stage} age, so seats for that stage cannot be weighed: add the stage to the population table',
  seatPairsTooMany:
    'About {pairs} eligible place–school pairs, more than the limit of {limit}: seats cannot be allocated. Use smaller service radii, or allocate county by county.',
};
