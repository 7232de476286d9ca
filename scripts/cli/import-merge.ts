/**
 * `import --into`: the roster a file is merged into, the way the import dialog merges it (the
 * same `mergeRoster` with its likely duplicates), and what the merge says on stderr and in the
 * JSON report.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { message } from '../../src/domain/message.ts';
import type { School } from '../../src/domain/school.ts';
import {
  type DuplicateDecision,
  defaultDuplicateDecision,
  type MergeMode,
  mergeRoster,
} from '../../src/io/import-flow/merge-roster.ts';
import { incomingSchoolsOf } from '../../src/io/import-flow/roster-import.ts';
import type { RosterImportResult } from '../../src/io/read-roster-bytes.ts';
import { readRosterBytes } from '../../src/io/read-roster-bytes.ts';
import type { CommandStreams } from './command.ts';
import { write, zh } from './command-files.ts';

const MODES: readonly MergeMode[] = ['add', 'update', 'replace'];
const DECISIONS: readonly DuplicateDecision[] = ['merge', 'keep', 'drop'];

/** The roster to merge into, the mode and the answer for every likely duplicate. */
export interface MergeTarget {
  schools: School[];
  mode: MergeMode;
  decision: DuplicateDecision;
}

/**
 * Reads the --into roster (through the app's importer) and the --mode and --duplicates options.
 * @returns null without --into; an exit status (2 for a usage error, 1 for an unreadable roster)
 */
export async function readMergeTarget(
  values: { into?: string | undefined; mode?: string | undefined; duplicates?: string | undefined },
  stderr: CommandStreams['stderr'],
): Promise<MergeTarget | null | number> {
  if (!values.into) {
    if (values.mode || values.duplicates) {
      write(stderr, '选项 --mode 和 --duplicates 须与 --into 同用');
      return 2;
    }
    return null;
  }
  const mode = (values.mode ?? 'add') as MergeMode;
  if (!MODES.includes(mode)) {
    write(stderr, `不认识的并入方式“${values.mode}”，应为 add、update 或 replace`);
    return 2;
  }
  const decision = (values.duplicates ?? defaultDuplicateDecision(mode)) as DuplicateDecision;
  if (!DECISIONS.includes(decision)) {
    write(stderr, `不认识的疑似重复处理方式“${values.duplicates}”，应为 drop、merge 或 keep`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(values.into));
  } catch (error) {
    write(stderr, `无法读取 ${values.into}：${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return 1;
  }
  const roster = await readRosterBytes(bytes, basename(values.into));
  if (roster.accepted.length === 0 && roster.fileErrors.length > 0) {
    for (const problem of roster.fileErrors) write(stderr, problem);
    return 1;
  }
  return { schools: roster.accepted.map((row) => row.record), mode, decision };
}

/** The file's schools merged into the target roster, every likely duplicate answered alike. */
export function mergeInto(target: MergeTarget, result: RosterImportResult) {
  const incoming = incomingSchoolsOf(result);
  const first = mergeRoster(target.schools, incoming, target.mode);
  const decisions = Object.fromEntries(
    first.likelyDuplicates.map((duplicate) => [duplicate.row, target.decision]),
  );
  return mergeRoster(target.schools, incoming, target.mode, decisions);
}

/** The merge as the JSON report gives it. */
export function mergeReportOf(merged: ReturnType<typeof mergeInto>) {
  const { report } = merged;
  return {
    mode: report.mode,
    added: report.added.length,
    updated: report.updated.length,
    unchanged: report.unchanged.length,
    removed: report.removed.length,
    merged: report.merged.length,
    dropped: report.dropped.length,
    total: merged.schools.length,
    likelyDuplicates: merged.likelyDuplicates.map((duplicate) => ({
      row: duplicate.row,
      school: duplicate.incoming.name,
      township: duplicate.incoming.township,
      existingCode: duplicate.existing.code,
      existingName: duplicate.existing.name,
      reason: duplicate.reason,
      metres: Math.round(duplicate.metres),
    })),
  };
}

/** The merge's lines on stderr: the counts, then each likely duplicate with the file's row. */
export function mergeLines(merged: ReturnType<typeof mergeInto>, file: string): string[] {
  const { report } = merged;
  const lines = [
    `并入已有名录（${report.mode}）：新增 ${report.added.length} 所，更新 ${report.updated.length} 所，并入已有学校 ${report.merged.length} 所，疑似重复未导入 ${report.dropped.length} 所，移除 ${report.removed.length} 所；名录现有 ${merged.schools.length} 所`,
  ];
  for (const duplicate of merged.likelyDuplicates) {
    const reason =
      duplicate.reason === 'same-name-and-township'
        ? message('duplicateSameName')
        : message('duplicateNearby', { type: duplicate.incoming.type, metres: Math.round(duplicate.metres) });
    lines.push(
      `${file} 第 ${duplicate.row} 行：${duplicate.incoming.name}，${zh(message('rosterLikelyDuplicate', { other: duplicate.existing.code, reason }))}`,
    );
  }
  return lines;
}
