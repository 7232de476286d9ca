/**
 * Scenarios: which schools stand — today (现状) or after the plan (规划完成后), optionally as of the
 * end of one plan year. Pure types and functions; nothing here imports the app.
 */
import { type Message, message } from './message.ts';
import { existsToday, type School } from './school.ts';

/** 现状 (what stands now) or 规划完成后 (also every planned build and every build under way). */
export type ScenarioKind = 'current' | 'planned';

/**
 * A scenario: its kind and, optionally, a plan year. `year: null` means no cut-off: today as the
 * roster says it, or the whole plan carried out.
 */
export interface Scenario {
  kind: ScenarioKind;
  year: number | null;
}

/** The years of the 2018–2020 plan, for the year switch. */
export const PLAN_YEARS: readonly number[] = [2018, 2019, 2020];

/** 现状, no year cut-off. */
export const CURRENT_SCENARIO: Scenario = { kind: 'current', year: null };
/** 规划完成后, the whole plan. */
export const PLANNED_SCENARIO: Scenario = { kind: 'planned', year: null };

/**
 * The scenario's name for the interface and the CLI: 现状, 规划完成后, 现状（截至2019年）,
 * 规划完成后（截至2019年）.
 * @example scenarioName({ kind: 'planned', year: 2019 }) // in Chinese: '规划完成后（截至2019年）'
 */
export function scenarioName(scenario: Scenario): Message {
  const name = message(scenario.kind === 'current' ? 'scenarioCurrent' : 'scenarioPlanned');
  return scenario.year === null
    ? name
    : message('overviewScenarioWithYear', {
        scenario: name,
        asOf: message('scenarioAsOf', { year: scenario.year }),
      });
}

/**
 * The scenario's name in Chinese, as a string: kept only for the command line's Chinese outputs
 * (`scripts/cli/`). Everything the screens show uses {@link scenarioName}.
 * @example scenarioTitle({ kind: 'planned', year: 2019 }) // '规划完成后（截至2019年）'
 */
export function scenarioTitle(scenario: Scenario): string {
  const name = scenario.kind === 'current' ? '现状' : '规划完成后';
  return scenario.year === null ? name : `${name}（截至${scenario.year}年）`;
}

/**
 * Whether a school stands in a scenario.
 *
 * Only new builds (项目类型 新建) depend on the scenario; every other school (existing, under
 * 改扩建 or 标准化) stands in all of them. A new build counts:
 * - in 现状 when it is completed (竣工) — as `existsToday` says;
 * - in 规划完成后 whatever its status (规划, 在建, 竣工);
 * - and, with a year N, only when its 计划年度 ≤ N: "as it stands at the end of year N if
 *   everything due by then is done" (planned), or "completed by the end of year N" (current).
 *   A completed build without a 计划年度 counts in every year (it stands, its date is unknown);
 *   an unfinished one without a 计划年度 counts only in the whole plan (year null), since nothing
 *   places it before any given year.
 *
 * So 规划完成后 always holds everything 现状 holds, for the same year, and a later year holds
 * everything an earlier one does.
 * @example inScenario({ projectType: '新建', projectStatus: '在建', plannedYear: 2020 }, { kind: 'planned', year: 2019 }) // false
 */
export function inScenario(
  school: Pick<School, 'projectType' | 'projectStatus' | 'plannedYear'>,
  scenario: Scenario,
): boolean {
  if (school.projectType !== '新建') return true;
  const completed = existsToday(school);
  if (scenario.kind === 'current' && !completed) return false;
  if (scenario.year === null) return true;
  if (school.plannedYear === null) return completed;
  return school.plannedYear <= scenario.year;
}

/**
 * The schools that stand in a scenario, in roster order.
 * @example schoolsInScenario(schools, CURRENT_SCENARIO).length // existing schools and completed builds
 */
export function schoolsInScenario<T extends Pick<School, 'projectType' | 'projectStatus' | 'plannedYear'>>(
  schools: readonly T[],
  scenario: Scenario,
): T[] {
  return schools.filter((school) => inScenario(school, scenario));
}
