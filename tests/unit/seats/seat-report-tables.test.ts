/** The report's seat tables: one per stage, a row per township and the district. */
import { describe, expect, it } from 'vitest';
import { CURRENT_SCENARIO } from '../../../src/domain/scenario.ts';
import { seatReportTables } from '../../../src/print/seat-report-tables.ts';
import { defaultSeatForecast } from './default-seat-forecast.ts';

describe('seatReportTables', () => {
  it('gives every stage a table whose rows are the forecast’s figures, the district last', async () => {
    const forecast = await defaultSeatForecast();
    const tables = seatReportTables(forecast, CURRENT_SCENARIO, 'zh-CN');
    expect(tables.map((table) => table.title)).toEqual([
      '幼儿园学位供需（现状，2020 年；2030 年为预测）',
      '小学学位供需（现状，2020 年；2030 年为预测）',
      '初中学位供需（现状，2020 年；2030 年为预测）',
      '高中学位供需（现状，2020 年；2030 年为预测）',
    ]);
    const primary = tables[1];
    const now = forecast.stages[1]?.years[0];
    const later = forecast.stages[1]?.years.at(-1);
    expect(primary?.rows).toHaveLength((now?.townships.length ?? 0) + 1);
    const qiaoxu = now?.townships.find((township) => township.code === '450803100');
    const qiaoxuRow = primary?.rows.find((row) => row.cells[0] === '桥圩镇');
    expect(qiaoxuRow?.cells.slice(1, 3)).toEqual([
      (qiaoxu?.children ?? 0).toLocaleString('zh-CN'),
      (qiaoxu?.seats ?? 0).toLocaleString('zh-CN'),
    ]);
    expect(qiaoxuRow?.status).toBe((qiaoxu?.balance ?? 0) < 0 ? 'fail' : 'pass');
    const district = primary?.rows.at(-1);
    expect(district?.cells[0]).toBe('全区');
    expect(district?.cells[1]).toBe((now?.children ?? 0).toLocaleString('zh-CN'));
    const laterBalance = later?.balance ?? 0;
    expect(district?.cells[5]).toBe(
      laterBalance > 0
        ? `+${laterBalance.toLocaleString('zh-CN')}`
        : `−${(-laterBalance).toLocaleString('zh-CN')}`,
    );
    expect(seatReportTables(forecast, CURRENT_SCENARIO, 'en')[1]?.columns[5]).toBe('Balance in 2030');
  });
});
