/** Simplified Chinese texts of project files and backups: opening, migrating, what was replaced. */
export const ioProjectZh = {
  projectCandidatesMalformed: '项目中的候选点格式不对，已略去',
  projectCandidateMalformed: '第 {number} 个候选点格式不对，已略去',
} as const;
