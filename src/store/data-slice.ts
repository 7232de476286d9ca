/**
 * The data slice: the roster, the district and its townships, population, and how they were
 * loaded. Every change to these goes through an action here, so undo/redo (zundo, on the
 * combined store) sees each user step as one entry.
 */

import type { StateCreator } from 'zustand';
import { errorMessage, type Message, MessageError, message } from '../domain/message.ts';
import { DEFAULT_SERVICE_RADII, type ServiceRadii } from '../domain/radius.ts';
import type { School } from '../domain/school.ts';
import type { DistrictCollection, TownshipSeatCollection, Village } from '../domain/township.ts';
import { formatRowIssue } from '../io/import-result.ts';
import type { RestoredData } from '../io/project-backup.ts';
import type { AtlasState } from './index.ts';
import { measureOutsideDistrict } from './outside-district.ts';
import type { ConsolidationPlan } from './planning-slice.ts';
import { type PublicationReference, refuseInViewer } from './publication-slice.ts';

/** Where the data came from and whether it is sample data. */
export interface DatasetInfo {
  districtName: string;
  districtCode: string;
  rosterFile: string;
  /**
   * When this data is a local copy of a published atlas ("在此基础上编辑"), which publication it
   * was copied from; kept with the saved work so the copy keeps saying what it is.
   */
  copyOf?: PublicationReference;
}

/**
 * The parts of the data that a user edits, imports, undoes and saves: the data a project backup
 * restores (`RestoredData` of src/io/project-backup.ts, so the two cannot drift apart), and the
 * consolidation (撤并) proposal shown on the map and in the 撤并 panel, which is undone with the
 * data but not kept in a backup (null when none).
 */
export type EditableData = RestoredData & { consolidationPlan?: ConsolidationPlan | null };

/** A school dropped outside the district, waiting for the user to confirm or cancel the move. */
export interface PendingMove {
  code: string;
  lon: number;
  lat: number;
  /** How far outside the district the new point lies. */
  kilometresOutside: number;
}

export interface DataSlice
  extends Omit<EditableData, 'candidates' | 'consolidationPlan' | 'referenceLayers' | 'seatForecast'> {
  loadStatus: 'loading' | 'ready' | 'error';
  loadError: Message | null;
  dataset: DatasetInfo | null;
  district: DistrictCollection | null;
  seats: TownshipSeatCollection | null;
  /** The district's villages and communities (names and township codes; no points), for search. */
  villages: Village[];
  /** Roster problems found at load, each naming file, row and column. */
  rosterMessages: Message[];
  /** Loads the embedded default data set of 港南区. */
  /**
   * Loads the embedded default data set. With `keepLoading` the status stays `loading` (the
   * caller restores saved work over it first and then says `ready`, so the sample data never
   * shows for a moment before the bureau's own).
   */
  loadDefaultData(options?: { keepLoading?: boolean }): Promise<void>;
  /** Replaces some of the editable data in one undoable step (an import commit, a restore). */
  replaceData(change: Partial<EditableData>): void;
  /** Adds a school; its code must be new (else a MessageError). */
  addSchool(school: School): void;
  /** Replaces the school with `code` by `school` (which may carry a new code). */
  updateSchool(code: string, school: School): void;
  /** A move outside the district that waits for the user's answer (not part of the data). */
  pendingMove: PendingMove | null;
  /**
   * Moves a school to a new point. A point outside the district (the importer's check) does not
   * move it yet: it becomes `pendingMove`, for the user to confirm or cancel.
   */
  moveSchool(code: string, lon: number, lat: number): void;
  /** Carries out the pending move (one undo step). */
  confirmMove(): void;
  /** Drops the pending move: the school stays where it was. */
  cancelMove(): void;
  /** Deletes a school. */
  deleteSchool(code: string): void;
  /** Replaces the service radii. */
  setRadii(radii: ServiceRadii): void;
}

export const createDataSlice: StateCreator<AtlasState, [], [], DataSlice> = (set, get) => ({
  loadStatus: 'loading',
  loadError: null,
  dataset: null,
  schools: [],
  district: null,
  townships: null,
  seats: null,
  villages: [],
  population: null,
  ruleSet: null,
  radii: DEFAULT_SERVICE_RADII,
  roads: null,
  barriers: [],
  rosterMessages: [],
  async loadDefaultData(options) {
    try {
      const { loadDefaultDataset } = await import('../io/default-dataset.ts');
      const raw = loadDefaultDataset();
      const { roster } = raw;
      const district = raw.district.features[0]?.properties;
      set({
        loadStatus: options?.keepLoading ? 'loading' : 'ready',
        loadError: null,
        schools: roster.accepted.map((row) => row.record),
        district: raw.district,
        townships: raw.townships,
        seats: raw.seats,
        villages: raw.villages,
        referenceLayers: raw.referenceLayers,
        population: raw.population,
        ruleSet: raw.ruleSet,
        barriers: raw.barriers,
        rosterMessages: [
          ...roster.fileErrors,
          ...roster.rejected.flatMap((row) => row.errors.map(formatRowIssue)),
          ...roster.accepted.flatMap((row) => row.warnings.map(formatRowIssue)),
        ],
        dataset: {
          districtName: district?.name ?? '',
          districtCode: district?.code ?? '',
          rosterFile: raw.rosterFile,
        },
      });
    } catch (error) {
      set({ loadStatus: 'error', loadError: errorMessage(error) });
    }
  },
  replaceData(change) {
    refuseInViewer(get());
    set(change);
  },
  addSchool(school) {
    refuseInViewer(get());
    const { schools } = get();
    if (schools.some((item) => item.code === school.code)) {
      throw new MessageError(message('schoolCodeTaken', { code: school.code }));
    }
    set({ schools: [...schools, school] });
  },
  updateSchool(code, school) {
    refuseInViewer(get());
    const { schools, selection } = get();
    if (school.code !== code && schools.some((item) => item.code === school.code)) {
      throw new MessageError(message('schoolCodeTaken', { code: school.code }));
    }
    set({
      schools: schools.map((item) => (item.code === code ? school : item)),
      ...(selection?.kind === 'school' && selection.code === code
        ? { selection: { kind: 'school', code: school.code } }
        : {}),
    });
  },
  pendingMove: null,
  moveSchool(code, lon, lat) {
    refuseInViewer(get());
    const kilometresOutside = measureOutsideDistrict(get().district, lon, lat);
    if (kilometresOutside > 0) {
      set({ pendingMove: { code, lon, lat, kilometresOutside } });
      return;
    }
    set({
      pendingMove: null,
      schools: get().schools.map((item) => (item.code === code ? { ...item, lon, lat } : item)),
    });
  },
  confirmMove() {
    refuseInViewer(get());
    const move = get().pendingMove;
    if (!move) return;
    set({
      pendingMove: null,
      schools: get().schools.map((item) =>
        item.code === move.code ? { ...item, lon: move.lon, lat: move.lat } : item,
      ),
    });
  },
  cancelMove() {
    set({ pendingMove: null });
  },
  setRadii(radii) {
    refuseInViewer(get());
    set({ radii });
  },
  deleteSchool(code) {
    refuseInViewer(get());
    const { schools, selection } = get();
    set({
      schools: schools.filter((item) => item.code !== code),
      ...(selection?.kind === 'school' && selection.code === code ? { selection: null } : {}),
    });
  },
});
