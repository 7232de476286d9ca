/** File names of exports: a title made safe for file systems, and the day. */

/**
 * A date as YYYY-MM-DD in local time, for file names.
 * @example isoDate(new Date(2026, 10, 28)) // '2026-11-28'
 */
export function isoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A file name from a title and a date: characters that file systems refuse are replaced, spaces
 * kept, and the extension added.
 * @example exportFileName('港南区学校布局现状图', new Date(2026, 10, 28), 'pdf') // '港南区学校布局现状图_2026-11-28.pdf'
 */
export function exportFileName(title: string, date: Date, extension: string): string {
  return `${fileStem(title)}_${isoDate(date)}.${extension}`;
}

/**
 * A title as the stem of a file name: characters that file systems refuse become _, runs of
 * spaces one space, no leading dots; 'map' when nothing is left.
 * @example fileStem('港南区/桥圩镇') // '港南区_桥圩镇'
 */
export function fileStem(title: string): string {
  const safe = [...title]
    .map((character) => (character < ' ' ? '_' : character))
    .join('')
    .replace(/[\\/:*?"<>|]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return safe || 'map';
}
