import { beforeAll, describe, expect, it } from 'vitest';
import { message } from '../../../../src/domain/message.ts';
import { buildDeckModel } from '../../../../src/print/documents/build-deck-model.ts';
import { deckMapPixels } from '../../../../src/print/documents/deck-geometry.ts';
import { snapshotTargets } from '../../../../src/print/documents/map-pages.ts';
import { writePptxDeck } from '../../../../src/print/documents/write-pptx-deck.ts';
import { planPages } from '../../../../src/print/plan-pages.ts';
import type { PrintSnapshot } from '../../../../src/print/print-snapshot.ts';
import { chineseBesideData, defaultSettings, districtSnapshot, testPicture } from './document-fixtures.ts';
import { unzipText } from './read-documents.ts';

/** The slides' XML in order (slide1.xml, slide2.xml …). */
function slides(files: Map<string, string>): string[] {
  return [...files.keys()]
    .map((path) => /^ppt\/slides\/slide(\d+)\.xml$/.exec(path))
    .filter((match) => match !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((match) => files.get(match[0]) ?? '');
}

/** The text runs of a slide, joined. */
function slideText(xml: string): string {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => match[1]).join('');
}

async function writeDistrictDeck(snapshot: PrintSnapshot): Promise<Map<string, string>> {
  const settings = defaultSettings(snapshot);
  const { width, height } = deckMapPixels();
  const model = buildDeckModel({
    snapshot,
    settings,
    targets: snapshotTargets(snapshot),
    pages: planPages(snapshot, settings, { kind: 'atlas' }, null),
    pictureOf: () => testPicture(width, height),
  });
  return unzipText(await writePptxDeck(model));
}

let snapshot: PrintSnapshot;
let files: Map<string, string>;

beforeAll(async () => {
  snapshot = await districtSnapshot();
  files = await writeDistrictDeck(snapshot);
}, 120_000);

describe('writePptxDeck', { timeout: 60_000 }, () => {
  it('has a title slide, the district slide and one slide per township, titled in order', () => {
    const xml = slides(files);
    const names = snapshot.townships?.features.map((feature) => feature.properties.name) ?? [];
    expect(xml).toHaveLength(1 + 1 + names.length);
    expect(slideText(xml[0] ?? '')).toContain('港南区学校布局情况汇报');
    expect(slideText(xml[0] ?? '')).toContain('港南区教育提升三年行动计划实施方案（2018—2020年）');
    expect(slideText(xml[1] ?? '')).toContain('港南区学校布局与规划目标进度');
    expect(slideText(xml[1] ?? '')).toContain('新建公办幼儿园');
    names.forEach((name, index) => {
      const text = slideText(xml[index + 2] ?? '');
      expect(text).toContain(`${name}：规则检查与服务半径覆盖`);
      expect(text).toContain('每个乡镇至少1所寄宿制小学');
    });
  });

  it('puts the sample-data and approximate-boundary notes on every slide', () => {
    for (const xml of slides(files)) {
      const text = slideText(xml);
      expect(text).toContain('乡镇界线为示意');
      expect(text).toContain('学校名录为示例数据');
    }
  });

  it('writes editable text in an East-Asian font PowerPoint has, and a map picture on every content slide', () => {
    const xml = slides(files);
    for (const slide of xml) expect(slide).toContain('<a:ea typeface="Microsoft YaHei"');
    // Tables are real tables, not pictures of them.
    expect(xml[1]).toContain('<a:tbl>');
    const pictures = [...files.keys()].filter((path) => /^ppt\/media\/.+\.png$/.test(path));
    expect(pictures).toHaveLength(xml.length - 1);
    expect(files.get('ppt/presentation.xml')).toContain('cx="12192000" cy="6858000"');
  });

  it('speaks English when the interface does', async () => {
    const snapshot = await districtSnapshot('en');
    const english = await writeDistrictDeck(snapshot);
    const xml = slides(english);
    expect(slideText(xml[0] ?? '')).toContain('School layout of 港南区');
    expect(slideText(xml[2] ?? '')).toContain('rules and service coverage');
    expect(slideText(xml[2] ?? '')).toContain('sample data');
    // The only Chinese left is data: names, the rule set's own words, the roster's values.
    expect(chineseBesideData(xml.map(slideText).join('\n'), snapshot)).toEqual([]);
  });

  it('carries the quality line of a suggestion drawn on the district map on the district slide', async () => {
    const withSuggestion: PrintSnapshot = {
      ...snapshot,
      optimisation: {
        suggestedSites: null,
        consolidation: null,
        lines: [
          message('optimiseOverviewSuggestion', {
            kind: message('optimiseKindPrimary'),
            count: 2,
            quality: message('optimiseQualityGap', { gap: 1.5 }),
          }),
        ],
      },
    };
    const xml = slides(await writeDistrictDeck(withSuggestion));
    expect(slideText(xml[1] ?? '')).toContain('小学选址建议 2 处：与最优解相差不超过 1.5%');
    expect(slideText(xml[2] ?? '')).not.toContain('选址建议');
  });
});
