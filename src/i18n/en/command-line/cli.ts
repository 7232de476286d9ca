import type { cliCommandLineZh } from '../../zh-CN/command-line/cli.ts';

/**
 * English help texts of the command line: the keys of `zh-CN/cli.ts`.
 *
 * The part of this section that only the command line writes.
 */
export const cliCommandLineEn: Record<keyof typeof cliCommandLineZh, string> = {
  cliInputOptions: `  --schools FILE      school roster (CSV/TSV/XLSX/GeoJSON), default {schools} (sample data)
  --townships FILE    township boundaries, GeoJSON or a zipped Shapefile (checked as the import dialog checks
                      them), attributes code/name or the Chinese township code/name columns (optionally urban),
                      default {townships} (approximate boundaries)
  --townships-projection CRS  the boundaries' projection when the file does not say it, e.g. EPSG:4525
  --population FILE   population (the import dialog's rules, CSV/TSV/XLSX): settlements (name, longitude,
                      latitude, population[, township code]) or a township table (township code/name,
                      population), or PopulationData JSON; default {population} (sample/modelled)
  --rules FILE        rule set JSON, default {rules}
  --scenario SCENARIO current (today, default) or planned (after the plan)
  --year YEAR         by the end of that year (e.g. 2019); without it, no cut by year`,
  cliAnalyzeUsage: `Usage: npm run atlas -- analyze [options]

Checks the plan's rules by township (boarding primary schools, public central kindergartens, new
kindergartens in populous townships, service-radius coverage) and the schools' figures (oversized
classes, bandwidth, pupils per computer, teachers per computer); writes JSON or CSV. Inputs not given
are the embedded default data of the district.

Options:
{inputs}
  --coords SYSTEM     input coordinate system: wgs84 (default), gcj02 or bd09 (roster and population points)
  --sheet SHEET       sheet name or number of an XLSX roster
  --encoding ENCODING encoding of a text roster (e.g. gb18030), detected by default
  --format FORMAT     json (default) or csv (UTF-8 with BOM, one row per township × rule)
  --out FILE          write to a file, standard output by default
  --help              show this help

Exit codes: 0 analysed (rejected rows listed on standard error); 1 an input file could not be read at
all; 2 wrong options.`,
  cliExportUsage: `Usage: npm run atlas -- export [options]

Exports meeting material with the system's Chromium (headless), laid out as the Print screen lays it
out: PNG or PDF maps (one page or an atlas of the townships; the PDF's words can be selected and
searched), a PowerPoint deck or a Word report.
Uses the app's embedded district data by default (sample roster, approximate boundaries); serves the
built app with vite preview on 127.0.0.1.

Options:
  --paper PAPER         a4 (default), a3 or slide (16:9)
  --orientation SIDE    landscape (default) or portrait
  --dpi DPI             300 (default) or 150
  --format FORMAT       png, pdf, pptx (deck) or docx (report); by default from the extension of --out,
                        else png (pdf for an atlas)
  --township TOWNSHIP   a township code (e.g. 450803100) exports that township's page; all exports the
                        atlas (the district map and one page per township); several codes separated by
                        commas export the district map and those townships in that order. A deck and a
                        report hold the district and every township by default
  --split               one PDF per atlas page, packed in a ZIP (named by district and township)
  --title TITLE         map title, by default from the scenario
  --subtitle SUBTITLE   the scenario's name by default
  --unit UNIT           the mapping unit, the district's education bureau by default
  --confidential        print the "internal, confidential" mark
  --analysis            include the analysis layers (service radii, coverage gaps, township colours,
                        school marks)
  --out FILE            output file, "title_date.extension" in the current folder by default
  --dist FOLDER         the built app, dist by default (built first when missing)
  --port PORT           preview server port, 4339 by default (the next one when taken)
  --schools FILE        school roster (CSV/TSV/XLSX/GeoJSON, the import rules of analyze) instead of the
                        embedded sample roster
  --townships FILE      township boundaries GeoJSON (attributes code/name or the Chinese township
                        code/name columns) instead of the embedded approximate boundaries
  --population FILE     population (as for analyze: CSV points, a township table or PopulationData JSON)
                        instead of the embedded modelled population
  --rules FILE          rule set JSON instead of the embedded 2018–2020 rule set
  --scenario SCENARIO   current (today, default) or planned (after the plan)
  --coords SYSTEM       the roster's coordinate system: wgs84 (default), gcj02 or bd09
  --sheet SHEET         sheet name or number in a workbook
  --encoding ENCODING   the roster's text encoding (detected by default)
  --help                show this help

Exit codes: 0 written; 1 the export failed (the reason on standard error); 2 wrong options.`,
  cliImportUsage: `Usage: npm run atlas -- import <roster file> [options]

Reads a school roster (CSV/TSV/TXT, XLSX or GeoJSON points), checks every row and writes the roster
in the standard form (UTF-8 CSV with BOM, the standard Chinese headers, WGS84 coordinates to 6
decimals).

Options:
  --coords <system>   the file's coordinate system: wgs84 (default, CGCS2000 included), gcj02 (AMap,
                      Tencent), bd09 (Baidu)
  --encoding <name>   text encoding, e.g. utf-8, gb18030, utf-16le (detected by default)
  --sheet <sheet>     sheet name or number in a workbook (from 1, the first by default)
  --district <file>   district boundary GeoJSON: points outside it are accepted, with a warning and the
                      distance
  --into <roster>     merge into an existing roster as the import dialog does and write the merged
                      roster; the report lists what was added, updated and removed, and the likely
                      duplicates (the same name in the same township, or the same type within 100 m,
                      under another code or none)
  --mode <mode>       with --into: add (default), update (by school code) or replace (all)
  --duplicates <what> with --into, for likely duplicates: drop (do not import; default when adding),
                      merge (into the existing school; default when updating by code) or keep (import
                      as a new school)
  --out <file>        write the standard roster CSV to this file (standard output by default)
  --report <file>     write the row-by-row report JSON to this file: each row's number, state
                      (accepted/warned/rejected) and reasons
  -h, --help          show this help

Exit status: 1 when the file cannot be read (missing, not decodable, no usable header), 2 for wrong
arguments, else 0 (even with rejected rows).

Example:
  npm run atlas -- import roster.xlsx --sheet 2 --coords gcj02 --out roster-standard.csv --report report.json`,
  cliPublishUsage: `Usage: npm run atlas -- publish --out FOLDER [options]

Publishes the atlas: the built app and the bureau's data as a static web site folder for any web
server (nginx, IIS) or a USB stick; everyone who opens it sees the same data (to view only), and
copied links point to that data. Publishing again into the same folder replaces it whole (a reader
never sees half old, half new) and keeps the previous publication as "folder-date".

Options:
  --out FOLDER        the folder to publish to (a new one, or one published before)
  --title TITLE       the title on the page, "<district> school layout atlas" by default
  --unit UNIT         the publishing unit, "<district> education bureau" by default
  --project FILE      a project backup (.json, made in the app with Export → project backup) in place
                      of the inputs below
{inputs}
  --coords SYSTEM     input coordinate system: wgs84 (default), gcj02 or bd09 (roster and population points)
  --sheet SHEET       sheet name or number of an XLSX roster
  --encoding ENCODING encoding of a text roster (e.g. gb18030), detected by default
  --basemap FILE      an offline basemap (PMTiles), copied into the published folder as basemap.pmtiles
                      and shown when the publication opens
  --config FILE       the deployment configuration atlas.config.json (intranet basemap services), by
                      default the one in dist (if any); the published folder's atlas.config.json is
                      made of it and --basemap
  --dist FOLDER       the built app, dist by default (built first when missing)
  --help              show this help

Exit codes: 0 published; 1 an input, the build or writing failed (the reason on standard error);
2 wrong options.`,
  cliSeatsUsage: `Usage: npm run atlas -- seats [options]

Seats and children: allocates each stage's seats to the children of its ages (nearest school first:
by distance, each settlement–school pair gets min(the settlement's children still without a seat,
the school's seats still free)) and writes, by stage, township and school, the children, the seats,
the seats allocated and the children without a seat; forecasts later years too (children grow a
year older each year, births follow the birth change rate). Inputs not given are the embedded
default data of the district (sample roster; the district's population total and age structure
from the 2020 census, its spread over townships and the grid modelled).

With --roads, whether a school reaches a settlement is decided by the travel time on roads (the rule
set's minutes for each stage), not by the service radius.

Options:
{inputs}
  --forecast-year YEAR the forecast year (the base year to {forecastYears} years after it), the base year
                      by default
  --base-year YEAR    the year of a population file that does not say it, {baseYear} by default
  --birth-change RATE yearly change of births, e.g. -0.03 or -3% (3% fewer each year), 0 by default
  --births FILE       births per year (CSV/TSV/XLSX: year, births[, township code or name]; an empty township
                      cell means the whole district), read as the seats view's "import births from a file"; years the file
                      lists follow the file, the others the yearly change
  --coords SYSTEM     input coordinate system: wgs84 (default), gcj02 or bd09 (roster and population points)
  --sheet SHEET       sheet name or number of an XLSX roster
  --encoding ENCODING encoding of a text roster (e.g. gb18030), detected by default
  --format FORMAT     json (default) or csv (UTF-8 with BOM, one row per stage × township, and district rows)
  --out FILE          write to a file, standard output by default
  --help              show this help

Exit codes: 0 done; 1 an input file could not be read at all, or the population has no counts by age;
2 wrong options.`,
};
