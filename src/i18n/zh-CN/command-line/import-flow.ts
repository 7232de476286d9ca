/**
 * Simplified Chinese texts of the import flow: likely duplicates, strict backup checks, the CLI's boundary input.
 *
 * The part of this section that only the command line writes.
 */
export const importFlowCommandLineZh = {
  rosterLikelyDuplicate: '疑似与名录中的 {other} 为同一所学校（{reason}）',
  cliTownshipsNeedProjection: '{file} 未注明坐标系，请用 --townships-projection 指定（如 {candidates}）',
  cliTownshipFeatureSkipped: '{file} 第 {number} 个要素：{problem}，已跳过',
  cliTownshipCodeNotPlain: '乡镇代码“{value}”不是文字或数字',
  cliTownshipsNone: '{file} 中没有可用的乡镇面要素',
  cliTownshipsWithoutUrban: '{file}：{count} 个乡镇未给出 urban（是否城区），按农村服务半径计算',
} as const;
