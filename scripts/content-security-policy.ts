/**
 * The Content-Security-Policy of the built app, as a `<meta>` element that the build writes into
 * `index.html` (the dev server goes without: its inline refresh script would be refused), and as
 * the server header a deployment may send instead.
 *
 * What the app loads, and so what the policy allows:
 * - its own scripts, styles, glyphs, data and workers (`'self'`);
 * - the map library's worker, which it starts from a `blob:` URL;
 * - images drawn in the page (`data:`, `blob:`: symbols, previews, exported pages);
 * - WebAssembly compiled from the app's own files (`'wasm-unsafe-eval'`, never `'unsafe-eval'`);
 * - the Tianditu tile hosts, always listed — a meta policy cannot change once the page runs, and
 *   the basemap is switched on at run time, with a key — and nothing else from outside.
 */
import { tiandituTileUrls } from '../src/map/layers/basemap-layers.ts';

/** The origins the Tianditu basemap loads tiles from, read off the basemap's own tile URLs. */
export const TIANDITU_ORIGINS: readonly string[] = [
  ...new Set(
    [...tiandituTileUrls('vec', ''), ...tiandituTileUrls('cva', '')].map((url) => new URL(url).origin),
  ),
];

/** Options of the policy. */
export interface PolicyOptions {
  /** Further origins (an intranet tile server, say) allowed to give data and images. */
  extraOrigins?: readonly string[];
  /** The header form: adds what only a header may say (`frame-ancestors`). */
  header?: boolean;
}

/**
 * The policy text.
 * @example contentSecurityPolicy() // "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; …"
 */
export function contentSecurityPolicy(options: PolicyOptions = {}): string {
  const remote = [...TIANDITU_ORIGINS, ...(options.extraOrigins ?? [])];
  const directives: [string, readonly string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
    ['worker-src', ["'self'", 'blob:']],
    // Browsers without worker-src take the workers' sources from child-src.
    ['child-src', ["'self'", 'blob:']],
    ['connect-src', ["'self'", ...remote]],
    ['img-src', ["'self'", 'data:', 'blob:', ...remote]],
    ['style-src', ["'self'"]],
    ['font-src', ["'self'", 'data:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
  // Who may frame the app can only be said in a header; in a meta element browsers ignore it.
  if (options.header) directives.push(['frame-ancestors', ["'self'"]]);
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/**
 * The policy options from the build's environment: `ATLAS_CSP_ORIGINS` (origins separated by
 * spaces) adds origins; `ATLAS_CSP_META=off` leaves the meta element out, for a deployment whose
 * server sends the header (a header cannot widen a meta policy: the browser enforces both).
 */
export function policyFromEnvironment(environment: Record<string, string | undefined>): {
  meta: boolean;
  options: PolicyOptions;
} {
  const extraOrigins = (environment.ATLAS_CSP_ORIGINS ?? '').split(/\s+/).filter((origin) => origin !== '');
  return { meta: environment.ATLAS_CSP_META !== 'off', options: { extraOrigins } };
}
