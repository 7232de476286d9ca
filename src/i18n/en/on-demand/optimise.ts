import type { optimiseOnDemandZh } from '../../zh-CN/on-demand/optimise.ts';

/**
 * English texts of site suggestion and consolidation: search, bounds, explanations.
 *
 * The part of this section that only the screens loaded on demand show (`lazyScreen`).
 */
export const optimiseOnDemandEn: Record<keyof typeof optimiseOnDemandZh, string> = {
  optimiseListJoin: '{first}, {rest}',
  optimiseCountInvalid: 'The number of sites must be a whole number of at least 1, not {count}',
  optimiseTooManyRequiredAreas:
    '{areas} townships must each get a site, but only {count} sites are asked for',
  optimiseTooManyForced: '{forced} candidates must be included, more than the {count} sites asked for',
  optimiseForcedAndRequiredTooMany:
    '{forced} required candidates and {areas} required townships without one need more than the {count} sites asked for',
  optimiseForcedExcluded: 'Candidate {candidate} is both required and excluded',
  optimiseForcedTooClose:
    'Required candidates {first} and {second} are closer than the minimum distance of {distance} m',
  optimiseRequiredAreaEmpty: 'The required township “{area}” has no eligible candidate',
  optimiseRequiredAreasTooClose:
    'With the minimum distance between sites, {areas} cannot all get a site; reduce the minimum distance or add candidates',
  optimiseDistancePairsTooMany:
    'The distance objective would compare about {pairs} population points with candidates, more than the limit of {limit}; use a wider grid, fewer candidates or fewer townships',
  optimiseKindKindergarten: 'kindergarten',
  optimiseKindPrimary: 'primary school',
  optimiseKindMiddle: 'middle school',
  optimiseKindHigh: 'high school',
  optimiseKindSpecial: 'special-education school',
  optimiseCandidatesWithoutCoordinates: '{count} candidates without valid coordinates were left out',
  optimiseDistrictWideNeedsRadius:
    'A {kind} serves the whole district and has no service radius; give a radius in metres to search for sites',
  optimiseUnknownTownshipCode: 'Township code {code} is not in the boundaries and was ignored',
  optimiseCandidatesExcluded:
    '{offered} candidates: {township} outside the townships searched, {distance} within {minDistance} m of an existing {kind}, {sites} excluded by hand; {kept} searched',
  optimiseNoCandidates:
    'No candidate is left: check the candidate source, the townships searched and the minimum distance',
  optimiseStateScenario: '{scenario}',
  optimiseStatePlanned: '{scenario} (the plan adds {count}, {kind})',
  optimiseStateWithPicks: '{scenario} + {count} suggested sites',
  optimiseRadiusInvalid: 'The service radius must be a positive number of metres, not {radius}',
  optimiseMinDistanceInvalid: 'The minimum distance must be a non-negative number of metres, not {distance}',
  optimiseTargetInvalid: 'The coverage target must be above 0 and at most 1 (e.g. 0.9), not {target}',
  optimiseRuleUnknown: 'The rule set has no township rule “{rule}”',
  optimiseRuleDisabled: 'Rule “{rule}” ({id}) is not enabled',
  optimiseRulePassesEverywhere: 'Every township passes “{rule}” ({scenario}): no township is required',
  optimiseFailingOutsideSearch:
    '{townships}, failing “{rule}”, lie outside the townships searched and are not required',
  optimiseRequiredMoreThanCount:
    '{failing} townships fail “{rule}” ({townships}) and each needs a site, but only {count} are asked for',
  optimiseRequiredTownships: 'Each township failing “{rule}” ({townships}) gets at least one site',
  optimiseRequiredWithoutCandidates:
    '{township} fails “{rule}” but has no eligible candidate (they may all lie within {distance} m of an existing {kind})',
  optimiseCancelledKept: 'Cancelled: the {count} sites picked so far are kept',
  optimiseNoGainAtAll:
    'No candidate adds population within {reach} of a {kind} (everyone near the candidates is covered already, or nobody lives there)',
  optimiseFewerPicks:
    'Only {count} sites add population within {reach} of a {kind}, fewer than the {asked} asked for',
  optimiseTargetsMissed:
    'With at most {cap} sites and the other conditions, {count} sites still leave some coverage targets unmet',
  optimiseTargetUnreachable:
    '{township}: even with every candidate built, coverage reaches only {share}%; {beyond} people are beyond {reach} of every candidate and school, so this target cannot be met and was left out',
  optimiseDistrict: 'The district',
  optimisePickForRequiredOnly:
    'Site {rank} adds no population within {reach}; it is there for a required township ({township})',
  optimiseFailed: 'The search could not finish: {detail}',
  optimisePickName: 'Site {rank}',
  optimiseRunnerUpName: 'grid point',
  optimiseConsolidationTooMany:
    'Closing {asked} schools would leave some township below its coverage target: the best plan found closes at most {most} within the targets',
  optimiseConsolidationUnknownCode: 'School code {code} is not a standing school of the kind and was ignored',
  optimiseConsolidationProtected:
    '{schools}: closing any of these alone would make a township rule fail, so they were not offered for closure',
  optimiseConsolidationNothing:
    'No school may close: choose by school type or largest enrolment, or pick schools by hand',
  optimiseConsolidationTargetBroken:
    '{township} falls below the coverage it must keep after the closures: please check',
  optimiseConsolidationNoneCanClose: 'Within the coverage targets none of the chosen schools can close',
  optimiseSeatsNoExact:
    'The exact method is not offered for children newly seated: seats go to the nearest children one pair at a time, which an integer programme cannot express; use greedy or swap, whose quality is bounded by the seats the new schools could fill',
  optimiseSeatsNoStage: '{kind} has no seat figures: the seats objective does not apply',
  optimiseSeatsBasis:
    'Seats counted for the {children} children of {stage} age in {year} ({without} without a seat today); every new school has the default {classes} classes, {seats} seats',
  optimiseObjectiveSeats: 'Most children newly seated (a given number of sites)',
  optimiseSeatsSummary: 'Children of {stage} age with a seat {before} → {after} (+{gain}, of {children})',
  optimiseRunnerUpSeats: '{children} children newly seated',
  optimiseQualityOptimal: 'Proven optimal',
  optimiseQualityGap: 'Within {gap}% of the best possible',
  optimiseQuestion: 'Question and method',
  optimiseObjective: 'Objective',
  optimiseObjectiveCoverage: 'Most people newly covered (a given number of sites)',
  optimiseObjectiveCount: 'Fewest new sites reaching the coverage target',
  optimiseObjectiveDistance: 'Shortest mean distance to school (a given number of sites)',
  optimiseTarget: 'Coverage target (%)',
  optimiseTargetDefault: 'Default {percent}% (rule set)',
  optimiseTargetPercentInvalid: 'Enter a percentage above 0 and at most 100',
  optimiseTargetScope: 'Reached by',
  optimiseTargetEveryTownship: 'Every township',
  optimiseTargetDistrict: 'The district as a whole',
  optimiseMethod: 'Method',
  optimiseMethodGreedy: 'Greedy (fastest)',
  optimiseMethodSwap: 'Greedy, then exchanges (recommended)',
  optimiseMethodExact: 'Exact (integer programme)',
  optimiseEstimateWorking: 'Estimating how long the exact method would take…',
  optimiseEstimateOffered: 'Exact: about {seconds} s (an estimate; the time limit holds)',
  optimiseEstimateTooLong:
    'Exact: about {seconds} s, too large to offer; search fewer townships or use a wider grid',
  optimiseTimeLimit: 'Time limit (s)',
  optimiseTimeLimitInvalid: 'Enter a number of seconds from 1 to 600',
  optimiseReoptimisePlanned:
    'Re-optimise the plan’s {count} new schools of this kind instead of taking them as fixed',
  optimiseCandidatesMustInclude: 'The {count} placed candidate sites must be among the picks',
  optimiseCountCap: 'At most this many sites (optional)',
  optimiseConsolidationKeepSeats:
    "No township may get more children without a seat (the receiving schools' free seats count)",
  optimiseTownshipWithoutSeat: 'Without a seat (before → after)',
  optimiseConsolidationSeatsNotChecked: 'Seats not checked: {reason}',
  optimiseConsolidationSeatsUnknown: 'the stage cannot be allocated seats',
  optimiseConsolidationSeatsLine:
    'Children of {stage} age without a seat ({year}): {before} before, {after} after the closures; no township has more',
  optimiseConsolidationSeatsReopened: '{schools} stay open so that every pupil keeps a seat within {reach}',
  optimiseReportColumnDistanceGain: 'Mean distance cut',
  optimiseReportColumnSeatsGain: 'Children newly seated',
  optimiseAcceptedNote: 'Suggested site {rank} ({gain})',
  optimiseBoundLagrangian: '(bound: Lagrangian relaxation)',
  optimiseBoundOnline: '(bound: online bound)',
  optimiseBoundSolver: '(bound: proven by the solver)',
  optimiseBoundFlow:
    '(bound: the seats the new schools could fill, and the most children seated with every candidate built)',
  optimiseBoundTrivial: '(bound: simple bound)',
  optimiseDistanceSummary:
    'Mean distance to the nearest school {before} → {after} (the shortest possible is at least {bound})',
  optimiseExchanges: '{count} exchanges.',
  optimiseExactRun: 'Exact solve {seconds} s.',
  optimiseExcludedSites: '{count} sites excluded.',
  optimiseExcludedClear: 'Bring them all back and search again',
  optimiseRunnerUp: 'Runner-up: {name} ({township}); with it instead, {value}',
  optimiseRunnerUpCoverage: '{people} people newly covered',
  optimiseRunnerUpDistance: 'mean distance {distance}',
  optimiseNoRunnerUp: 'No other site could take its place',
  optimiseExcludePick: 'Exclude this site and search again',
  optimiseTargetsTownship: 'Township',
  optimiseTargetsToday: 'Covered today',
  optimiseTargetsNeed: 'People to add',
  optimiseTargetsReachable: 'All candidates could add',
  optimiseTargetsMet: 'Met',
  optimiseTargetsUnreachable: 'Cannot be met ({beyond} people beyond {reach} of every candidate)',
  optimiseDistrictRow: 'The district',
  optimiseTabConsolidate: 'Consolidation',
  optimiseConsolidationIntro:
    'Which schools could close while every township keeps its coverage target, and where their pupils would go. A proposal only: people decide.',
  optimiseConsolidationKind: 'Kind whose coverage is kept',
  optimiseConsolidationTypes: 'School types that may close',
  optimiseConsolidationMaxEnrolment: 'At most this many pupils',
  optimiseConsolidationNoLimit: 'No limit',
  optimiseConsolidationWhole: 'Enter a positive whole number',
  optimiseConsolidationByHand: '{count} picked by hand',
  optimiseConsolidationAddSelected: 'Add “{name}”, selected on the map',
  optimiseConsolidationSelectFirst: 'Select a school on the map first',
  optimiseConsolidationClearHand: 'Clear',
  optimiseConsolidationCount: 'Schools to close',
  optimiseConsolidationMost: 'As many as possible',
  optimiseConsolidationRunning: 'Working…',
  optimiseConsolidationStart: 'Propose closures',
  optimiseConsolidationStale:
    'The data or the scenario changed since: this proposal is for the earlier state; propose again.',
  optimiseConsolidationTitle: 'Proposal: {closed} of the {closable} schools that may close',
  optimiseConsolidationSummary:
    'People within {reach} {before} → {after}; every township keeps {target} (or, below it today, loses nothing)',
  optimiseConsolidationProposal:
    'Arrows on the map run from each closed school to the one receiving its pupils. Undo (Ctrl+Z) takes the proposal back.',
  optimiseClosedSchool: 'Closes',
  optimiseClosedPupils: 'Pupils',
  optimiseClosedReceiving: 'Receiving school',
  optimiseClosedExtra: 'Extra way',
  optimiseClosedCost: 'Cost and alternative',
  optimiseClosedBoardingNeeded: 'Beyond walking distance: boarding or transport needed',
  optimiseClosedBoardingThere: 'Beyond walking distance: the receiving school boards',
  optimiseClosedMeanExtra: 'its people {distance} farther on average',
  optimiseClosedLoses: '{people} people lose coverage',
  optimiseClosedLosesNone: 'Nobody loses coverage',
  optimiseClosedInstead: 'Or close {name} instead ({people} lose coverage)',
  optimiseTownshipBefore: 'Before',
  optimiseTownshipAfter: 'After',
  optimiseTownshipRequired: 'Must keep',
  optimiseConsolidationClear: 'Clear the proposal',
  optimiseOverviewSuggestion: 'Suggested {kind} sites ({count}): {quality}',
  optimiseOverviewConsolidation: 'Consolidation proposal: {closed} to close; {quality}',
  optimiseLegendHeading: 'Site suggestion and consolidation',
  optimiseLegendSuggestedSite: 'Suggested new site (by rank)',
  optimiseLegendClosedSchool: 'School proposed for closure',
  optimiseLegendMergeArrow: 'Arrow to the receiving school',
};
