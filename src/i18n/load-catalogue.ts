/**
 * Loads a language's catalogue on demand: the English one is a chunk of its own, fetched the
 * first time English is chosen (or when the atlas opens in English), never by a Chinese session.
 */
import { hasCatalogue, type Language, registerCatalogue } from './index.ts';

/**
 * Makes the language's catalogue available; resolves at once when it already is.
 * @example await loadCatalogue('en'); translate('en', 'appTitle')
 */
export async function loadCatalogue(language: Language): Promise<void> {
  if (hasCatalogue(language)) return;
  const { en } = await import('./en/index.ts');
  registerCatalogue('en', en);
}
