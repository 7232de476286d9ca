/** Children by single year of age at every place, from whatever the population file gives. */
import type { PopulationPoint } from '../../domain/population.ts';
import { CHILD_AGE_COUNT, SEAT_STAGES, type SeatSettings, type SeatStage } from '../../domain/seats.ts';
import { roundCumulatively } from './round-cumulatively.ts';

/** How the single-year ages were obtained. */
export type ChildrenAgeBasis = 'single-year' | 'stages' | 'mixed' | 'none';

/** Whole children by place and single year of age, in the base year. */
export interface ChildrenAges {
  places: number;
  /** Children of age a at place p: `ages[p * CHILD_AGE_COUNT + a]` (ages 0 … 17). */
  ages: Int32Array;
  /** The stages whose children the population gives (all, with single-year ages). */
  knownStages: Record<SeatStage, boolean>;
  basis: ChildrenAgeBasis;
  /** Places with people but neither single-year ages nor stage counts: they count no children. */
  placesWithoutChildren: number;
}

/**
 * Children by single year of age at every place, whole.
 *
 * - Single-year ages (`0岁` … `17岁`) are used as given; fractional figures become whole children
 *   by cumulative rounding over the places, age by age, so each age's total is kept.
 * - Stage counts (`3-5岁`, `6-11岁` …) are first made whole the same way, stage by stage, then
 *   shared evenly over the stage's years at each place (cumulative rounding again, exact per
 *   place). Ages below the youngest stage given take the count of that stage's first year (flat
 *   cohorts: the younger children are assumed as many as the youngest counted), so the forecast
 *   has cohorts to age; ages above the oldest stage given stay zero, and that stage is unknown.
 * @example expandChildrenAges(points, DEFAULT_SEAT_SETTINGS).ages[3] // children of age 3 at the first place
 */
export function expandChildrenAges(points: readonly PopulationPoint[], settings: SeatSettings): ChildrenAges {
  const places = points.length;
  const ages = new Int32Array(places * CHILD_AGE_COUNT);
  const knownStages = Object.fromEntries(SEAT_STAGES.map((stage) => [stage, false])) as Record<
    SeatStage,
    boolean
  >;
  let singleYear = 0;
  let byStage = 0;
  let placesWithoutChildren = 0;
  const exact = new Float64Array(places);

  for (let age = 0; age < CHILD_AGE_COUNT; age++) {
    exact.fill(0);
    for (let place = 0; place < places; place++) exact[place] = points[place]?.ages?.[age] ?? 0;
    const whole = roundCumulatively(exact);
    for (let place = 0; place < places; place++) ages[place * CHILD_AGE_COUNT + age] = whole[place] ?? 0;
  }
  const stageWhole = {} as Record<SeatStage, Int32Array>;
  for (const stage of SEAT_STAGES) {
    exact.fill(0);
    for (let place = 0; place < places; place++) {
      const point = points[place];
      if (point?.ages) continue;
      const count = point?.stageChildren?.[stage];
      if (count !== undefined) {
        exact[place] = count;
        knownStages[stage] = true;
      }
    }
    stageWhole[stage] = roundCumulatively(exact);
  }

  for (let place = 0; place < places; place++) {
    const point = points[place];
    if (point?.ages) {
      singleYear += 1;
      continue;
    }
    const given = SEAT_STAGES.filter((stage) => point?.stageChildren?.[stage] !== undefined);
    if (given.length === 0) {
      if ((point?.population ?? 0) > 0) placesWithoutChildren += 1;
      continue;
    }
    byStage += 1;
    const offset = place * CHILD_AGE_COUNT;
    for (const stage of given) {
      const { from, to } = settings.stageAges[stage];
      const years = to - from + 1;
      const count = stageWhole[stage][place] ?? 0;
      const shares = roundCumulatively(Array.from({ length: years }, () => count / years));
      for (let age = from; age <= to && age < CHILD_AGE_COUNT; age++)
        ages[offset + age] = shares[age - from] ?? 0;
    }
    const youngest = Math.min(...given.map((stage) => settings.stageAges[stage].from));
    const firstYear = ages[offset + youngest] ?? 0;
    for (let age = 0; age < youngest; age++) ages[offset + age] = firstYear;
  }
  if (singleYear > 0) for (const stage of SEAT_STAGES) knownStages[stage] = true;
  const basis: ChildrenAgeBasis =
    singleYear > 0 && byStage > 0
      ? 'mixed'
      : singleYear > 0
        ? 'single-year'
        : byStage > 0
          ? 'stages'
          : 'none';
  return { places, ages, knownStages, basis, placesWithoutChildren };
}
