/** Simplified Chinese texts of the meeting materials: the PDF, the slide deck, the Word report and their choices in 打印. */
export const documentsZh = {
  documentsAtlasFileName: '{district}_学校布局图集',
  documentsRulesTableTitle: '规则检查（{scenario}）',
  documentsSchoolsLine: '学校 {count} 所：{types}',
} as const;
