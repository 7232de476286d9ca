/**
 * A saved project: everything a bureau has put into the app, in one JSON document that can be
 * backed up, mailed and opened again. Pure types and constants.
 */
import type { PopulationData } from './population.ts';
import type { School } from './school.ts';
import type { TownshipCollection } from './township.ts';

/** The `format` marker that tells a project file from any other JSON. */
export const PROJECT_FORMAT = 'school-layout-atlas-project';

/**
 * Settings saved with a project. Other parts of the app add their own keys (analysis radii,
 * scenario year …); unknown keys are kept as they are. Never put the Tianditu key here:
 * project files are passed around.
 */
export interface ProjectSettings {
  /** GB/T 2260 code of the district, e.g. 450803. */
  districtCode: string;
  /** The district's name, e.g. 港南区. */
  districtName: string;
  [key: string]: unknown;
}

/** The parts of a project that the app provides when saving. */
export interface ProjectContents {
  roster: School[];
  /** Official township boundaries; null = the default (approximate) ones. */
  townships: TownshipCollection | null;
  /** The population in use; null = the default model. */
  population: PopulationData | null;
  /** The rule set document, owned by the analysis code; kept as given here. */
  rules: unknown;
  settings: ProjectSettings;
  /** Candidate sites of the planning screen, owned by the analysis code; kept as given here. */
  candidates: unknown[];
  /** The imported road network (travel time); absent or null when none. Checked on opening. */
  roads?: unknown;
  /** Barrier lines (rivers, reservoirs); absent or null = the default data set's. Checked on opening. */
  barriers?: unknown;
}

/** A project document as saved; its schema version is `PROJECT_SCHEMA_VERSION` of src/io/project-file.ts, one past the last migration. */
export interface Project extends ProjectContents {
  format: typeof PROJECT_FORMAT;
  schemaVersion: number;
  /** When it was saved, ISO 8601. */
  savedAt: string;
}
