import type { ioTableOnDemandZh } from '../../zh-CN/on-demand/io-table.ts';

/**
 * English texts of reading table files: encodings, separators, workbooks, archives, rows, the keys of `zh-CN/on-demand/io-table.ts`.
 *
 * The part of this section that only code loaded with the on-demand texts names (`lazyScreen`,
 * `withOnDemandTexts`).
 */
export const ioTableOnDemandEn: Record<keyof typeof ioTableOnDemandZh, string> = {
  importSummary: '{file}: {total} rows, {accepted} accepted, {rejected} rejected',
  importSummaryWarned:
    '{file}: {total} rows, {accepted} accepted ({warned} of them with warnings), {rejected} rejected',
  tableHeaderRepeated:
    '{file}: the header has {name} {count} times (columns {columns}); column {first} is the one mapped, the later ones are renamed {renamed}; please check the column mapping',
  tableTitleRows:
    '{file}: the header is row {header}; row {rows} above it ({texts}) was taken as a title and not imported',
  tableRowTooLong:
    'This row has {cells} cells, more than the header’s {columns} columns; the extra {extra} were not imported (perhaps a cell holds a comma without quotes)',
  tableRowTooShort:
    'This row has only {cells} cells for the header’s {columns} columns; the missing ones are taken as empty',
  tableTotalRow: '{file}: row {row} is a sum row ({label}) and was skipped',
  encodingUtf8: 'UTF-8',
  encodingUtf16le: 'UTF-16 little-endian (Excel “Unicode text”)',
  encodingUtf16be: 'UTF-16 big-endian',
  encodingGb18030: 'GBK / GB18030 (Chinese Windows “ANSI”)',
  encodingUnknown: 'Unknown text encoding “{encoding}”; use utf-8, gb18030, utf-16le or another',
  fileTooLarge:
    '{file} is {megabytes} MB, more than the import limit of {limit} MB; please split it and import the parts one after another',
  delimiterComma: 'comma',
  delimiterTab: 'tab',
  delimiterSemicolon: 'semicolon',
  delimiterBar: 'vertical bar',
  delimiterFullWidthComma: 'full-width comma',
  quoteUnpairedInRow:
    'This row has an unpaired double quote (a cell that starts with " must end with ", and a " inside it is written ""); the row was not imported, so that the rows after it are not swallowed into one cell; they were read as usual',
  quoteUnpairedInColumn:
    'Column “{column}” has an unpaired double quote (a cell that starts with " must end with ", and a " inside it is written ""); the row was not imported, so that the rows after it are not swallowed into one cell; they were read as usual',
  quoteUnpairedInHeader:
    '{file}: the header (row {row}) has an unpaired double quote; please check the column names',
  fileEmpty: '{file}: the file is empty',
  workbookSheetEmpty: '{file}: sheet “{sheet}” is empty',
  fileNotWorkbook:
    '{file} is not a valid Excel workbook: an .xlsx file is a zip archive and an .xls file is in the old Excel format, but this file is neither; it may be damaged, or only its extension was changed',
  fileBinary:
    '{file} holds binary content and does not look like a text table; if it is an Excel file, save it as .xlsx; if it is UTF-16 text, choose UTF-16 under Text encoding',
  fileIsMarkup:
    '{file} is really a web page (HTML) or XML table, not an Excel workbook; open it in Excel or WPS, “Save as” .xlsx or CSV (UTF-8) and import that',
  fileTextUnderExcelName:
    '{file} has the extension .{extension} but holds a text table; it was read as text, separated by {delimiter}',
  fileNotJson: '{file} is not valid JSON: {reason}',
  workbookLegacyExcel:
    '{file} is an old Excel (.xls) file, which cannot be read directly; “Save as” .xlsx or CSV (UTF-8) in Excel or WPS and import that',
  workbookNotUnzipped: 'it cannot be unzipped; the file may be damaged',
  workbookNoContent:
    'the archive holds no Excel workbook (it may be another zip file, such as a zipped Shapefile)',
  workbookNotExcel: 'the content is not an Excel workbook',
  workbookUnreadable: '{file} is not a readable Excel workbook (.xlsx): {reason}',
  workbookSheetMissing: '{file} has no sheet “{sheet}”; its sheets are {sheets}',
  geojsonNotFeatureCollection: '{file} is not a GeoJSON FeatureCollection',
  geojsonNotPoint: 'The geometry is a {type}; only points (Point) can be imported',
  geojsonNoGeometry: 'The feature has no geometry (coordinates)',
  zipInvalid: 'not a valid zip archive',
  zipSixtyFour: 'ZIP64 archives are not supported',
  zipDirectoryBroken: 'the directory of the zip archive is damaged',
  zipEncrypted: '{name} in the archive is encrypted; unzip it and zip it again without a password',
  zipHeaderBroken: 'a file header of the zip archive is damaged',
  zipEntryTruncated: '{name} in the archive is incomplete',
  zipMethodUnsupported:
    '{name} in the archive uses an unsupported compression method ({method}); please use ordinary zip compression',
  rejectedProblemColumn: 'Problem',
  rejectedProblemColumnRenamed: '{column} (import)',
  dbfTruncated: 'the attribute table (.dbf) is incomplete',
};
