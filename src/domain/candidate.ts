/**
 * Candidate sites (候选点): schools that might be built, placed by the planner or suggested by the
 * covering search, assessed as if they stood. Pure types and helpers; nothing here imports the app.
 */
import { type Message, message } from './message.ts';
import type { ServiceKind } from './radius.ts';
import { makeSchoolRecord, type Ownership, type School, type SchoolType } from './school.ts';

/** Where a candidate came from. */
export type CandidateOrigin = 'manual' | 'suggestion';

/** One candidate site. */
export interface CandidateSite {
  /** Stable id within the project, e.g. `C3`. */
  id: string;
  /** What the planner calls it, e.g. 候选点 3 or 建议点 1. */
  name: string;
  /** WGS84 longitude, degrees. */
  lon: number;
  /** WGS84 latitude, degrees. */
  lat: number;
  type: SchoolType;
  ownership: Ownership;
  boarding: boolean;
  /** 中心校 / 中心幼儿园. */
  central: boolean;
  /** Service radius in metres; null = the kind's radius for the township the site falls in. */
  radius: number | null;
  /** Seats (学位) it would have; null or absent = the default new school of its stage (classes × class size). */
  seats?: number | null;
  origin: CandidateOrigin;
  note: string;
}

/** The school type a candidate of a service kind gets by default. */
export const CANDIDATE_TYPE_OF_KIND: Record<ServiceKind, SchoolType> = {
  kindergarten: '幼儿园',
  primary: '小学',
  middle: '初中',
  high: '高中',
  special: '特殊教育学校',
};

/**
 * The next free candidate id (`C1`, `C2`, …) among those in use.
 * @example nextCandidateId([{ id: 'C1' }, { id: 'C4' }]) // 'C5'
 */
export function nextCandidateId(candidates: readonly Pick<CandidateSite, 'id'>[]): string {
  let largest = 0;
  for (const candidate of candidates) {
    const match = /^C(\d+)$/.exec(candidate.id);
    if (match) largest = Math.max(largest, Number(match[1]));
  }
  return `C${largest + 1}`;
}

/**
 * A candidate as a school record of a new-build project. For a what-if it is taken as built
 * (`竣工`), so that it stands in every scenario and counts toward "new school" rules; when the
 * planner adopts it, it becomes a planned project (`规划`).
 * @param code the school code to give it (a what-if uses the candidate id)
 * @param township the 所属乡镇 name (empty: taken from the boundaries)
 * @example candidateAsSchool(candidate, 'C1', '木格镇', '竣工').projectType // '新建'
 */
export function candidateAsSchool(
  candidate: CandidateSite,
  code: string,
  township: string,
  status: '规划' | '竣工',
): School {
  return makeSchoolRecord({
    code,
    name: candidate.name,
    type: candidate.type,
    lon: candidate.lon,
    lat: candidate.lat,
    township,
    ownership: candidate.ownership,
    boarding: candidate.boarding,
    central: candidate.central,
    projectType: '新建',
    projectStatus: status,
    note: candidate.note,
    // 数据来源 is a roster value, written in the roster's own words.
    source: candidate.origin === 'suggestion' ? '选址建议' : '候选点',
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Candidates read back from a saved project (autosave or backup file): entries that are not a
 * well-formed candidate are left out and named in `issues`.
 * @example readCandidates(project.candidates).candidates.length
 */
export function readCandidates(value: unknown): { candidates: CandidateSite[]; issues: Message[] } {
  if (value === undefined || value === null) return { candidates: [], issues: [] };
  if (!Array.isArray(value)) return { candidates: [], issues: [message('projectCandidatesMalformed')] };
  const candidates: CandidateSite[] = [];
  const issues: Message[] = [];
  const seen = new Set<string>();
  value.forEach((entry, index) => {
    const valid =
      isRecord(entry) &&
      typeof entry.id === 'string' &&
      entry.id !== '' &&
      !seen.has(entry.id) &&
      typeof entry.name === 'string' &&
      typeof entry.lon === 'number' &&
      Math.abs(entry.lon) <= 180 &&
      typeof entry.lat === 'number' &&
      Math.abs(entry.lat) <= 90 &&
      Object.values(CANDIDATE_TYPE_OF_KIND)
        .concat(['教学点', '九年一贯制', '完全中学'])
        .includes(entry.type as SchoolType) &&
      (entry.ownership === '公办' || entry.ownership === '民办') &&
      typeof entry.boarding === 'boolean' &&
      typeof entry.central === 'boolean' &&
      (entry.radius === null || (typeof entry.radius === 'number' && entry.radius > 0)) &&
      (entry.seats === undefined ||
        entry.seats === null ||
        (typeof entry.seats === 'number' && Number.isFinite(entry.seats) && entry.seats >= 0)) &&
      (entry.origin === 'manual' || entry.origin === 'suggestion');
    if (!valid) {
      issues.push(message('projectCandidateMalformed', { number: index + 1 }));
      return;
    }
    seen.add(entry.id as string);
    candidates.push({
      ...(entry as unknown as CandidateSite),
      note: typeof entry.note === 'string' ? entry.note : '',
    });
  });
  return { candidates, issues };
}
