/**
 * The seats objective against the plain re-run (`countNewlySeated`) on the embedded county, where
 * a new site's effect cascades through full schools and waiting children: the same integers for
 * sets of 1 to 12 sites, run in full and walked from a run of all but one of them.
 */
import { describe, expect, it } from 'vitest';
import { makeCandidateGrid } from '../../../../src/analysis/make-candidate-grid.ts';
import {
  buildSeatsObjective,
  candidateSeatCode,
} from '../../../../src/analysis/optimise/build-seats-objective.ts';
import { countNewlySeated } from '../../../../src/analysis/seats/count-newly-seated.ts';
import { countStageChildren } from '../../../../src/analysis/seats/count-stage-children.ts';
import { prepareSeatAnalysis } from '../../../../src/analysis/seats/prepare-seat-analysis.ts';
import { DEFAULT_SERVICE_RADII } from '../../../../src/domain/radius.ts';
import { CURRENT_SCENARIO } from '../../../../src/domain/scenario.ts';
import { newSiteSeats, seatSettingsOf } from '../../../../src/domain/seats.ts';
import { defaultPopulation, defaultRuleSet, defaultSchools, defaultTownships } from '../default-inputs.ts';

/** A linear congruential sequence: the same sets on every machine. */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('children newly seated, walking only what one more site changes', () => {
  it('equals the plain re-run on the embedded county', async () => {
    const townships = defaultTownships();
    const settings = seatSettingsOf(defaultRuleSet().settings);
    const frame = prepareSeatAnalysis({
      schools: await defaultSchools(),
      townships,
      population: defaultPopulation(),
      settings,
      radii: DEFAULT_SERVICE_RADII,
      scenario: CURRENT_SCENARIO,
    });
    const candidates = makeCandidateGrid(townships, 1000);
    const seats = newSiteSeats(settings, 'primary');
    const built = buildSeatsObjective(frame, 'primary', candidates, seats);
    if (!built.ok) throw new Error(built.message.key);
    // A second objective, so that no value is remembered from the first.
    const walked = buildSeatsObjective(frame, 'primary', candidates, seats);
    if (!walked.ok) throw new Error(walked.message.key);
    const children = countStageChildren(frame.base.ages, frame.points.length, settings.stageAges.primary);
    const random = sequence(2026);
    let changed = 0;
    for (let set = 0; set < 40; set++) {
      const size = 1 + (set % 12);
      const picks = [
        ...new Set(Array.from({ length: size }, () => Math.floor(random() * candidates.length))),
      ];
      const expected = countNewlySeated(
        frame,
        'primary',
        children,
        picks.map((pick) => ({
          code: candidateSeatCode(pick),
          ...(candidates[pick] as { lon: number; lat: number }),
          seats,
        })),
      );
      expect(built.objective.value(picks), JSON.stringify(picks)).toBe(expected);
      // The walk: from a run of all but the last pick, as a search prepares it.
      walked.objective.prepareAround?.(picks.slice(0, -1));
      expect(walked.objective.value(picks), JSON.stringify(picks)).toBe(expected);
      if ((expected ?? 0) > 0) changed++;
    }
    // Sets that seat nobody would prove little.
    expect(changed).toBeGreaterThan(20);
  }, 60_000);
});
