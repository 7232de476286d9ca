/** The data slice: the roster, the district and its townships, and how they were loaded. */
import type { StateCreator } from 'zustand';
import { assignTownships } from '../analysis/assign-townships.ts';
import type { School } from '../domain/school.ts';
import type { DistrictCollection, TownshipCollection, TownshipSeatCollection } from '../domain/township.ts';
import { formatRowIssue } from '../io/import-result.ts';
import { readRoster } from '../io/read-roster.ts';
import type { AtlasState } from './index.ts';

/** Where the data came from and whether it is sample data. */
export interface DatasetInfo {
  districtName: string;
  districtCode: string;
  /** True when any roster row says it is sample data (数据来源 contains 示例). */
  isSample: boolean;
  rosterFile: string;
}

export interface DataSlice {
  loadStatus: 'loading' | 'ready' | 'error';
  loadError: string | null;
  dataset: DatasetInfo | null;
  schools: School[];
  /** Township code of each school (same order as `schools`), '' when unknown. */
  schoolTownships: string[];
  district: DistrictCollection | null;
  townships: TownshipCollection | null;
  seats: TownshipSeatCollection | null;
  /** Roster problems found at load, as Chinese sentences naming file, row and column. */
  rosterMessages: string[];
  /** Loads the embedded default data set of 港南区. */
  loadDefaultData(): Promise<void>;
}

export const createDataSlice: StateCreator<AtlasState, [], [], DataSlice> = (set) => ({
  loadStatus: 'loading',
  loadError: null,
  dataset: null,
  schools: [],
  schoolTownships: [],
  district: null,
  townships: null,
  seats: null,
  rosterMessages: [],
  async loadDefaultData() {
    try {
      const { loadDefaultDataset } = await import('../io/default-dataset.ts');
      const raw = loadDefaultDataset();
      const roster = readRoster(raw.rosterText, raw.rosterFile);
      const schools = roster.accepted.map((row) => row.record);
      const district = raw.district.features[0]?.properties;
      set({
        loadStatus: 'ready',
        loadError: null,
        schools,
        schoolTownships: assignTownships(schools, raw.townships),
        district: raw.district,
        townships: raw.townships,
        seats: raw.seats,
        rosterMessages: [
          ...roster.fileErrors,
          ...roster.rejected.flatMap((row) => row.errors.map(formatRowIssue)),
          ...roster.accepted.flatMap((row) => row.warnings.map(formatRowIssue)),
        ],
        dataset: {
          districtName: district?.name ?? '',
          districtCode: district?.code ?? '',
          isSample: schools.some((school) => school.source.includes('示例')),
          rosterFile: raw.rosterFile,
        },
      });
    } catch (error) {
      set({ loadStatus: 'error', loadError: error instanceof Error ? error.message : String(error) });
    }
  },
});
