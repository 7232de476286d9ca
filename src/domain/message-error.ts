/**
 * An error that says what went wrong as a message (a key and its values), so the screen and the
 * command line can tell the user in their language. Code that throws where a result would not
 * do (the print pipeline, deep in the browser's canvas and WebGL work) throws this.
 */
import type { Message } from './message.ts';

/** An error carrying a translatable message. */
export class MessageError extends Error {
  /** What to tell the user. */
  readonly detail: Message;

  /**
   * @param detail the message; `Error.message` holds its key, for logs
   * @example throw new MessageError(message('printErrorNoWebgl'))
   */
  constructor(detail: Message, options?: ErrorOptions) {
    super(detail.key, options);
    this.name = 'MessageError';
    this.detail = detail;
  }
}
