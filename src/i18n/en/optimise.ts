/** English texts of site suggestion and consolidation: search, bounds, explanations. */
import type { optimiseZh } from '../zh-CN/optimise.ts';

export const optimiseEn: Record<keyof typeof optimiseZh, string> = {
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
  optimiseCliKindMissing: 'Option --kind (the kind of school) is missing',
  optimiseCliKindUnknown: 'Option --kind must be one of {english} or {chinese}, not {value}',
  optimiseCliNotNonNegative: 'Option --{option} must be a non-negative number of metres, not {value}',
  optimiseCliNotPositive: 'Option --{option} must be a positive number of metres, not {value}',
  optimiseCliNotWhole: 'Option --{option} must be a positive whole number, not {value}',
  optimiseCliTimeLimitInvalid: 'Option --time-limit must be a positive number of seconds, not {value}',
  optimiseCliTownshipUnknown:
    'In option --{option}, “{value}” is not a township of the boundaries (known: {known})',
  optimiseCliNoCandidates: '{file}: no usable candidate site',
  optimiseCliWarning: 'Warning {text}',
  optimiseCliCountMissing: 'Option --count (the number of sites) is missing',
  optimiseCliCandidatesAndSpacing:
    'Options --candidates and --spacing exclude each other: no grid is made when a candidate file is given',
  optimiseCliTargetInvalid: 'Option --target must be above 0 and at most 1 (e.g. 0.9), not {value}',
  optimiseCliSuggestSummary:
    'Search done ({scenario}, {kind}): {picks} sites, population within {reach} {before} → {after} (+{added} of {population}); {candidates} candidates, {evaluations} gain evaluations, {seconds} s',
  optimiseCliOptimal: '; proven optimal',
  optimiseCliGap: '; within {gap}% of the best possible',
  optimiseCliWritten: '; written to {file}',
  optimiseCliSuggestUsage: `Usage: npm run atlas -- suggest --kind KIND --count N [--radius METRES] [options]

Site suggestion: where new schools of a kind should go among the candidates, with the quality of the
answer (how far from the best possible at most), what each site newly covers, the township rules it
turns from failing to passing, the runner-up site, and the comparison with today and the plan.
Inputs left out come from the embedded Gangnan District data (sample data and modelled population). JSON out.

Options:
  --kind KIND         kindergarten|primary|middle|high|special (required)
  --objective WHAT    coverage (default: most people newly within the radius with k sites),
                      count (fewest sites bringing every township to the coverage target),
                      distance (shortest mean distance to the nearest school with k sites),
                      seats (most children newly given a seat by the nearest-seat rule with k
                      sites, each with the rule set's default new school's seats; no exact)
  --count N           number of sites (required for coverage and distance; a cap for count)
  --target SHARE      coverage target of count, e.g. 0.9; default: the rule set's coverage threshold
  --target-scope S    township (default: every township) or district (the district as a whole)
  --method M          greedy, swap (default: greedy, then exchanges) or exact (integer programme)
  --evaluation E      greedy's evaluation: lazy (default) or plain; the same picks either way
  --time-limit S      time limit of exact, default 10 s; then the best answer found and its gap
  --radius METRES     one service radius for schools and sites; default: each township's urban or
                      rural radius (high and special schools serve the district: give one)
  --candidates FILE   candidate sites CSV/TSV/XLSX/GeoJSON (name, longitude, latitude columns);
                      default: a grid of --spacing inside the townships
  --must-include FILE sites that must be among the picks (same format), counted in --count
  --spacing METRES    grid spacing, default {spacing}
  --min-distance M    least distance from existing schools of the kind and between sites, default 0
  --include LIST      search only these townships (codes or names, comma-separated)
  --exclude LIST      never search these townships
  --require-rule RULE a site in every township failing this township rule
  --planned HOW       the plan's new schools: fixed (default: as the scenario says) or reoptimise
                      (base: today; their sites join the candidates)
{inputs}
  --coords SYSTEM     input coordinates wgs84 (default), gcj02 or bd09
  --sheet SHEET       sheet name or number of an XLSX roster
  --encoding NAME     encoding of a text roster (e.g. gb18030); default: detected
  --out FILE          write to a file instead of standard output
  --help              show this text

objectiveValue is the objective (coverage: people newly covered; count: new schools; distance: mean
metres), bound a proven bound on the best value, gap their relative difference; optimal is true only
when exact proved it. Exit status: 0 done; 1 an input file cannot be read; 2 a usage mistake or a
request that cannot be met.`,
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
  optimiseCliTypeUnknown: 'In option --type, “{value}” is not a school type (known: {known})',
  optimiseCliEnrolmentInvalid:
    'Option --max-enrolment must be a non-negative whole number of pupils, not {value}',
  optimiseCliClosableMissing: 'Say which schools may close with --type, --max-enrolment or --codes',
  optimiseCliConsolidateSummary:
    'Consolidation done ({scenario}, {kind}): {closable} schools may close, {closed} proposed; population within {reach} {before} → {after}',
  optimiseCliConsolidateUsage: `Usage: npm run atlas -- consolidate --type TYPE [--max-enrolment PUPILS] [options]

Consolidation: among the schools that may close (by type, largest enrolment or picked by code), which can
close while every township keeps its coverage target (or, already below it, loses nothing): as many as
possible, or a given number losing the least coverage. Each closure comes with its receiving school, the
pupils moved, the extra way, whether that exceeds the walking radius (boarding), and every township's
coverage before and after, with the quality of the plan (how far from the best possible at most).
Schools whose closure alone would make another township rule fail (e.g. one boarding primary per
township) are left out unless picked by code. It proposes; people decide. Inputs left out come from the
embedded Gangnan District data (sample data, modelled population). JSON out.

Options:
  --type TYPE         school types that may close, as the roster writes them (comma-separated)
  --max-enrolment N   schools with at most N pupils may close (unknown enrolment never matches)
  --codes CODES       school codes that may close (comma-separated)
  --kind KIND         the kind whose coverage is kept; default: the first type's kind
  --close N           how many to close; default: as many as possible
  --target SHARE      the coverage each township keeps, e.g. 0.9; default: the rule set's threshold
  --radius METRES     one service radius for every point; default: urban or rural by township
  --method M          greedy, swap (default) or exact
  --seats S           keep (default: no township gets more children without a seat, the
                      receiving schools' free seats counting) or ignore (coverage targets only)
  --time-limit S      time limit of exact, default 10 s
{inputs}
  --coords SYSTEM     input coordinates wgs84 (default), gcj02 or bd09
  --sheet SHEET       sheet name or number of an XLSX roster
  --encoding NAME     encoding of a text roster; default: detected
  --out FILE          write to a file instead of standard output
  --help              show this text

closed[] lists the schools proposed to close (code, name, receiving code, pupils moved, extra metres),
townships[] the coverage before and after; objectiveValue, bound, gap and optimal as in suggest (the
number closed, or the population losing coverage for --close). Exit status: 0 done; 1 an input file
cannot be read; 2 a usage mistake or a request that cannot be met.`,
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
