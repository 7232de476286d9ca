/**
 * Which code can name which catalogue key, read from the source: the modules the browser may run
 * before any screen loaded on demand has been opened, and the keys each module names (a quoted key,
 * or a template such as `travelMode_${mode}`, which names every key it can make). The catalogue
 * parts' test checks with it that the start part holds every key such code names.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * The calls that load code with the on-demand catalogue part and hand it over only once the part
 * is registered: a screen (`lazyScreen`, src/components/lazy-screen.ts) and a reader
 * (`withOnDemandTexts`, src/i18n/load-catalogue.ts). An `import()` written inside one is gated.
 */
export const GATED_CALLS = ['lazyScreen(', 'withOnDemandTexts('] as const;

/** How far before an `import()` its gating call may start (a `Promise.all` of a few imports). */
const GATED_CALL_REACH = 200;

/** Whether the `import(` at `index` is written inside a gating call (no statement ends between). */
function insideGatedCall(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - GATED_CALL_REACH), index);
  return GATED_CALLS.some((call) => {
    const at = before.lastIndexOf(call);
    return at >= 0 && !before.slice(at).includes(';');
  });
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const path = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  return existsSync(path) && statSync(path).isFile() ? path : null;
}

interface ModuleEdges {
  /** Static imports and re-exports that are not type-only, and `new URL(…)` workers. */
  always: string[];
  /** `import('…')` outside a gating call. */
  dynamic: string[];
  /** `import('…')` inside a gating call (`GATED_CALLS`): code whose catalogue part loads with it. */
  screens: string[];
}

function edgesOf(file: string, text: string): ModuleEdges {
  const edges: ModuleEdges = { always: [], dynamic: [], screens: [] };
  const add = (list: string[], specifier: string | undefined) => {
    const path = specifier === undefined ? null : resolveImport(file, specifier);
    if (path !== null) list.push(path);
  };
  for (const match of text.matchAll(/^\s*(import|export)\s+(type\s)?[^'";]*?from\s+['"]([^'"]+)['"]/gm)) {
    if (match[2] === undefined) add(edges.always, match[3]);
  }
  for (const match of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) add(edges.always, match[1]);
  for (const match of text.matchAll(/new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g)) {
    add(edges.always, match[1]);
  }
  for (const match of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    add(insideGatedCall(text, match.index ?? 0) ? edges.screens : edges.dynamic, match[1]);
  }
  return edges;
}

const texts = new Map<string, string>();
function textOf(file: string): string {
  let text = texts.get(file);
  if (text === undefined) {
    // Without comments, whose examples would read as imports.
    text = readFileSync(file, 'utf8')
      .replace(/^\s*\/\*[\s\S]*?\*\//gm, '')
      .replace(/^\s*\/\/.*$/gm, '');
    texts.set(file, text);
  }
  return text;
}

/**
 * The modules reachable from the entries by static and dynamic imports and workers, but not
 * through a screen loaded with `lazyScreen` (`throughScreens` false), or through them as well
 * (true). Catalogue files are not followed: they hold the keys, they do not name them.
 */
export function reachable(entries: readonly string[], throughScreens: boolean): Set<string> {
  const seen = new Set<string>();
  const queue = entries.map((entry) => resolve(ROOT, entry));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file) || isCatalogueFile(file)) continue;
    seen.add(file);
    const edges = edgesOf(file, textOf(file));
    queue.push(...edges.always, ...edges.dynamic, ...(throughScreens ? edges.screens : []));
  }
  return seen;
}

/** The modules a module imports statically, catalogue files included (not type-only imports). */
export function staticImportsOf(file: string): string[] {
  return edgesOf(file, textOf(file)).always;
}

/** The screens and readers loaded with a gating call (`GATED_CALLS`) anywhere among the modules. */
export function screenEntries(modules: Iterable<string>): string[] {
  return [...new Set([...modules].flatMap((file) => edgesOf(file, textOf(file)).screens))];
}

/** Whether a module is one of the catalogue's own files (`src/i18n/zh-CN/…`, `src/i18n/en/…`). */
export function isCatalogueFile(file: string): boolean {
  const path = relative(ROOT, file);
  return path.startsWith(join('src', 'i18n', 'zh-CN')) || path.startsWith(join('src', 'i18n', 'en'));
}

/**
 * The keys among `keys` a module names: quoted, read as a property, or made by a template from a
 * quoted prefix.
 */
export function keysNamedIn(file: string, keys: readonly string[]): Set<string> {
  const text = textOf(file);
  const named = new Set<string>();
  const words = new Set<string>();
  for (const match of text.matchAll(/['"`]([A-Za-z][\w]*)['"`]/g)) words.add(match[1] as string);
  // A catalogue read as an object (`catalogueOf(language).listSeparator`): any property read.
  for (const match of text.matchAll(/\.([A-Za-z]\w*)\b/g)) words.add(match[1] as string);
  const prefixes = [...text.matchAll(/`([A-Za-z][\w]*)\$\{/g)].map((match) => match[1] as string);
  for (const key of keys) {
    if (words.has(key) || prefixes.some((prefix) => key.startsWith(prefix))) named.add(key);
  }
  return named;
}

/** The app's entry as the browser loads it. */
export const APP_ENTRY = 'src/main.tsx';

/** A path relative to the repository, for messages. */
export function shortPath(file: string): string {
  return relative(ROOT, file);
}
