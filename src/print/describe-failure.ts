/** Why an export failed, as a sentence in a language. */
import { MessageError } from '../domain/message-error.ts';
import { type Language, translateMessage } from '../i18n/index.ts';

/**
 * The reason of a failed export: the message of a `MessageError` in `language`, else the text
 * the browser or the map library gave (which the atlas does not write, so cannot translate).
 * @example describeFailure('zh-CN', new MessageError(message('printErrorNoPages'))) // '没有可导出的页面'
 */
export function describeFailure(language: Language, error: unknown): string {
  if (error instanceof MessageError) return translateMessage(language, error.detail);
  return error instanceof Error ? error.message : String(error);
}
