/** The translate function for the current interface language. */
import { useCallback } from 'react';
import { type Language, type MessageKey, translate } from '../i18n/index.ts';
import { useAtlasStore } from '../store/index.ts';

/** Returns `t(key, values)` in the current language, and the language itself. */
export function useTranslation(): {
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  language: Language;
} {
  const language = useAtlasStore((state) => state.language);
  const t = useCallback(
    (key: MessageKey, values?: Record<string, string | number>) => translate(language, key, values),
    [language],
  );
  return { t, language };
}
