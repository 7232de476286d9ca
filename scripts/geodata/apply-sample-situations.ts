/**
 * The later passes over the drafted sample roster: the plan's projects on existing schools and
 * the few deliberate situations the rule checks should find (oversized classes, short
 * computers, slow lines, boarding village primaries, newly certified inclusive kindergartens),
 * and the designed seats of new builds. Each pass draws from the one seeded random source, in a
 * fixed order, so the roster stays the same for the same seed.
 */
import type { ProjectStatus, ProjectType, School, Standardisation } from '../../src/domain/school.ts';
import { DEFAULT_SEAT_SETTINGS, newSiteSeats, seatStagesOf } from '../../src/domain/seats.ts';
import type { FigureProfileName } from './draw-school-figures.ts';
import { TOWNSHIP_SCHOOL_PLANS } from './sample-school-plan.ts';
import type { SeededRandom } from './seeded-random.ts';

/** A school being built, with the profile its figures came from (needed by the later passes). */
export interface Draft {
  school: Omit<School, 'code'>;
  profile: FigureProfileName;
  townshipCode: string;
}

/** Counts of the school-level situations the rule checks should find. */
const OVERSIZED_CLASS_SCHOOLS = 7;
const SEVERELY_OVERSIZED_CLASS_SCHOOLS = 3;
const WEAK_COMPUTER_PRIMARIES = 8;
const WEAK_COMPUTER_MIDDLES = 4;
const WEAK_COMPUTER_HIGHS = 1;
const SLOW_VILLAGE_SCHOOLS = 10;
const SLOW_LEAD_SCHOOLS = 5;
const BOARDING_VILLAGE_PRIMARIES = 4;
/** Standardisation projects of existing compulsory schools: completed, under construction, planned. */
const STANDARDISATION_PROJECTS = { 竣工: 25, 在建: 18, 规划: 17 } as const;
/** Renovation projects of existing public kindergartens. */
const RENOVATION_PROJECTS = { 竣工: 24, 在建: 20, 规划: 16 } as const;
/** Inclusive private kindergartens certified within the plan (the plan asks for at least 26). */
const NEWLY_CERTIFIED_INCLUSIVE = 28;
/**
 * The value, or a thrown error naming what the inputs lack (the generator's inputs are
 * committed files: a gap is a mistake in them, not a case to handle).
 */
export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Missing ${what}`);
  return value;
}

/** Rounds an investment to ten 万元, as budgets are written. */
export function drawInvestment(random: SeededRandom, range: readonly [number, number]): number {
  return Math.round(random.between(range[0], range[1]) / 10) * 10;
}

/** Whether the draft is a school standing today (not a new build of the plan). */
export function isExisting(draft: Draft): boolean {
  return draft.school.projectType !== '新建';
}
function isCompulsory(draft: Draft): boolean {
  return ['小学', '教学点', '初中', '九年一贯制'].includes(draft.school.type);
}

/** Gives the first schools of a shuffled list a project, with statuses in the given amounts. */
function assignProjects(
  random: SeededRandom,
  candidates: readonly Draft[],
  projectType: Exclude<ProjectType, '' | '新建'>,
  amounts: Readonly<Record<'竣工' | '在建' | '规划', number>>,
  investment: (draft: Draft) => readonly [number, number],
): Set<Draft> {
  const statuses: Exclude<ProjectStatus, ''>[] = [
    ...Array<'竣工'>(amounts.竣工).fill('竣工'),
    ...Array<'在建'>(amounts.在建).fill('在建'),
    ...Array<'规划'>(amounts.规划).fill('规划'),
  ];
  const chosen = random.shuffle(candidates).slice(0, statuses.length);
  if (chosen.length < statuses.length) throw new Error(`Only ${chosen.length} candidates for ${projectType}`);
  chosen.forEach((draft, index) => {
    const status = required(statuses[index], 'a project status');
    draft.school.projectType = projectType;
    draft.school.projectStatus = status;
    // Finished projects ended early in the plan, planned ones sit at its end.
    draft.school.plannedYear =
      status === '竣工' ? random.pick([2018, 2019]) : status === '在建' ? random.pick([2019, 2020]) : 2020;
    draft.school.investmentTenThousandYuan = drawInvestment(random, investment(draft));
  });
  return new Set(chosen);
}

function applyStandardisation(random: SeededRandom, drafts: readonly Draft[]): void {
  const compulsory = drafts.filter((draft) => isExisting(draft) && isCompulsory(draft));
  const projects = assignProjects(random, compulsory, '标准化', STANDARDISATION_PROJECTS, (draft) =>
    draft.school.type === '教学点' ? [20, 80] : draft.school.type === '小学' ? [80, 400] : [200, 800],
  );
  for (const draft of compulsory) {
    let status: Standardisation;
    if (projects.has(draft)) status = draft.school.projectStatus === '竣工' ? '已达标' : '未达标';
    else if (draft.profile === 'village-primary') status = random.next() < 0.55 ? '已达标' : '未达标';
    else if (draft.profile === 'teaching-point') status = random.next() < 0.25 ? '已达标' : '未达标';
    else status = '已达标';
    draft.school.standardisation = status;
  }
}

function applyKindergartenRenovation(random: SeededRandom, drafts: readonly Draft[]): void {
  const publicKindergartens = drafts.filter(
    (draft) => isExisting(draft) && draft.school.type === '幼儿园' && draft.school.ownership === '公办',
  );
  assignProjects(random, publicKindergartens, '改扩建', RENOVATION_PROJECTS, (draft) =>
    draft.profile === 'central-kindergarten' ? [150, 400] : [30, 200],
  );
}

/** Raises pupils per class above 55 (and above 65 for a few) in existing schools with real classes. */
function applyOversizedClasses(random: SeededRandom, drafts: readonly Draft[]): void {
  const candidates = drafts.filter(
    (draft) =>
      isExisting(draft) &&
      ['小学', '初中', '九年一贯制'].includes(draft.school.type) &&
      (draft.school.students ?? 0) >= 200,
  );
  const chosen = random
    .shuffle(candidates)
    .slice(0, OVERSIZED_CLASS_SCHOOLS + SEVERELY_OVERSIZED_CLASS_SCHOOLS);
  chosen.forEach((draft, index) => {
    const classes = required(draft.school.classes ?? undefined, 'classes');
    const perClass = index < OVERSIZED_CLASS_SCHOOLS ? random.between(56.5, 64) : random.between(66.5, 72);
    draft.school.students = Math.round(classes * perClass);
  });
}

/** Leaves a few schools short of computers (pupils per computer above the plan's limit). */
function applyWeakComputers(random: SeededRandom, drafts: readonly Draft[]): void {
  const existing = drafts.filter(isExisting);
  const primaries = random
    .shuffle(existing.filter((draft) => draft.school.type === '小学' || draft.school.type === '教学点'))
    .slice(0, WEAK_COMPUTER_PRIMARIES);
  for (const draft of primaries) {
    draft.school.computers = Math.max(1, Math.floor((draft.school.students ?? 0) / random.between(17, 26)));
  }
  const middles = random
    .shuffle(existing.filter((draft) => draft.school.type === '初中'))
    .slice(0, WEAK_COMPUTER_MIDDLES);
  for (const draft of middles) {
    draft.school.computers = Math.floor((draft.school.students ?? 0) / random.between(11, 16));
  }
  // 港南中学 is the flagship and stays well equipped.
  const highs = random
    .shuffle(
      existing.filter(
        (draft) =>
          (draft.school.type === '高中' || draft.school.type === '完全中学') &&
          draft.school.name !== '港南中学',
      ),
    )
    .slice(0, WEAK_COMPUTER_HIGHS);
  for (const draft of highs) {
    draft.school.computers = Math.floor((draft.school.students ?? 0) / random.between(9, 12));
  }
}

/** Leaves a few schools on slow lines: village schools below 100 Mbps, lead schools below 1000. */
function applySlowBandwidth(random: SeededRandom, drafts: readonly Draft[]): void {
  const existing = drafts.filter(isExisting);
  const village = random
    .shuffle(
      existing.filter((draft) => draft.profile === 'village-primary' || draft.profile === 'teaching-point'),
    )
    .slice(0, SLOW_VILLAGE_SCHOOLS);
  for (const draft of village) draft.school.bandwidthMbps = random.pick([20, 50]);
  const lead = random
    .shuffle(existing.filter((draft) => draft.profile === 'central-primary' || draft.profile === 'middle'))
    .slice(0, SLOW_LEAD_SCHOOLS);
  for (const draft of lead) draft.school.bandwidthMbps = random.pick([200, 500]);
}

/** A few village primaries board pupils, outside the townships that must lack a boarding primary. */
function applyBoardingVillagePrimaries(random: SeededRandom, drafts: readonly Draft[]): void {
  const dayOnly = new Set(
    TOWNSHIP_SCHOOL_PLANS.filter((plan) => plan.urban || !plan.boardingCentralPrimary).map(
      (plan) => plan.code,
    ),
  );
  const candidates = drafts.filter(
    (draft) => isExisting(draft) && draft.profile === 'village-primary' && !dayOnly.has(draft.townshipCode),
  );
  for (const draft of random.shuffle(candidates).slice(0, BOARDING_VILLAGE_PRIMARIES))
    draft.school.boarding = true;
}

function applyInclusiveCertification(random: SeededRandom, drafts: readonly Draft[]): void {
  const inclusive = drafts.filter((draft) => draft.school.type === '幼儿园' && draft.school.inclusive);
  for (const draft of random.shuffle(inclusive).slice(0, NEWLY_CERTIFIED_INCLUSIVE)) {
    draft.school.note = `${random.pick([2018, 2019, 2020])}年新认定普惠性民办幼儿园`;
  }
}

/**
 * A new build that is not open yet has no pupils or classes, but it has a designed size: its
 * approved seats (学位数) are the default new school of its stage (幼儿园 9 classes × 30, 小学 18 × 45,
 * 初中 24 × 50, 高中 36 × 50), so the seat analysis after the plan can count them. No random draw:
 * the rest of the roster is unchanged.
 */
function applyDesignedSeats(drafts: readonly Draft[]): void {
  for (const draft of drafts) {
    const { school } = draft;
    const [stage] = seatStagesOf(school);
    if (school.projectType !== '新建' || school.classes !== null || stage === undefined) continue;
    school.seats = newSiteSeats(DEFAULT_SEAT_SETTINGS, stage);
  }
}

/**
 * Runs every later pass over the drafts, in the order that fixes the seeded draws.
 * @example applySampleSituations(createSeededRandom(SAMPLE_SEED), drafts)
 */
export function applySampleSituations(random: SeededRandom, drafts: readonly Draft[]): void {
  applyStandardisation(random, drafts);
  applyKindergartenRenovation(random, drafts);
  applyOversizedClasses(random, drafts);
  applyWeakComputers(random, drafts);
  applySlowBandwidth(random, drafts);
  applyBoardingVillagePrimaries(random, drafts);
  applyInclusiveCertification(random, drafts);
  applyDesignedSeats(drafts);
}
