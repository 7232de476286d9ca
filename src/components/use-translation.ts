/** The translate functions for the current interface language. */
import { useCallback } from 'react';
import type { Message, MessageValue } from '../domain/message.ts';
import {
  type Language,
  type MessageKey,
  translate,
  translateMessage,
  translateValue,
} from '../i18n/index.ts';
import { useAtlasStore } from '../store/index.ts';

/**
 * Returns `t(key, values)`, `tm(message)` and `tv(value)` in the current language, and the
 * language itself. `tm` is for messages that io, analysis and the store return as data; `tv` for
 * a value that is a message or data (a rule title, a column of the user's file, a list of both).
 */
export function useTranslation(): {
  t: (key: MessageKey, values?: Readonly<Record<string, MessageValue>>) => string;
  tm: (text: Message) => string;
  tv: (value: MessageValue) => string;
  language: Language;
} {
  const language = useAtlasStore((state) => state.language);
  const t = useCallback(
    (key: MessageKey, values?: Readonly<Record<string, MessageValue>>) => translate(language, key, values),
    [language],
  );
  const tm = useCallback((text: Message) => translateMessage(language, text), [language]);
  const tv = useCallback((value: MessageValue) => translateValue(language, value), [language]);
  return { t, tm, tv, language };
}
