/**
 * The travel-time model's settings, kept in the rule set (`travel`): speeds per mode and road
 * class, the off-road speed, time thresholds per kind, mode and urban/rural township, and the
 * isochrone bands, each with where it comes from. Pure types, defaults, reading and immutable
 * updates; problems come back as messages naming the field.
 */
import type { DistanceModel, TravelMode } from './distance-model.ts';
import { TRAVEL_MODES } from './distance-model.ts';
import { type Message, message } from './message.ts';
import { type RadiusArea, SERVICE_KINDS, type ServiceKind } from './radius.ts';
import { ROAD_CLASSES, type RoadClass } from './road-network.ts';

/** A time threshold of one kind in minutes, for urban and rural townships; null = district-wide. */
export interface TimeThreshold {
  urban: number | null;
  rural: number | null;
}

/** Time thresholds of every kind in one mode. */
export type KindTimeThresholds = Record<ServiceKind, TimeThreshold>;

/** The settings of the travel-time model. Speeds in km/h, times in minutes. */
export interface TravelSettings {
  /** On every road, on foot (步行). */
  walkSpeed: number;
  /** On every road, by bicycle or e-bike (自行车/电动车). */
  bikeSpeed: number;
  /** School bus or car (校车/机动车), by road class. */
  busSpeeds: Record<RoadClass, number>;
  /** In bus mode, a line's own speed (when the file gives one) replaces its class's. */
  busUsesLineSpeed: boolean;
  /** The straight leg between a place and the road, in every mode. */
  offRoadSpeed: number;
  /** Time thresholds per mode and kind. */
  thresholds: Record<TravelMode, KindTimeThresholds>;
  /** Upper edges of the isochrone bands, ascending (e.g. 10, 20, 30). */
  bands: number[];
  /**
   * Where each value comes from, by field path (`walkSpeed`, `busSpeeds`, `offRoadSpeed`,
   * `thresholds.walk.urban`, `bands` …), in the rule set's own words (data, shown as written).
   * A value without a note is the tool's own setting, and the interface says so.
   */
  notes: Record<string, string>;
  /** The notes in English, by the same paths, shown behind the language switch; absent = the Chinese notes as written. */
  notesEnglish?: Record<string, string>;
}

/**
 * The defaults. Urban walking times are the life circles of GB 50180—2018 (幼儿园 in the
 * 5-minute, 小学 the 10-minute, 初中 the 15-minute circle); every other value is the tool's own
 * setting (walking 4.5 km/h, cycling 15 km/h, off-road 3 km/h; bus speeds by class near the low
 * design speeds of JTG B01—2014 for the grades such roads usually have). The default rule set
 * (`geodata/rules/gangnan-2018-2020.json`) writes these values out with a note on each.
 */
export const DEFAULT_TRAVEL_SETTINGS: TravelSettings = {
  walkSpeed: 4.5,
  bikeSpeed: 15,
  busSpeeds: { 国道: 60, 省道: 50, 县道: 40, 乡道: 30, 村道: 20, 其他: 20 },
  busUsesLineSpeed: true,
  offRoadSpeed: 3,
  thresholds: {
    walk: {
      kindergarten: { urban: 5, rural: 20 },
      primary: { urban: 10, rural: 40 },
      middle: { urban: 15, rural: 60 },
      high: { urban: null, rural: null },
      special: { urban: null, rural: null },
    },
    bike: {
      kindergarten: { urban: 10, rural: 15 },
      primary: { urban: 10, rural: 20 },
      middle: { urban: 15, rural: 30 },
      high: { urban: null, rural: null },
      special: { urban: null, rural: null },
    },
    bus: {
      kindergarten: { urban: 10, rural: 20 },
      primary: { urban: 15, rural: 30 },
      middle: { urban: 20, rural: 30 },
      high: { urban: null, rural: null },
      special: { urban: null, rural: null },
    },
  },
  bands: [10, 20, 30],
  notes: {
    'thresholds.walk.urban': 'GB 50180—2018《城市居住区规划设计标准》5/10/15 分钟生活圈',
  },
};

/**
 * Where a setting comes from, in the language shown: the English note when the rule set gives
 * one, else the note as written; null when there is none (the value is the tool's own setting).
 * @example travelNote(DEFAULT_TRAVEL_SETTINGS, 'thresholds.walk.urban', 'en') // 'GB 50180—2018 …'
 */
export function travelNote(settings: TravelSettings, path: string, language: 'zh-CN' | 'en'): string | null {
  return (language === 'en' ? settings.notesEnglish?.[path] : undefined) ?? settings.notes[path] ?? null;
}

/** The fields of the settings, in the order a rule set writes them. */
export const TRAVEL_SETTING_KEYS: readonly (keyof TravelSettings)[] = [
  'walkSpeed',
  'bikeSpeed',
  'busSpeeds',
  'busUsesLineSpeed',
  'offRoadSpeed',
  'thresholds',
  'bands',
  'notes',
  'notesEnglish',
];

/** Speeds above this (km/h) are refused as a typing slip. */
const FASTEST = 200;
/** Thresholds and bands above this (minutes) are refused as a typing slip. */
const LONGEST = 600;

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

/**
 * The time threshold of a kind in one mode, for an urban or a rural township; null when the
 * kind is district-wide.
 * @example travelThreshold(DEFAULT_TRAVEL_SETTINGS, 'walk', 'primary', false) // 40
 */
export function travelThreshold(
  settings: TravelSettings,
  mode: TravelMode,
  kind: ServiceKind,
  urban: boolean,
): number | null {
  const threshold = settings.thresholds[mode][kind];
  return urban ? threshold.urban : threshold.rural;
}

/**
 * A copy of the settings with one threshold changed (the settings panel edits one at a time).
 * @throws RangeError when the value is not a positive number of minutes up to 600
 */
export function withTravelThreshold(
  settings: TravelSettings,
  mode: TravelMode,
  kind: ServiceKind,
  area: RadiusArea,
  minutes: number | null,
): TravelSettings {
  if (minutes !== null && !(minutes > 0 && minutes <= LONGEST)) {
    throw new RangeError(`minutes ${minutes} outside (0, ${LONGEST}]`);
  }
  const modeThresholds = settings.thresholds[mode];
  return {
    ...settings,
    thresholds: {
      ...settings.thresholds,
      [mode]: { ...modeThresholds, [kind]: { ...modeThresholds[kind], [area]: minutes } },
    },
  };
}

/**
 * The speed (km/h) the straight-line time of a mode is measured at, for the detour ratio: the
 * mode's own speed on foot and by bicycle; for the bus, its speed on a 乡道 (the class most
 * school-bus routes run on).
 */
export function referenceSpeed(settings: TravelSettings, mode: TravelMode): number {
  if (mode === 'walk') return settings.walkSpeed;
  if (mode === 'bike') return settings.bikeSpeed;
  return settings.busSpeeds.乡道;
}

/** The minutes of the road model's thresholds when it is chosen; null for the straight line. */
export function thresholdsOfModel(
  settings: TravelSettings,
  distance: DistanceModel,
): KindTimeThresholds | null {
  return distance.model === 'road' ? settings.thresholds[distance.mode] : null;
}
