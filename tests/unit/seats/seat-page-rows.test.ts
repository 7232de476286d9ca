/** The seat rows of a township's atlas page. */
import { describe, expect, it } from 'vitest';
import { seatPageRows } from '../../../src/print/seat-page-rows.ts';
import { defaultSeatForecast } from './default-seat-forecast.ts';

describe('seatPageRows', () => {
  it('gives a township one row per stage with the balance now, marked when seats fall short', async () => {
    const forecast = await defaultSeatForecast();
    const rows = seatPageRows(forecast, '450803100', 'zh-CN');
    expect(rows.map((row) => row.cells[0])).toEqual([
      '幼儿园学位余缺（2020）',
      '小学学位余缺（2020）',
      '初中学位余缺（2020）',
      '高中学位余缺（2020）',
    ]);
    const primary = forecast.stages[1]?.years[0]?.townships.find((township) => township.code === '450803100');
    expect(primary?.balance).toBeLessThan(0);
    expect(rows[1]?.status).toBe('fail');
    expect(rows[1]?.cells[1]).toBe(`−${Math.abs(primary?.balance ?? 0).toLocaleString('zh-CN')}`);
    const later = forecast.stages[1]?.years[10]?.townships.find((township) => township.code === '450803100');
    expect(rows[1]?.cells[2]).toBe(
      `2030 年 ${(later?.balance ?? 0) > 0 ? '+' : '−'}${Math.abs(later?.balance ?? 0).toLocaleString('zh-CN')}`,
    );
    expect(seatPageRows(forecast, '', 'en')[0]?.cells[0]).toBe('Kindergarten seat balance (2020)');
  });
});
