import { describe, expect, it } from 'vitest';
import type { BasemapService } from '../../../src/domain/basemap.ts';
import { policyRefusal, watchPolicyRefusals } from '../../../src/store/basemap-policy.ts';
import { createAtlasStore } from '../../../src/store/index.ts';

const SERVICES: BasemapService[] = [
  {
    id: 'land',
    name: '自然资源局影像',
    attribution: '港南区自然资源局',
    dataDate: null,
    layers: [
      {
        kind: 'raster',
        tiles: ['http://10.1.2.3:8080/wmts?z={z}&x={x}&y={y}'],
        tileSize: 256,
        minZoom: 0,
        maxZoom: 18,
      },
    ],
  },
];

describe('a configured tile service refused by the page policy', () => {
  it('names the service and its host when the refused address is one of its tiles', () => {
    expect(policyRefusal(SERVICES, 'http://10.1.2.3:8080/wmts?z=9&x=1&y=2')).toEqual({
      key: 'basemapRefusedByPolicy',
      values: { basemap: '自然资源局影像', origin: 'http://10.1.2.3:8080' },
    });
  });

  it('stays quiet about refusals of anything else (the policy working as meant) and unreadable addresses', () => {
    expect(policyRefusal(SERVICES, 'https://example.com/tracker.js')).toBeNull();
    expect(policyRefusal(SERVICES, 'http://10.1.2.3:8081/wmts')).toBeNull();
    expect(policyRefusal(SERVICES, 'inline')).toBeNull();
  });

  it('says it once per host, after what the basemap panel already says', () => {
    const store = createAtlasStore();
    store
      .getState()
      .setBasemapServices(SERVICES, [{ key: 'configUnknownKey', values: { file: 'a', key: 'b' } }]);
    const target = new EventTarget();
    watchPolicyRefusals(store, target);
    const refuse = (blockedURI: string) => {
      const event = new Event('securitypolicyviolation');
      Object.assign(event, { blockedURI });
      target.dispatchEvent(event);
    };
    refuse('http://10.1.2.3:8080/wmts?z=9&x=1&y=2');
    refuse('http://10.1.2.3:8080/wmts?z=9&x=1&y=3');
    refuse('https://example.com/tracker.js');
    expect(store.getState().basemapMessages.map((item) => item.key)).toEqual([
      'configUnknownKey',
      'basemapRefusedByPolicy',
    ]);
  });
});
