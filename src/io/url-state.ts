/**
 * The view kept in the URL's hash, so a link reopens the same map:
 * `#map=zoom/lat/lon&type=幼儿园,小学&state=planned&town=450803100&own=公办&boarding=1&school=CODE&scenario=current&year=2019&view=planning&kind=middle&tab=suggest&present=450803100&stage=middle&seatyear=2025&dist=road-walk&birthchange=-0.03&lang=en&data=2026-12-05-1a2b3c4d`.
 * `data` names the data set the link was made on: a publication's id, or `local` for the data
 * kept in the browser that made it.
 */
import { type DistanceModel, formatDistanceModel, parseDistanceModel } from '../domain/distance-model.ts';
import { NO_FILTERS, type SchoolFilters } from '../domain/filters.ts';
import { SERVICE_KINDS, type ServiceKind } from '../domain/radius.ts';
import { PLAN_YEARS, PLANNED_SCENARIO, type Scenario } from '../domain/scenario.ts';
import { SCHOOL_STATES, SCHOOL_TYPES, type SchoolState, type SchoolType } from '../domain/school.ts';
import { SEAT_STAGES, type SeatStage } from '../domain/seats.ts';
import type { Camera, Selection } from '../domain/view.ts';
import type { Language } from '../i18n/index.ts';
import { isPublicationId } from './publish-manifest.ts';
import {
  type LinkSeatForecast,
  readSeatForecastFromLink,
  seatForecastLinkParts,
} from './seat-forecast-url.ts';

/** Screens a link can open. */
export type UrlScreen = 'map' | 'analysis' | 'seats' | 'planning' | 'overview' | 'print';

const SCREENS: readonly UrlScreen[] = ['map', 'analysis', 'seats', 'planning', 'overview', 'print'];

/** The open panel of the 选址 screen. */
export type UrlPlanningTab = 'candidates' | 'suggest' | 'consolidate';

/** The presentation slide a link opens: the district or a township; null when not presenting. */
export type UrlSlide = { kind: 'district' } | { kind: 'township'; code: string } | null;

/** The view as read from or written to a URL. */
export interface UrlView {
  camera: Camera | null;
  filters: SchoolFilters;
  selection: Selection;
  language: Language;
  scenario: Scenario;
  view: UrlScreen;
  /** The service kind the analysis layers and tables show. */
  analysisKind: ServiceKind;
  planningTab: UrlPlanningTab;
  presentation: UrlSlide;
  /** The data set the view was made on: a publication id, `local`, or null (not said). */
  dataSet: string | null;
  /** The stage the 学位 view shows. */
  seatStage: SeatStage;
  /** The forecast year the 学位 view shows; null = the base year. */
  seatYear: number | null;
  /** The seat forecast's assumptions the link names (`seat-forecast-url.ts`); absent = none. */
  seatForecast?: LinkSeatForecast;
  /** 直线距离 or 道路时间 in a mode (`dist=road-walk`); absent = the straight line. */
  distance?: DistanceModel;
}

function list(params: URLSearchParams, key: string): string[] {
  const value = params.get(key);
  return value ? value.split(',').filter((item) => item !== '') : [];
}

/** The link's forecast, when it names one or got one wrong. */
function seatForecastOfLink(link: LinkSeatForecast): { seatForecast?: LinkSeatForecast } {
  return link.assumptions !== null || link.ignored.length > 0 ? { seatForecast: link } : {};
}

/** Reads a view from a location hash; unknown or malformed parts fall back to defaults. */
export function parseUrlView(hash: string): UrlView {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  let camera: Camera | null = null;
  const map = params.get('map')?.split('/').map(Number);
  if (map && map.length === 3 && map.every(Number.isFinite)) {
    const [zoom = 0, lat = 0, lon = 0] = map;
    if (zoom >= 0 && zoom <= 22 && Math.abs(lat) <= 85 && Math.abs(lon) <= 180) camera = { zoom, lat, lon };
  }
  const types = list(params, 'type').filter((type): type is SchoolType =>
    (SCHOOL_TYPES as readonly string[]).includes(type),
  );
  const states = list(params, 'state').filter((state): state is SchoolState =>
    (SCHOOL_STATES as readonly string[]).includes(state),
  );
  const townships = list(params, 'town').filter((code) => /^\d{6,12}$/.test(code));
  const ownershipText = params.get('own');
  const boardingText = params.get('boarding');
  const filters: SchoolFilters = {
    ...NO_FILTERS,
    types,
    states,
    townships,
    ownership: ownershipText === '公办' || ownershipText === '民办' ? ownershipText : null,
    boarding: boardingText === '1' ? true : boardingText === '0' ? false : null,
  };
  const school = params.get('school');
  const town = params.get('township');
  const selection: Selection = school
    ? { kind: 'school', code: school }
    : town
      ? { kind: 'township', code: town }
      : null;
  const language: Language = params.get('lang') === 'en' ? 'en' : 'zh-CN';
  const year = Number(params.get('year'));
  const scenario: Scenario = {
    kind: params.get('scenario') === 'current' ? 'current' : PLANNED_SCENARIO.kind,
    year: PLAN_YEARS.includes(year) ? year : null,
  };
  const viewText = params.get('view');
  const view: UrlScreen = SCREENS.find((screen) => screen === viewText) ?? 'map';
  const kindText = params.get('kind');
  const analysisKind = SERVICE_KINDS.find((kind) => kind === kindText) ?? 'primary';
  const tab = params.get('tab');
  const planningTab: UrlPlanningTab = tab === 'suggest' || tab === 'consolidate' ? tab : 'candidates';
  const presentText = params.get('present');
  const presentation: UrlSlide =
    presentText === 'district'
      ? { kind: 'district' }
      : presentText && /^\d{6,12}$/.test(presentText)
        ? { kind: 'township', code: presentText }
        : null;
  const distance = parseDistanceModel(params.get('dist'));
  const dataText = params.get('data');
  const dataSet = dataText === 'local' || (dataText && isPublicationId(dataText)) ? dataText : null;
  return {
    camera,
    filters,
    selection,
    language,
    scenario,
    view: presentation ? 'overview' : view,
    analysisKind,
    planningTab,
    presentation,
    dataSet,
    seatStage: SEAT_STAGES.find((stage) => stage === params.get('stage')) ?? 'primary',
    seatYear: /^\d{4}$/.test(params.get('seatyear') ?? '') ? Number(params.get('seatyear')) : null,
    ...seatForecastOfLink(readSeatForecastFromLink(params)),
    ...(distance && distance.model === 'road' ? { distance } : {}),
  };
}

/** Writes a view as a location hash (with the leading #); defaults are left out. */
export function formatUrlView(view: UrlView): string {
  const parts: string[] = [];
  const add = (key: string, value: string) =>
    parts.push(`${key}=${encodeURIComponent(value).replace(/%2C/g, ',')}`);
  if (view.camera) {
    const { zoom, lat, lon } = view.camera;
    parts.push(`map=${zoom.toFixed(2)}/${lat.toFixed(5)}/${lon.toFixed(5)}`);
  }
  const { filters } = view;
  if (filters.types.length > 0) add('type', filters.types.join(','));
  if (filters.states.length > 0) add('state', filters.states.join(','));
  if (filters.townships.length > 0) add('town', filters.townships.join(','));
  if (filters.ownership) add('own', filters.ownership);
  if (filters.boarding !== null) add('boarding', filters.boarding ? '1' : '0');
  if (view.selection?.kind === 'school') add('school', view.selection.code);
  if (view.selection?.kind === 'township') add('township', view.selection.code);
  if (view.scenario.kind !== PLANNED_SCENARIO.kind) add('scenario', view.scenario.kind);
  if (view.scenario.year !== null) add('year', String(view.scenario.year));
  if (view.view !== 'map') add('view', view.view);
  if (view.analysisKind !== 'primary') add('kind', view.analysisKind);
  if (view.view === 'planning' && view.planningTab !== 'candidates') add('tab', view.planningTab);
  if (view.presentation) {
    add('present', view.presentation.kind === 'district' ? 'district' : view.presentation.code);
  }
  if (view.view === 'seats' && view.seatStage !== 'primary') add('stage', view.seatStage);
  if (view.view === 'seats' && view.seatYear !== null) add('seatyear', String(view.seatYear));
  if (view.seatForecast?.assumptions) {
    // Colons stay readable: they separate year and count in the lists.
    for (const [key, value] of seatForecastLinkParts(view.seatForecast.assumptions)) {
      parts.push(`${key}=${encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':')}`);
    }
  }
  if (view.distance && view.distance.model === 'road') add('dist', formatDistanceModel(view.distance));
  if (view.language === 'en') add('lang', 'en');
  if (view.dataSet) add('data', view.dataSet);
  return `#${parts.join('&')}`;
}
