/**
 * Generates the sample roster (示例数据): about 340 invented schools of 港南区 at the scale of the
 * 2018–2020 plan, named after the real villages, placed inside the approximate township
 * boundaries, with the plan's construction projects and a few deliberate rule failures. Same
 * inputs and seed, same output: nothing here reads the clock or Math.random.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { School, SchoolType } from '../../src/domain/school.ts';
import { makeSchoolRecord, SCHOOL_TYPES } from '../../src/domain/school.ts';
import type { TownshipCollection, TownshipSeatCollection, Village } from '../../src/domain/township.ts';
import {
  applySampleSituations,
  type Draft,
  drawInvestment,
  isExisting,
  required,
} from './apply-sample-situations.ts';
import { drawSchoolFigures, type FigureProfileName } from './draw-school-figures.ts';
import { samplePoint } from './sample-point.ts';
import {
  DEMONSTRATION_KINDERGARTENS,
  NAMED_SCHOOL_PLANS,
  type NamedSchoolPlan,
  type PlannedProject,
  PRIVATE_KINDERGARTEN_BRANDS,
  TOWNSHIP_SCHOOL_PLANS,
  type TownshipSchoolPlan,
} from './sample-school-plan.ts';
import { createSeededRandom, type SeededRandom } from './seeded-random.ts';
import { shortenVillageName } from './shorten-village-name.ts';

/** The 数据来源 of every generated row: the roster is invented and must say so. */
export const SAMPLE_DATA_SOURCE = '示例数据（脚本生成，非真实学校）';

/** The fixed seed of the committed sample roster. */
export const SAMPLE_SEED = 20180601;

/** Prefix of the generated 10-digit school codes, in the style of the national school identifier. */
export const SAMPLE_CODE_PREFIX = '2145080';

/** What the generator reads: the committed geodata files. */
export interface SampleSchoolInputs {
  townships: TownshipCollection;
  seats: TownshipSeatCollection;
  villages: readonly Village[];
  seed?: number;
}

/** Wished distance between schools, and distance from township edges, in kilometres. */
const SPACING_KILOMETRES = 0.3;
const EDGE_MARGIN_KILOMETRES = 0.1;
/** Radii around the seat: lead institutions, town-centre private kindergartens, attached kindergartens. */
const CENTRAL_RADIUS_KILOMETRES = 1.5;
const TOWN_RADIUS_KILOMETRES = 3;
const ATTACHED_RADIUS_KILOMETRES = 0.8;

/** Share of village kindergartens that sit beside a village primary (附设). */
const ATTACHED_KINDERGARTEN_SHARE = 0.7;

/** Everything the per-township builders share. */
interface Context {
  random: SeededRandom;
  drafts: Draft[];
  taken: Position[];
  areas: Map<string, Feature<Polygon | MultiPolygon>>;
  seats: Map<string, Position>;
  names: Map<string, string>;
}

function baseSchool(name: string, type: SchoolType, township: string): Omit<School, 'code'> {
  const { code: _code, ...school } = makeSchoolRecord({
    code: '',
    name,
    type,
    lon: 0,
    lat: 0,
    township,
    source: SAMPLE_DATA_SOURCE,
  });
  return school;
}

/** Places a school and records it; `near` is a centre and a radius, or nothing for anywhere. */
function addSchool(
  context: Context,
  townshipCode: string,
  school: Omit<School, 'code'>,
  profile: FigureProfileName,
  near: { center: Position; radiusKilometres: number } | undefined,
  withFigures: boolean,
): Draft {
  const area = required(context.areas.get(townshipCode), `boundary of ${townshipCode}`);
  const position = samplePoint(
    {
      area,
      ...(near ? { near } : {}),
      spacingKilometres: SPACING_KILOMETRES,
      edgeMarginKilometres: EDGE_MARGIN_KILOMETRES,
    },
    context.taken,
    context.random,
  );
  context.taken.push(position);
  school.lon = required(position[0], 'longitude');
  school.lat = required(position[1], 'latitude');
  if (withFigures) Object.assign(school, drawSchoolFigures(profile, context.random));
  const draft: Draft = { school, profile, townshipCode };
  context.drafts.push(draft);
  return draft;
}

function markNewBuild(
  school: Omit<School, 'code'>,
  project: PlannedProject,
  investment: number,
  compulsory: boolean,
): void {
  school.projectType = '新建';
  school.projectStatus = project.status;
  school.plannedYear = project.year;
  school.investmentTenThousandYuan = investment;
  if (compulsory && project.status === '竣工') school.standardisation = '已达标';
}

function buildNamedSchool(context: Context, plan: NamedSchoolPlan): void {
  const townshipName = required(context.names.get(plan.townshipCode), `name of ${plan.townshipCode}`);
  const school = baseSchool(plan.name, plan.type, townshipName);
  school.ownership = plan.ownership;
  school.boarding = plan.boarding;
  school.central = plan.central;
  school.demonstrationLevel = plan.demonstrationLevel;
  school.note = plan.note;
  const seat = required(context.seats.get(plan.townshipCode), `seat of ${plan.townshipCode}`);
  // New builds that are not finished have no pupils yet, so their figures stay empty.
  const withFigures = !plan.newBuild || plan.newBuild.status === '竣工';
  const draft = addSchool(
    context,
    plan.townshipCode,
    school,
    plan.profile,
    { center: seat, radiusKilometres: plan.nearSeatKilometres },
    withFigures,
  );
  if (plan.name === '港南中学') {
    // The flagship keeps fixed, round figures: it is the school everyone in the bureau knows.
    Object.assign(draft.school, {
      students: 4260,
      classes: 80,
      staff: 356,
      computers: 620,
      bandwidthMbps: 1000,
    });
  }
  if (plan.newBuild) {
    const compulsory = plan.type === '小学' || plan.type === '初中';
    markNewBuild(
      draft.school,
      plan.newBuild,
      drawInvestment(context.random, plan.newBuild.investment),
      compulsory,
    );
  }
}

function buildTownship(context: Context, plan: TownshipSchoolPlan, villages: readonly Village[]): void {
  const { random } = context;
  const townshipName = required(context.names.get(plan.code), `name of ${plan.code}`);
  const seat = required(context.seats.get(plan.code), `seat of ${plan.code}`);
  const central = { center: seat, radiusKilometres: CENTRAL_RADIUS_KILOMETRES };
  const town = { center: seat, radiusKilometres: TOWN_RADIUS_KILOMETRES };
  const stem = townshipName.replace(/(镇|街道|乡)$/, '');
  const prefix = plan.urban ? '港南区' : townshipName;
  // The village that shares the township's name is the seat itself, served by the central schools.
  const pool = random.shuffle(villages.filter((village) => !village.name.startsWith(stem)));
  const takeVillage = (): Village => required(pool.shift(), `a free village in ${townshipName}`);
  const villageLabel = (village: Village): string => shortenVillageName(village.name, plan.urban);

  if (!plan.urban) {
    const primary = baseSchool(`${townshipName}中心小学`, '小学', townshipName);
    primary.central = true;
    primary.boarding = plan.boardingCentralPrimary;
    addSchool(context, plan.code, primary, 'central-primary', central, true);
    for (let index = 0; index < plan.middleSchools; index += 1) {
      const ordinal = plan.middleSchools === 1 ? '' : ['第一', '第二', '第三'][index];
      const middle = baseSchool(`${townshipName}${ordinal}初级中学`, '初中', townshipName);
      middle.boarding = true;
      addSchool(context, plan.code, middle, 'middle', central, true);
    }
    if (plan.centralKindergartenToday) {
      const name = `${townshipName}中心幼儿园`;
      const kindergarten = baseSchool(name, '幼儿园', townshipName);
      kindergarten.central = true;
      kindergarten.demonstrationLevel = DEMONSTRATION_KINDERGARTENS[name]?.level ?? '';
      kindergarten.note = DEMONSTRATION_KINDERGARTENS[name]?.note ?? '';
      addSchool(context, plan.code, kindergarten, 'central-kindergarten', central, true);
    }
  }

  const brands = random.shuffle(PRIVATE_KINDERGARTEN_BRANDS);
  const privateCount = plan.inclusivePrivateKindergartens + plan.plainPrivateKindergartens;
  for (let index = 0; index < privateCount; index += 1) {
    const brand = required(brands[index], `a private kindergarten name in ${townshipName}`);
    const kindergarten = baseSchool(`${prefix}${brand}幼儿园`, '幼儿园', townshipName);
    kindergarten.ownership = '民办';
    kindergarten.inclusive = index < plan.inclusivePrivateKindergartens;
    if (plan.urban && index === 0) kindergarten.demonstrationLevel = '市级示范园';
    addSchool(context, plan.code, kindergarten, 'private-kindergarten', town, true);
  }

  for (let index = 0; index < plan.nineYearSchools; index += 1) {
    const nineYear = baseSchool(
      `${townshipName}${villageLabel(takeVillage())}九年一贯制学校`,
      '九年一贯制',
      townshipName,
    );
    nineYear.boarding = true;
    addSchool(context, plan.code, nineYear, 'nine-year', undefined, true);
  }
  const primaries: Draft[] = [];
  for (let index = 0; index < plan.villagePrimaries; index += 1) {
    const primary = baseSchool(`${townshipName}${villageLabel(takeVillage())}小学`, '小学', townshipName);
    primaries.push(addSchool(context, plan.code, primary, 'village-primary', undefined, true));
  }
  for (let index = 0; index < plan.teachingPoints; index += 1) {
    const point = baseSchool(`${townshipName}${villageLabel(takeVillage())}教学点`, '教学点', townshipName);
    addSchool(context, plan.code, point, 'teaching-point', undefined, true);
  }

  const attached = Math.min(
    primaries.length,
    Math.ceil(plan.villageKindergartens * ATTACHED_KINDERGARTEN_SHARE),
  );
  const hosts = random.shuffle(primaries).slice(0, attached);
  for (let index = 0; index < plan.villageKindergartens; index += 1) {
    const host = hosts[index];
    if (host) {
      const name = host.school.name.replace(/小学$/, '幼儿园');
      const kindergarten = baseSchool(name, '幼儿园', townshipName);
      kindergarten.note = `附设于${host.school.name}`;
      const near = {
        center: [host.school.lon, host.school.lat],
        radiusKilometres: ATTACHED_RADIUS_KILOMETRES,
      };
      addSchool(context, plan.code, kindergarten, 'public-kindergarten', near, true);
    } else {
      const kindergarten = baseSchool(
        `${townshipName}${villageLabel(takeVillage())}幼儿园`,
        '幼儿园',
        townshipName,
      );
      addSchool(context, plan.code, kindergarten, 'public-kindergarten', undefined, true);
    }
  }

  plan.newKindergartens.forEach((project, index) => {
    const becomesCentral = !plan.urban && !plan.centralKindergartenToday && index === 0;
    const name = becomesCentral
      ? `${townshipName}中心幼儿园`
      : `${townshipName}${villageLabel(takeVillage())}幼儿园`;
    const kindergarten = baseSchool(name, '幼儿园', townshipName);
    kindergarten.central = becomesCentral;
    kindergarten.note = becomesCentral
      ? '三年行动计划新建项目；建成后为乡镇公办中心幼儿园'
      : '三年行动计划新建项目';
    const near = becomesCentral ? central : plan.urban ? town : undefined;
    const draft = addSchool(
      context,
      plan.code,
      kindergarten,
      'new-kindergarten',
      near,
      project.status === '竣工',
    );
    markNewBuild(draft.school, project, drawInvestment(random, [300, 900]), false);
  });
}

function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Generates the sample roster. Rows come sorted by township code, school type and name (new
 * builds after existing schools of their type), and codes are numbered in that order.
 * @throws when the inputs lack a township, a seat or enough villages, or two schools share a name
 * @example generateSampleSchools({ townships, seats, villages }).length // about 340
 */
export function generateSampleSchools(inputs: SampleSchoolInputs): School[] {
  const context: Context = {
    random: createSeededRandom(inputs.seed ?? SAMPLE_SEED),
    drafts: [],
    taken: [],
    areas: new Map(inputs.townships.features.map((feature) => [feature.properties.code, feature])),
    seats: new Map(
      inputs.seats.features.map((feature) => [feature.properties.code, feature.geometry.coordinates]),
    ),
    names: new Map(
      inputs.townships.features.map((feature) => [feature.properties.code, feature.properties.name]),
    ),
  };
  // Named schools first: they sit at the seats and must get the central spots before the crowd.
  for (const plan of NAMED_SCHOOL_PLANS) buildNamedSchool(context, plan);
  for (const plan of TOWNSHIP_SCHOOL_PLANS) {
    const villages = inputs.villages.filter((village) => village.townshipCode === plan.code);
    buildTownship(context, plan, villages);
  }
  const { random, drafts } = context;
  applySampleSituations(random, drafts);

  const seen = new Set<string>();
  for (const draft of drafts) {
    if (seen.has(draft.school.name)) throw new Error(`Two sample schools are called ${draft.school.name}`);
    seen.add(draft.school.name);
  }
  const sorted = [...drafts].sort(
    (left, right) =>
      compareText(left.townshipCode, right.townshipCode) ||
      SCHOOL_TYPES.indexOf(left.school.type) - SCHOOL_TYPES.indexOf(right.school.type) ||
      Number(!isExisting(left)) - Number(!isExisting(right)) ||
      compareText(left.school.name, right.school.name),
  );
  return sorted.map((draft, index) => ({
    code: `${SAMPLE_CODE_PREFIX}${String(index + 1).padStart(3, '0')}`,
    ...draft.school,
  }));
}
