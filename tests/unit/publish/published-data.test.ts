import { describe, expect, it } from 'vitest';
import type { ProjectContents } from '../../../src/domain/project.ts';
import {
  isPublicationId,
  MANIFEST_FILE,
  PUBLISHED_DATA_FOLDER,
  readPublicationManifest,
} from '../../../src/io/publish-manifest.ts';
import { type FetchedText, fetchFromOrigin, readPublishedData } from '../../../src/io/read-published-data.ts';
import { writePublishedData } from '../../../src/io/write-published-data.ts';
import { defaultRuleSet } from '../analysis/default-inputs.ts';
import { zh } from '../messages.ts';
import { makeSchool, TWO_TOWNSHIPS } from '../school-fixtures.ts';

function contents(names: string[] = ['甲小学', '乙幼儿园']): ProjectContents {
  return {
    roster: names.map((name, index) =>
      makeSchool({ code: `45080300${index}`, name, source: '港南区教育局 2026 年名录' }),
    ),
    townships: TWO_TOWNSHIPS,
    population: null,
    rules: defaultRuleSet(),
    settings: { districtCode: '450803', districtName: '港南区', rosterFile: '名录.csv' },
    candidates: [],
  };
}

const DETAILS = { title: '港南区学校布局一张图', unit: '港南区教育局' };
const NOON = new Date(2026, 11, 5, 12, 0, 0);

/** A fake origin serving the given files (path → text); anything else is a 404. */
function origin(files: Record<string, string>) {
  return async (path: string): Promise<FetchedText> =>
    path in files ? { status: 'found', text: files[path] ?? '' } : { status: 'absent' };
}

function served(written: ReturnType<typeof writePublishedData>): Record<string, string> {
  return Object.fromEntries(written.files.map((file) => [file.path, file.text]));
}

describe('the published data set', () => {
  it('writes the project and a manifest naming it, with the day, the unit and an id', () => {
    const written = writePublishedData(contents(), DETAILS, NOON);
    const { manifest } = written;
    expect(manifest.updatedOn).toBe('2026-12-05');
    expect(manifest.unit).toBe('港南区教育局');
    expect(manifest.schoolCount).toBe(2);
    expect(isPublicationId(manifest.id)).toBe(true);
    expect(manifest.id.startsWith('2026-12-05-')).toBe(true);
    expect(written.files.map((file) => file.path)).toEqual([
      `${PUBLISHED_DATA_FOLDER}/${manifest.project}`,
      `${PUBLISHED_DATA_FOLDER}/${MANIFEST_FILE}`,
    ]);
  });

  it('keeps the id for the same data and changes it for other data', () => {
    const first = writePublishedData(contents(), DETAILS, NOON).manifest.id;
    const later = writePublishedData(contents(), DETAILS, new Date(2026, 11, 5, 18, 30)).manifest.id;
    const other = writePublishedData(contents(['甲小学', '丙小学']), DETAILS, NOON).manifest.id;
    expect(later).toBe(first);
    expect(other).not.toBe(first);
  });

  it("is read back by the app's loader equal to what was published", async () => {
    const written = writePublishedData(contents(), DETAILS, NOON);
    const published = await readPublishedData(origin(served(written)));
    expect(published.kind).toBe('published');
    if (published.kind !== 'published') return;
    expect(published.manifest).toEqual(written.manifest);
    const { format: _format, schemaVersion: _version, savedAt, ...read } = published.project;
    expect(read).toEqual(contents());
    expect(savedAt).toBe(NOON.toISOString());
  });

  it('is no publication when the manifest is absent (the app runs as before)', async () => {
    expect(await readPublishedData(origin({}))).toEqual({ kind: 'none' });
  });

  it('refuses, saying why, a manifest that is broken, from a newer app, or names a missing project', async () => {
    const written = writePublishedData(contents(), DETAILS, NOON);
    const manifestPath = `${PUBLISHED_DATA_FOLDER}/${MANIFEST_FILE}`;
    const broken = await readPublishedData(origin({ [manifestPath]: '{"format": ' }));
    expect(broken.kind === 'refused' && zh(broken.message)).toContain('不是有效的 JSON');
    const newer = await readPublishedData(
      origin({ [manifestPath]: JSON.stringify({ ...written.manifest, version: 9 }) }),
    );
    expect(newer.kind === 'refused' && zh(newer.message)).toContain('较新版本');
    const missing = await readPublishedData(origin({ [manifestPath]: served(written)[manifestPath] ?? '' }));
    expect(missing.kind === 'refused' && zh(missing.message)).toContain(written.manifest.project);
    const escaping = readPublicationManifest(
      JSON.stringify({ ...written.manifest, project: '../secret.json' }),
    );
    expect(escaping.ok).toBe(false);
  });

  it('asks the origin relative to the page, takes a 404 or an HTML fallback as absent, and refuses oversize files unread', async () => {
    const asked: string[] = [];
    const answers: Record<string, Response> = {
      'http://10.1.2.3/atlas/data/a.json': new Response('{}', { status: 404 }),
      'http://10.1.2.3/atlas/data/b.json': new Response('<html>', {
        headers: { 'content-type': 'text/html' },
      }),
      'http://10.1.2.3/atlas/data/c.json': new Response('x', { headers: { 'content-length': '999999' } }),
      'http://10.1.2.3/atlas/data/d.json': new Response('{"a":1}', {
        headers: { 'content-type': 'application/json' },
      }),
    };
    const fetchText = fetchFromOrigin('http://10.1.2.3/atlas/index.html#map=1/2/3', (async (url: string) => {
      asked.push(url);
      return answers[url] ?? new Response('', { status: 500 });
    }) as typeof fetch);
    expect(await fetchText('data/a.json', 1000)).toEqual({ status: 'absent' });
    expect(await fetchText('data/b.json', 1000)).toEqual({ status: 'absent' });
    expect(await fetchText('data/c.json', 1000)).toEqual({ status: 'too-large', bytes: 999999 });
    expect(await fetchText('data/d.json', 1000)).toEqual({ status: 'found', text: '{"a":1}' });
    expect(await fetchText('data/e.json', 1000)).toEqual({ status: 'failed', problem: 'HTTP 500' });
    expect(asked[0]).toBe('http://10.1.2.3/atlas/data/a.json');
  });
});
