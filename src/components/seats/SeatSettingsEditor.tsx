/**
 * The seat settings of the rule set, editable: standard class sizes, stage ages (first age and
 * years) and the classes of a new school, per stage; each change is one undo step of the rule set.
 */
import {
  SEAT_STAGES,
  type SeatStage,
  STAGE_NAME_KEYS,
  seatSettingsOf,
  withSeatSettings,
} from '../../domain/seats.ts';
import { useAtlasStore } from '../../store/index.ts';
import { NumberInput } from '../NumberInput.tsx';
import { useTranslation } from '../use-translation.ts';

export function SeatSettingsEditor() {
  const { t } = useTranslation();
  const ruleSet = useAtlasStore((state) => state.ruleSet);
  if (!ruleSet) return null;
  const settings = seatSettingsOf(ruleSet.settings);
  const save = (change: Parameters<typeof withSeatSettings>[1]) =>
    useAtlasStore.getState().setRuleSet(withSeatSettings(ruleSet, change));
  /** Saves the change when the value is a whole number in range; else says what is allowed. */
  const commit = (
    value: number,
    least: number,
    most: number,
    change: Parameters<typeof withSeatSettings>[1],
  ) => {
    if (!(Number.isInteger(value) && value >= least && value <= most))
      return t('seatSettingRange', { least, most });
    save(change);
    return null;
  };
  const row = (stage: SeatStage) => {
    const ages = settings.stageAges[stage];
    const name = t(STAGE_NAME_KEYS[stage]);
    return (
      <tr key={stage}>
        <th scope="row">{name}</th>
        <td>
          <NumberInput
            label={t('seatSettingClassSizeOf', { stage: name })}
            value={settings.classSizes[stage]}
            onCommit={(value) =>
              commit(value, 1, 100, { classSizes: { ...settings.classSizes, [stage]: value } })
            }
            testId={`seat-class-size-${stage}`}
          />
        </td>
        <td>
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
        </td>
        <td>
          <NumberInput
            label={t('seatSettingYearsOf', { stage: name })}
            value={ages.to - ages.from + 1}
            onCommit={(value) =>
              commit(value, 1, 18 - ages.from, {
                stageAges: { ...settings.stageAges, [stage]: { from: ages.from, to: ages.from + value - 1 } },
              })
            }
          />
        </td>
        <td>
          <NumberInput
            label={t('seatSettingClassesOf', { stage: name })}
            value={settings.newSiteClasses[stage]}
            onCommit={(value) =>
              commit(value, 1, 200, { newSiteClasses: { ...settings.newSiteClasses, [stage]: value } })
            }
          />
        </td>
      </tr>
    );
  };
  return (
    <details className="seat-assumptions seat-settings" data-testid="seat-settings">
      <summary>{t('seatSettingsTitle')}</summary>
      <table className="seat-settings-table">
        <thead>
          <tr>
            <th scope="col">{t('seatStageLegend')}</th>
            <th scope="col">{t('seatSettingClassSize')}</th>
            <th scope="col">{t('seatSettingFrom')}</th>
            <th scope="col">{t('seatSettingYears')}</th>
            <th scope="col">{t('seatSettingClasses')}</th>
          </tr>
        </thead>
        <tbody>{SEAT_STAGES.map(row)}</tbody>
      </table>
      {settings.note ? <p className="help">{settings.note}</p> : null}
    </details>
  );
}
