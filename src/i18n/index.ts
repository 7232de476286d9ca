/** Interface language: Simplified Chinese by default, English behind a switch. */

import { isMessage, type Message, type MessageValue } from '../domain/message.ts';
import { SERVICE_KIND_NAMES, type ServiceKind } from '../domain/radius.ts';
import type { SchoolState, SchoolType } from '../domain/school.ts';
import { en } from './en/index.ts';
import { type MessageKey, type Messages, zhCN } from './zh-CN/index.ts';

/** Supported languages. */
export type Language = 'zh-CN' | 'en';

const MESSAGES: Record<Language, Messages> = { 'zh-CN': zhCN, en };

/**
 * The text for a key with `{name}` placeholders filled in.
 * @example translate('en', 'legendShown', { shown: 3, total: 5 }) // '3 of 5 schools shown'
 */
export function translate(
  language: Language,
  key: MessageKey,
  values: Readonly<Record<string, MessageValue>> = {},
): string {
  const template = MESSAGES[language][key];
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    if (value === undefined) return match;
    return isMessage(value) ? translateMessage(language, value) : String(value);
  });
}

/**
 * A message (from io, analysis, domain or the store) in a language; values that are messages
 * themselves are translated first.
 * @example translateMessage('zh-CN', message('legendShown', { shown: 3, total: 5 })) // '显示 3 / 共 5 所'
 */
export function translateMessage(language: Language, text: Message): string {
  return translate(language, text.key, text.values);
}

const SCHOOL_TYPE_EN: Record<SchoolType, string> = {
  幼儿园: 'Kindergarten',
  小学: 'Primary school',
  教学点: 'Teaching point',
  初中: 'Middle school',
  九年一贯制: 'Nine-year school',
  高中: 'High school',
  完全中学: 'Complete secondary school',
  特殊教育学校: 'Special-education school',
};

const SERVICE_KIND_EN: Record<ServiceKind, string> = {
  kindergarten: 'kindergarten',
  primary: 'primary school',
  middle: 'middle school',
  high: 'high school',
  special: 'special education',
};

/** Display name of a service kind (幼儿园 / 小学 / 初中 / 高中 / 特殊教育); lower case in English, to sit inside a sentence. */
export function serviceKindLabel(language: Language, kind: ServiceKind): string {
  return language === 'en' ? SERVICE_KIND_EN[kind] : SERVICE_KIND_NAMES[kind];
}

/** Display name of a school type. */
export function schoolTypeLabel(language: Language, type: SchoolType): string {
  return language === 'en' ? SCHOOL_TYPE_EN[type] : type;
}

const STATE_LABELS: Record<SchoolState, Record<Language, string>> = {
  existing: { 'zh-CN': '现有', en: 'Existing' },
  completed: { 'zh-CN': '规划新建·已竣工', en: 'New, completed' },
  construction: { 'zh-CN': '规划新建·在建', en: 'New, under construction' },
  planned: { 'zh-CN': '规划新建·未开工', en: 'New, planned' },
  renovation: { 'zh-CN': '改扩建', en: 'Renovation / expansion' },
};

/** Display name of a map state. */
export function schoolStateLabel(language: Language, state: SchoolState): string {
  return STATE_LABELS[state][language];
}

const COLUMN_EN: Record<string, string> = {
  学校代码: 'School code',
  学校名称: 'Name',
  学校类型: 'Type',
  经度: 'Longitude',
  纬度: 'Latitude',
  所属乡镇: 'Township',
  办学性质: 'Ownership',
  寄宿制: 'Boarding',
  中心校: 'Central school',
  普惠性: 'Inclusive',
  示范等级: 'Demonstration level',
  在校生数: 'Students',
  班级数: 'Classes',
  学位数: 'Seats',
  小学学位数: 'Primary seats',
  初中学位数: 'Middle-school seats',
  高中学位数: 'High-school seats',
  教职工数: 'Staff',
  计算机数: 'Computers',
  宽带Mbps: 'Bandwidth (Mbps)',
  标准化建设: 'Standardisation',
  项目类型: 'Project type',
  项目状态: 'Project status',
  计划年度: 'Planned year',
  投资万元: 'Investment (10k yuan)',
  备注: 'Note',
  数据来源: 'Source',
};

/** Display name of a roster column. */
export function columnLabel(language: Language, column: string): string {
  return language === 'en' ? (COLUMN_EN[column] ?? column) : column;
}

export type { Message, MessageKey };
