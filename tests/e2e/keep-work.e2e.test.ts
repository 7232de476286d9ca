/**
 * Nothing typed is lost when the tab closes or reloads at once, the page asks before leaving
 * while a change cannot be saved, a page hidden while saving never writes over another tab's
 * newer save, and saved work of a newer version is never written over.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_URL, type AtlasSession, openAtlas, screenshot, waitForMapIdle } from './driver.ts';
import { sampleSchools } from './sample-roster.ts';

const schools = sampleSchools();
const [first, second] = schools;
if (!first || !second) throw new Error('sample roster too small');

let session: AtlasSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Renames the selected school in the form and saves; returns at once, before any autosave. */
async function renameSelected(page: Page, name: string): Promise<void> {
  await page.getByTestId('edit-school').click();
  await page.getByTestId('school-form').locator('#school-field-学校名称').fill(name);
  await page.getByTestId('school-form-save').click();
}

/** The autosave's record, read straight from the page's IndexedDB. */
function storedRecord(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('school-layout-atlas', 1);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const read = request.result.transaction('work').objectStore('work').get('current');
          read.onsuccess = () => {
            request.result.close();
            resolve(read.result);
          };
        };
      }),
  );
}

/**
 * Holds the page's next autosave under way once it has put its record, as a slow disk would: its
 * transaction is kept busy with reads, so it cannot commit, until the page is being left (after
 * the app's own pagehide handler, which flushes). Says so on the page's root element.
 */
function holdNextSave(): void {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    IDBObjectStore.prototype.put = put;
    const request = put.call(this, value, key);
    let held = true;
    addEventListener('pagehide', () => {
      held = false;
    });
    const keepBusy = () => {
      if (held) this.count().onsuccess = keepBusy;
    };
    keepBusy();
    document.documentElement.dataset.saveHeld = 'yes';
    return request;
  };
}

/**
 * Holds the autosave's database, as a slow disk would: a transaction of its own kept busy until the
 * page's root element says `databaseHeld: no`, so every write asked for meanwhile (by any tab)
 * waits, and they run in the order asked.
 */
function holdDatabase(): Promise<void> {
  const root = document.documentElement;
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('school-layout-atlas', 1);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const store = request.result.transaction('work', 'readwrite').objectStore('work');
      const keepBusy = () => {
        if (root.dataset.databaseHeld !== 'no') store.count().onsuccess = keepBusy;
      };
      store.count().onsuccess = () => {
        resolve();
        keepBusy();
      };
    };
  });
}

/** Counts on the page's root element the autosave's writes it asks for from now on. */
function countWrites(): void {
  const root = document.documentElement;
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ) {
    if (this.name === 'school-layout-atlas' && args[1] === 'readwrite') {
      root.dataset.writesAsked = String(Number(root.dataset.writesAsked ?? 0) + 1);
    }
    return transaction.apply(this, args);
  } as typeof transaction;
}

/** The atlas in two tabs of one browser, each showing the school `code`; the first tab's page first. */
async function twoTabsOn(code: string): Promise<{ page: Page; other: Page }> {
  session = await openAtlas(`#school=${encodeURIComponent(code)}`);
  const { page, context } = session;
  await waitForMapIdle(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await waitForMapIdle(other);
  return { page, other };
}

describe('keeping the work', () => {
  it('keeps an edit made just before a reload, without asking', async () => {
    session = await openAtlas(`#school=${encodeURIComponent(first.code)}`);
    const { page } = session;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await waitForMapIdle(page);
    await renameSelected(page, `${first.name}（重载前）`);
    await page.reload();
    await waitForMapIdle(page);
    await expect
      .poll(() => page.getByTestId('detail-name').textContent(), { timeout: 10_000 })
      .toBe(`${first.name}（重载前）`);
    expect(dialogs).toEqual([]);
  });

  it('keeps an edit made just before the tab is closed, while the save of the one before is under way', async () => {
    session = await openAtlas(`#school=${encodeURIComponent(second.code)}`);
    const { page, context } = session;
    await waitForMapIdle(page);
    await page.evaluate(holdNextSave);
    await renameSelected(page, `${second.name}（保存中）`);
    // Past the save delay that name's save starts, and stays under way while the next edit is made.
    await page.waitForFunction(() => document.documentElement.dataset.saveHeld === 'yes');
    await renameSelected(page, `${second.name}（关闭前）`);
    await page.close({ runBeforeUnload: true });
    const reopened = await context.newPage();
    await reopened.goto(`${APP_URL}#school=${encodeURIComponent(second.code)}`);
    await waitForMapIdle(reopened);
    await expect
      .poll(() => reopened.getByTestId('detail-name').textContent(), { timeout: 10_000 })
      .toBe(`${second.name}（关闭前）`);
  });

  it('asks before leaving while autosave is paused with a change unsaved', async () => {
    const { page, other } = await twoTabsOn(first.code);
    // Another tab saves: this one pauses rather than overwrite it.
    await other.getByTestId('delete-school').click();
    await expect.poll(() => page.getByTestId('save-conflict').isVisible(), { timeout: 10_000 }).toBe(true);
    await other.close();

    await renameSelected(page, `${first.name}（未保存）`);
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    // Dismissing the question keeps the page, and the edit in it.
    await page.reload({ timeout: 5_000 }).catch(() => undefined);
    await expect.poll(() => asked).toEqual(['beforeunload']);
    expect(await page.getByTestId('detail-name').textContent()).toBe(`${first.name}（未保存）`);
    expect(await page.getByTestId('save-conflict').isVisible()).toBe(true);
  });

  it('never lets the page hidden during a save write over another tab’s newer save', async () => {
    const { page, other } = await twoTabsOn(first.code);
    await other.evaluate(countWrites);
    // While the database is held, the other tab saves first, then this tab; the page is hidden as
    // this tab's save waits, with one more edit made.
    await page.evaluate(holdDatabase);
    await page.evaluate(countWrites);
    await other.getByTestId('delete-school').click();
    await other.waitForFunction(() => document.documentElement.dataset.writesAsked === '1');
    await renameSelected(page, `${first.name}（保存中）`);
    await page.waitForFunction(() => document.documentElement.dataset.writesAsked === '1');
    await renameSelected(page, `${first.name}（隐藏前）`);
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(await page.evaluate(() => document.documentElement.dataset.writesAsked)).toBe('2');
    await page.evaluate(() => {
      document.documentElement.dataset.databaseHeld = 'no';
    });
    await expect.poll(() => page.getByTestId('save-conflict').isVisible(), { timeout: 10_000 }).toBe(true);
    await page.waitForTimeout(1_000);
    // The other tab's save stands; this tab's edits are on its screen, for the user to choose.
    const stored = (await storedRecord(page)) as { data: { schools: { name: string }[] } };
    expect(stored.data.schools).toHaveLength(schools.length - 1);
    expect(stored.data.schools.map((school) => school.name)).not.toContain(`${first.name}（隐藏前）`);
    expect(await page.getByTestId('detail-name').textContent()).toBe(`${first.name}（隐藏前）`);
    await screenshot(page, 'keep-work-hidden-during-conflict');
  });

  it('never writes over saved work of a newer version, and says why it does not save', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    const newer = {
      schemaVersion: 2,
      revision: 40,
      savedAt: '2031-03-01T08:00:00.000Z',
      tabId: 'newer',
      dataset: null,
      data: { schools: [{ code: 'N1', name: '新版本小学' }], scenarios: [] },
    };
    await page.evaluate(
      (record) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('school-layout-atlas', 1);
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const transaction = request.result.transaction('work', 'readwrite');
            transaction.objectStore('work').put(record, 'current');
            transaction.oncomplete = () => {
              request.result.close();
              resolve();
            };
          };
        }),
      newer,
    );
    await page.goto(`${APP_URL}#school=${encodeURIComponent(first.code)}`);
    await page.reload();
    await waitForMapIdle(page);
    const notice = page.getByTestId('save-foreign-record');
    await expect.poll(() => notice.textContent()).toContain('数据格式第 2 版');
    // The default data is shown, and an edit is not saved over the newer work.
    expect(await page.getByTestId('legend-total').textContent()).toBe(
      `显示 ${schools.length} / 共 ${schools.length} 所`,
    );
    await page.getByTestId('delete-school').click();
    await expect
      .poll(() => page.getByTestId('legend-total').textContent())
      .toBe(`显示 ${schools.length - 1} / 共 ${schools.length - 1} 所`);
    await page.waitForTimeout(1_000);
    expect(await storedRecord(page)).toEqual(newer);
    expect(await notice.isVisible()).toBe(true);
    await screenshot(page, 'keep-work-newer-version');
    await page.getByTestId('language-switch').click();
    await expect.poll(() => notice.textContent()).toContain('data format version 2');
    await screenshot(page, 'keep-work-newer-version-en');
  });
});
