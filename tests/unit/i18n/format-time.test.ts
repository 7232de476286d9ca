import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../src/i18n/format-time.ts';

describe('formatDateTime', () => {
  const moment = new Date(2026, 11, 5, 7, 4);

  it('spells the month out in English so that the day and month cannot be swapped', () => {
    expect(formatDateTime(moment, 'en')).toBe('5 December 2026, 07:04');
  });

  it('writes the Chinese date as documents do, with a 24-hour time', () => {
    expect(formatDateTime(moment, 'zh-CN')).toBe('2026年12月5日 07:04');
  });

  it('reads ISO strings and leaves an unreadable one as it is', () => {
    expect(formatDateTime(moment.toISOString(), 'zh-CN')).toBe('2026年12月5日 07:04');
    expect(formatDateTime('昨天', 'en')).toBe('昨天');
  });
});
