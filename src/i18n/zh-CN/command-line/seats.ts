/**
 * Simplified Chinese texts of the seat analysis (学位供需): its view, messages and command line.
 *
 * The part of this section that only the command line writes.
 */
export const seatsCommandLineZh = {
  seatBaseYearFromFile:
    '人口数据已写明基准年为 {file} 年，按文件计算（--base-year {given} 只用于未写明年份的文件）',
  seatCommandStageSummary: '{stage}适龄儿童 {children}、学位 {seats}、无学位 {without}',
  seatCommandSummary: '学位供需计算完成（{scenario}，{year} 年，基准年 {baseYear}）：{stages}',
  seatCommandWritten: '；已写入 {file}',
} as const;
