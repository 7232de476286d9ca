/**
 * The Content-Security-Policy a deployment needs for its `atlas.config.json`: the outside origins
 * its tile services name, the build command that lists them in the page's policy, and the same
 * policy as an nginx and an IIS header (docs/DEPLOY.md).
 *
 *   npm run csp-header -- path/to/atlas.config.json
 */
import { readFileSync } from 'node:fs';
// English at hand for the commands' --english output (the app loads it on demand).
import '../src/i18n/with-english.ts';
import { translate, translateMessage } from '../src/i18n/index.ts';
import { readAtlasConfig } from '../src/io/read-atlas-config.ts';
import { contentSecurityPolicy } from './content-security-policy.ts';

/** Relative addresses resolve here: the app's own origin, which the policy allows already. */
const OWN_ORIGIN = 'http://atlas.invalid';

/** The origins outside the app's own that a configuration's tile services load from. */
export function configuredOrigins(source: string): { origins: string[]; problems: string[] } {
  const read = readAtlasConfig(source, `${OWN_ORIGIN}/`);
  const origins = new Set<string>();
  for (const basemap of read.config.basemaps) {
    for (const layer of basemap.layers) {
      for (const url of layer.kind === 'pmtiles' ? [layer.url] : layer.tiles) {
        const origin = new URL(url.replace(/[{}]/g, '')).origin;
        if (origin !== OWN_ORIGIN) origins.add(origin);
      }
    }
  }
  return { origins: [...origins], problems: read.messages.map((item) => translateMessage('zh-CN', item)) };
}

function main(): void {
  const path = process.argv[2] ?? 'atlas.config.json';
  const { origins, problems } = configuredOrigins(readFileSync(path, 'utf8'));
  for (const problem of problems) console.error(problem);
  const header = contentSecurityPolicy({ extraOrigins: origins, header: true });
  const say = (key: Parameters<typeof translate>[1]) => console.log(`\n# ${translate('zh-CN', key)}`);
  say('cspHeaderOrigins');
  console.log(origins.length > 0 ? origins.join('\n') : '—');
  say('cspHeaderBuild');
  console.log(`ATLAS_CSP_ORIGINS="${origins.join(' ')}" npm run build`);
  say('cspHeaderNginx');
  console.log(`add_header Content-Security-Policy "${header}" always;`);
  say('cspHeaderIis');
  console.log(`<add name="Content-Security-Policy" value="${header}" />`);
}

if (process.argv[1]?.endsWith('csp-header.ts')) main();
