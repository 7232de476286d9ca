/**
 * The 学位 view: the township × stage table and the district figures, moving the forecast year
 * changes a township's balance, the map's seat layers, a school's seats edited and undone, the
 * overview's estimated rates, and the command line giving the app's integers.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { run, type SeatsJson } from '../../scripts/cli/seats-command.ts';
import { runCommand } from '../unit/command-streams.ts';
import { type AtlasSession, openAtlas, screenshot, waitForMapIdle } from './driver.ts';

let session: AtlasSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

const QIAOXU = '450803100';
/** The worker recomputes both scenarios and eleven years after an edit: seconds on a busy machine. */
const SLOW = { timeout: 90_000, interval: 200 };

async function openSeats(hash = '#view=seats'): Promise<Page> {
  session = await openAtlas(hash);
  const { page } = session;
  await page.waitForSelector('[data-testid="seat-table"] tbody tr');
  await waitForMapIdle(page);
  return page;
}

function balanceCell(page: Page, township: string, stage: string) {
  return page.locator(`[data-testid="seat-table"] tr[data-township="${township}"] td[data-stage="${stage}"]`);
}

describe('the 学位 view', () => {
  it('shows children, seats and balance per township and stage, and moving the year changes them', async () => {
    const page = await openSeats('#view=seats&scenario=current');
    expect(await page.locator('[data-testid="seat-table"] tbody tr').count()).toBe(9);
    // The census's primary-age children of 港南区 in 2020 (the model's ages add up to them).
    expect(await page.getByTestId('seat-figure-children').textContent()).toBe('56,495');
    expect(await page.getByTestId('seat-year-value').textContent()).toBe('2020 年');
    const before = Number(await balanceCell(page, QIAOXU, 'primary').getAttribute('data-balance'));
    const count = (layer: string) => page.evaluate((id) => window.atlasMap?.renderedCount(id) ?? 0, layer);
    expect(await count('seat-utilisation')).toBeGreaterThan(20);
    expect(await count('seat-gaps')).toBeGreaterThan(10);
    await screenshot(page, 'seats-2020');

    // Fewer children each year after 2020 (the census's 0-year-olds are fewer): by 2028 the
    // primary-age children of 桥圩镇 have shrunk and its balance has risen.
    await page.getByTestId('seat-year').fill('2028');
    await expect.poll(() => page.getByTestId('seat-year-value').textContent(), SLOW).toBe('2028 年');
    const after = Number(await balanceCell(page, QIAOXU, 'primary').getAttribute('data-balance'));
    expect(after).toBeGreaterThan(before);
    await expect.poll(() => page.url(), SLOW).toContain('seatyear=2028');
    await waitForMapIdle(page);
    await screenshot(page, 'seats-2028');

    // The township's own figures in the detail panel agree with its row, and its estimated rate.
    await page.locator(`[data-testid="seat-table"] tr[data-township="${QIAOXU}"] th button`).click();
    const detailBalance = page.getByTestId('township-seat-balance-primary');
    const signedNumber = (text: string | null) =>
      Number((text ?? '').replace(/[,+]/g, '').replace(/[−-]/, '-'));
    await expect.poll(async () => signedNumber(await detailBalance.textContent()), SLOW).toBe(after);
    expect(await page.getByTestId('township-seat-rate-primary').textContent()).toMatch(/^[\d.]+\s?%$/);
    await screenshot(page, 'seats-township');

    await page.getByTestId('seat-stage-kindergarten').click();
    await expect.poll(() => page.url(), SLOW).toContain('stage=kindergarten');
    await expect.poll(() => page.getByTestId('seat-figure-children').textContent(), SLOW).not.toBe('56,495');
    expect(session?.outsideRequests).toEqual([]);
    expect(session?.pageErrors).toEqual([]);
  });

  it('reads in English behind the switch', async () => {
    const page = await openSeats('#view=seats&lang=en&stage=middle');
    expect(await page.getByTestId('view-seats').textContent()).toBe('Seats');
    expect(await page.getByTestId('seats-panel').textContent()).toContain('Children of the stage');
    await screenshot(page, 'seats-english');
  });

  it('changes with a school’s seats edited in the form, and goes back on undo', async () => {
    // 港南区实验小学 (sample): 50 classes, no 学位数 — 50 × 45 = 2,250 seats.
    const page = await openSeats('#view=seats&scenario=current&school=2145080019');
    expect(await page.getByTestId('school-seats-primary').textContent()).toContain('2,250');
    expect(await page.getByTestId('seat-figure-seats').textContent()).toBe('54,540');
    await page.getByTestId('edit-school').click();
    await page.locator('#school-field-学位数').fill('2000');
    await page.getByTestId('school-form-save').click();
    await expect.poll(() => page.getByTestId('seat-figure-seats').textContent(), SLOW).toBe('54,290');
    expect(await page.getByTestId('school-seats-primary').textContent()).toContain('2,000');
    await screenshot(page, 'seats-school-edited');
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('seat-figure-seats').textContent(), SLOW).toBe('54,540');
    expect(await page.getByTestId('school-seats-primary').textContent()).toContain('2,250');
  });

  it('takes a class size edited in the seat settings, and goes back on undo', async () => {
    const page = await openSeats('#view=seats&scenario=current');
    expect(await page.getByTestId('seat-figure-seats').textContent()).toBe('54,540');
    await page.getByTestId('seat-settings').locator('summary').click();
    // Fewer pupils per class: every primary school counted by its classes has fewer seats.
    await page.getByTestId('seat-class-size-primary').fill('40');
    await page.getByTestId('seat-class-size-primary').press('Enter');
    await expect.poll(() => page.getByTestId('seat-figure-seats').textContent(), SLOW).not.toBe('54,540');
    const fewer = Number(
      ((await page.getByTestId('seat-figure-seats').textContent()) ?? '').replace(/,/g, ''),
    );
    expect(fewer).toBeLessThan(54_540);
    await screenshot(page, 'seats-settings');
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('seat-figure-seats').textContent(), SLOW).toBe('54,540');
    expect(await page.getByTestId('seat-class-size-primary').inputValue()).toBe('45');
  });

  it('takes the births of given years in place of the yearly change', async () => {
    const page = await openSeats('#view=seats&scenario=current&stage=kindergarten&seatyear=2026');
    const children = () => page.getByTestId('seat-figure-children').textContent();
    expect(Number(((await children()) ?? '').replace(/,/g, ''))).toBeGreaterThan(0);
    await page.getByTestId('seat-assumptions').locator('summary').click();
    // The children aged 3 to 5 in 2026 were born in 2021, 2022 and 2023: none born, none to seat.
    for (const year of [2021, 2022, 2023]) {
      await page.getByTestId(`seat-births-${year}`).fill('0');
      await page.getByTestId(`seat-births-${year}`).press('Enter');
    }
    await expect.poll(children, SLOW).toBe('0');
    await screenshot(page, 'seats-births');
  });

  it('puts the estimated rates beside the entered ones and the seats of the last forecast year on the overview', async () => {
    session = await openAtlas('#view=overview&scenario=current');
    const { page } = session;
    const estimate = page.getByTestId('estimate-preschool-gross-enrolment');
    await expect.poll(() => estimate.textContent(), SLOW).toMatch(/估算 [\d.]+\s?%/);
    expect(await estimate.getAttribute('title')).toContain('3—5');
    expect(await page.getByTestId('estimate-upper-secondary-gross-enrolment').textContent()).toMatch(/估算/);
    await expect.poll(() => page.getByTestId('seat-outlook-2030').textContent(), SLOW).toContain('2030');
    await screenshot(page, 'seats-overview');
    await page.getByTestId('language-switch').click();
    await expect.poll(() => estimate.textContent(), SLOW).toMatch(/estimate/i);
    await screenshot(page, 'seats-overview-english');
  });

  it('counts the children of an imported township table by stage, from its year on', async () => {
    const page = await openSeats('#view=seats&scenario=current');
    const names = [
      '江南街道',
      '八塘街道',
      '桥圩镇',
      '木格镇',
      '木梓镇',
      '湛江镇',
      '东津镇',
      '新塘镇',
      '瓦塘镇',
    ];
    const table = [
      '乡镇,常住人口,年份,学前适龄,小学适龄,初中适龄,高中适龄',
      ...names.map(
        (name, index) => `${name},50000,2023,${1000 + index},${2000 + index},${900 + index},${800 + index}`,
      ),
    ].join('\n');
    await page.getByTestId('open-import').click();
    const dialog = page.getByTestId('import-dialog');
    await dialog.getByTestId('import-tab-population').click();
    await dialog.getByTestId('import-population-file').setInputFiles({
      name: '适龄儿童.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(table, 'utf8'),
    });
    const population = dialog.locator('[aria-labelledby="import-tab-population"]');
    await expect.poll(() => population.getByTestId('count-accepted').textContent(), SLOW).toBe('9');
    await dialog.getByTestId('import-commit').click();
    await dialog.getByTestId('import-close').click();
    // The file's year is the base year; the primary children are the file's 小学适龄, 2,000 … 2,008.
    await expect.poll(() => page.getByTestId('seat-year-value').textContent(), SLOW).toBe('2023 年');
    await expect.poll(() => page.getByTestId('seat-figure-children').textContent(), SLOW).toBe('18,036');
    await screenshot(page, 'seats-imported-children');
  });

  it('shows what the command line computes for the same files (CLI = app)', async () => {
    const page = await openSeats('#view=seats&scenario=planned&seatyear=2026&stage=middle');
    const { status, stdout } = await runCommand(run, ['--scenario', 'planned', '--forecast-year', '2026']);
    expect(status).toBe(0);
    const cli = JSON.parse(stdout) as SeatsJson;
    const number = (text: string | null) => Number((text ?? '').replace(/[,+]/g, '').replace('−', '-'));
    for (const stage of cli.stages) {
      for (const township of stage.townships) {
        const cell = balanceCell(page, township.code, stage.stage);
        expect(number(await cell.getAttribute('data-balance')), `${stage.stage} ${township.name}`).toBe(
          township.seats - township.children,
        );
      }
    }
    const middle = cli.stages.find((stage) => stage.stage === 'middle');
    expect(number(await page.getByTestId('seat-figure-children').textContent())).toBe(middle?.children);
    expect(number(await page.getByTestId('seat-figure-without').textContent())).toBe(middle?.withoutSeat);
    expect(number(await page.getByTestId('seat-figure-seated').textContent())).toBe(middle?.seated);
  });

  it('gives a candidate site default seats, counts the children it newly seats, and takes its own seats', async () => {
    session = await openAtlas('#view=planning&scenario=current');
    const { page } = session;
    await waitForMapIdle(page);
    await page.getByTestId('place-candidate').click();
    // A village area of 木格镇 (short of primary seats) beyond 2.5 km of every primary school today.
    const point = await page.evaluate(() => window.atlasMap?.project(109.7072, 22.863));
    const canvas = await page.getByTestId('map').boundingBox();
    if (!point || !canvas) throw new Error('no map');
    await page.mouse.click(canvas.x + point.x, canvas.y + point.y);
    const newlySeated = page.getByTestId('candidate-newly-seated-primary').first();
    await expect.poll(() => newlySeated.textContent(), SLOW).toMatch(/^小学 \+[\d,]+（默认学位 810）$/);
    const withDefault = Number(
      ((await newlySeated.textContent()) ?? '').replace(/^小学 \+([\d,]+).*$/, '$1').replace(/,/g, ''),
    );
    expect(withDefault).toBeGreaterThan(0);
    await page.getByTestId('candidate-seats').fill('45');
    await page.getByTestId('candidate-seats').press('Enter');
    await expect.poll(() => newlySeated.textContent(), SLOW).toMatch(/（学位 45）$/);
    const withFew = Number(
      ((await newlySeated.textContent()) ?? '').replace(/^小学 \+([\d,]+).*$/, '$1').replace(/,/g, ''),
    );
    expect(withFew).toBeLessThanOrEqual(45);
    expect(withFew).toBeLessThan(withDefault);
    await screenshot(page, 'seats-candidate');
  });
});
