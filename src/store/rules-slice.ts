/**
 * The rules slice: every change to the rule set — a rule switched, a threshold or setting edited,
 * a target's goal or entered figure changed, a rule-set file read — as one undoable step.
 * An edit that cannot be taken returns its reason as a message and changes nothing.
 */

import type { StateCreator } from 'zustand';
import { errorMessage, type Message, message } from '../domain/message.ts';
import {
  type RuleSet,
  type RuleSettings,
  withEnteredFigure,
  withRuleEnabled,
  withRuleSettings,
  withRuleThreshold,
  withTargetGoal,
} from '../domain/rules.ts';
import type { TravelSettings } from '../domain/travel-settings.ts';
import { withOnDemandTexts } from '../i18n/load-catalogue.ts';
import type { AtlasState } from './index.ts';
import { refuseInViewer, viewerRefusal } from './publication-slice.ts';

/** What reading a rule-set file did: loaded it, or left the rule set as it was and why. */
export type RuleSetImport = { ok: true; ruleSet: RuleSet } | { ok: false; errors: Message[] };

export interface RulesSlice {
  /** Switches a rule on or off; returns why not, or null when done. */
  setRuleEnabled(ruleId: string, enabled: boolean): Message | null;
  /** Changes a rule's threshold (null: a coverage rule follows the coverage target). */
  setRuleThreshold(ruleId: string, threshold: number | null): Message | null;
  /** Changes the populous-town threshold or the coverage target. */
  setRuleSettings(change: Partial<RuleSettings>): Message | null;
  /** Changes a district target's goal (e.g. 新建初中 1 → 2, the plan's other figure). */
  setTargetGoal(targetId: string, goal: number): Message | null;
  /** Enters or clears (null) an entered figure such as 毛入园率. */
  setEnteredFigure(targetId: string, value: number | null): Message | null;
  /** Replaces the travel-time settings (speeds, thresholds) of the rule set. */
  setTravelSettings(travel: TravelSettings): Message | null;
  /** Reads a rule-set file's text and, when every field is right, makes it the rule set. */
  importRuleSet(text: string, file: string): Promise<RuleSetImport>;
}

export const createRulesSlice: StateCreator<AtlasState, [], [], RulesSlice> = (set, get) => {
  /** Applies an update to the rule set; an unchanged set makes no undo step. */
  const edit = (change: (ruleSet: RuleSet) => RuleSet): Message | null => {
    const refusal = viewerRefusal(get());
    if (refusal) return refusal;
    const { ruleSet } = get();
    if (!ruleSet) return message('ruleSetNotLoaded');
    try {
      const changed = change(ruleSet);
      if (JSON.stringify(changed) !== JSON.stringify(ruleSet)) set({ ruleSet: changed });
      return null;
    } catch (error) {
      return errorMessage(error);
    }
  };
  return {
    setRuleEnabled: (ruleId, enabled) => edit((ruleSet) => withRuleEnabled(ruleSet, ruleId, enabled)),
    setRuleThreshold: (ruleId, threshold) => edit((ruleSet) => withRuleThreshold(ruleSet, ruleId, threshold)),
    setRuleSettings: (change) => edit((ruleSet) => withRuleSettings(ruleSet, change)),
    setTargetGoal: (targetId, goal) => edit((ruleSet) => withTargetGoal(ruleSet, targetId, goal)),
    setEnteredFigure: (targetId, value) => edit((ruleSet) => withEnteredFigure(ruleSet, targetId, value)),
    setTravelSettings: (travel) => edit((ruleSet) => ({ ...ruleSet, travel })),
    async importRuleSet(text, file) {
      refuseInViewer(get());
      // The rule set's readers load when a file is brought, not with the app, and their texts with them.
      const { readRuleSetText } = await withOnDemandTexts(() => import('../io/rule-set-file.ts'));
      const read = readRuleSetText(text, file);
      if (read.ok) set({ ruleSet: read.ruleSet });
      return read;
    },
  };
};
