/** Simplified Chinese texts of the seat analysis (学位供需): its view, messages and command line. */
export const seatsZh = {
  childrenCountNotNumber: '“{value}”不是非负数，按 0 人计',
  childrenYearNotYear: '“{value}”不是有效年份（1949—2100），已按文件或选项中的基准年计',
  childrenYearDiffers:
    '年份 {year} 与第 {firstRow} 行的 {firstYear} 不同：一个人口文件只能有一个基准年，本行未导入',
  childrenAgesAndStages: '{file}：同时有单岁（0岁…17岁）和分学段（3-5岁等）儿童数列，按单岁计算',
  childrenAgeColumnsFound: '{file}：识别到单岁儿童数列 {count} 列（{first}…{last}）',
  seatBaseYearFromFile:
    '人口数据已写明基准年为 {file} 年，按文件计算（--base-year {given} 只用于未写明年份的文件）',
  seatCommandStageSummary: '{stage}适龄儿童 {children}、学位 {seats}、无学位 {without}',
  seatCommandSummary: '学位供需计算完成（{scenario}，{year} 年，基准年 {baseYear}）：{stages}',
  seatCommandWritten: '；已写入 {file}',
  seatStageKindergarten: '幼儿园',
  seatStagePrimary: '小学',
  seatStageMiddle: '初中',
  seatStageHigh: '高中',
  seatChildrenUnknown:
    '人口数据没有分年龄或分学段的儿童数，无法计算{stage}学位供需：请导入含“3-5岁、6-11岁、12-14岁、15-17岁”或“0岁…17岁”列的人口表',
  seatStageChildrenUnknown:
    '人口数据没有{stage}适龄儿童数，无法计算该学段学位供需：请在人口表中补充该学段的列',
  seatPairsTooMany:
    '可入学的“居民点—学校”组合约 {pairs} 个，超过上限 {limit} 个，无法计算学位分配：请缩小服务半径，或按县（区）分别计算',
};
