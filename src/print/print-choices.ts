/**
 * The print view's choices and the page settings they resolve to: an empty title, subtitle,
 * unit or source falls back to the default made from the current view (港南区学校布局现状图,
 * 规划完成后, 港南区教育局, the roster and population in use). Pure.
 */
import type { PrintChoices } from '../domain/print-choices.ts';
import { defaultSource, defaultSubtitle, defaultTitle, defaultUnit } from './page-content.ts';
import type { PrintSettings } from './plan-pages.ts';
import type { PrintSnapshot } from './print-snapshot.ts';

/** The default texts for a snapshot. */
export function defaultTexts(snapshot: PrintSnapshot): {
  title: string;
  subtitle: string;
  unit: string;
  source: string;
} {
  const { language } = snapshot;
  return {
    title: defaultTitle(snapshot.districtName, snapshot.scenario, language),
    subtitle: defaultSubtitle(
      snapshot.scenario,
      snapshot.analysisLayers ? snapshot.kind : null,
      language,
      snapshot.distance,
    ),
    unit: defaultUnit(snapshot.districtName, language),
    source: defaultSource(snapshot.rosterFile, snapshot.sample, snapshot.population, language),
  };
}

/**
 * The page settings for choices on a snapshot, dated `date`.
 * @example resolvePrintSettings({ ...DEFAULT_PRINT_CHOICES }, snapshot, new Date()).title // '港南区学校布局规划图'
 */
export function resolvePrintSettings(
  choices: PrintChoices,
  snapshot: PrintSnapshot,
  date: Date,
): PrintSettings {
  const defaults = defaultTexts(snapshot);
  const pick = (value: string | null, fallback: string) => (value === null ? fallback : value);
  return {
    paper: choices.paper,
    orientation: choices.orientation,
    dpi: choices.dpi,
    title: pick(choices.title, defaults.title),
    subtitle: pick(choices.subtitle, defaults.subtitle),
    unit: pick(choices.unit, defaults.unit),
    source: pick(choices.source, defaults.source),
    confidential: choices.confidential,
    date,
  };
}
