import { describe, expect, it } from 'vitest';
import { translateMessage } from '../../../src/i18n/index.ts';
import { parseProject } from '../../../src/io/project-file.ts';
import { writePublishedData } from '../../../src/io/write-published-data.ts';
import type { AtlasStore } from '../../../src/store/index.ts';
import { openPublishedAtlas } from '../../../src/store/open-publication.ts';
import { currentDataSet, linkNoticeFor } from '../../../src/store/publication-slice.ts';
import {
  continueLocalCopy,
  editLocalCopy,
  type OpenedPublication,
  showLoadedData,
} from '../../../src/store/publication-start.ts';
import { defaultRuleSet } from '../analysis/default-inputs.ts';
import { thrownMessage, zh } from '../messages.ts';
import { makeSchool, TWO_TOWNSHIPS } from '../school-fixtures.ts';
import { tab } from '../store/autosave-tabs.ts';

/** A publication of two schools, as the loader hands it over. */
function publication(names = ['甲小学', '乙小学'], day = new Date(2026, 11, 5, 9)): OpenedPublication {
  const written = writePublishedData(
    {
      roster: names.map((name, index) => makeSchool({ code: `P${index}`, name, source: '港南区教育局' })),
      townships: null,
      population: null,
      rules: null,
      settings: { districtCode: '450803', districtName: '港南区' },
      candidates: [],
    },
    { title: '港南区学校布局一张图', unit: '港南区教育局' },
    day,
  );
  const opened = parseProject(written.files[0]?.text ?? '');
  if (!opened.ok) throw new Error('the fixture publication does not open');
  return { manifest: written.manifest, project: opened.project };
}

/** A tab whose defaults are loaded, as startWithSavedWork has them before the publication. */
function loadedTab(linkDataSet: string | null = null) {
  const opened = tab();
  opened.store.setState({
    townships: TWO_TOWNSHIPS,
    population: { source: 'model', label: '模型', points: [], townships: [] },
    ruleSet: defaultRuleSet(),
    schools: [makeSchool({ code: 'LOCAL', name: '本机学校' })],
    linkDataSet,
  });
  return opened;
}

function codes(store: AtlasStore): string[] {
  return store.getState().schools.map((school) => school.code);
}

describe('viewer mode', () => {
  it('shows the publication in place of the defaults and refuses every data change', async () => {
    const { store, autosave } = loadedTab();
    const published = publication();
    expect(openPublishedAtlas(store, published, await autosave.open())).toBe(false);
    showLoadedData(store);
    expect(codes(store)).toEqual(['P0', 'P1']);
    expect(store.getState().viewer).toBe(true);
    // What the project leaves to the defaults keeps them.
    expect(store.getState().townships).toBe(TWO_TOWNSHIPS);
    const refusal = '这是发布版，数据不能修改；如需修改，请点“在此基础上编辑”建立本地副本';
    expect(thrownMessage(() => store.getState().addSchool(makeSchool({ code: 'N', name: '新' })))).toBe(
      refusal,
    );
    expect(thrownMessage(() => store.getState().deleteSchool('P0'))).toBe(refusal);
    expect(thrownMessage(() => store.getState().replaceData({ schools: [] }))).toBe(refusal);
    expect(thrownMessage(() => store.getState().moveSchool('P0', 109.6, 22.6))).toBe(refusal);
    const ruleId = store.getState().ruleSet?.rules[0]?.id ?? '';
    const ruleRefusal = store.getState().setRuleEnabled(ruleId, false);
    expect(ruleRefusal && zh(ruleRefusal)).toBe(refusal);
    store.getState().setEditing(true);
    expect(store.getState().editing).toBe(false);
    // Imports and backups would replace the published data: refused in the store as well as hidden.
    await expect(store.getState().commitImport('roster')).rejects.toMatchObject({
      text: { key: 'publishViewerReadOnly' },
    });
    expect(
      thrownMessage(() => store.getState().restoreProject({ data: { schools: [] }, issues: [] } as never)),
    ).toBe(refusal);
    // A candidate site is a what-if on the screen (leaders try sites in a meeting): placed, not
    // adopted into the roster, and never saved, as the autosave does not run in viewer mode.
    store.getState().placeCandidate(109.6, 23.1);
    const placed = store.getState().candidates;
    expect(placed).toHaveLength(1);
    expect(thrownMessage(() => store.getState().adoptCandidate(placed[0]?.id ?? '', 'C1', '桥圩镇'))).toBe(
      refusal,
    );
    expect(codes(store)).toEqual(['P0', 'P1']);
    expect(currentDataSet(store.getState())).toBe(published.manifest.id);
  });

  it('makes a local copy that is editable, saved at once and marked as a copy of the publication', async () => {
    const first = loadedTab();
    const published = publication();
    openPublishedAtlas(first.store, published, await first.autosave.open());
    await editLocalCopy(first.store, first.autosave);
    expect(first.store.getState().viewer).toBe(false);
    expect(currentDataSet(first.store.getState())).toBe('local');
    first.store.getState().addSchool(makeSchool({ code: 'N', name: '新学校' }));
    await first.autosave.save();

    // A later visit: the bare address shows the publication and offers the copy …
    const second = loadedTab();
    const saved = await second.autosave.open();
    expect(saved?.dataset?.copyOf?.id).toBe(published.manifest.id);
    expect(openPublishedAtlas(second.store, published, saved)).toBe(false);
    expect(second.store.getState().viewer).toBe(true);
    expect(second.store.getState().savedWork?.copyOf?.id).toBe(published.manifest.id);
    await continueLocalCopy(second.store, second.autosave);
    expect(codes(second.store)).toEqual(['P0', 'P1', 'N']);
    expect(second.store.getState().viewer).toBe(false);

    // … and a link made on the copy (data=local) opens the copy itself.
    const third = loadedTab('local');
    expect(openPublishedAtlas(third.store, published, await third.autosave.open())).toBe(true);
    expect(codes(third.store)).toEqual(['P0', 'P1', 'N']);
    expect(third.store.getState().viewer).toBe(false);
  });

  it('says plainly when a link was made on other data than is shown', async () => {
    const published = publication();
    const older = publication(['甲小学'], new Date(2026, 10, 1, 9));
    const { store, autosave } = loadedTab(older.manifest.id);
    openPublishedAtlas(store, published, await autosave.open());
    showLoadedData(store);
    const notice = store.getState().linkNotice;
    expect(notice && zh(notice)).toBe(
      '此链接基于2026年11月1日发布版的数据，当前显示的是港南区教育局2026年12月5日发布版。',
    );
    // English writes the day as ISO 8601: 01/11/2026 would be read two ways.
    expect(notice && translateMessage('en', notice)).toBe(
      'This link was made on the publication of 2026-11-01; you are seeing the publication of 2026-12-05 by 港南区教育局.',
    );
    store.setState({ linkDataSet: published.manifest.id });
    expect(linkNoticeFor(store.getState())).toBeNull();
    store.setState({ linkDataSet: null });
    expect(linkNoticeFor(store.getState())).toBeNull();

    // A link from a publication opened where this browser shows its own data.
    const local = loadedTab(published.manifest.id);
    showLoadedData(local.store);
    const localNotice = local.store.getState().linkNotice;
    expect(localNotice && zh(localNotice)).toBe(
      '此链接基于2026年12月5日发布版的数据，当前显示的是本浏览器中的本地数据。',
    );
    local.store.setState({ linkDataSet: 'local' });
    expect(linkNoticeFor(local.store.getState())).toBeNull();
  });
});
