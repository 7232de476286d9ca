import { describe, expect, it } from 'vitest';
import { applySavedWork, describeStorageError } from '../../../src/store/saved-work.ts';
import { zh } from '../messages.ts';
import { makeSchool } from '../school-fixtures.ts';
import { tab } from './autosave-tabs.ts';

describe('Autosave', () => {
  it('saves the data and restores it in a new tab', async () => {
    const first = tab();
    expect(await first.autosave.open()).toBeNull();
    first.store.getState().replaceData({ schools: [makeSchool({ code: 'A', name: '甲小学' })] });
    await first.autosave.save();
    expect(first.store.getState().saveStatus.kind).toBe('saved');

    const second = tab();
    const saved = await second.autosave.open();
    expect(saved?.data.schools.map((school) => school.code)).toEqual(['A']);
    if (saved) applySavedWork(second.store, saved);
    expect(second.store.getState().schools.map((school) => school.code)).toEqual(['A']);
    expect(second.store.getState().restoredFrom).toBe(saved?.savedAt);
  });

  it('does not overwrite a newer save from another tab, and says so', async () => {
    const first = tab();
    const second = tab();
    await first.autosave.open();
    await second.autosave.open();
    first.store.getState().replaceData({ schools: [makeSchool({ code: 'A', name: '甲' })] });
    await first.autosave.save();
    second.store.getState().replaceData({ schools: [makeSchool({ code: 'B', name: '乙' })] });
    await second.autosave.save();
    expect(second.store.getState().saveStatus.kind).toBe('conflict');
    const check = tab();
    expect((await check.autosave.open())?.data.schools.map((school) => school.code)).toEqual(['A']);
    // Keeping this tab's data is an explicit choice that then overwrites.
    await second.autosave.keepThisTab();
    expect((await check.autosave.open())?.data.schools.map((school) => school.code)).toEqual(['B']);
  });

  it('explains storage errors in Chinese', () => {
    expect(zh(describeStorageError(new DOMException('full', 'QuotaExceededError')))).toContain(
      '存储空间已满',
    );
    expect(zh(describeStorageError(new DOMException('no', 'InvalidStateError')))).toContain('隐私');
    expect(zh(describeStorageError(new Error('disk gone')))).toBe('修改未能保存到浏览器：disk gone');
  });
});
