/**
 * The one-time preparation of a suggestion's coverage lists, ahead of any request: the lattice
 * the candidates' discs are stamped on depends only on the population, the radii in use and the
 * points the standing schools already cover — not on the candidates, the count or the objective —
 * so the suggestion worker prepares it when the 选址 screen opens, and the user's request only
 * stamps.
 */
import type { ServiceKind } from '../../domain/radius.ts';
import type { Scenario } from '../../domain/scenario.ts';
import { stampingLattice } from '../build-coverage-lists.ts';
import type { ListLatticeCache } from '../list-lattice-cache.ts';
import type { SuggestionContext } from '../plan-suggestion.ts';
import { prepareStanding, searchedPoints, siteReachOf, standingScenario } from './prepare-suggestion.ts';
import { UnmetRequestError } from './unmet-request-error.ts';

/** What of a request the lattice depends on (the form's current values). */
export interface LatticeBasis {
  kind: ServiceKind;
  /** The request's single radius in metres; null: the kind's urban and rural radii. */
  radius: number | null;
  scenario: Scenario;
  plannedSchools?: 'fixed' | 'reoptimise';
}

/**
 * Prepares into `cache` the lattice a request on this context and basis will stamp its
 * candidates on (the same points, the same class of every point: `listLattice` finds it there),
 * and the standing schools' one when they are stamped too. Nothing is prepared — false — where no
 * lattice would be kept for a request: by road time (the lists go through the road model), for a
 * population given as a township table (its points are spread afresh for every request), for a
 * district-wide kind without a radius (the request is refused), or for more distinct radii than
 * the lattice has classes for.
 * @example prepareSuggestionLattice(context, { kind: 'primary', radius: null, scenario }, worker.latticeCache)
 */
export function prepareSuggestionLattice(
  context: SuggestionContext,
  basis: LatticeBasis,
  cache: ListLatticeCache,
): boolean {
  if (context.distance?.model === 'road' && context.roads) return false;
  if (context.population.points.length === 0) return false;
  try {
    const standing = prepareStanding(
      context.schools,
      context.townships,
      context.population,
      context.radii,
      { kind: basis.kind, radius: basis.radius, scenario: standingScenario(basis) },
      siteReachOf(context),
      cache,
    );
    const include = searchedPoints(standing.weights, standing.coveredBefore);
    return stampingLattice(standing.points, standing.radiusOfPoint, include, cache) !== null;
  } catch (error) {
    // The request itself will say why it cannot be met.
    if (error instanceof UnmetRequestError) return false;
    throw error;
  }
}
