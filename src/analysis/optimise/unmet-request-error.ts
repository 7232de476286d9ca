/**
 * The error a search throws for a request that cannot be met (more required townships than
 * picks, no candidate left, a target no candidate can reach …): a `MessageError`, so the
 * interface and the CLI say why in their language, and a kind of its own, so the CLI can answer
 * it with exit status 2 (a request that cannot be met) rather than as a failure.
 */
import { type Message, MessageError } from '../../domain/message.ts';

/** A request that cannot be met, with the reason as a message. */
export class UnmetRequestError extends MessageError {
  /** `reason` is translated at the edge; the error's own text is the key, for logs. */
  constructor(reason: Message) {
    super(reason);
    this.name = 'UnmetRequestError';
  }
}

/**
 * The message of an error that carries one (an unmet request, or any other `MessageError`), or
 * null for any other error (a bug, which the caller rethrows or reports as such).
 * @example reasonOf(new UnmetRequestError(message('optimiseCountInvalid', { count: 0 }))) // the message
 */
export function reasonOf(error: unknown): Message | null {
  return error instanceof MessageError ? error.text : null;
}
