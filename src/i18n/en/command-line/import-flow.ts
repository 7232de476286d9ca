import type { importFlowCommandLineZh } from '../../zh-CN/command-line/import-flow.ts';

/**
 * English texts of the import flow: likely duplicates, strict backup checks, the CLI's boundary input.
 *
 * The part of this section that only the command line writes.
 */
export const importFlowCommandLineEn: Record<keyof typeof importFlowCommandLineZh, string> = {
  rosterLikelyDuplicate: 'Probably the same school as {other} in the roster ({reason})',
  cliTownshipsNeedProjection:
    '{file} does not state its coordinate system; give one with --townships-projection (e.g. {candidates})',
  cliTownshipFeatureSkipped: '{file}, feature {number}: {problem}; skipped',
  cliTownshipCodeNotPlain: 'Township code “{value}” is not text or a number',
  cliTownshipsNone: '{file} has no usable township polygons',
  cliTownshipsWithoutUrban:
    '{file}: {count} townships do not say urban (whether urban); rural service radii are used',
};
