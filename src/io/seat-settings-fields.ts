/**
 * The seat settings of a rule-set file (`settings.seats`): standard class sizes, stage ages,
 * new-school classes, the entered figures the estimated rates stand beside, and a note on the
 * sources — read field by field with the rule set's messages, and written back in the file's form.
 */
import { type Message, message } from '../domain/message.ts';
import {
  CHILD_AGE_COUNT,
  DEFAULT_SEAT_SETTINGS,
  OLDEST_CHILD_AGE,
  SEAT_STAGES,
  type SeatSettings,
  type SeatStage,
} from '../domain/seats.ts';
import { FieldReader, isObject, type JsonObject, show } from './rule-set-fields.ts';

/** The fields `settings.seats` may hold. */
const SEAT_SETTING_FIELDS = ['note', 'classSizes', 'stageAges', 'newSiteClasses', 'rateTargets'];

/** Where a seat setting is, in a message: 规则集设置 settings.seats.classSizes and so on. */
function place(path = ''): Message {
  return message('seatSettingsPlace', { path });
}

/** A figure per stage (class sizes, new-school classes); a stage not given takes the default. */
function readPerStage(
  value: unknown,
  field: string,
  errors: Message[],
  fallback: Record<SeatStage, number>,
): Record<SeatStage, number> {
  if (value === undefined) return { ...fallback };
  const object: JsonObject = isObject(value) ? value : {};
  if (!isObject(value)) errors.push(message('seatSettingsNotObject', { path: field, value: show(value) }));
  const reader = new FieldReader(errors, place(`.${field}`), object);
  reader.onlyKeys(SEAT_STAGES);
  return Object.fromEntries(
    SEAT_STAGES.map((stage) => [
      stage,
      object[stage] === undefined ? fallback[stage] : (reader.number(stage) ?? fallback[stage]),
    ]),
  ) as Record<SeatStage, number>;
}

/**
 * Stage ages. Files write first age and years (`{"from": 6, "years": 6}`); a rule set kept in a
 * project backup holds first and last age (`{"from": 6, "to": 11}`): both read.
 */
function readStageAges(value: unknown, errors: Message[]): SeatSettings['stageAges'] {
  const stageAges = { ...DEFAULT_SEAT_SETTINGS.stageAges };
  if (value === undefined) return stageAges;
  const object: JsonObject = isObject(value) ? value : {};
  if (!isObject(value))
    errors.push(message('seatSettingsNotObject', { path: 'stageAges', value: show(value) }));
  new FieldReader(errors, place('.stageAges'), object).onlyKeys(SEAT_STAGES);
  for (const stage of SEAT_STAGES) {
    const ages = object[stage];
    if (ages === undefined) continue;
    const entry: JsonObject = isObject(ages) ? ages : {};
    if (!isObject(ages)) {
      errors.push(message('seatSettingsNotObject', { path: `stageAges.${stage}`, value: show(ages) }));
    }
    const reader = new FieldReader(errors, place(`.stageAges.${stage}`), entry);
    reader.onlyKeys(['from', 'years', 'to']);
    const from = Math.round(reader.number('from', { maximum: OLDEST_CHILD_AGE }) ?? 0);
    const to = entry.to === undefined ? null : reader.number('to', { maximum: OLDEST_CHILD_AGE });
    const years = to === null ? (reader.number('years', { maximum: CHILD_AGE_COUNT }) ?? 1) : to - from + 1;
    stageAges[stage] = { from, to: Math.max(from, Math.min(OLDEST_CHILD_AGE, Math.round(from + years) - 1)) };
  }
  return stageAges;
}

/**
 * Reads `settings.seats`; every bad field is reported with its place, and a missing part takes
 * the default (DEFAULT_SEAT_SETTINGS).
 * @example readSeatSettings({ classSizes: { primary: 40 } }, errors).classSizes.primary // 40
 */
export function readSeatSettings(value: unknown, errors: Message[]): SeatSettings {
  if (!isObject(value)) {
    errors.push(message('seatSettingsNotObject', { path: '', value: show(value) }));
    return DEFAULT_SEAT_SETTINGS;
  }
  const reader = new FieldReader(errors, place(), value);
  reader.onlyKeys(SEAT_SETTING_FIELDS);
  // In the file's order, so the messages come in the order the user reads the file.
  const classSizes = readPerStage(value.classSizes, 'classSizes', errors, DEFAULT_SEAT_SETTINGS.classSizes);
  const stageAges = readStageAges(value.stageAges, errors);
  const newSiteClasses = readPerStage(
    value.newSiteClasses,
    'newSiteClasses',
    errors,
    DEFAULT_SEAT_SETTINGS.newSiteClasses,
  );
  let rateTargets = DEFAULT_SEAT_SETTINGS.rateTargets;
  if (value.rateTargets !== undefined) {
    const entry: JsonObject = isObject(value.rateTargets) ? value.rateTargets : {};
    const targetReader = new FieldReader(errors, place('.rateTargets'), entry);
    rateTargets = Object.fromEntries(
      Object.keys(entry).map((id) => [id, targetReader.oneOf(id, SEAT_STAGES)]),
    );
  }
  const note = reader.text('note', false);
  return { classSizes, stageAges, newSiteClasses, rateTargets, ...(note === undefined ? {} : { note }) };
}

/**
 * The seat settings as a rule-set file writes them: stage ages as first age and years.
 * @example seatSettingsDocument(DEFAULT_SEAT_SETTINGS).stageAges.primary // { from: 6, years: 6 }
 */
export function seatSettingsDocument(seats: SeatSettings): JsonObject {
  return {
    ...seats,
    stageAges: Object.fromEntries(
      SEAT_STAGES.map((stage) => [
        stage,
        {
          from: seats.stageAges[stage].from,
          years: seats.stageAges[stage].to - seats.stageAges[stage].from + 1,
        },
      ]),
    ),
  };
}
