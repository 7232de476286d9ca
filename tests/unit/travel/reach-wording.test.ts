/**
 * Under road time the suggestion's notes and the 选址 screen's rule titles say the mode's time on
 * roads where the straight line says 服务半径 (service radius).
 */
import { describe, expect, it } from 'vitest';
import { noteSearchStop } from '../../../src/analysis/optimise/read-suggestion-request.ts';
import type { SiteSearchAnswer } from '../../../src/analysis/optimise/site-search.ts';
import type { SuggestionRequest } from '../../../src/analysis/optimise/suggestion-request.ts';
import { reachMessage, STRAIGHT_LINE } from '../../../src/domain/distance-model.ts';
import type { Message } from '../../../src/domain/message.ts';
import { CURRENT_SCENARIO } from '../../../src/domain/scenario.ts';
import { localRuleTitle, translateMessage } from '../../../src/i18n/index.ts';

const request: SuggestionRequest = {
  kind: 'primary',
  count: 3,
  radius: null,
  minDistance: 0,
  includeTownships: [],
  excludeTownships: [],
  requireRuleId: null,
  candidates: { source: 'grid', spacing: 500 },
  scenario: CURRENT_SCENARIO,
};

function answerStopped(picks: number): SiteSearchAnswer {
  return {
    picks: Array.from({ length: picks }, (_, index) => index),
    gains: Array.from({ length: picks }, () => 10),
    runnersUp: [],
    quality: { optimal: false } as SiteSearchAnswer['quality'],
    evaluations: 0,
    exchanges: 0,
    stopped: 'no-gain',
    exact: null,
    exactEstimate: { seconds: 0, offered: false },
    targets: [
      {
        area: 0,
        population: 100,
        coveredBefore: 50,
        reachable: 10,
        need: 40,
        beyondEveryCandidate: 30,
        unreachable: true,
      },
    ] as SiteSearchAnswer['targets'],
  };
}

function notes(
  picks: number,
  reach?: Message,
  objective: SuggestionRequest['objective'] = 'coverage',
): Message[] {
  const messages: Message[] = [];
  noteSearchStop(answerStopped(picks), picks, { ...request, objective }, ['桥圩镇'], messages, reach);
  return messages;
}

describe('the suggestion notes word the reach as the distance model measures it', () => {
  const walk = reachMessage({ model: 'road', mode: 'walk' });

  it('says the walking time on roads under road time, in Chinese and English', () => {
    const [fewer] = notes(1, walk);
    expect(fewer?.key).toBe('optimiseFewerPicks');
    const chinese = translateMessage('zh-CN', fewer as Message);
    expect(chinese).toBe('只有 1 个建议点能增加小学步行道路时间内的人口，少于要求的 3 个');
    expect(translateMessage('en', fewer as Message)).toContain(
      'within the walking time on roads of a primary school',
    );
    const [none] = notes(0, reachMessage({ model: 'road', mode: 'bus' }));
    expect(translateMessage('zh-CN', none as Message)).toContain('小学校车道路时间内的人口');
  });

  it('keeps 服务半径 under the straight line and when no reach is given', () => {
    const [given] = notes(1, reachMessage(STRAIGHT_LINE));
    const [absent] = notes(1);
    expect(translateMessage('zh-CN', given as Message)).toBe(
      '只有 1 个建议点能增加小学服务半径内的人口，少于要求的 3 个',
    );
    expect(absent).toEqual(given);
  });

  it('words an unreachable target with the reach too', () => {
    const unreachable = notes(0, walk, 'count').find((item) => item.key === 'optimiseTargetUnreachable');
    const chinese = translateMessage('zh-CN', unreachable as Message);
    expect(chinese).toContain('不在任何候选点或现有学校的步行道路时间内');
    expect(chinese).not.toContain('服务半径');
  });

  it('reads a coverage rule fixed by a pick by road time, as the 选址 result lists it', () => {
    const rule = {
      title: '小学服务半径内人口覆盖率',
      titleEnglish: 'Population within the primary school service radius',
    };
    expect(localRuleTitle('zh-CN', rule, { model: 'road', mode: 'bike' })).toBe(
      '小学骑行道路时间内人口覆盖率',
    );
    expect(localRuleTitle('en', rule, STRAIGHT_LINE)).toBe(rule.titleEnglish);
  });
});
