/**
 * Options shared by the site commands (`suggest`, `consolidate`): the service kind by its English
 * or Chinese name, numbers in metres, township lists by code or name, and candidate lists read
 * with the app's reader. Texts come from the catalogues, in Chinese.
 */
import { basename } from 'node:path';
import type { SearchQuality } from '../../src/analysis/optimise/objective.ts';
import { reasonOf, UnmetRequestError } from '../../src/analysis/optimise/unmet-request-error.ts';
import { type Message, type MessageValue, message } from '../../src/domain/message.ts';
import { SERVICE_KIND_NAMES, SERVICE_KINDS, type ServiceKind } from '../../src/domain/radius.ts';
import type { TownshipCollection } from '../../src/domain/township.ts';
import { translateMessage } from '../../src/i18n/index.ts';
import type { CoordinateSystem } from '../../src/io/convert-coordinates.ts';
import { formatRowIssue } from '../../src/io/import-result.ts';
import { readCandidateSites } from '../../src/io/read-candidate-sites.ts';
import type { CommandStreams } from './command.ts';
import { readInput, UnreadableInput, write } from './command-files.ts';
import { UsageError } from './parse-options.ts';

/** A message in the CLI's language (Chinese). */
export function chinese(text: Message): string {
  return translateMessage('zh-CN', text);
}

/** A usage mistake, its reason from the catalogue. */
export function usageError(
  key: Parameters<typeof message>[0],
  values?: Record<string, MessageValue>,
): UsageError {
  return new UsageError(chinese(message(key, values)));
}

/** Chinese names a user may give for a kind, beside the English ones. */
const KIND_BY_NAME = new Map<string, ServiceKind>([
  ...SERVICE_KINDS.map((kind) => [kind, kind] as const),
  ...SERVICE_KINDS.map((kind) => [SERVICE_KIND_NAMES[kind], kind] as const),
  ['特殊教育学校', 'special'],
]);

/**
 * The service kind of `--kind`.
 * @throws UsageError when missing or unknown
 */
export function readKind(text: string | undefined): ServiceKind {
  if (text === undefined) throw usageError('optimiseCliKindMissing');
  const kind = KIND_BY_NAME.get(text.trim().toLowerCase()) ?? KIND_BY_NAME.get(text.trim());
  if (!kind) {
    throw usageError('optimiseCliKindUnknown', {
      english: SERVICE_KINDS.join('、'),
      chinese: SERVICE_KINDS.map((entry) => SERVICE_KIND_NAMES[entry]).join('、'),
      value: text,
    });
  }
  return kind;
}

/**
 * A number of metres (positive, or non-negative with `zero`), the fallback when absent.
 * @throws UsageError for anything else
 */
export function readMetres(
  values: Map<string, string>,
  name: string,
  fallback: number | null,
  zero = false,
): number | null {
  const text = values.get(name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || (!zero && value === 0)) {
    throw usageError(zero ? 'optimiseCliNotNonNegative' : 'optimiseCliNotPositive', {
      option: name,
      value: text,
    });
  }
  return value;
}

/**
 * A positive whole number, the fallback when absent.
 * @throws UsageError for anything else
 */
export function readWholeNumber(
  values: Map<string, string>,
  name: string,
  fallback: number | null,
): number | null {
  const text = values.get(name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw usageError('optimiseCliNotWhole', { option: name, value: text });
  return value;
}

/** Items of a list option, split at commas (ASCII or Chinese) and 、. */
export function readList(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[,，、]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * Township codes from codes or names (桥圩镇 or 桥圩).
 * @throws UsageError naming what matches no township
 */
export function townshipCodes(
  items: readonly string[],
  townships: TownshipCollection,
  option: string,
): string[] {
  return items.map((item) => {
    const feature = townships.features.find(
      ({ properties }) =>
        properties.code === item ||
        properties.name === item ||
        properties.name.replace(/(镇|乡|街道)$/, '') === item,
    );
    if (!feature) {
      const known = townships.features
        .map(({ properties }) => `${properties.code} ${properties.name}`)
        .join('、');
      throw usageError('optimiseCliTownshipUnknown', { option, value: item, known });
    }
    return feature.properties.code;
  });
}

/** Candidate sites from a list file; rejected rows on stderr; exit 1 when none is usable. */
export async function readCandidates(
  path: string,
  coords: CoordinateSystem,
  stderr: CommandStreams['stderr'],
): Promise<{ lon: number; lat: number; name: string }[]> {
  const input = await readInput(path, '', stderr);
  const result = await readCandidateSites(input.bytes, basename(path), { coords });
  for (const text of result.fileErrors) write(stderr, text);
  if (result.accepted.length === 0) {
    if (result.fileErrors.length === 0)
      write(stderr, chinese(message('optimiseCliNoCandidates', { file: basename(path) })));
    for (const rejected of result.rejected)
      for (const error of rejected.errors) write(stderr, formatRowIssue(error));
    throw new UnreadableInput(path);
  }
  for (const text of result.fileWarnings ?? []) write(stderr, text);
  for (const rejected of result.rejected)
    for (const error of rejected.errors) write(stderr, formatRowIssue(error));
  for (const accepted of result.accepted) {
    for (const warning of accepted.warnings)
      write(stderr, chinese(message('optimiseCliWarning', { text: formatRowIssue(warning) })));
  }
  return result.accepted.map((accepted) => accepted.record);
}

/**
 * The tail of a summary line: 已证明为最优解, or 与最优解相差不超过 X%, and where the output went.
 * @example qualityNote(result.quality, '建议.json') // '；与最优解相差不超过 0.42%；已写入 建议.json'
 */
export function qualityNote(quality: SearchQuality, out: string | null): string {
  const proof = quality.optimal
    ? message('optimiseCliOptimal')
    : message('optimiseCliGap', { gap: (quality.gap * 100).toFixed(2) });
  return chinese(proof) + (out ? chinese(message('optimiseCliWritten', { file: out })) : '');
}

/**
 * The exit status for an error of a site command, its reason on stderr: 1 for an unreadable
 * input, 2 for a request that cannot be met or a usage mistake; anything else is a bug and rethrown.
 */
export function exitStatusOf(error: unknown, stderr: CommandStreams['stderr']): number {
  if (error instanceof UnreadableInput) return 1;
  const reason = reasonOf(error);
  if (reason) {
    write(stderr, chinese(reason));
    // A request that cannot be met is the caller's to change (2); a refusal of the search itself
    // (too fine a grid, too many covering pairs) says what to change, as an unreadable input does (1).
    return error instanceof UnmetRequestError ? 2 : 1;
  }
  if (error instanceof UsageError || error instanceof RangeError) {
    write(stderr, error.message);
    return 2;
  }
  throw error;
}
