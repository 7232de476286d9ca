/** Messages as the tests read them: in Chinese, the atlas's first language. */
import { expect } from 'vitest';
import { type Message, MessageError } from '../../src/domain/message.ts';
import { translateMessage } from '../../src/i18n/index.ts';

/** A message in Chinese. */
export function zh(text: Message): string {
  return translateMessage('zh-CN', text);
}

/** Messages in Chinese. */
export function zhAll(texts: readonly Message[] | undefined): string[] {
  return (texts ?? []).map(zh);
}

/** The Chinese message of the {@link MessageError} an action throws; fails the test when it throws none. */
export function thrownMessage(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(MessageError);
    return zh((error as MessageError).text);
  }
  expect.fail('expected a MessageError');
}

/** The Chinese message of the {@link MessageError} a promise rejects with. */
export async function rejectedMessage(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(MessageError);
    return zh((error as MessageError).text);
  }
  expect.fail('expected a MessageError');
}
