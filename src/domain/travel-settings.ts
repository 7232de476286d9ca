/**
 * The travel-time model's settings, kept in the rule set (`travel`): speeds per mode and road
 * class, the off-road speed, time thresholds per kind, mode and urban/rural township, and the
 * isochrone bands, each with where it comes from. Pure types, defaults and immutable updates;
 * reading them from a rule set file is src/io/read-travel-settings.ts.
 */
import type { DistanceModel, TravelMode } from './distance-model.ts';
import type { RadiusArea, ServiceKind } from './radius.ts';
import type { RoadClass } from './road-network.ts';

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

/** Thresholds and bands above this (minutes) are refused as a typing slip. */
export const LONGEST_MINUTES = 600;

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
  if (minutes !== null && !(minutes > 0 && minutes <= LONGEST_MINUTES)) {
    throw new RangeError(`minutes ${minutes} outside (0, ${LONGEST_MINUTES}]`);
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
