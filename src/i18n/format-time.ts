/** Dates and times on screen, written the way each language writes them in documents. */

import type { Language } from './index.ts';

const LOCALES: Record<Language, string> = { 'zh-CN': 'zh-CN', en: 'en-GB' };

/**
 * A moment (an ISO string or a date) in local time with its day spelt out, so that no reader
 * wonders whether 05/12 is May or December; an unreadable string is returned as it is.
 * @example formatDateTime('2026-12-05T07:54:00', 'zh-CN') // '2026年12月5日 07:54'
 * @example formatDateTime('2026-12-05T07:54:00', 'en') // '5 December 2026, 07:54'
 */
export function formatDateTime(moment: string | Date, language: Language): string {
  const date = typeof moment === 'string' ? new Date(moment) : moment;
  if (Number.isNaN(date.getTime())) return String(moment);
  const day = new Intl.DateTimeFormat(LOCALES[language], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(date);
  const time = new Intl.DateTimeFormat(LOCALES[language], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
  return language === 'en' ? `${day}, ${time}` : `${day} ${time}`;
}
