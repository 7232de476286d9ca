/**
 * Draws plausible size figures (pupils, classes, staff, computers, bandwidth) for a sample school
 * of a given profile. The ranges follow what a Guangxi county roster of 2018 looks like: urban
 * primaries of two to three thousand pupils, village primaries of a few hundred, teaching points
 * of a few dozen.
 */
import type { SeededRandom } from './seeded-random.ts';

/** The size profiles of the sample roster (finer than 学校类型: a central primary is not a village primary). */
export type FigureProfileName =
  | 'urban-primary'
  | 'central-primary'
  | 'village-primary'
  | 'teaching-point'
  | 'middle'
  | 'nine-year'
  | 'high'
  | 'complete-secondary'
  | 'special-education'
  | 'central-kindergarten'
  | 'public-kindergarten'
  | 'private-kindergarten'
  | 'new-kindergarten';

/** Ranges from which the figures of one profile are drawn. */
interface FigureProfile {
  students: readonly [number, number];
  /** Pupils per class; the top stays at or below 54 so that only deliberate cases exceed 55. */
  classSize: readonly [number, number];
  studentsPerStaff: readonly [number, number];
  studentsPerComputer: readonly [number, number];
  /** Bandwidth choices in Mbps, one picked at random. */
  bandwidthMbps: readonly number[];
  /** Floors so that small schools still have a teacher and a computer. */
  minimumStaff: number;
  minimumComputers: number;
  /** Ceiling on classes: a teaching point teaches grades 1–3 only, so it has three classes at most. */
  maximumClasses: number;
}

const PROFILES: Record<FigureProfileName, FigureProfile> = {
  'urban-primary': profile([1800, 3200], [46, 54], [18, 21], [7, 12], [1000], 60, 100),
  'central-primary': profile([800, 1700], [42, 52], [17, 20], [8, 13], [1000], 40, 50),
  'village-primary': profile([90, 480], [26, 42], [13, 18], [6, 12], [100, 100, 200], 6, 8),
  'teaching-point': profile([12, 60], [12, 24], [8, 14], [5, 10], [100], 2, 2, 3),
  middle: profile([700, 2100], [44, 53], [11, 14], [6, 9], [1000], 50, 70),
  'nine-year': profile([500, 1300], [38, 50], [12, 15], [7, 10], [1000], 40, 50),
  high: profile([1800, 3200], [48, 54], [11, 13], [5, 7.5], [1000], 140, 240),
  'complete-secondary': profile([1500, 2600], [46, 53], [11, 13], [5, 7.5], [1000], 120, 200),
  'special-education': profile([80, 140], [8, 12], [2.5, 4], [2, 4], [200], 20, 20),
  'central-kindergarten': profile([320, 620], [28, 32], [8, 11], [40, 80], [200], 30, 6),
  'public-kindergarten': profile([40, 180], [20, 30], [9, 13], [25, 45], [50, 100], 4, 1),
  'private-kindergarten': profile([60, 320], [22, 32], [8, 11], [30, 60], [100, 200], 6, 2),
  'new-kindergarten': profile([150, 360], [25, 30], [8, 10], [30, 50], [200], 15, 4),
};

function profile(
  students: readonly [number, number],
  classSize: readonly [number, number],
  studentsPerStaff: readonly [number, number],
  studentsPerComputer: readonly [number, number],
  bandwidthMbps: readonly number[],
  minimumStaff: number,
  minimumComputers: number,
  maximumClasses = Number.POSITIVE_INFINITY,
): FigureProfile {
  return {
    students,
    classSize,
    studentsPerStaff,
    studentsPerComputer,
    bandwidthMbps,
    minimumStaff,
    minimumComputers,
    maximumClasses,
  };
}

/** The size figures of one school. */
export interface SchoolFigures {
  students: number;
  classes: number;
  staff: number;
  computers: number;
  bandwidthMbps: number;
}

/**
 * Draws the figures of one school. Classes are rounded up, so pupils per class never exceed the
 * profile's class size (nor 20 in a teaching point, whose 60 pupils at most share three classes):
 * oversized classes are introduced on purpose elsewhere, not by accident.
 * @example drawSchoolFigures('teaching-point', createSeededRandom(1)).students // between 12 and 60
 */
export function drawSchoolFigures(profileName: FigureProfileName, random: SeededRandom): SchoolFigures {
  const ranges = PROFILES[profileName];
  const students = random.integerBetween(ranges.students[0], ranges.students[1]);
  const classes = Math.min(
    ranges.maximumClasses,
    Math.max(1, Math.ceil(students / random.between(ranges.classSize[0], ranges.classSize[1]))),
  );
  const staff = Math.max(
    ranges.minimumStaff,
    Math.round(students / random.between(ranges.studentsPerStaff[0], ranges.studentsPerStaff[1])),
  );
  const computers = Math.max(
    ranges.minimumComputers,
    Math.round(students / random.between(ranges.studentsPerComputer[0], ranges.studentsPerComputer[1])),
  );
  return { students, classes, staff, computers, bandwidthMbps: random.pick(ranges.bandwidthMbps) };
}
