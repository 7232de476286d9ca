import { describe, expect, it } from 'vitest';
import type { ReferenceLayer } from '../../../../src/domain/reference-layer.ts';
import { openProjectBackup, projectContentsOf } from '../../../../src/io/project-backup.ts';
import { serializeProject } from '../../../../src/io/project-file.ts';
import { createAtlasStore } from '../../../../src/store/index.ts';
import { zh, zhAll } from '../../messages.ts';
import { backupDefaults, plainBackupSource } from './backup-fixtures.ts';

const RIVER: ReferenceLayer = {
  id: 'ref-1',
  name: '郁江',
  kind: 'river',
  colour: '#4a90c8',
  width: 2,
  labelField: 'name',
  visible: true,
  file: '郁江.geojson',
  source: 'Natural Earth',
  features: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { name: '郁江' },
        geometry: {
          type: 'LineString',
          coordinates: [
            [109.5, 23.0],
            [109.7, 23.1],
          ],
        },
      },
    ],
  },
};

const DEFAULT_LAYER: ReferenceLayer = { ...RIVER, id: 'ref-9', name: '默认河流' };

const DEFAULTS = backupDefaults([DEFAULT_LAYER]);

function documentWith(referenceLayers: ReferenceLayer[]): Record<string, any> {
  const contents = projectContentsOf(plainBackupSource({ referenceLayers }));
  return JSON.parse(serializeProject(contents));
}

function open(document: unknown) {
  return openProjectBackup(JSON.stringify(document), '备份.json', DEFAULTS);
}

describe('reference layers in a backup', () => {
  it('come back as they were saved', () => {
    const opened = open(documentWith([RIVER]));
    if (!opened.ok) throw new Error(zh(opened.message));
    expect(opened.plan.data.referenceLayers).toEqual([RIVER]);
  });

  it('an empty list stays empty (the user removed the default layer)', () => {
    const opened = open(documentWith([]));
    if (!opened.ok) throw new Error(zh(opened.message));
    expect(opened.plan.data.referenceLayers).toEqual([]);
  });

  it('a backup saved before reference layers existed opens with the default layers', () => {
    const document = documentWith([RIVER]);
    delete document.referenceLayers;
    const opened = open(document);
    if (!opened.ok) throw new Error(zh(opened.message));
    expect(opened.plan.data.referenceLayers).toEqual([DEFAULT_LAYER]);
  });

  it('refuse the whole backup for a bad layer, naming the layer and what is wrong', () => {
    const document = documentWith([RIVER, { ...RIVER, id: 'ref-2', name: '规划道路' }]);
    document.referenceLayers[0].colour = 'blue';
    document.referenceLayers[0].width = 1e9;
    document.referenceLayers[1].features.features[0].geometry.coordinates[1] = [200, 23];
    const opened = open(document);
    if (opened.ok) throw new Error('a broken backup was opened');
    expect(zhAll(opened.problems)).toEqual([
      '第 1 个参考图层“郁江”：颜色“blue”无效（应为 #RRGGBB 形式）',
      '第 1 个参考图层“郁江”：线宽“1000000000”无效（应为大于 0、不超过 20 的数值）',
      '第 2 个参考图层“规划道路”：第 1 个要素的几何或属性无效（坐标须为经度 −180～180、纬度 −90～90，属性须为文字、数值或是否）',
    ]);
  });

  it('refuse a list that is not one, an unknown kind, nested attributes', () => {
    const notList = documentWith([RIVER]);
    notList.referenceLayers = { river: RIVER };
    const refused = open(notList);
    expect(refused.ok ? [] : zhAll(refused.problems)).toEqual(['参考图层不是列表']);
    const document = documentWith([RIVER]);
    document.referenceLayers[0].kind = 'canal';
    document.referenceLayers[0].features.features[0].properties = { name: { zh: '郁江' } };
    const opened = open(document);
    expect(opened.ok ? [] : zhAll(opened.problems)).toHaveLength(2);
  });

  it('are restored with the rest in one undo step', () => {
    const store = createAtlasStore();
    const opened = open(documentWith([RIVER]));
    if (!opened.ok) throw new Error(zh(opened.message));
    store.getState().restoreProject(opened.plan);
    expect(store.getState().referenceLayers.map((layer) => layer.name)).toEqual(['郁江']);
    store.temporal.getState().undo();
    expect(store.getState().referenceLayers).toEqual([]);
  });
});
