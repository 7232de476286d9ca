/**
 * The shape of the sample roster: how many schools of each kind each township gets, which named
 * schools exist, and which construction projects of the 2018–2020 plan are on the map. Kept as
 * data, apart from the generator, so the numbers can be read and checked against the plan at a
 * glance. Codes are GB/T 2260 township codes of 港南区.
 *
 * Deliberate gaps, so that the app's rule checks have something to find:
 * - 江南街道 (urban; its primaries are day schools) and 湛江镇 have no boarding primary school today;
 *   the plan's 湛江镇寄宿制小学 (under construction) fixes 湛江镇, 江南街道 still fails after the plan;
 * - 瓦塘镇 has no public central kindergarten today; the plan builds one (under construction);
 * - 桥圩镇 (the most populous town) gets three new public kindergartens, 木格镇 (also populous) one.
 */
import type { Ownership, ProjectStatus, SchoolType } from '../../src/domain/school.ts';
import type { FigureProfileName } from './draw-school-figures.ts';

/** A construction project of the plan: its status and planned year. */
export interface PlannedProject {
  status: Exclude<ProjectStatus, ''>;
  year: number;
}

/** How many generated schools of each kind one township gets. */
export interface TownshipSchoolPlan {
  code: string;
  /** Rural townships get a generated central primary, middle schools and central kindergarten. */
  urban: boolean;
  /** Whether the township's central primary is a boarding school (rural townships only). */
  boardingCentralPrimary: boolean;
  /** Whether the township has a public central kindergarten today (rural townships only). */
  centralKindergartenToday: boolean;
  middleSchools: number;
  nineYearSchools: number;
  villagePrimaries: number;
  teachingPoints: number;
  /** Public village kindergartens besides the central one; most sit beside a village primary. */
  villageKindergartens: number;
  inclusivePrivateKindergartens: number;
  plainPrivateKindergartens: number;
  /** New public kindergartens of the plan (16 in all). */
  newKindergartens: readonly PlannedProject[];
}

/** Every township-level unit of 港南区, in code order. */
export const TOWNSHIP_SCHOOL_PLANS: readonly TownshipSchoolPlan[] = [
  township('450803001', { urban: true, inclusive: 7, plain: 6 }, [
    ['竣工', 2018],
    ['在建', 2020],
  ]),
  township(
    '450803002',
    {
      middle: 1,
      nineYear: 1,
      primaries: 11,
      teachingPoints: 4,
      villageKindergartens: 9,
      inclusive: 4,
      plain: 4,
    },
    [
      ['竣工', 2019],
      ['规划', 2020],
    ],
  ),
  township(
    '450803100',
    { middle: 2, primaries: 13, teachingPoints: 4, villageKindergartens: 11, inclusive: 8, plain: 7 },
    [
      ['竣工', 2018],
      ['竣工', 2019],
      ['在建', 2019],
    ],
  ),
  township(
    '450803101',
    { middle: 2, primaries: 12, teachingPoints: 5, villageKindergartens: 10, inclusive: 5, plain: 4 },
    [['竣工', 2019]],
  ),
  township(
    '450803102',
    { middle: 1, primaries: 9, teachingPoints: 3, villageKindergartens: 7, inclusive: 3, plain: 3 },
    [
      ['竣工', 2018],
      ['规划', 2020],
    ],
  ),
  township(
    '450803103',
    {
      middle: 1,
      primaries: 7,
      teachingPoints: 3,
      villageKindergartens: 6,
      inclusive: 3,
      plain: 2,
      boardingCentralPrimary: false,
    },
    [['竣工', 2019]],
  ),
  township(
    '450803104',
    {
      middle: 1,
      nineYear: 1,
      primaries: 9,
      teachingPoints: 3,
      villageKindergartens: 7,
      inclusive: 3,
      plain: 3,
    },
    [
      ['竣工', 2019],
      ['在建', 2020],
    ],
  ),
  township(
    '450803106',
    {
      middle: 1,
      nineYear: 1,
      primaries: 10,
      teachingPoints: 3,
      villageKindergartens: 7,
      inclusive: 3,
      plain: 3,
    },
    [
      ['竣工', 2018],
      ['规划', 2020],
    ],
  ),
  // The first new kindergarten of a township without a central kindergarten becomes its central one.
  township(
    '450803107',
    {
      middle: 1,
      primaries: 9,
      teachingPoints: 4,
      villageKindergartens: 8,
      inclusive: 3,
      plain: 3,
      centralKindergartenToday: false,
    },
    [['在建', 2019]],
  ),
];

interface TownshipCounts {
  urban?: boolean;
  middle?: number;
  nineYear?: number;
  primaries?: number;
  teachingPoints?: number;
  villageKindergartens?: number;
  inclusive: number;
  plain: number;
  boardingCentralPrimary?: boolean;
  centralKindergartenToday?: boolean;
}

function township(
  code: string,
  counts: TownshipCounts,
  newKindergartens: ReadonlyArray<readonly [PlannedProject['status'], number]>,
): TownshipSchoolPlan {
  return {
    code,
    urban: counts.urban ?? false,
    boardingCentralPrimary: counts.boardingCentralPrimary ?? true,
    centralKindergartenToday: counts.centralKindergartenToday ?? true,
    middleSchools: counts.middle ?? 0,
    nineYearSchools: counts.nineYear ?? 0,
    villagePrimaries: counts.primaries ?? 0,
    teachingPoints: counts.teachingPoints ?? 0,
    villageKindergartens: counts.villageKindergartens ?? 0,
    inclusivePrivateKindergartens: counts.inclusive,
    plainPrivateKindergartens: counts.plain,
    newKindergartens: newKindergartens.map(([status, year]) => ({ status, year })),
  };
}

/** A school given by name: the urban core's schools, the high schools and the plan's new schools. */
export interface NamedSchoolPlan {
  name: string;
  townshipCode: string;
  type: SchoolType;
  profile: FigureProfileName;
  ownership: Ownership;
  boarding: boolean;
  central: boolean;
  demonstrationLevel: string;
  /** A new build of the plan, with its investment range in 万元; absent for existing schools. */
  newBuild?: PlannedProject & { investment: readonly [number, number] };
  note: string;
  /** Radius around the township seat in which the school is placed. */
  nearSeatKilometres: number;
}

const NEW_BUILD_NOTE = '三年行动计划新建项目';
const JIANGNAN = '450803001';

function named(
  name: string,
  townshipCode: string,
  type: SchoolType,
  profile: FigureProfileName,
  details: Partial<Omit<NamedSchoolPlan, 'name' | 'townshipCode' | 'type' | 'profile'>> = {},
): NamedSchoolPlan {
  return {
    name,
    townshipCode,
    type,
    profile,
    ownership: details.ownership ?? '公办',
    boarding: details.boarding ?? false,
    central: details.central ?? false,
    demonstrationLevel: details.demonstrationLevel ?? '',
    ...(details.newBuild ? { newBuild: details.newBuild } : {}),
    note: details.note ?? (details.newBuild ? NEW_BUILD_NOTE : ''),
    nearSeatKilometres: details.nearSeatKilometres ?? 1.5,
  };
}

/** Named schools, existing and new; 港南中学 is the district's flagship high school. */
export const NAMED_SCHOOL_PLANS: readonly NamedSchoolPlan[] = [
  named('港南区实验小学', JIANGNAN, '小学', 'urban-primary', { central: true }),
  named('港南区第一小学', JIANGNAN, '小学', 'urban-primary', { nearSeatKilometres: 2.5 }),
  named('港南区第二小学', JIANGNAN, '小学', 'urban-primary', { nearSeatKilometres: 2.5 }),
  named('港南区第二中学', JIANGNAN, '初中', 'middle', { nearSeatKilometres: 2.5 }),
  named('港南区第三中学', JIANGNAN, '初中', 'middle', { nearSeatKilometres: 2.5, boarding: true }),
  named('港南中学', JIANGNAN, '高中', 'high', { boarding: true, demonstrationLevel: '自治区示范性高中' }),
  named('港南区育英高级中学', JIANGNAN, '高中', 'high', {
    ownership: '民办',
    boarding: true,
    nearSeatKilometres: 3,
  }),
  named('江南街道中心幼儿园', JIANGNAN, '幼儿园', 'central-kindergarten', {
    central: true,
    demonstrationLevel: '自治区示范园',
  }),
  named('港南区实验幼儿园', JIANGNAN, '幼儿园', 'central-kindergarten', {
    demonstrationLevel: '市级示范园',
    nearSeatKilometres: 2.5,
  }),
  named('港南区机关幼儿园', JIANGNAN, '幼儿园', 'central-kindergarten', { nearSeatKilometres: 2.5 }),
  named('港南区桥圩高级中学', '450803100', '高中', 'high', {
    boarding: true,
    demonstrationLevel: '市级示范性高中',
    nearSeatKilometres: 2.5,
  }),
  named('港南区木格中学', '450803101', '完全中学', 'complete-secondary', {
    boarding: true,
    nearSeatKilometres: 2.5,
  }),
  named('港南区第三小学', JIANGNAN, '小学', 'urban-primary', {
    newBuild: { status: '规划', year: 2020, investment: [2500, 4000] },
    nearSeatKilometres: 3,
  }),
  named('桥圩镇第二小学', '450803100', '小学', 'central-primary', {
    newBuild: { status: '竣工', year: 2018, investment: [1500, 3000] },
    nearSeatKilometres: 2.5,
  }),
  named('湛江镇寄宿制小学', '450803103', '小学', 'central-primary', {
    boarding: true,
    newBuild: { status: '在建', year: 2019, investment: [1500, 3000] },
    note: `${NEW_BUILD_NOTE}；乡镇寄宿制小学`,
    nearSeatKilometres: 2,
  }),
  named('八塘街道第二小学', '450803002', '小学', 'village-primary', {
    newBuild: { status: '在建', year: 2020, investment: [1500, 2500] },
    nearSeatKilometres: 2.5,
  }),
  named('桥圩镇第三初级中学', '450803100', '初中', 'middle', {
    boarding: true,
    newBuild: { status: '在建', year: 2019, investment: [3000, 6000] },
    nearSeatKilometres: 3,
  }),
  named('港南区特殊教育学校', JIANGNAN, '特殊教育学校', 'special-education', {
    boarding: true,
    newBuild: { status: '竣工', year: 2019, investment: [1500, 2500] },
    nearSeatKilometres: 3,
  }),
  named('港南区江南高级中学', JIANGNAN, '高中', 'high', {
    boarding: true,
    newBuild: { status: '在建', year: 2020, investment: [15000, 30000] },
    note: `${NEW_BUILD_NOTE}；城区新建高中`,
    nearSeatKilometres: 3,
  }),
];

/** Kindergartens of rural townships that hold a demonstration level. */
export const DEMONSTRATION_KINDERGARTENS: Readonly<Record<string, { level: string; note: string }>> = {
  桥圩镇中心幼儿园: { level: '自治区示范园', note: '2019年认定自治区示范园' },
  木格镇中心幼儿园: { level: '市级示范园', note: '' },
};

/**
 * Invented names of private kindergartens (not real businesses); each township draws from this
 * list without repeats.
 */
export const PRIVATE_KINDERGARTEN_BRANDS: readonly string[] = [
  '小太阳',
  '童心',
  '育才',
  '启蒙',
  '星星',
  '蓝天',
  '金色摇篮',
  '小天使',
  '博雅',
  '阳光',
  '七彩',
  '贝贝',
  '春苗',
  '智慧树',
  '快乐宝贝',
  '新苗',
  '爱心',
  '小博士',
  '苗苗',
  '彩虹',
  '明珠',
  '童乐',
  '英才',
  '书香',
  '晨曦',
  '希望',
  '小白鸽',
  '金太阳',
];
