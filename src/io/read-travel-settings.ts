/**
 * Reading the `travel` part of a rule set file: the speeds, thresholds, bands and notes of the
 * travel-time model, each field checked and every mistake named by its field.
 */

import { TRAVEL_MODES, type TravelMode } from '../domain/distance-model.ts';
import { type Message, message } from '../domain/message.ts';
import { SERVICE_KINDS, type ServiceKind } from '../domain/radius.ts';
import { ROAD_CLASSES, type RoadClass } from '../domain/road-network.ts';
import {
  DEFAULT_TRAVEL_SETTINGS,
  LONGEST_MINUTES,
  TRAVEL_SETTING_KEYS,
  type TravelSettings,
} from '../domain/travel-settings.ts';

/** Speeds above this (km/h) are refused as a typing slip. */
const FASTEST = 200;
/** Thresholds and bands above this (minutes) are refused as a typing slip. */
const LONGEST = LONGEST_MINUTES;

/** What reading the `travel` part of a rule set gave. */
export type ParseTravelSettingsResult =
  | { ok: true; settings: TravelSettings }
  | { ok: false; errors: Message[] };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === undefined) return '—';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Reads the `travel` part of a rule set. Every field may be left out and then takes its
 * default, so a rule set from before travel time, or one that sets only its thresholds, reads
 * as it should; a field that is there must be right, or every mistake comes back, each naming
 * its field.
 * @example parseTravelSettings({ walkSpeed: 4 }) // { ok: true, settings: { ...DEFAULT_TRAVEL_SETTINGS, walkSpeed: 4 } }
 */
export function parseTravelSettings(value: unknown): ParseTravelSettingsResult {
  if (value === undefined || value === null) return { ok: true, settings: DEFAULT_TRAVEL_SETTINGS };
  const errors: Message[] = [];
  const fail = (field: string, expected: Message, actual: unknown) =>
    errors.push(message('travelSettingWrong', { field, expected, actual: show(actual) }));
  if (!isObject(value)) {
    fail('travel', message('travelExpectObject'), value);
    return { ok: false, errors };
  }
  const known = TRAVEL_SETTING_KEYS;
  for (const key of Object.keys(value)) {
    if (!(known as readonly string[]).includes(key))
      fail(`travel.${key}`, message('travelExpectKnownField', { fields: known.join('、') }), key);
  }
  const defaults = DEFAULT_TRAVEL_SETTINGS;
  const speed = (field: string, given: unknown, fallback: number): number => {
    if (given === undefined) return fallback;
    if (typeof given !== 'number' || !(given > 0) || given > FASTEST) {
      fail(field, message('travelExpectSpeed', { most: FASTEST }), given);
      return fallback;
    }
    return given;
  };
  const minutes = (field: string, given: unknown, fallback: number | null): number | null => {
    if (given === undefined) return fallback;
    if (given === null) return null;
    if (typeof given !== 'number' || !(given > 0) || given > LONGEST) {
      fail(field, message('travelExpectMinutes', { most: LONGEST }), given);
      return fallback;
    }
    return given;
  };

  const busGiven = value.busSpeeds;
  const busSpeeds = { ...defaults.busSpeeds };
  if (busGiven !== undefined) {
    if (!isObject(busGiven))
      fail(
        'travel.busSpeeds',
        message('travelExpectClassSpeeds', { classes: ROAD_CLASSES.join('、') }),
        busGiven,
      );
    else {
      for (const [key, given] of Object.entries(busGiven)) {
        if (!(ROAD_CLASSES as readonly string[]).includes(key)) {
          fail(
            `travel.busSpeeds.${key}`,
            message('travelExpectRoadClass', { classes: ROAD_CLASSES.join('、') }),
            key,
          );
          continue;
        }
        busSpeeds[key as RoadClass] = speed(`travel.busSpeeds.${key}`, given, busSpeeds[key as RoadClass]);
      }
    }
  }

  const thresholds = structuredClone(defaults.thresholds);
  const thresholdsGiven = value.thresholds;
  if (thresholdsGiven !== undefined) {
    if (!isObject(thresholdsGiven))
      fail('travel.thresholds', message('travelExpectThresholds'), thresholdsGiven);
    else {
      for (const [mode, byKind] of Object.entries(thresholdsGiven)) {
        const field = `travel.thresholds.${mode}`;
        if (!(TRAVEL_MODES as readonly string[]).includes(mode)) {
          fail(field, message('travelExpectMode', { modes: TRAVEL_MODES.join('、') }), mode);
          continue;
        }
        if (!isObject(byKind)) {
          fail(field, message('travelExpectThresholds'), byKind);
          continue;
        }
        for (const [kind, areas] of Object.entries(byKind)) {
          const kindField = `${field}.${kind}`;
          if (!(SERVICE_KINDS as readonly string[]).includes(kind)) {
            fail(kindField, message('travelExpectKind', { kinds: SERVICE_KINDS.join('、') }), kind);
            continue;
          }
          if (!isObject(areas)) {
            fail(kindField, message('travelExpectAreas'), areas);
            continue;
          }
          const current = thresholds[mode as TravelMode][kind as ServiceKind];
          for (const key of Object.keys(areas)) {
            if (key !== 'urban' && key !== 'rural')
              fail(`${kindField}.${key}`, message('travelExpectAreas'), key);
          }
          current.urban = minutes(`${kindField}.urban`, areas.urban, current.urban);
          current.rural = minutes(`${kindField}.rural`, areas.rural, current.rural);
        }
      }
    }
  }

  let bands = defaults.bands;
  if (value.bands !== undefined) {
    const given = value.bands;
    const valid =
      Array.isArray(given) &&
      given.length > 0 &&
      given.length <= 8 &&
      given.every(
        (band, index) =>
          typeof band === 'number' &&
          band > 0 &&
          band <= LONGEST &&
          (index === 0 || band > (given[index - 1] as number)),
      );
    if (valid) bands = given as number[];
    else fail('travel.bands', message('travelExpectBands', { most: LONGEST }), given);
  }

  let busUsesLineSpeed = defaults.busUsesLineSpeed;
  if (value.busUsesLineSpeed !== undefined) {
    if (typeof value.busUsesLineSpeed === 'boolean') busUsesLineSpeed = value.busUsesLineSpeed;
    else fail('travel.busUsesLineSpeed', message('travelExpectFlag'), value.busUsesLineSpeed);
  }

  const readNotes = (field: 'notes' | 'notesEnglish'): Record<string, string> | undefined => {
    const given = value[field];
    if (given === undefined) return undefined;
    if (isObject(given) && Object.values(given).every((note) => typeof note === 'string'))
      return given as Record<string, string>;
    fail(`travel.${field}`, message('travelExpectNotes'), given);
    return undefined;
  };
  const notes = readNotes('notes') ?? defaults.notes;
  const notesEnglish = readNotes('notesEnglish');

  const settings: TravelSettings = {
    walkSpeed: speed('travel.walkSpeed', value.walkSpeed, defaults.walkSpeed),
    bikeSpeed: speed('travel.bikeSpeed', value.bikeSpeed, defaults.bikeSpeed),
    busSpeeds,
    busUsesLineSpeed,
    offRoadSpeed: speed('travel.offRoadSpeed', value.offRoadSpeed, defaults.offRoadSpeed),
    thresholds,
    bands,
    notes,
    ...(notesEnglish ? { notesEnglish } : {}),
  };
  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings };
}
