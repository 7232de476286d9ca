import type { contextCommandLineZh } from '../../zh-CN/command-line/context.ts';

/**
 * English texts of the map as a place to think in: search, basemaps, reference layers, labels.
 *
 * The part of this section that only the command line writes.
 */
export const contextCommandLineEn: Record<keyof typeof contextCommandLineZh, string> = {
  cspHeaderOrigins: 'Tile service origins named in the deployment file (to be listed in the policy)',
  cspHeaderBuild: 'Build command (lists those origins in the page’s policy)',
  cspHeaderNginx: 'nginx header (in the server or location block)',
  cspHeaderIis: 'IIS header (in web.config, under customHeaders)',
};
