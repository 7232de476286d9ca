/** English words that many messages share: list separators, units, kinds, errors. */
import type { commonZh } from '../zh-CN/common.ts';

export const commonEn: Record<keyof typeof commonZh, string> = {
  listSeparator: ', ',
  verbatim: '{text}',
  withReason: '{what}: {reason}',
  sentencePair: '{first}; {rest}',
  sentenceNone: '(none)',
  serviceKind_kindergarten: 'kindergarten',
  serviceKind_primary: 'primary school',
  serviceKind_middle: 'middle school',
  serviceKind_high: 'high school',
  serviceKind_special: 'special education',
  radiusNegative: 'A service radius should be a non-negative number of metres, not {value}',
};
