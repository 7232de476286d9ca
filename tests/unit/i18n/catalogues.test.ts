import { describe, expect, it } from 'vitest';
import { message } from '../../../src/domain/message.ts';
import { enSections } from '../../../src/i18n/en/index.ts';
import { translate, translateMessage } from '../../../src/i18n/index.ts';
import { zhCNSections } from '../../../src/i18n/zh-CN/index.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the text catalogues', () => {
  it('have the same sections, and each section the same keys, in both languages', () => {
    expect(Object.keys(enSections).sort()).toEqual(Object.keys(zhCNSections).sort());
    for (const [name, section] of Object.entries(zhCNSections)) {
      const english = enSections[name as keyof typeof enSections];
      expect(Object.keys(english).sort(), name).toEqual(Object.keys(section).sort());
    }
  });

  it('never give one key to two sections (a spread would hide one text)', () => {
    const owners = new Map<string, string>();
    for (const [name, section] of Object.entries(zhCNSections)) {
      for (const key of Object.keys(section)) {
        expect(owners.get(key), `${key} in ${name} and ${owners.get(key)}`).toBeUndefined();
        owners.set(key, name);
      }
    }
  });

  it('fill the same placeholders in both languages', () => {
    // A day is written in each language's own form from the same values: 2026年12月5日 from the
    // numbers, the ISO 2026-12-05 as it is (one formatter, publicationDay, gives all of them).
    const ownForm = new Set(['publishDay']);
    for (const [name, section] of Object.entries(zhCNSections)) {
      const english = enSections[name as keyof typeof enSections] as Record<string, string>;
      for (const [key, text] of Object.entries(section)) {
        if (ownForm.has(key)) continue;
        expect(placeholders(english[key] ?? ''), `${name}.${key}`).toEqual(placeholders(text as string));
      }
    }
  });

  it('have no Chinese in English texts, but where they quote the words of Chinese data', () => {
    // Keys whose English text names Chinese words a user meets in the data (镇/乡/街道 in
    // township names, the file names the bureau exchanges, the headers a file may carry, the
    // township the population model is scaled to), or a language's own name (中文 on the switch
    // back to Chinese, for the reader who needs it).
    const quotingChinese = new Set([
      'boundaryFieldsHelp',
      'exportRosterFileWord',
      'exportProjectFileWord',
      'candidateColumnsMissing',
      'populationModel',
      'languageSwitchTarget',
      'languageNameChinese',
      'birthsIntro',
    ]);
    for (const section of Object.values(enSections)) {
      for (const [key, text] of Object.entries(section)) {
        if (quotingChinese.has(key)) continue;
        expect(/[\u3400-\u9fff]/.test(text as string), key).toBe(false);
      }
    }
  });
});

describe('translateMessage', () => {
  it('fills values, translating values that are messages themselves', () => {
    const shown = message('legendShown', { shown: 3, total: 5 });
    expect(translateMessage('zh-CN', shown)).toBe('显示 3 / 共 5 所');
    expect(translateMessage('en', shown)).toBe('3 of 5 schools shown');
    expect(translate('en', 'dataSource', { source: message('sampleBadge') })).toBe(
      translate('en', 'dataSource', { source: 'Sample data' }),
    );
  });

  it('leaves a placeholder without a value as it is', () => {
    expect(translate('zh-CN', 'legendShown', { shown: 1 })).toBe('显示 1 / 共 {total} 所');
  });
});
