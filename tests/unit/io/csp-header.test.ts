import { describe, expect, it } from 'vitest';
import { configuredOrigins } from '../../../scripts/csp-header.ts';

describe('the policy a deployment file needs', () => {
  it('lists the outside origins of its tile services once each, and not the app’s own', () => {
    const config = {
      version: 1,
      basemaps: [
        {
          id: 'land',
          name: '自然资源局影像',
          attribution: '港南区自然资源局',
          layers: [
            {
              type: 'xyz',
              url: ['http://10.1.2.3:8080/t/{z}/{x}/{y}.png', 'http://10.1.2.4/t/{z}/{x}/{y}.png'],
            },
            {
              type: 'wmts',
              url: 'http://10.1.2.3:8080/wmts?TILEMATRIX={TileMatrix}&TILEROW={TileRow}&TILECOL={TileCol}',
            },
          ],
        },
        {
          id: 'file',
          name: '县域底图',
          attribution: 'OSM',
          layers: [{ type: 'pmtiles', url: 'basemaps/gangnan.pmtiles' }],
        },
      ],
    };
    const { origins, problems } = configuredOrigins(JSON.stringify(config));
    expect(origins).toEqual(['http://10.1.2.3:8080', 'http://10.1.2.4']);
    expect(problems).toEqual([]);
  });

  it('says in Chinese what is wrong with a file it cannot read', () => {
    const { origins, problems } = configuredOrigins('{"version": 1, ');
    expect(origins).toEqual([]);
    expect(problems[0]).toContain('atlas.config.json');
  });
});
