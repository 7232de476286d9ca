import { beforeAll, describe, expect, it } from 'vitest';
import type { ActiveBasemap } from '../../../../src/domain/basemap.ts';
import type { ReferenceLayer } from '../../../../src/domain/reference-layer.ts';
import { buildReportModel } from '../../../../src/print/documents/build-report-model.ts';
import { documentNotes, snapshotTargets } from '../../../../src/print/documents/map-pages.ts';
import { planPages } from '../../../../src/print/plan-pages.ts';
import type { PrintSnapshot } from '../../../../src/print/print-snapshot.ts';
import { defaultSettings, districtSnapshot } from './document-fixtures.ts';

const BASEMAP: ActiveBasemap = {
  kind: 'archive',
  url: 'pmtiles://basemap-file',
  name: '港南区.pmtiles',
  info: {
    format: 'vector',
    tileType: 'mvt',
    minZoom: 6,
    maxZoom: 14,
    bounds: [109.4, 22.6, 110, 23.2],
    attribution: '© OpenStreetMap 贡献者',
    dataDate: '2025-05-01',
    vectorLayers: ['roads'],
  },
};

const ROADS: ReferenceLayer = {
  id: 'ref-2',
  name: '县道',
  kind: 'road',
  colour: '#b5651d',
  width: 2,
  labelField: null,
  visible: true,
  file: 'roads.kml',
  source: '港南区交通运输局',
  features: { type: 'FeatureCollection', features: [] },
};

let plain: PrintSnapshot;
let credited: PrintSnapshot;

beforeAll(async () => {
  plain = await districtSnapshot();
  credited = { ...plain, basemap: BASEMAP, referenceLayers: [ROADS] };
}, 120_000);

describe('the meeting documents credit the basemap and the reference layers', () => {
  it('in the notes of every PDF page and slide', () => {
    const notes = documentNotes(credited).join('；');
    expect(notes).toContain('© OpenStreetMap 贡献者');
    expect(notes).toContain('2025-05-01');
    expect(notes).toContain('县道');
    expect(notes).toContain('港南区交通运输局');
    expect(documentNotes(plain).join('；')).not.toContain('OpenStreetMap');
  });

  it('in the data-sources section of the report', () => {
    const settings = defaultSettings(credited);
    const model = buildReportModel({
      snapshot: credited,
      settings,
      targets: snapshotTargets(credited),
      pages: planPages(credited, settings, { kind: 'atlas' }, null),
      pictureOf: () => null,
    });
    const text = JSON.stringify(model);
    expect(text).toContain('© OpenStreetMap 贡献者');
    expect(text).toContain('港南区交通运输局');
  });
});
