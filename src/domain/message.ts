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

/**
 * A value put into a message: text and numbers as they are, a message translated first, a list
 * translated item by item and joined as the language lists things (、 in Chinese, commas in English).
 */
export type MessageValue = string | number | Message | readonly MessageValue[];

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

/**
 * Sentences (or quoted texts) as one message, joined as the language joins clauses (；in Chinese,
 * semicolons in English).
 * @example sentences([message('ruleUnknown', { id: 'a' }), message('ruleUnknown', { id: 'b' })])
 */
export function sentences(items: readonly MessageValue[]): Message {
  const [first, ...rest] = items;
  if (first === undefined) return message('sentenceNone');
  if (rest.length === 0) return isMessage(first) ? first : message('verbatim', { text: first });
  return message('sentencePair', { first, rest: sentences(rest) });
}

/** Whether a value is a message (and not text, a number or a list). */
export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string';
}

/**
 * An error that carries a message, for code that refuses by throwing where a result would not
 * do (an update of a rule set with an impossible value, a search with impossible options, the
 * print pipeline deep in the browser's canvas and WebGL work): the catcher shows `error.text` in
 * the user's language (`errorMessage(error)`). `error.message` is the key, for logs.
 */
export class MessageError extends Error {
  /** What to tell the user. */
  readonly text: Message;

  /**
   * @param text the message
   * @param options the error that caused this one, if any
   * @example throw new MessageError(message('printErrorNoWebgl'))
   */
  constructor(text: Message, options?: ErrorOptions) {
    super(text.key, options);
    this.name = 'MessageError';
    this.text = text;
  }
}

/**
 * What to tell the user about anything caught: a {@link MessageError}'s message, or any other
 * error's (a library's, a browser's) own text as it is, for the caller to put in its sentence
 * (导出失败：…).
 * @example errorMessage(new MessageError(message('ruleUnknown', { id: 'x' }))) // { key: 'ruleUnknown', … }
 */
export function errorMessage(error: unknown): Message {
  if (error instanceof MessageError) return error.text;
  // A MessageError that crossed from a worker has lost its class but kept its text.
  if (typeof error === 'object' && error !== null && isMessage((error as { text?: unknown }).text)) {
    return (error as { text: Message }).text;
  }
  return message('verbatim', { text: error instanceof Error ? error.message : String(error) });
}
