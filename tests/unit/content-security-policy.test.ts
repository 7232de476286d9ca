import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  policyFromEnvironment,
  TIANDITU_ORIGINS,
} from '../../scripts/content-security-policy.ts';
import { tiandituTileUrls } from '../../src/map/layers/basemap-layers.ts';

/** The policy as directive name → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split('; ').map((directive) => {
      const [name = '', ...sources] = directive.split(' ');
      return [name, sources];
    }),
  );
}

describe('the Content-Security-Policy', () => {
  it('lets the basemap reach every host its tile URLs name, and no other host', () => {
    const hosts = new Set(
      [...tiandituTileUrls('vec', 'k'), ...tiandituTileUrls('cva', 'k')].map((url) => new URL(url).origin),
    );
    expect(new Set(TIANDITU_ORIGINS)).toEqual(hosts);
    const policy = directives(contentSecurityPolicy());
    for (const name of ['connect-src', 'img-src']) {
      const remote = (policy.get(name) ?? []).filter((source) => source.startsWith('https:'));
      expect(new Set(remote), name).toEqual(hosts);
    }
  });

  it('allows no inline or evaluated script, only WebAssembly, and blob: workers', () => {
    const policy = directives(contentSecurityPolicy());
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-inline|'unsafe-eval'|\*/);
  });

  it('says who may frame the app only in the header form, where browsers read it', () => {
    expect(directives(contentSecurityPolicy()).has('frame-ancestors')).toBe(false);
    expect(directives(contentSecurityPolicy({ header: true })).get('frame-ancestors')).toEqual(["'self'"]);
  });

  it('takes further origins, or no meta element, from the build environment', () => {
    const { meta, options } = policyFromEnvironment({
      ATLAS_CSP_ORIGINS: ' https://tiles.example.gov.cn  https://map.example.gov.cn ',
    });
    expect(meta).toBe(true);
    const policy = directives(contentSecurityPolicy(options));
    expect(policy.get('connect-src')).toContain('https://tiles.example.gov.cn');
    expect(policy.get('img-src')).toContain('https://map.example.gov.cn');
    expect(policyFromEnvironment({ ATLAS_CSP_META: 'off' }).meta).toBe(false);
    expect(policyFromEnvironment({}).options.extraOrigins).toEqual([]);
  });

  it('is given to deployments in the README exactly as the header form', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(
      `add_header Content-Security-Policy "${contentSecurityPolicy({ header: true })}" always;`,
    );
  });
});
