/** A page's translate function: the catalogue bound to the page's language. */
import { type Language, type MessageKey, translate } from '../i18n/index.ts';

/** A translate function bound to one language. */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** A translate function for a language. */
export function translatorFor(language: Language): Translate {
  return (key, values) => translate(language, key, values);
}
