/** Simplified Chinese words that many messages share: list separators, units, kinds, errors. */
export const commonZh = {
  listSeparator: '、',
  verbatim: '{text}',
  withReason: '{what}：{reason}',
  sentencePair: '{first}；{rest}',
  sentenceNone: '（无）',
  serviceKind_kindergarten: '幼儿园',
  serviceKind_primary: '小学',
  serviceKind_middle: '初中',
  serviceKind_high: '高中',
  serviceKind_special: '特殊教育',
  radiusNegative: '服务半径应为非负数（米），实际为 {value}',
} as const;
