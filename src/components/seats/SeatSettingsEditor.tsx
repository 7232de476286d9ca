/**
 * The seat settings of the rule set, editable: standard class sizes, stage ages (first age and
 * years) and the classes of a new school, per stage; each change is one undo step of the rule set.
 */
import {
  SEAT_STAGES,
  type SeatSettings,
  type SeatStage,
  STAGE_NAME_KEYS,
  seatSettingsOf,
} from '../../domain/seats.ts';
import { useAtlasStore } from '../../store/index.ts';
import { NumberInput } from '../NumberInput.tsx';
import { useTranslation } from '../use-translation.ts';

export function SeatSettingsEditor() {
  const { t, tm } = useTranslation();
  const ruleSet = useAtlasStore((state) => state.ruleSet);
  if (!ruleSet) return null;
  const settings = seatSettingsOf(ruleSet.settings);
  /** Saves the change when the value is a whole number in range; else says what is allowed. */
  const commit = (value: number, least: number, most: number, change: Partial<SeatSettings>) => {
    if (!(Number.isInteger(value) && value >= least && value <= most))
      return t('seatSettingRange', { least, most });
    // One undoable change of the rule set, through the rules slice like every other setting.
    const refused = useAtlasStore.getState().setRuleSettings({ seats: { ...settings, ...change } });
    return refused ? tm(refused) : null;
  };
  /** The four settings of a stage, each a number field; they are the rows of the table. */
  const fields = (stage: SeatStage, name: string) => {
    const ages = settings.stageAges[stage];
    return {
      classSize: (
        <NumberInput
          label={t('seatSettingClassSizeOf', { stage: name })}
          value={settings.classSizes[stage]}
          onCommit={(value) =>
            commit(value, 1, 100, { classSizes: { ...settings.classSizes, [stage]: value } })
          }
          testId={`seat-class-size-${stage}`}
        />
      ),
      from: (
        <NumberInput
          label={t('seatSettingFromOf', { stage: name })}
          value={ages.from}
          onCommit={(value) =>
            commit(value, 0, 17, {
              stageAges: {
                ...settings.stageAges,
                [stage]: { from: value, to: Math.min(17, value + ages.to - ages.from) },
              },
            })
          }
        />
      ),
      years: (
        <NumberInput
          label={t('seatSettingYearsOf', { stage: name })}
          value={ages.to - ages.from + 1}
          onCommit={(value) =>
            commit(value, 1, 18 - ages.from, {
              stageAges: { ...settings.stageAges, [stage]: { from: ages.from, to: ages.from + value - 1 } },
            })
          }
        />
      ),
      classes: (
        <NumberInput
          label={t('seatSettingClassesOf', { stage: name })}
          value={settings.newSiteClasses[stage]}
          onCommit={(value) =>
            commit(value, 1, 200, { newSiteClasses: { ...settings.newSiteClasses, [stage]: value } })
          }
        />
      ),
    };
  };
  const stages = SEAT_STAGES.map((stage) => {
    const name = t(STAGE_NAME_KEYS[stage]);
    return { stage, name, fields: fields(stage, name) };
  });
  const rows = [
    ['classSize', 'seatSettingClassSize'],
    ['from', 'seatSettingFrom'],
    ['years', 'seatSettingYears'],
    ['classes', 'seatSettingClasses'],
  ] as const;
  return (
    // An editing control: a published atlas hides it (the notes below the figures state the settings).
    <details className="seat-assumptions seat-settings edit-control" data-testid="seat-settings">
      <summary>{t('seatSettingsTitle')}</summary>
      <table className="seat-settings-table">
        <thead>
          <tr>
            <th scope="col" className="seat-settings-label">
              <span className="visually-hidden">{t('seatStageLegend')}</span>
            </th>
            {stages.map(({ stage, name }) => (
              <th key={stage} scope="col" className="seat-settings-stage">
                {stage === 'kindergarten' ? t('seatStageColumnKindergarten') : name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([field, label]) => (
            <tr key={field}>
              <th scope="row" className="seat-settings-label">
                {t(label)}
              </th>
              {stages.map(({ stage, fields: cells }) => (
                <td key={stage}>{cells[field]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {settings.note ? <p className="help">{settings.note}</p> : null}
    </details>
  );
}
