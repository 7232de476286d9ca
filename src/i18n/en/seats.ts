/** English texts of the seat analysis: its view, messages and command line. */
import type { seatsZh } from '../zh-CN/seats.ts';

export const seatsEn: Record<keyof typeof seatsZh, string> = {
  columnSeats: 'Seats',
  columnPrimarySeats: 'Primary seats',
  columnMiddleSeats: 'Middle-school seats',
  columnHighSeats: 'High-school seats',
  candidateSeats: 'Seats',
  viewSeats: 'Seats',
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
  columnYear: 'Year',
  columnBirths: 'Births',
  seatLinkIgnored:
    'The link’s seat forecast setting {part} is not valid and was ignored; the default is used',
  seatForecastNotObject: 'The seat forecast settings (settings.seatForecast) should be an object',
  seatForecastFieldInvalid:
    'The seat forecast setting {field} has the value {value}; it should be {expected}',
  seatForecastExpectRate: 'a yearly rate above −100 % and below 1,000 %',
  seatForecastExpectBirths: 'an object of years (1949–2100) and whole numbers of zero or more',
  seatForecastExpectTownshipBirths: 'an object of township codes and their births by year',
  seatForecastExpectMigration: 'an object of township codes and yearly net migration rates (above −100 %)',
  seatForecastExpectFile: 'a file name or null',
};
