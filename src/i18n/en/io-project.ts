/** English texts of project files and backups: opening, migrating, what was replaced. */
import type { ioProjectZh } from '../zh-CN/io-project.ts';

export const ioProjectEn: Record<keyof typeof ioProjectZh, string> = {
  projectCandidatesMalformed: 'The project’s candidate sites are malformed and were left out',
  projectCandidateMalformed: 'Candidate site {number} is malformed and was left out',
};
