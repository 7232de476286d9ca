/**
 * A message as data: a text key with the values that fill it. io, analysis, domain and the store
 * return messages, never sentences; the interface and the CLI translate them at the edge
 * (`translateMessage` in `src/i18n/`), so one result reads in Chinese and in English.
 *
 * The only import is the type of the keys: the catalogue sections in `src/i18n/zh-CN/` are plain
 * data, and naming a key that has no text is a compile error.
 */
import type { MessageKey } from '../i18n/zh-CN/index.ts';

export type { MessageKey };

/** A value put into a message: text and numbers as they are, a message translated first. */
export type MessageValue = string | number | Message;

/** A translatable message. */
export interface Message {
  readonly key: MessageKey;
  readonly values?: Readonly<Record<string, MessageValue>>;
}

/**
 * Makes a message.
 * @example message('rowNotNumber', { value: 'abc' })
 */
export function message(key: MessageKey, values?: Record<string, MessageValue>): Message {
  return values ? { key, values } : { key };
}

/** Whether a value is a message (and not text or a number). */
export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string';
}
