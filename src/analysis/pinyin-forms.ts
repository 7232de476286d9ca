/** Pinyin forms of a Chinese name through pinyin-pro; loaded lazily by the search box. */
import { pinyin } from 'pinyin-pro';
import type { PinyinForms } from './search-schools.ts';

/**
 * @example toPinyinForms('港南中学') // { initials: 'gnzx', spelled: 'gangnanzhongxue' }
 */
export function toPinyinForms(name: string): PinyinForms {
  const initials = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
  const spelled = pinyin(name, { toneType: 'none', type: 'array', v: true }).join('');
  return {
    initials: initials.toLowerCase().replace(/\s/g, ''),
    spelled: spelled.toLowerCase().replace(/\s/g, ''),
  };
}
