/** One stage's seats against its children in one year: district, townships and schools. */
import type { SeatStage } from '../../domain/seats.ts';
import { allocateSeats } from './allocate-seats.ts';
import type { SeatSource } from './count-school-seats.ts';
import { measureMaximumSeated } from './measure-maximum-seated.ts';
import type { SeatFrame } from './prepare-seat-analysis.ts';

/** Children, seats and who got a seat, for the district or one township. */
export interface SeatFigures {
  /** Children of the stage's ages living there. */
  children: number;
  /** Known seats of the schools located there. */
  seats: number;
  /** Of those children, how many got a seat (anywhere). */
  seated: number;
  withoutSeat: number;
  /** Without a seat: no school of the stage within the radius of their place. */
  withoutSeatNoSchool: number;
  /** Without a seat: schools within the radius, all full. */
  withoutSeatFull: number;
  /** Seats − children: negative is a shortfall (学位缺口). */
  balance: number;
}

/** A township's figures. */
export interface TownshipSeatFigures extends SeatFigures {
  code: string;
  name: string;
}

/** One school's seats and the children allocated to it. */
export interface SchoolSeatFigures {
  code: string;
  name: string;
  townshipCode: string;
  /** Whole seats; null when unknown (neither 学位数 nor 班级数). */
  seats: number | null;
  seatSource: SeatSource;
  /** Children the allocation gave a seat here. */
  allocated: number;
  /** The stage's pupils (在校生数, shared by years in a two-stage school); null = not given. */
  enrolled: number | null;
}

/** The places with children left without a seat, for the map: parallel arrays. */
export interface PlacesWithoutSeat {
  /** Place positions (into the frame's points). */
  places: Int32Array;
  noSchool: Int32Array;
  full: Int32Array;
}

/** One stage in one year. */
export interface StageSeatBalance extends SeatFigures {
  stage: SeatStage;
  /** The most children any assignment within the radii could seat; null when not measured. */
  maximumSeated: number | null;
  /** Schools of the stage whose seats are unknown (counted with none). */
  unknownSeatSchools: number;
  townships: TownshipSeatFigures[];
  schools: SchoolSeatFigures[];
  placesWithoutSeat: PlacesWithoutSeat;
}

function emptyFigures(): SeatFigures {
  return {
    children: 0,
    seats: 0,
    seated: 0,
    withoutSeat: 0,
    withoutSeatNoSchool: 0,
    withoutSeatFull: 0,
    balance: 0,
  };
}

/**
 * Allocates one stage's seats to its children (`allocateSeats`, nearest free seat first over the
 * frame's ordered pairs) and sums the result: per school its seats, allocated children and pupils;
 * per township the children living there, the seats of the schools located there, how many of its
 * children got a seat (anywhere) and why the others did not; the same for the district (places
 * outside every township count there only); with `maximumFlow`, the most children any assignment
 * could seat (`measureMaximumSeated`).
 * @param children the stage's children at every place (`countStageChildren`)
 * @example measureSeatBalance(frame, 'primary', countStageChildren(ages, frame.points.length, frame.settings.stageAges.primary), { maximumFlow: true }).withoutSeat
 */
export function measureSeatBalance(
  frame: SeatFrame,
  stage: SeatStage,
  children: Int32Array,
  options: { maximumFlow: boolean },
): StageSeatBalance {
  const stageFrame = frame.stages[stage];
  const pairs = stageFrame.pairs ?? {
    count: 0,
    point: new Int32Array(0),
    school: new Int32Array(0),
    distance: new Float64Array(0),
    reach: new Int32Array(children.length),
  };
  const allocation = allocateSeats(pairs, children, stageFrame.seats);
  const district = emptyFigures();
  const byCode = new Map<string, TownshipSeatFigures>(
    frame.townships.map((township) => [
      township.code,
      { code: township.code, name: township.name, ...emptyFigures() },
    ]),
  );
  const without: number[] = [];
  const noSchool: number[] = [];
  const full: number[] = [];
  for (let place = 0; place < children.length; place++) {
    const count = Math.max(0, children[place] ?? 0);
    if (count === 0) continue;
    const seated = allocation.seatedAtPlace[place] ?? 0;
    const left = count - seated;
    const reachable = (pairs.reach[place] ?? 0) > 0;
    const township = byCode.get(frame.placeTownships[place] ?? '');
    for (const figures of township ? [district, township] : [district]) {
      figures.children += count;
      figures.seated += seated;
      figures.withoutSeat += left;
      if (reachable) figures.withoutSeatFull += left;
      else figures.withoutSeatNoSchool += left;
    }
    if (left > 0) {
      without.push(place);
      noSchool.push(reachable ? 0 : left);
      full.push(reachable ? left : 0);
    }
  }
  let unknownSeatSchools = 0;
  const schools = stageFrame.schools.map((school, position): SchoolSeatFigures => {
    const count = stageFrame.seatCounts[position];
    const seats = count?.seats ?? null;
    const townshipCode = stageFrame.schoolTownships[position] ?? '';
    if (seats === null) unknownSeatSchools += 1;
    else {
      district.seats += seats;
      const township = byCode.get(townshipCode);
      if (township) township.seats += seats;
    }
    return {
      code: school.code,
      name: school.name,
      townshipCode,
      seats,
      seatSource: count?.source ?? 'unknown',
      allocated: allocation.allocatedAtSchool[position] ?? 0,
      enrolled: stageFrame.enrolled[position] ?? null,
    };
  });
  const townships = [...byCode.values()];
  for (const figures of [district, ...townships]) figures.balance = figures.seats - figures.children;
  return {
    stage,
    ...district,
    maximumSeated: options.maximumFlow
      ? measureMaximumSeated(pairs, children, stageFrame.seats, allocation)
      : null,
    unknownSeatSchools,
    townships,
    schools,
    placesWithoutSeat: {
      places: Int32Array.from(without),
      noSchool: Int32Array.from(noSchool),
      full: Int32Array.from(full),
    },
  };
}
