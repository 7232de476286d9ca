/** Why an export failed, as a sentence in a language. */
import { errorMessage } from '../domain/message.ts';
import { type Language, translateMessage } from '../i18n/index.ts';

/**
 * The reason of a failed export: the message of a `MessageError` in `language`, else the text
 * the browser or the map library gave (which the atlas does not write, so cannot translate).
 * @example describeFailure('zh-CN', new MessageError(message('printErrorNoPages'))) // '没有可导出的页面'
 */
export function describeFailure(language: Language, error: unknown): string {
  return translateMessage(language, errorMessage(error));
}
