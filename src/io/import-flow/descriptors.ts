/**
 * One descriptor per kind of file: the files it accepts, its first options and choices, the
 * guesses after a read, the review (preview and report) and what a commit changes. The import
 * slice runs every kind through the same steps with these; a new kind is a new entry here.
 */
import type { TownshipMismatch } from '../../analysis/find-township-mismatches.ts';
import { type Message, message } from '../../domain/message.ts';
import { describePopulation } from '../../domain/population.ts';
import { withChosenBaseYear } from '../../domain/population-base-year.ts';
import type { TownshipMatch } from '../to-townships.ts';
import { type BirthsReview, reviewBirthsImport, withImportedBirths } from './births-import.ts';
import { birthsSummary } from './births-summary.ts';
import {
  boundaryMismatches,
  guessBoundaryChoices,
  knownTownshipsFor,
  reviewBoundaryImport,
} from './boundary-import.ts';
import { districtMiddleLongitude, districtOutline } from './district-outline.ts';
import {
  type ImportChange,
  type ImportChoices,
  type ImportContext,
  type ImportKind,
  type ImportReadOptions,
  type ImportReads,
  INITIAL_IMPORT_CHOICES,
  INITIAL_IMPORT_OPTIONS,
} from './import-kinds.ts';
import { guessPopulationTable, type PopulationReview, reviewPopulationImport } from './population-import.ts';
import {
  type BarrierReview,
  commitBarrierReview,
  commitRoadReview,
  type RoadReview,
  withNearLongitude,
} from './road-import.ts';
import { type RosterReview, reviewRosterImport, rosterDoneMessage } from './roster-import.ts';

/** What each kind's review gives: the preview and report the dialog shows before a commit. */
export interface ImportReviews {
  roster: RosterReview;
  boundaries: TownshipMatch;
  population: PopulationReview;
  births: BirthsReview;
  roads: RoadReview;
  barriers: BarrierReview;
}

/** What a commit did, for the dialog's last step. */
export interface ImportDone {
  message: Message;
  /** Boundaries only: the schools whose points fall outside their stated township. */
  mismatches: TownshipMismatch[];
}

/** How one kind of file goes through the flow. */
export interface ImportDescriptor<K extends ImportKind> {
  kind: K;
  /** The file picker's accept list. */
  accept: string;
  initialOptions: ImportReadOptions[K];
  initialChoices: ImportChoices[K];
  /** The read options with what the flow adds from the data in use (the district). */
  readOptions(options: ImportReadOptions[K], context: ImportContext): ImportReadOptions[K];
  /** The choices after a read: the guesses for this file, or the choices so far. */
  choicesAfterRead(read: ImportReads[K], context: ImportContext, choices: ImportChoices[K]): ImportChoices[K];
  /** The preview and report of a read with the choices; null when the read gave nothing to review. */
  review(read: ImportReads[K], choices: ImportChoices[K], context: ImportContext): ImportReviews[K] | null;
  /** What a commit replaces and says, or null when the review has nothing to commit. */
  commit(
    review: ImportReviews[K],
    file: string,
    context: ImportContext,
    choices: ImportChoices[K],
  ): { change: ImportChange; done: ImportDone } | null;
}

const roster: ImportDescriptor<'roster'> = {
  kind: 'roster',
  accept: '.csv,.tsv,.txt,.xlsx,.xls,.geojson,.json',
  initialOptions: INITIAL_IMPORT_OPTIONS.roster,
  initialChoices: INITIAL_IMPORT_CHOICES.roster,
  readOptions(options, context) {
    const district = districtOutline(context);
    return district ? { ...options, district } : options;
  },
  choicesAfterRead: (_read, _context, choices) => ({ ...choices, decisions: {} }),
  review: (read, choices, context) =>
    read.headers.length > 0 ? reviewRosterImport(read, choices, context.schools) : null,
  commit(review, file) {
    if (!review.readable || review.incoming.length === 0) return null;
    return {
      change: { schools: review.schools },
      done: { message: rosterDoneMessage(review, file), mismatches: [] },
    };
  },
};

const boundaries: ImportDescriptor<'boundaries'> = {
  kind: 'boundaries',
  accept: '.geojson,.json,.zip',
  initialOptions: INITIAL_IMPORT_OPTIONS.boundaries,
  initialChoices: INITIAL_IMPORT_CHOICES.boundaries,
  readOptions(options, context) {
    if (options.nearLongitude !== undefined) return options;
    // The district's middle longitude puts the projection candidates around it first.
    const nearLongitude = districtMiddleLongitude(context);
    return nearLongitude === undefined ? options : { ...options, nearLongitude };
  },
  choicesAfterRead: (read, context, choices) =>
    read.status === 'ok'
      ? guessBoundaryChoices(read, knownTownshipsFor(context.townships, context.seats))
      : choices,
  review: (read, choices, context) =>
    read.status === 'ok'
      ? reviewBoundaryImport(read, choices, knownTownshipsFor(context.townships, context.seats))
      : null,
  commit(review, _file, context) {
    const count = review.townships.features.length;
    if (count === 0) return null;
    return {
      change: { townships: review.townships },
      done: {
        message: message('boundaryDone', { count }),
        mismatches: boundaryMismatches(context.schools, review.townships),
      },
    };
  },
};

const population: ImportDescriptor<'population'> = {
  kind: 'population',
  accept: '.csv,.tsv,.txt,.xlsx,.xls,.geojson,.json',
  initialOptions: INITIAL_IMPORT_OPTIONS.population,
  initialChoices: INITIAL_IMPORT_CHOICES.population,
  readOptions: (options) => options,
  choicesAfterRead: (read, _context, choices) =>
    read.ok ? { ...choices, table: guessPopulationTable(read.table.headers), mapping: {} } : choices,
  review: (read, choices, context) =>
    read.ok
      ? reviewPopulationImport(
          read.table,
          choices,
          knownTownshipsFor(context.townships, null),
          districtOutline(context),
        )
      : null,
  commit(review, _file, _context, choices) {
    if (!review.population) return null;
    return {
      change: { population: withChosenBaseYear(review.population, choices.baseYear) },
      done: {
        message: message('populationDone', { label: describePopulation(review.population) }),
        mismatches: [],
      },
    };
  },
};

const births: ImportDescriptor<'births'> = {
  kind: 'births',
  accept: '.csv,.tsv,.txt,.xlsx,.xls',
  initialOptions: INITIAL_IMPORT_OPTIONS.births,
  initialChoices: INITIAL_IMPORT_CHOICES.births,
  readOptions: (options) => options,
  choicesAfterRead: (read, _context, choices) => (read.ok ? { ...choices, mapping: {} } : choices),
  review: (read, choices, context) =>
    read.ok ? reviewBirthsImport(read.table, choices, knownTownshipsFor(context.townships, null)) : null,
  commit(review, file, context) {
    if (!review.figures) return null;
    return {
      change: { seatForecast: withImportedBirths(context.forecast, review.figures, file) },
      done: {
        message: message('birthsDone', { file, summary: birthsSummary(review.figures) }),
        mismatches: [],
      },
    };
  },
};

const roads: ImportDescriptor<'roads'> = {
  kind: 'roads',
  accept: '.geojson,.json,.zip,.pbf',
  initialOptions: INITIAL_IMPORT_OPTIONS.roads,
  initialChoices: INITIAL_IMPORT_CHOICES.roads,
  readOptions: withNearLongitude,
  choicesAfterRead: (_read, _context, choices) => choices,
  review: (read, _choices, context) =>
    read.status === 'ok' ? { read, replaces: context.roads?.file ?? null } : null,
  commit(review) {
    const committed = commitRoadReview(review);
    return committed && { change: committed.change, done: { message: committed.done, mismatches: [] } };
  },
};

const barriers: ImportDescriptor<'barriers'> = {
  kind: 'barriers',
  accept: '.geojson,.json,.zip',
  initialOptions: INITIAL_IMPORT_OPTIONS.barriers,
  initialChoices: INITIAL_IMPORT_CHOICES.barriers,
  readOptions: withNearLongitude,
  choicesAfterRead: (_read, _context, choices) => choices,
  review: (read, _choices, context) =>
    read.status === 'ok' ? { read, layersInUse: context.barriers.length } : null,
  commit(review, _file, context) {
    const committed = commitBarrierReview(review, context);
    return committed && { change: committed.change, done: { message: committed.done, mismatches: [] } };
  },
};

/** Every kind's descriptor. */
export const IMPORT_DESCRIPTORS: { [K in ImportKind]: ImportDescriptor<K> } = {
  roster,
  boundaries,
  population,
  births,
  roads,
  barriers,
};
