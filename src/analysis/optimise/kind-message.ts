/** A service kind inside a message, named in the reader's language. */
import { type Message, message } from '../../domain/message.ts';
import type { ServiceKind } from '../../domain/radius.ts';

const KIND_KEYS = {
  kindergarten: 'optimiseKindKindergarten',
  primary: 'optimiseKindPrimary',
  middle: 'optimiseKindMiddle',
  high: 'optimiseKindHigh',
  special: 'optimiseKindSpecial',
} as const;

/**
 * The kind's name as a message (幼儿园 / kindergarten …), to put inside another message.
 * @example message('optimiseNoGain', { kind: kindMessage('primary') })
 */
export function kindMessage(kind: ServiceKind): Message {
  return message(KIND_KEYS[kind]);
}
