/** How many births figures there are, as a sentence (kept apart from the reader: the 学位 view shows it). */
import { type Message, message } from '../../domain/message.ts';
import type { BirthsByYear } from '../../domain/seats.ts';

/**
 * District years, townships and their years, as one message.
 * @example birthsSummary({ district: { 2021: 5100 }, townships: {} }) // 全区 1 个年份
 */
export function birthsSummary(figures: {
  district: BirthsByYear;
  townships: Readonly<Record<string, BirthsByYear>>;
}): Message {
  const townships = Object.values(figures.townships);
  const values = {
    districtYears: Object.keys(figures.district).length,
    townships: townships.length,
    townshipYears: townships.reduce((sum, byYear) => sum + Object.keys(byYear).length, 0),
  };
  // Only the part there is: a district table says nothing of townships, and the other way round.
  if (values.townships === 0) return message('birthsSummaryDistrict', values);
  if (values.districtYears === 0) return message('birthsSummaryTownships', values);
  return message('birthsSummary', values);
}
