import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { type CandidateSite, readCandidates } from '../../../src/domain/candidate.ts';
import { DEFAULT_SERVICE_RADII } from '../../../src/domain/radius.ts';
import { planRestore, projectContentsOf } from '../../../src/io/project-backup.ts';
import { parseProject, serializeProject } from '../../../src/io/project-file.ts';
import { Autosave } from '../../../src/store/autosave.ts';
import { createAtlasStore } from '../../../src/store/index.ts';
import { applySavedWork } from '../../../src/store/saved-work.ts';
import { defaultRuleSet } from '../analysis/default-inputs.ts';
import { thrownMessage, zh, zhAll } from '../messages.ts';
import { TWO_TOWNSHIPS } from '../school-fixtures.ts';

function store() {
  const created = createAtlasStore();
  created.setState({ loadStatus: 'ready', townships: TWO_TOWNSHIPS, analysisKind: 'kindergarten' });
  created.temporal.getState().clear();
  return created;
}

describe('candidate sites in the store', () => {
  it('places candidates with fresh ids, of the chosen kind, each placement one undo step', () => {
    const atlas = store();
    atlas.getState().setPlacingCandidate(true, '候选点');
    const first = atlas.getState().placeCandidate(109.5, 22.5);
    const second = atlas.getState().placeCandidate(109.6, 22.5);
    expect([first, second]).toEqual(['C1', 'C2']);
    expect(atlas.getState().candidates.map((candidate) => candidate.type)).toEqual(['幼儿园', '幼儿园']);
    expect(atlas.getState().placingCandidate).toBe(false);
    expect(atlas.getState().selectedCandidate).toBe('C2');
    atlas.temporal.getState().undo();
    expect(atlas.getState().candidates.map((candidate) => candidate.id)).toEqual(['C1']);
    atlas.getState().deleteCandidate('C1');
    expect(atlas.getState().addCandidates([{ ...candidateFields(), name: '甲' }])).toEqual(['C1']);
  });

  it('adopts a candidate as a planned new school in one step that undo reverses', () => {
    const atlas = store();
    const [id = ''] = atlas.getState().addCandidates([candidateFields()]);
    atlas.temporal.getState().clear();
    atlas.getState().adoptCandidate(id, 'XZ001', '甲镇');
    const school = atlas.getState().schools.find((item) => item.code === 'XZ001');
    expect(school).toMatchObject({
      projectType: '新建',
      projectStatus: '规划',
      township: '甲镇',
      boarding: true,
    });
    expect(atlas.getState().candidates).toEqual([]);
    expect(thrownMessage(() => atlas.getState().adoptCandidate('C9', 'XZ002', ''))).toBe('没有候选点 C9');
    atlas.temporal.getState().undo();
    expect(atlas.getState().schools).toEqual([]);
    expect(atlas.getState().candidates.map((candidate) => candidate.id)).toEqual([id]);
  });
});

function candidateFields(): Omit<CandidateSite, 'id'> {
  return {
    name: '候选点',
    lon: 109.5,
    lat: 22.5,
    type: '小学',
    ownership: '公办',
    boarding: true,
    central: false,
    radius: 2000,
    origin: 'manual',
    note: '',
  };
}

describe('candidates are kept with the project', () => {
  it('go into the backup file and come back from it', () => {
    const atlas = store();
    atlas
      .getState()
      .addCandidates([candidateFields(), { ...candidateFields(), radius: null, origin: 'suggestion' }]);
    const state = { ...atlas.getState(), ruleSet: defaultRuleSet(), population: null };
    const opened = parseProject(serializeProject(projectContentsOf(state)), '备份.json');
    if (!opened.ok) throw new Error(zh(opened.message));
    const planned = planRestore(opened.project, {
      townships: TWO_TOWNSHIPS,
      population: { source: 'model', label: '', points: [], townships: [] },
      ruleSet: defaultRuleSet(),
      referenceLayers: [],
      barriers: [],
    });
    if (!planned.ok) throw new Error(zh(planned.message));
    const restored = planned.plan;
    expect(restored.data.candidates).toEqual(atlas.getState().candidates);
    expect(restored.data.radii).toEqual(DEFAULT_SERVICE_RADII);
  });

  it('leave out a malformed candidate from a file, saying which', () => {
    const { candidates, issues } = readCandidates([
      { ...candidateFields(), id: 'C1' },
      { ...candidateFields(), id: 'C2', lon: '东经' },
      { ...candidateFields(), id: 'C1' },
    ]);
    expect(candidates.map((candidate) => candidate.id)).toEqual(['C1']);
    expect(zhAll(issues)).toEqual(['第 2 个候选点格式不对，已略去', '第 3 个候选点格式不对，已略去']);
    expect(zhAll(readCandidates('x').issues)).toEqual(['项目中的候选点格式不对，已略去']);
    expect(readCandidates(undefined)).toEqual({ candidates: [], issues: [] });
  });

  it('survive a reload through the autosave', async () => {
    const first = store();
    const saving = new Autosave(first);
    await saving.open();
    first.getState().addCandidates([candidateFields()]);
    await saving.save();
    saving.stop();
    const second = store();
    const reading = new Autosave(second);
    const saved = await reading.open();
    reading.stop();
    if (saved) applySavedWork(second, saved);
    expect(second.getState().candidates).toEqual(first.getState().candidates);
  });
});
