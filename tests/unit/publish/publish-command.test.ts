import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../../scripts/cli/publish-command.ts';
import { writePublicationFolder } from '../../../scripts/cli/publish-folder.ts';
import type { ProjectContents } from '../../../src/domain/project.ts';
import { parseProject } from '../../../src/io/project-file.ts';
import { MANIFEST_FILE, readPublicationManifest } from '../../../src/io/publish-manifest.ts';
import { writePublishedData } from '../../../src/io/write-published-data.ts';
import { runCommand } from '../command-streams.ts';
import { rejectedMessage } from '../messages.ts';
import { makeSchool } from '../school-fixtures.ts';

let folder = '';
let app = '';

/** A built app of three files (its assets named by content, as the build names them). */
function writeApp(version: string): void {
  mkdirSync(join(app, 'assets'), { recursive: true });
  writeFileSync(join(app, 'index.html'), `<script src="assets/index-${version}.js"></script>`);
  writeFileSync(join(app, 'assets', `index-${version}.js`), `console.log('${version}')`);
  writeFileSync(join(app, 'app-files.json'), '[]');
}

function contents(names: string[]): ProjectContents {
  return {
    roster: names.map((name, index) => makeSchool({ code: `S${index}`, name })),
    townships: null,
    population: null,
    rules: null,
    settings: { districtCode: '450803', districtName: '港南区' },
    candidates: [],
  };
}

function publishedData(names: string[], day: Date) {
  return writePublishedData(contents(names), { title: '一张图', unit: '港南区教育局' }, day);
}

/** The publication a reader of `where` gets: the manifest, then the project it names. */
function readAsAReader(where: string): string[] {
  const read = readPublicationManifest(readFileSync(join(where, 'data', MANIFEST_FILE), 'utf8'));
  if (!read.ok) throw new Error('no manifest');
  const opened = parseProject(readFileSync(join(where, 'data', read.manifest.project), 'utf8'));
  if (!opened.ok) throw new Error('no project');
  return opened.project.roster.map((school) => school.name);
}

beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-publish-'));
  folder = join(root, '一张图');
  app = join(root, 'dist');
});

afterEach(() => {
  folder = '';
});

describe('publishing into a folder', () => {
  it('writes the app, the data and the extras into a new folder', async () => {
    writeApp('a1');
    const data = publishedData(['甲小学'], new Date(2026, 10, 1, 9));
    const result = await writePublicationFolder(folder, app, data, [{ path: 'serve.sh', text: 'x' }]);
    expect(result.previous).toBeNull();
    expect(readAsAReader(folder)).toEqual(['甲小学']);
    expect(existsSync(join(folder, 'assets', 'index-a1.js'))).toBe(true);
    expect(existsSync(join(folder, 'serve.sh'))).toBe(true);
  });

  it('replaces a publication, keeping the previous one whole as a dated copy', async () => {
    writeApp('a1');
    await writePublicationFolder(folder, app, publishedData(['甲小学'], new Date(2026, 10, 1, 9)), []);
    writeApp('b2');
    const second = publishedData(['甲小学', '乙小学'], new Date(2026, 11, 5, 9));
    const result = await writePublicationFolder(folder, app, second, []);
    expect(result.previous).toBe(`${folder}-2026-11-01`);
    expect(readAsAReader(folder)).toEqual(['甲小学', '乙小学']);
    expect(readAsAReader(`${folder}-2026-11-01`)).toEqual(['甲小学']);
    expect(readFileSync(join(`${folder}-2026-11-01`, 'index.html'), 'utf8')).toContain('index-a1.js');
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).toContain('index-b2.js');
    // The new index's assets are there; the old project stays for a reader who read the old manifest.
    expect(existsSync(join(folder, 'assets', 'index-b2.js'))).toBe(true);
    expect(readdirSync(join(folder, 'data')).sort()).toHaveLength(3);
    // Nothing half-written is left behind.
    expect(
      readdirSync(join(folder, '..')).filter((name) => name.includes('writing') || name.includes('copying')),
    ).toEqual([]);

    const third = publishedData(['丙小学'], new Date(2026, 11, 5, 15));
    expect((await writePublicationFolder(folder, app, third, [])).previous).toBe(`${folder}-2026-12-05`);
    // The project two publications back is gone: only the current one and the one just replaced.
    expect(readdirSync(join(folder, 'data')).sort()).toEqual(
      [MANIFEST_FILE, second.manifest.project, third.manifest.project].sort(),
    );
  });

  it('refuses a folder that holds other files, and changes nothing in it', async () => {
    writeApp('a1');
    mkdirSync(folder);
    writeFileSync(join(folder, '重要文件.docx'), 'keep');
    const refusal = await rejectedMessage(
      writePublicationFolder(folder, app, publishedData(['甲'], new Date()), []),
    );
    expect(refusal).toContain('不是发布文件夹');
    expect(readdirSync(folder)).toEqual(['重要文件.docx']);
  });
});

describe('npm run atlas -- publish', () => {
  it('publishes the roster given as for analyze, with the title and unit, into a folder the app reads', async () => {
    writeApp('a1');
    const roster = join(folder, '..', '名录.csv');
    writeFileSync(
      roster,
      '学校代码,学校名称,学校类型,经度,纬度,所属乡镇\n9001,测试甲小学,小学,109.62,23.08,桥圩镇\n9002,测试乙幼儿园,幼儿园,109.70,23.05,桥圩镇\n',
    );
    const { status, stderr } = await runCommand(run, [
      '--schools',
      roster,
      '--title',
      '港南区学校布局一张图',
      '--unit',
      '港南区教育局规划股',
      '--out',
      folder,
      '--dist',
      app,
    ]);
    expect(stderr).toContain('已发布到');
    expect(status).toBe(0);
    expect(readAsAReader(folder)).toEqual(['测试甲小学', '测试乙幼儿园']);
    const manifest = JSON.parse(readFileSync(join(folder, 'data', MANIFEST_FILE), 'utf8'));
    expect(manifest).toMatchObject({
      title: '港南区学校布局一张图',
      unit: '港南区教育局规划股',
      schoolCount: 2,
    });
    expect(readFileSync(join(folder, '使用说明.txt'), 'utf8')).toContain('港南区教育局规划股');
    expect(readFileSync(join(folder, 'serve.cmd'), 'utf8')).toContain('serve.ps1');
  });

  it('refuses --project beside --schools, and a missing --out, as usage mistakes', async () => {
    expect((await runCommand(run, ['--project', 'a.json', '--schools', 'b.csv', '--out', 'x'])).status).toBe(
      2,
    );
    expect((await runCommand(run, ['--schools', 'b.csv'])).status).toBe(2);
  });
});
