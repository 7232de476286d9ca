import type { optimiseCommandLineZh } from '../../zh-CN/command-line/optimise.ts';

/**
 * English texts of site suggestion and consolidation: search, bounds, explanations.
 *
 * The part of this section that only the command line writes.
 */
export const optimiseCommandLineEn: Record<keyof typeof optimiseCommandLineZh, string> = {
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
};
