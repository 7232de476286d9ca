/** A list of names (townships, schools) inside a message, joined the way each language joins them. */
import { type MessageValue, message } from '../../domain/message.ts';

/**
 * The names as one message value: "甲镇、乙镇" in Chinese, "甲镇, 乙镇" in English. A chain of
 * nested messages, since a message value is text, a number or a message.
 * @example translateMessage('zh-CN', message('optimiseRequiredAreaEmpty', { area: joinNames(['甲镇', '乙镇']) }))
 */
export function joinNames(names: readonly string[]): MessageValue {
  if (names.length <= 1) return names[0] ?? '';
  return message('optimiseListJoin', { first: names[0] ?? '', rest: joinNames(names.slice(1)) });
}
