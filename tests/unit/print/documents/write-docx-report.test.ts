import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel, type ReportSource } from '../../../../src/print/documents/build-report-model.ts';
import { snapshotTargets } from '../../../../src/print/documents/map-pages.ts';
import { writeDocxReport } from '../../../../src/print/documents/write-docx-report.ts';
import { planPages } from '../../../../src/print/plan-pages.ts';
import type { PrintSnapshot } from '../../../../src/print/print-snapshot.ts';
import { chineseBesideData, defaultSettings, districtSnapshot, testPicture } from './document-fixtures.ts';
import { unzipText } from './read-documents.ts';
import { suggestionResult } from './suggestion-result.ts';

/** The paragraphs of document.xml: style and text (tables' cell paragraphs included). */
function paragraphs(xml: string): { style: string; text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1] ?? '',
    text: [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''),
  }));
}

function source(snapshot: PrintSnapshot, change: Partial<ReportSource> = {}): ReportSource {
  const settings = defaultSettings(snapshot);
  return {
    snapshot,
    settings,
    targets: snapshotTargets(snapshot),
    pages: planPages(snapshot, settings, { kind: 'atlas' }, null),
    // A picture of its own per page (the writer stores identical pictures once).
    pictureOf: (key) => testPicture(300 + (key === 'overview' ? 0 : Number(key.slice(-3))), 200),
    ...change,
  };
}

let snapshot: PrintSnapshot;
let files: Map<string, string>;

beforeAll(async () => {
  snapshot = await districtSnapshot();
  files = unzipText(await writeDocxReport(buildReportModel(source(snapshot))));
}, 120_000);

describe('writeDocxReport', { timeout: 60_000 }, () => {
  it('titles the report from the district and the rule set, with numbered headings', () => {
    const all = paragraphs(files.get('word/document.xml') ?? '');
    expect(all[0]).toEqual({ style: 'Title', text: '港南区学校布局分析报告' });
    expect(all[1]?.text).toBe('——对照《港南区教育提升三年行动计划实施方案（2018—2020年）》');
    expect(
      all.filter((paragraph) => paragraph.style === 'Heading1').map((paragraph) => paragraph.text),
    ).toEqual([
      '一、基本情况',
      '二、规划目标完成情况',
      '三、各乡镇规则检查',
      '四、服务半径覆盖情况',
      '五、未达标学校',
      '六、附图',
      '七、数据来源与说明',
    ]);
  });

  it('holds editable Word tables: the targets, township × rule, coverage and failing schools', () => {
    const xml = files.get('word/document.xml') ?? '';
    // Data tables have a header row; the figures' legend is a table without one.
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
      .map(([table]) => table)
      .filter((table) => table.includes('<w:tblHeader/>'));
    expect(tables.length).toBeGreaterThanOrEqual(4);
    const text = (table: string) => paragraphs(table).map((paragraph) => paragraph.text);
    expect(text(tables[0] ?? '')).toContain('新建公办幼儿园');
    const rules = text(tables[1] ?? '');
    for (const feature of snapshot.townships?.features ?? [])
      expect(rules).toContain(feature.properties.name);
    expect(rules).toContain('每个乡镇至少1所寄宿制小学');
    expect(text(tables[2] ?? '')).toContain('全区');
    // Every table has its numbered caption (a SEQ field with its number filled in).
    expect(xml.match(/SEQ Table/g)).toHaveLength(tables.length);
    const captions = paragraphs(xml).filter((paragraph) => paragraph.style === 'Caption');
    expect(captions.map((caption) => caption.text)).toContain('表1　规划目标进度');
  });

  it('lists the schools failing a school rule under that rule, with value and limit', () => {
    const failing = snapshot.analysis?.schoolFlags ?? [];
    expect(failing.length).toBeGreaterThan(0);
    const texts = paragraphs(files.get('word/document.xml') ?? '').map((paragraph) => paragraph.text);
    const first = failing[0];
    expect(texts).toContain(first?.name);
    expect(texts.some((text) => /^(不超过|不低于) /.test(text))).toBe(true);
  });

  it('sets the maps as numbered figures: the district first, then each township', () => {
    const xml = files.get('word/document.xml') ?? '';
    const pictures = [...files.keys()].filter((path) => /^word\/media\/.+\.png$/.test(path));
    expect(pictures).toHaveLength(10);
    expect(xml.match(/SEQ Figure/g)).toHaveLength(10);
    const captions = paragraphs(xml).filter((paragraph) => paragraph.style === 'Caption');
    // 300 pixels of 120 m printed 150 mm wide: 1:240,000 (the townships' pictures are a pixel or more wider).
    expect(captions.map((caption) => caption.text)).toContain(
      '图1　港南区学校布局现状图（比例尺约 1:240,000）',
    );
    expect(captions.map((caption) => caption.text)).toContain(
      '图2　港南区学校布局现状图（江南街道）（比例尺约 1:241,000）',
    );
  });

  it('keys the figures with a legend of coloured symbols and the states in words', () => {
    const xml = files.get('word/document.xml') ?? '';
    const texts = paragraphs(xml).map((paragraph) => paragraph.text);
    expect(texts).toContain('图1图例');
    expect(xml).toMatch(/<w:color w:val="F08A24"\/>[\s\S]{0,200}<w:t[^>]*>\u25cf<\/w:t>/);
    expect(texts).toContain('幼儿园');
    expect(texts).toContain('符号外加一圈：规划新建、已竣工');
    expect(texts).toContain('细虚线：乡镇界线（示意）');
  });

  it('says what is sample, approximate and modelled in its data-sources section', () => {
    const texts = paragraphs(files.get('word/document.xml') ?? '').map((paragraph) => paragraph.text);
    const sources = texts.slice(texts.indexOf('七、数据来源与说明'));
    expect(sources.join('')).toContain('示例数据');
    expect(sources.join('')).toContain('示意界线');
    expect(sources.join('')).toContain('模型估算');
  });

  it('names 黑体 and 宋体 for the East-Asian script so Word sets Chinese in them', () => {
    const styles = files.get('word/styles.xml') ?? '';
    expect(styles).toContain('w:eastAsia="SimHei"');
    expect(styles).toContain('w:eastAsia="SimSun"');
  });

  it('adds the seats tables and the suggested sites when they are given, renumbering the sections', async () => {
    const suggestion = suggestionResult({
      picks: [
        {
          rank: 1,
          origin: 'grid',
          lon: 109.6,
          lat: 23.0,
          name: '建议点 1',
          townshipCode: '450803100',
          townshipName: '桥圩镇',
          gain: 4321,
          gainByTownship: [{ code: '450803100', name: '桥圩镇', population: 4321 }],
          rulesFixed: [
            {
              ruleId: 'coverage-primary',
              title: '小学服务半径内人口覆盖率',
              townshipCode: '450803100',
              townshipName: '桥圩镇',
            },
          ],
          nearestExistingMetres: 3480,
          runnerUp: null,
        },
      ],
      population: 500_000,
      coveredBefore: 400_000,
      coveredAfter: 404_321,
      candidatesConsidered: 100,
    });
    const seats = {
      title: '小学学位供需',
      columns: ['乡镇', '学位', '适龄儿童'],
      weights: [1, 1, 1],
      statusColumn: -1,
      rows: [{ cells: ['桥圩镇', '5400', '6100'] }],
    };
    const model = buildReportModel(
      source(snapshot, {
        seats: [seats],
        suggestion: { result: suggestion, quality: '与最优解相差不超过 3%' },
      }),
    );
    const texts = paragraphs(unzipText(await writeDocxReport(model)).get('word/document.xml') ?? '');
    const headings = texts
      .filter((paragraph) => paragraph.style === 'Heading1')
      .map((paragraph) => paragraph.text);
    expect(headings).toContain('五、学位供需');
    expect(headings).toContain('七、建议选址');
    expect(headings.at(-1)).toBe('九、数据来源与说明');
    const all = texts.map((paragraph) => paragraph.text);
    expect(all).toContain('与最优解相差不超过 3%');
    expect(all).toContain('建议点 1');
    expect(all).toContain('5400');
  });

  it('writes an English report when the interface is English', async () => {
    const english = await districtSnapshot('en');
    const xml =
      unzipText(await writeDocxReport(buildReportModel(source(english)))).get('word/document.xml') ?? '';
    const headings = paragraphs(xml).filter((paragraph) => paragraph.style === 'Heading1');
    expect(headings[0]?.text).toBe('1. Overview');
    expect(paragraphs(xml)[0]?.text).toBe('School Layout Analysis Report, 港南区');
    // The only Chinese left is data: names, the rule set's own words, the roster's values.
    const text = paragraphs(xml)
      .map((paragraph) => paragraph.text)
      .join('\n');
    expect(chineseBesideData(text, english)).toEqual([]);
  });
});
