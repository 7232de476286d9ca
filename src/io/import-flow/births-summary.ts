/** How many births figures there are, as a sentence (kept apart from the reader: the 学位 view shows it). */
import { type Message, message } from '../../domain/message.ts';
import type { BirthsByYear } from '../../domain/seats.ts';

/**
 * District years, townships and their years, as one message.
 * @example birthsSummary({ district: { 2021: 5100 }, townships: {} }) // 全区 1 个年份；0 个乡镇共 0 个年份
 */
export function birthsSummary(figures: {
  district: BirthsByYear;
  townships: Readonly<Record<string, BirthsByYear>>;
}): Message {
  const townships = Object.values(figures.townships);
  return message('birthsSummary', {
    districtYears: Object.keys(figures.district).length,
    townships: townships.length,
    townshipYears: townships.reduce((sum, byYear) => sum + Object.keys(byYear).length, 0),
  });
}
