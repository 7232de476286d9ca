/** A plain backup's source and the defaults its nulls stand for, for the backup tests to vary. */
import type { PopulationData } from '../../../../src/domain/population.ts';
import { DEFAULT_SERVICE_RADII } from '../../../../src/domain/radius.ts';
import type { ReferenceLayer } from '../../../../src/domain/reference-layer.ts';
import { NO_FORECAST_ASSUMPTIONS } from '../../../../src/domain/seats.ts';
import type { BackupDefaults, BackupSource } from '../../../../src/io/project-backup.ts';
import { defaultRuleSet } from '../../analysis/default-inputs.ts';
import { makeSchool, TWO_TOWNSHIPS } from '../../school-fixtures.ts';

/** The defaults, with `referenceLayers` as the default layers. */
export function backupDefaults(referenceLayers: ReferenceLayer[] = []): BackupDefaults {
  return {
    townships: TWO_TOWNSHIPS,
    population: { source: 'model', label: '模型', points: [], townships: [] } satisfies PopulationData,
    ruleSet: defaultRuleSet(),
    referenceLayers,
    barriers: [],
  };
}

/** One school, the defaults everywhere else, and `parts` over them. */
export function plainBackupSource(parts: Partial<BackupSource> = {}): BackupSource {
  return {
    schools: [makeSchool({ code: '001', name: '甲小学' })],
    townships: null,
    population: null,
    ruleSet: defaultRuleSet(),
    radii: DEFAULT_SERVICE_RADII,
    candidates: [],
    referenceLayers: [],
    seatForecast: NO_FORECAST_ASSUMPTIONS,
    roads: null,
    barriers: [],
    language: 'zh-CN',
    scenario: { kind: 'current', year: null },
    dataset: null,
    ...parts,
  };
}
