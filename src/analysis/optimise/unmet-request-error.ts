/**
 * The error a search throws for a request that cannot be met (more required townships than
 * picks, no candidate left, a target no candidate can reach …): a RangeError that carries its
 * message as data, so the interface and the CLI say it in their language.
 */
import type { Message } from '../../domain/message.ts';

/** A request that cannot be met, with the reason as a message. */
export class UnmetRequestError extends RangeError {
  override readonly name = 'UnmetRequestError';

  /** `reason` is translated at the edge; the error's own text is the key, for logs. */
  constructor(readonly reason: Message) {
    super(reason.key);
  }
}

/**
 * The reason of an unmet request, or null for any other error (a bug, which the caller rethrows
 * or reports as such).
 * @example reasonOf(new UnmetRequestError(message('optimiseCountInvalid', { count: 0 }))) // the message
 */
export function reasonOf(error: unknown): Message | null {
  return error instanceof UnmetRequestError ? error.reason : null;
}
