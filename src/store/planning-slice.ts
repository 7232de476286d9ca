/**
 * The planning slice: candidate sites (kept with the project, undoable like the roster) and which
 * one is selected. Adopting a candidate turns it into a planned school in one undo step.
 */
import type { StateCreator } from 'zustand';
import type { CandidateReport } from '../analysis/assess-candidates.ts';
import type { ExactEstimate } from '../analysis/optimise/estimate-suggestion.ts';
import type { ConsolidationRequest, ConsolidationResult } from '../analysis/optimise/plan-consolidation.ts';
import type { SuggestionRequest, SuggestionResult } from '../analysis/plan-suggestion.ts';
import {
  CANDIDATE_TYPE_OF_KIND,
  type CandidateSite,
  candidateAsSchool,
  nextCandidateId,
} from '../domain/candidate.ts';
import { type Message, MessageError, message } from '../domain/message.ts';
import type { AtlasState } from './index.ts';
import { refuseInViewer } from './publication-slice.ts';

/** A consolidation proposal with the request it answers (undoable data: running one is a step). */
export interface ConsolidationPlan {
  request: ConsolidationRequest;
  result: ConsolidationResult;
}

/** A consolidation run as the 撤并 panel shows it while it runs. */
export interface ConsolidationRunState {
  status: 'idle' | 'running' | 'done' | 'cancelled' | 'error';
  error: Message | null;
}

/** A site suggestion as the 选址 screen shows it. */
export interface SuggestionState {
  status: 'idle' | 'running' | 'done' | 'cancelled' | 'error';
  request: SuggestionRequest | null;
  /** What the run was made from (by reference), to tell when the data has changed since. */
  basis: readonly unknown[] | null;
  progress: { picked: number; count: number } | null;
  result: SuggestionResult | null;
  /** Why the request could not be met. */
  error: Message | null;
  /** The exact method's estimate for the form's request as it stands, and the request it is for. */
  estimate: { key: string; value: ExactEstimate | null; error: Message | null } | null;
}

export interface PlanningSlice {
  /** Candidate sites of the project (part of the undoable, saved data). */
  candidates: CandidateSite[];
  /** Id of the candidate shown in the panel and highlighted on the map. */
  selectedCandidate: string | null;
  /** The what-if of the candidates against the chosen scenario, as the worker last returned it. */
  candidateReport: CandidateReport | null;
  candidateStatus: 'idle' | 'running' | 'ready' | 'error';
  candidateError: Message | null;
  /** The last site suggestion: its request, progress while running, and result. */
  suggestion: SuggestionState;
  /** The consolidation proposal in force (undoable, saved with the work). */
  consolidationPlan: ConsolidationPlan | null;
  /** The consolidation run in progress or last finished. */
  consolidationRun: ConsolidationRunState;
  /** Sets or clears the consolidation proposal (one undo step). */
  setConsolidationPlan(plan: ConsolidationPlan | null): void;
  /** Adds candidates (ids are given here); returns their ids. */
  addCandidates(candidates: readonly Omit<CandidateSite, 'id'>[]): string[];
  /** Changes a candidate's attributes or point. */
  updateCandidate(id: string, change: Partial<Omit<CandidateSite, 'id'>>): void;
  /** Removes a candidate. */
  deleteCandidate(id: string): void;
  selectCandidate(id: string | null): void;
  /**
   * A candidate being dragged: where the pointer has it now. Not data (no undo step, not saved);
   * the what-if follows it while the drag lasts, and the drop commits the point.
   */
  draggedCandidate: { id: string; lon: number; lat: number } | null;
  setDraggedCandidate(dragged: { id: string; lon: number; lat: number } | null): void;
  /** Whether a click on the map places a new candidate (the 选址 screen's 放置候选点). */
  placingCandidate: boolean;
  /**
   * The first word of a placed candidate's name (候选点 3), in the language the planner works in:
   * a name is data, written once, so the screen that starts placing gives the word.
   */
  candidateNamePrefix: string;
  /** Starts placing candidates named `namePrefix` and a number, or stops placing. */
  setPlacingCandidate(placing: true, namePrefix: string): void;
  setPlacingCandidate(placing: false): void;
  /**
   * Places a candidate of the chosen analysis kind at a point, selects it and ends placing;
   * returns its id.
   */
  placeCandidate(lon: number, lat: number): string;
  /**
   * Turns a candidate into a planned school (项目类型 新建, 项目状态 规划) with the given code and
   * 所属乡镇, removing the candidate — one undo step. Throws a MessageError when the code is taken.
   */
  adoptCandidate(id: string, code: string, township: string): void;
}

export const createPlanningSlice: StateCreator<AtlasState, [], [], PlanningSlice> = (set, get) => ({
  candidates: [],
  selectedCandidate: null,
  candidateReport: null,
  placingCandidate: false,
  candidateNamePrefix: '',
  draggedCandidate: null,
  candidateStatus: 'idle',
  candidateError: null,
  suggestion: {
    status: 'idle',
    request: null,
    basis: null,
    progress: null,
    result: null,
    error: null,
    estimate: null,
  },
  consolidationPlan: null,
  consolidationRun: { status: 'idle', error: null },
  setConsolidationPlan(consolidationPlan) {
    set({ consolidationPlan });
  },
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
  setDraggedCandidate(draggedCandidate) {
    set({ draggedCandidate });
  },
  setPlacingCandidate(placingCandidate: boolean, namePrefix?: string) {
    set(
      namePrefix === undefined ? { placingCandidate } : { placingCandidate, candidateNamePrefix: namePrefix },
    );
  },
  placeCandidate(lon, lat) {
    const { candidates, analysisKind, candidateNamePrefix } = get();
    const id = nextCandidateId(candidates);
    const type = CANDIDATE_TYPE_OF_KIND[analysisKind];
    set({
      candidates: [
        ...candidates,
        {
          id,
          name: `${candidateNamePrefix} ${id.slice(1)}`.trim(),
          lon,
          lat,
          type,
          // The roster's own values: a new candidate is public, and a boarding school where the
          // plan asks for boarding primary and middle schools.
          ownership: '公办',
          boarding: type === '小学' || type === '初中',
          central: false,
          radius: null,
          origin: 'manual',
          note: '',
        },
      ],
      selectedCandidate: id,
      placingCandidate: false,
      candidateNamePrefix: '',
    });
    return id;
  },
  adoptCandidate(id, code, township) {
    refuseInViewer(get());
    const { candidates, schools, selectedCandidate } = get();
    const candidate = candidates.find((item) => item.id === id);
    if (!candidate) throw new MessageError(message('candidateUnknown', { id }));
    if (schools.some((school) => school.code === code)) {
      throw new MessageError(message('schoolCodeTaken', { code }));
    }
    set({
      schools: [...schools, candidateAsSchool(candidate, code, township, '规划')],
      candidates: candidates.filter((item) => item.id !== id),
      ...(selectedCandidate === id ? { selectedCandidate: null } : {}),
    });
  },
});
