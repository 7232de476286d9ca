/**
 * The quality of an answer in words, for every place that shows one (the 选址 and 撤并 panels, the
 * overview, the print page, the CLI): "已证明为最优解", or "与最优解相差不超过 X%".
 */
import { type Message, message } from '../../domain/message.ts';
import type { SearchQuality } from './objective.ts';

/**
 * The quality line as a message; the gap in percent, rounded up to two decimals so the line never
 * claims more than the bound proves.
 * @example translateMessage('zh-CN', qualityMessage({ value: 97, bound: 100, gap: 0.03, optimal: false, boundSource: 'lagrangian' })) // '与最优解相差不超过 3%'
 */
export function qualityMessage(quality: SearchQuality): Message {
  if (quality.optimal) return message('optimiseQualityOptimal');
  const percent = Math.ceil(quality.gap * 10_000 - 1e-9) / 100;
  return message('optimiseQualityGap', { gap: percent });
}
