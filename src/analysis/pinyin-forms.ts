/** Pinyin of Chinese names through pinyin-pro; loaded lazily by the search box. */
import { pinyin } from 'pinyin-pro';

/**
 * One toneless syllable per character, read as words so polyphones come out right; other
 * characters as themselves.
 * @example toSyllables('瓦塘镇') // ['wa', 'tang', 'zhen']
 */
export function toSyllables(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', v: true }).map((syllable) => syllable.toLowerCase());
}
