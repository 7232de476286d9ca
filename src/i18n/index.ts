/** Interface language: Simplified Chinese by default, English behind a switch. */

import type { DistanceModel } from '../domain/distance-model.ts';
import { isMessage, type Message, type MessageValue } from '../domain/message.ts';
import type { ServiceKind } from '../domain/radius.ts';
import { type SchoolState, type SchoolType, schoolTypeName } from '../domain/school.ts';
import { columnName } from '../domain/vocabulary.ts';
import type { CataloguePartName, MessageKey, Messages } from './zh-CN/index.ts';
import { zhCNStart } from './zh-CN/start.ts';

/** Supported languages. */
export type Language = 'zh-CN' | 'en';

/**
 * The texts at hand, by language, and the catalogue parts they hold. Chinese starts with its start
 * part (the start chunk); the rest is registered on demand (`load-catalogue.ts`): English when it
 * is chosen or once the first map is drawn, the part of the screens loaded on demand with the
 * first of them (`lazyScreen`). The command line and tests register every part at start
 * (`with-english.ts`).
 */
const MESSAGES: Partial<Record<Language, Partial<Messages>>> = { 'zh-CN': { ...zhCNStart } };
const PARTS: Record<Language, Set<CataloguePartName>> = { 'zh-CN': new Set(['start']), en: new Set() };

/**
 * Makes a part of a language's catalogue available to every translate function.
 * @example registerCatalogue('en', 'start', enStart)
 */
export function registerCatalogue(
  language: Language,
  part: CataloguePartName,
  messages: Readonly<Partial<Messages>>,
): void {
  MESSAGES[language] = { ...MESSAGES[language], ...messages };
  PARTS[language].add(part);
}

/** Whether a part of a language's catalogue (its start part unless named) is at hand. */
export function hasCatalogue(language: Language, part: CataloguePartName = 'start'): boolean {
  return PARTS[language].has(part);
}

/** A language's texts; Chinese while another is not registered yet (the app waits for it before showing it). */
function catalogueOf(language: Language): Partial<Messages> {
  return hasCatalogue(language) ? (MESSAGES[language] ?? {}) : (MESSAGES['zh-CN'] ?? {});
}

/** Whether this runs in the built app (not the command line, a test or the dev server). */
function inBuiltApp(): boolean {
  // Written out whole, so the build puts its value in; on the command line there is no `env`.
  return import.meta.env?.PROD === true;
}

/** What the built app shows for a text whose catalogue part is not at hand. */
export const MISSING_TEXT = '…';

/**
 * The text for a key with `{name}` placeholders filled in.
 * @example translate('en', 'legendShown', { shown: 3, total: 5 }) // '3 of 5 schools shown'
 */
export function translate(
  language: Language,
  key: MessageKey,
  values: Readonly<Record<string, MessageValue>> = {},
): string {
  const template = catalogueOf(language)[key];
  if (template === undefined) {
    // Only a part not registered yet can lack a key: a screen's part loads before the screen renders.
    const problem = `The text ${key} is not at hand in ${language}: its catalogue part is not registered`;
    // In the built app a text missing by a path the catalogue's test did not see must not take the
    // whole page down with it: it shows as an ellipsis (and says why in the console) until drawn again.
    if (inBuiltApp()) {
      console.error(problem);
      return MISSING_TEXT;
    }
    throw new Error(problem);
  }
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    return value === undefined ? match : translateValue(language, value);
  });
}

/**
 * A copy of a JSON value with every message in it translated: for outputs that are written as
 * text, such as the CLI's JSON reports. A message is an object with exactly a catalogue key and
 * (optionally) its values.
 * @example translateMessagesIn('zh-CN', { rows: [{ message: message('rosterRequired') }] }) // { rows: [{ message: '不能为空' }] }
 */
export function translateMessagesIn<T>(language: Language, value: T): Translated<T> {
  return translateTree(language, value) as Translated<T>;
}

/** A value's type with every message in it turned into text. */
export type Translated<T> = T extends Message
  ? string
  : T extends readonly (infer Item)[]
    ? Translated<Item>[]
    : T extends object
      ? { [Key in keyof T]: Translated<T[Key]> }
      : T;

function isCatalogueMessage(language: Language, value: unknown): value is Message {
  if (!isMessage(value)) return false;
  const keys = Object.keys(value);
  return value.key in catalogueOf(language) && keys.every((key) => key === 'key' || key === 'values');
}

function translateTree(language: Language, value: unknown): unknown {
  if (isCatalogueMessage(language, value)) return translateMessage(language, value);
  if (Array.isArray(value)) return value.map((item) => translateTree(language, item));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, translateTree(language, item)]),
    );
  }
  return value;
}

/**
 * One value in a language: a message translated, a list joined as the language lists, text and
 * numbers as they are (data).
 * @example translateValue('en', valueName('公办')) // 'Public'
 */
export function translateValue(language: Language, value: MessageValue): string {
  if (isMessage(value)) return translateMessage(language, value);
  if (Array.isArray(value)) {
    return value
      .map((item: MessageValue) => translateValue(language, item))
      .join(translate(language, 'listSeparator'));
  }
  return String(value);
}

/**
 * A message (from io, analysis, domain or the store) in a language; values that are messages
 * themselves are translated first.
 * @example translateMessage('zh-CN', message('legendShown', { shown: 3, total: 5 })) // '显示 3 / 共 5 所'
 */
export function translateMessage(language: Language, text: Message): string {
  return translate(language, text.key, text.values);
}

/**
 * The title of a rule, a target or a rule set in a language: behind the English switch its English
 * title when the rule set gives one; otherwise the title as the rule set's author typed it (data).
 * @example localTitle('en', { title: '每个乡镇至少1所寄宿制小学', titleEnglish: 'At least one boarding primary school per township' })
 */
export function localTitle(
  language: Language,
  item: { readonly title: string; readonly titleEnglish?: string | null | undefined },
): string {
  return language === 'en' && item.titleEnglish ? item.titleEnglish : item.title;
}

/**
 * A rule's title in a language, under the distance model in use: by road time the words for the
 * service radius (服务半径, "service radius") become the mode's time on roads, so a coverage
 * rule's title says how it was measured.
 * @example localRuleTitle('zh-CN', { title: '小学服务半径内人口覆盖率' }, { model: 'road', mode: 'walk' }) // '小学步行道路时间内人口覆盖率'
 */
export function localRuleTitle(
  language: Language,
  item: { readonly title: string; readonly titleEnglish?: string | null | undefined },
  distance: DistanceModel,
): string {
  const title = localTitle(language, item);
  if (distance.model !== 'road') return title;
  const reach = translate(language, 'travelTitleReach', {
    mode: translate(language, `travelModeShort_${distance.mode}`),
  });
  return language === 'en'
    ? title.replace(/service radius|radius/g, reach)
    : title.replaceAll('服务半径', reach);
}

/** Display name of a service kind (幼儿园 / 小学 / 初中 / 高中 / 特殊教育); lower case in English, to sit inside a sentence. */
export function serviceKindLabel(language: Language, kind: ServiceKind): string {
  return translate(language, `serviceKind_${kind}`);
}

/** Display name of a school type. */
export function schoolTypeLabel(language: Language, type: SchoolType): string {
  return translateMessage(language, schoolTypeName(type));
}

const STATE_KEYS: Record<SchoolState, MessageKey> = {
  existing: 'schoolStateExisting',
  completed: 'schoolStateCompleted',
  construction: 'schoolStateConstruction',
  planned: 'schoolStatePlanned',
  renovation: 'schoolStateRenovation',
};

/** Display name of a map state. */
export function schoolStateLabel(language: Language, state: SchoolState): string {
  return translate(language, STATE_KEYS[state]);
}

/** Display name of a column: the catalogue's for the atlas's own formats, a file's own header as it is. */
export function columnLabel(language: Language, column: string): string {
  return translateValue(language, columnName(column));
}

export type { Message, MessageKey };
