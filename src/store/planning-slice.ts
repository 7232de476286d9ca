/**
 * The planning slice: candidate sites (kept with the project, undoable like the roster) and which
 * one is selected. Adopting a candidate turns it into a planned school in one undo step.
 */
import type { StateCreator } from 'zustand';
import { type CandidateSite, candidateAsSchool, nextCandidateId } from '../domain/candidate.ts';
import type { AtlasState } from './index.ts';

export interface PlanningSlice {
  /** Candidate sites of the project (part of the undoable, saved data). */
  candidates: CandidateSite[];
  /** Id of the candidate shown in the panel and highlighted on the map. */
  selectedCandidate: string | null;
  /** Adds candidates (ids are given here); returns their ids. */
  addCandidates(candidates: readonly Omit<CandidateSite, 'id'>[]): string[];
  /** Changes a candidate's attributes or point. */
  updateCandidate(id: string, change: Partial<Omit<CandidateSite, 'id'>>): void;
  /** Removes a candidate. */
  deleteCandidate(id: string): void;
  selectCandidate(id: string | null): void;
  /**
   * Turns a candidate into a planned school (项目类型 新建, 项目状态 规划) with the given code and
   * 所属乡镇, removing the candidate — one undo step. Throws when the code is taken.
   */
  adoptCandidate(id: string, code: string, township: string): void;
}

export const createPlanningSlice: StateCreator<AtlasState, [], [], PlanningSlice> = (set, get) => ({
  candidates: [],
  selectedCandidate: null,
  addCandidates(added) {
    const candidates = [...get().candidates];
    const ids: string[] = [];
    for (const candidate of added) {
      const id = nextCandidateId(candidates);
      candidates.push({ ...candidate, id });
      ids.push(id);
    }
    set({ candidates });
    return ids;
  },
  updateCandidate(id, change) {
    set({
      candidates: get().candidates.map((candidate) =>
        candidate.id === id ? { ...candidate, ...change, id } : candidate,
      ),
    });
  },
  deleteCandidate(id) {
    const { candidates, selectedCandidate } = get();
    set({
      candidates: candidates.filter((candidate) => candidate.id !== id),
      ...(selectedCandidate === id ? { selectedCandidate: null } : {}),
    });
  },
  selectCandidate(selectedCandidate) {
    set({ selectedCandidate });
  },
  adoptCandidate(id, code, township) {
    const { candidates, schools, selectedCandidate } = get();
    const candidate = candidates.find((item) => item.id === id);
    if (!candidate) throw new Error(`没有候选点 ${id}`);
    if (schools.some((school) => school.code === code)) throw new Error(`学校代码 ${code} 已存在`);
    set({
      schools: [...schools, candidateAsSchool(candidate, code, township, '规划')],
      candidates: candidates.filter((item) => item.id !== id),
      ...(selectedCandidate === id ? { selectedCandidate: null } : {}),
    });
  },
});
