import { describe, expect, it } from 'vitest';
import { serializeRuleSet } from '../../../src/io/rule-set-file.ts';
import { createAtlasStore } from '../../../src/store/index.ts';
import { defaultRuleSet } from '../analysis/default-inputs.ts';
import { zh, zhAll } from '../messages.ts';

function store() {
  const created = createAtlasStore();
  created.setState({ loadStatus: 'ready', ruleSet: defaultRuleSet() });
  created.temporal.getState().clear();
  return created;
}

const goalOf = (atlas: ReturnType<typeof store>, id: string) =>
  atlas.getState().ruleSet?.targets.find((target) => target.id === id)?.target;

describe('rule-set edits in the store', () => {
  it('changes a target goal as one undo step, and refuses a negative one with a message', () => {
    const atlas = store();
    expect(atlas.getState().setTargetGoal('new-middle-schools', 2)).toBeNull();
    expect(goalOf(atlas, 'new-middle-schools')).toBe(2);
    const refusal = atlas.getState().setTargetGoal('new-middle-schools', -1);
    expect(refusal && zh(refusal)).toBe('目标「new-middle-schools」的目标值应为非负数，实际为 -1');
    expect(goalOf(atlas, 'new-middle-schools')).toBe(2);
    // The same goal again is no change and makes no undo step.
    atlas.getState().setTargetGoal('new-middle-schools', 2);
    expect(atlas.temporal.getState().pastStates).toHaveLength(1);
    atlas.temporal.getState().undo();
    expect(goalOf(atlas, 'new-middle-schools')).toBe(1);
  });

  it('switches rules and edits settings through the store', () => {
    const atlas = store();
    expect(atlas.getState().setRuleEnabled('class-size-large', false)).toBeNull();
    expect(atlas.getState().setRuleSettings({ coverageTarget: 0.8 })).toBeNull();
    expect(atlas.getState().ruleSet?.settings.coverageTarget).toBe(0.8);
    const refusal = atlas.getState().setRuleThreshold('no-such-rule', 1);
    expect(refusal && zh(refusal)).toBe('规则集中没有规则「no-such-rule」');
    expect(atlas.temporal.getState().pastStates).toHaveLength(2);
  });
});

describe('importRuleSet', () => {
  it('keeps the rule set when the file has mistakes, and lists every one', async () => {
    const atlas = store();
    const before = atlas.getState().ruleSet;
    const document = JSON.parse(serializeRuleSet(defaultRuleSet()));
    document.rules[0].threshold = -1;
    document.rules[1].enabled = 'yes';
    const read = await atlas.getState().importRuleSet(JSON.stringify(document), '我的规则.json');
    expect(read.ok).toBe(false);
    expect(zhAll(read.ok ? [] : read.errors)).toEqual([
      '规则「boarding-primary」（第 1 条）字段 threshold：应为非负数，实际为 -1',
      '规则「public-central-kindergarten」（第 2 条）字段 enabled：应为 true 或 false，实际为 "yes"',
    ]);
    expect(atlas.getState().ruleSet).toBe(before);
    expect(await atlas.getState().importRuleSet('not json', 'x.json')).toMatchObject({ ok: false });
    expect(atlas.temporal.getState().pastStates).toHaveLength(0);
  });

  it('takes a valid file as one undo step', async () => {
    const atlas = store();
    const document = JSON.parse(serializeRuleSet(defaultRuleSet()));
    document.title = '另一个县的规则';
    const read = await atlas.getState().importRuleSet(JSON.stringify(document), '另一县.json');
    expect(read.ok && read.ruleSet.title).toBe('另一个县的规则');
    expect(atlas.getState().ruleSet?.title).toBe('另一个县的规则');
    atlas.temporal.getState().undo();
    expect(atlas.getState().ruleSet?.title).toBe(defaultRuleSet().title);
  });
});
