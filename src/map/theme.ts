/**
 * The map's typed theme: colours and shapes per school type, state styling and base colours.
 * Shapes differ per type so the map reads in greyscale print, not by colour alone.
 */
import type { SchoolState, SchoolTypeCode } from '../domain/school.ts';

/** Name of the font stack whose Latin glyphs ship with the app (see scripts/build-glyphs.ts). */
export const GLYPH_FONT_STACK = 'DejaVu Sans Book';

/**
 * CSS font families the map uses to draw Chinese characters locally, so no CJK glyph is fetched.
 * The first ones are common on Chinese Windows, macOS and Linux desktops.
 */
export const LOCAL_IDEOGRAPH_FONT_FAMILY =
  '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

/** Outline shapes used for school symbols. */
export type SymbolShape =
  | 'circle'
  | 'square'
  | 'diamond'
  | 'triangle'
  | 'pentagon'
  | 'hexagon'
  | 'star'
  | 'cross';

/** How one school type is drawn. */
export interface SchoolTypeStyle {
  colour: string;
  shape: SymbolShape;
  /** Symbol size in CSS pixels at full zoom. */
  size: number;
  /** Lower draws first and labels later when crowded. */
  priority: number;
}

/** The whole theme. */
export interface Theme {
  background: string;
  outsideDistrict: string;
  districtFill: string;
  districtLine: string;
  townshipLine: string;
  townshipHover: string;
  townshipSelected: string;
  label: string;
  labelHalo: string;
  highlight: string;
  rulePass: string;
  ruleFailOne: string;
  ruleFailMany: string;
  serviceCircle: string;
  /** Candidate sites and their circles. */
  candidate: string;
  /** Sites of a suggestion not yet accepted. */
  suggestedSite: string;
  /** Arrows of a consolidation proposal, from a closed school to the one receiving its pupils. */
  consolidationArrow: string;
  /** Schools a consolidation proposal closes. */
  consolidationClosed: string;
  gapLow: string;
  gapHigh: string;
  schoolFlag: string;
  /** Rings of schools by the share of their seats allocated: unknown, under half, well used, nearly full, full. */
  seatUnknown: string;
  seatUnderHalf: string;
  seatUsed: string;
  seatNearlyFull: string;
  seatFull: string;
  /** Children without a seat: no school within the radius, or the schools within it full. */
  seatGapNoSchool: string;
  seatGapFull: string;
  schoolTypes: Record<SchoolTypeCode, SchoolTypeStyle>;
}

/** The default theme: a quiet paper base so the school symbols carry the map. */
export const DEFAULT_THEME: Theme = {
  background: '#e9e6df',
  outsideDistrict: '#d9d5cc',
  districtFill: '#fbfaf6',
  districtLine: '#4a4a4a',
  townshipLine: '#7d7d7d',
  townshipHover: '#f3e7c4',
  townshipSelected: '#ffd866',
  label: '#222222',
  labelHalo: '#ffffff',
  highlight: '#ff3d00',
  rulePass: '#b9dfb0',
  ruleFailOne: '#f6d48b',
  ruleFailMany: '#f0a08c',
  serviceCircle: '#1f6fc5',
  candidate: '#c2185b',
  suggestedSite: '#6a1b9a',
  consolidationArrow: '#d84315',
  consolidationClosed: '#b71c1c',
  gapLow: '#f3b6a6',
  gapHigh: '#b3261e',
  schoolFlag: '#d32f2f',
  seatUnknown: '#9e9e9e',
  seatUnderHalf: '#5b8fd6',
  seatUsed: '#43a047',
  seatNearlyFull: '#f9a825',
  seatFull: '#e53935',
  seatGapNoSchool: '#e65100',
  seatGapFull: '#6a1b9a',
  schoolTypes: {
    kindergarten: { colour: '#f08a24', shape: 'circle', size: 12, priority: 6 },
    primary: { colour: '#1f6fc5', shape: 'square', size: 13, priority: 4 },
    'teaching-point': { colour: '#7aa9dc', shape: 'diamond', size: 11, priority: 7 },
    middle: { colour: '#1e8c45', shape: 'triangle', size: 15, priority: 3 },
    'nine-year': { colour: '#0f8b8d', shape: 'pentagon', size: 15, priority: 3 },
    high: { colour: '#7b3fa0', shape: 'hexagon', size: 16, priority: 1 },
    'complete-secondary': { colour: '#a0529c', shape: 'star', size: 17, priority: 1 },
    'special-education': { colour: '#c62828', shape: 'cross', size: 15, priority: 2 },
  },
};

/** Name of the map image for a school type in a state, e.g. `school-primary-planned`. */
export function schoolIconName(type: SchoolTypeCode, state: SchoolState): string {
  return `school-${type}-${state}`;
}
