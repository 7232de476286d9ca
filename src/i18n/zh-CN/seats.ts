/** Simplified Chinese texts of the seat analysis (学位供需): its view, messages and command line. */
export const seatsZh = {
  columnSeats: '学位数',
  columnPrimarySeats: '小学学位数',
  columnMiddleSeats: '初中学位数',
  columnHighSeats: '高中学位数',
  candidateSeats: '学位数',
  viewSeats: '学位',
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
  columnYear: '年份',
  columnBirths: '出生人数',
  seatLinkIgnored: '链接中的学位预测参数 {part} 无效，已忽略，按默认值计算',
  seatForecastNotObject: '学位预测设置（settings.seatForecast）应为对象',
  seatForecastFieldInvalid: '学位预测设置 {field} 的值 {value} 无效，应为{expected}',
  seatForecastExpectRate: '大于 −100% 且小于 1000% 的年变化率',
  seatForecastExpectBirths: '以年份（1949—2100）为键、非负整数为值的对象',
  seatForecastExpectTownshipBirths: '以乡镇代码为键、各年出生人数为值的对象',
  seatForecastExpectMigration: '以乡镇代码为键、年净迁移率（大于 −100%）为值的对象',
  seatForecastExpectFile: '文件名或 null',
} as const;
