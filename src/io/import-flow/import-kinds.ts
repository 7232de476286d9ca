/**
 * The kinds of file the import flow takes, and for each what reading needs (options, sent to
 * the worker), what reading gives, what the user chooses afterwards, and what a commit changes.
 * A new kind adds one entry to each map below and a descriptor (see `descriptors.ts`).
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Message } from '../../domain/message.ts';
import type { PopulationData } from '../../domain/population.ts';
import type { BarrierLayer, RoadNetwork } from '../../domain/road-network.ts';
import type { School } from '../../domain/school.ts';
import type { SeatForecastAssumptions } from '../../domain/seats.ts';
import type {
  DistrictCollection,
  TownshipCollection,
  TownshipSeatCollection,
} from '../../domain/township.ts';
import type { CoordinateSystem } from '../convert-coordinates.ts';
import type { ColumnMappingOverride } from '../guess-column-mapping.ts';
import type { BarrierFileResult, ReadBarrierOptions } from '../read-barrier-file.ts';
import type { BoundaryFileResult, ReadBoundaryOptions } from '../read-boundary-file.ts';
import type { ReadRoadOptions, RoadNetworkResult } from '../read-road-network.ts';
import type { RosterImportResult } from '../read-roster-bytes.ts';
import type { ReadTableOptions, SourceTableFailure, SourceTableRead } from '../read-source-table.ts';
import type { DuplicateDecision, MergeMode } from './merge-roster.ts';

/** The files a user brings through the import dialog (and the CLI). */
export const IMPORT_KINDS = ['roster', 'boundaries', 'population', 'births', 'roads', 'barriers'] as const;

/** One kind of file. */
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** What a read of each kind needs: plain data, so it crosses to the worker. */
export interface ImportReadOptions {
  roster: {
    coords?: CoordinateSystem;
    encoding?: string;
    sheet?: string;
    mapping?: ColumnMappingOverride;
    /** Added by the flow from the district in use, so points outside it are flagged. */
    district?: Feature<Polygon | MultiPolygon>;
  };
  boundaries: ReadBoundaryOptions;
  population: ReadTableOptions;
  births: ReadTableOptions;
  /** The user's projection, encoding and attribute fields (a change reads the file again). */
  roads: ReadRoadOptions;
  barriers: ReadBarrierOptions;
}

/** What a read of each kind gives. */
export interface ImportReads {
  roster: RosterImportResult;
  boundaries: BoundaryFileResult;
  population: SourceTableRead | SourceTableFailure;
  births: SourceTableRead | SourceTableFailure;
  roads: RoadNetworkResult;
  barriers: BarrierFileResult;
}

/** The population tables: per township, or settlement points. */
export type PopulationTableKind = 'township' | 'settlement';

/** What the user chooses after a read: the parts that need no new read. */
export interface ImportChoices {
  roster: {
    mode: MergeMode;
    /** The user's answer for a likely duplicate, by the file's row number. */
    decisions: Record<number, DuplicateDecision>;
  };
  boundaries: { nameField: string | null; codeField: string | null };
  population: {
    table: PopulationTableKind;
    mapping: Record<string, string | null>;
    coords: CoordinateSystem;
    /** The year the children's ages refer to when the file has no 年份 column (null: 2020). */
    baseYear: number | null;
  };
  births: { mapping: Record<string, string | null> };
  /** Roads and barriers: every choice changes the read, so all are read options. */
  roads: Record<string, never>;
  barriers: Record<string, never>;
}

/** The data in use that a review is measured against. */
export interface ImportContext {
  schools: readonly School[];
  townships: TownshipCollection | null;
  seats: TownshipSeatCollection | null;
  district: DistrictCollection | null;
  /** The seat forecast's assumptions, which a births import changes. */
  forecast: SeatForecastAssumptions;
  /** The road network in use, which a road file replaces; null when none. */
  roads: RoadNetwork | null;
  /** The barriers in use: a barrier file adds to them. */
  barriers: readonly BarrierLayer[];
}

/** What a commit replaces: one undo step. */
export interface ImportChange {
  schools?: School[];
  townships?: TownshipCollection;
  population?: PopulationData;
  /** The seat forecast's assumptions (a births import). */
  seatForecast?: SeatForecastAssumptions;
  roads?: RoadNetwork;
  barriers?: BarrierLayer[];
}

/** A picked or dropped file: its name and bytes, or why it was not read. */
export interface PickedFile {
  name: string;
  /** Size in bytes, as the file system reports it. */
  size: number;
  bytes: Uint8Array;
  /** Why the file was not read (too large); null when its bytes are here. */
  problem: Message | null;
}

/** The options of a new session of each kind. */
export const INITIAL_IMPORT_OPTIONS: ImportReadOptions = {
  roster: { coords: 'wgs84' },
  boundaries: {},
  population: {},
  births: {},
  roads: {},
  barriers: {},
};

/** The choices of a new session of each kind. */
export const INITIAL_IMPORT_CHOICES: ImportChoices = {
  roster: { mode: 'add', decisions: {} },
  boundaries: { nameField: null, codeField: null },
  population: { table: 'township', mapping: {}, coords: 'wgs84', baseYear: null },
  births: { mapping: {} },
  roads: {},
  barriers: {},
};
