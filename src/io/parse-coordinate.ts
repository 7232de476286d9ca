/**
 * Reads one coordinate cell: decimal degrees, or degrees-minutes-seconds in Chinese or symbol
 * notation, with full-width digits and punctuation allowed.
 */

/** A coordinate read from a cell. */
export interface CoordinateReading {
  /** Decimal degrees, negative for W/S. */
  degrees: number;
  /** The axis the cell itself names (东经/E or 北纬/N), or null when it names none. */
  axis: 'lon' | 'lat' | null;
}

const HEMISPHERE_PREFIX = /^(东经|西经|北纬|南纬|经度|纬度|[东西南北]|[ewns])\s*/i;
const HEMISPHERE_SUFFIX = /\s*(东经|西经|北纬|南纬|[东西南北]|[ewns])$/i;

function axisAndSign(marker: string | undefined): { axis: 'lon' | 'lat' | null; sign: 1 | -1 } {
  switch (marker?.toLowerCase()) {
    case '东经':
    case '东':
    case '经度':
    case 'e':
      return { axis: 'lon', sign: 1 };
    case '西经':
    case '西':
    case 'w':
      return { axis: 'lon', sign: -1 };
    case '北纬':
    case '北':
    case '纬度':
    case 'n':
      return { axis: 'lat', sign: 1 };
    case '南纬':
    case '南':
    case 's':
      return { axis: 'lat', sign: -1 };
    default:
      return { axis: null, sign: 1 };
  }
}

/**
 * Degree, minute and second marks as d, m, s. Double marks first: NFKC turns ″ into two ′,
 * and some files write seconds as two apostrophes.
 */
function markUnits(text: string): string {
  return text
    .replace(/(′′|''|’’|″|"|“|”|秒)/g, 's')
    .replace(/(′|'|’|‘|分)/g, 'm')
    .replace(/(°|º|˚|度)/g, 'd');
}

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const DEGREES_MINUTES_SECONDS = new RegExp(`^${NUMBER}d(?:${NUMBER}m(?:${NUMBER}s?)?)?$|^${NUMBER}d?$`);
/** 109 35 12.5 or 109:35:12.5: numbers separated by spaces or colons. */
const SEPARATED = new RegExp(`^${NUMBER}[ :]${NUMBER}(?:[ :]${NUMBER})?$`);

function fromParts(degrees: string, minutes?: string, seconds?: string): number | null {
  const d = Number(degrees);
  const m = minutes === undefined ? 0 : Number(minutes);
  const s = seconds === undefined ? 0 : Number(seconds);
  // A fraction of a degree followed by minutes, or minutes/seconds of 60 or more, is a typo.
  if (minutes !== undefined && !Number.isInteger(d)) return null;
  if (seconds !== undefined && !Number.isInteger(m)) return null;
  if (m >= 60 || s >= 60) return null;
  return d + m / 60 + s / 3600;
}

/**
 * Reads a longitude or latitude cell. Accepts `109.5862`, `１０９．５８６２`, `109°35′12.5″`,
 * `109度35分12.5秒`, `东经109°35′12.5″`, `E109°35'12.5"`, `109°35.2'`, `109 35 12.5`,
 * `N23.08`. Returns null when the text is none of these.
 * @example readCoordinate('东经109°35′12.5″') // { degrees: 109.58680555…, axis: 'lon' }
 */
export function readCoordinate(cell: string): CoordinateReading | null {
  let text = cell
    .normalize('NFKC')
    .trim()
    .replace(/(\d)\s*。\s*(\d)/g, '$1.$2');
  const prefix = HEMISPHERE_PREFIX.exec(text);
  text = text.slice(prefix?.[0].length ?? 0);
  const suffix = prefix ? null : HEMISPHERE_SUFFIX.exec(text);
  if (suffix) text = text.slice(0, suffix.index);
  const { axis, sign } = axisAndSign(prefix?.[1] ?? suffix?.[1]);
  let negative = false;
  if (/^[+-]/.test(text)) {
    negative = text.startsWith('-');
    text = text.slice(1);
  }
  const compact = markUnits(text.trim()).replace(/\s*([dms])\s*/g, '$1');
  let degrees: number | null = null;
  const marked = DEGREES_MINUTES_SECONDS.exec(compact);
  if (marked) {
    degrees = marked[4] !== undefined ? Number(marked[4]) : fromParts(marked[1] ?? '', marked[2], marked[3]);
  } else {
    const separated = SEPARATED.exec(compact);
    if (separated) degrees = fromParts(separated[1] ?? '', separated[2], separated[3]);
  }
  if (degrees === null || !Number.isFinite(degrees)) return null;
  return { degrees: degrees * sign * (negative ? -1 : 1), axis };
}
