import { describe, expect, it } from 'vitest';
import { parseExportArguments, printApiOptions, run } from '../../../scripts/cli/export-command.ts';
import { memoryStream } from '../command-streams.ts';

describe('atlas export options', () => {
  it('defaults to an A4 landscape PNG at 300 DPI of 现状, fitting the district', () => {
    const options = parseExportArguments([]);
    expect(options).toMatchObject({
      paper: 'a4',
      orientation: 'landscape',
      dpi: 300,
      format: 'png',
      scenario: 'current',
    });
    expect(printApiOptions(options)).toMatchObject({ extent: 'district', format: 'png', analysis: false });
  });

  it('takes the format from --out, and makes the atlas a PDF', () => {
    expect(parseExportArguments(['--out', '图.pdf']).format).toBe('pdf');
    expect(parseExportArguments(['--township', 'all']).format).toBe('pdf');
    expect(
      printApiOptions(parseExportArguments(['--township=450803100', '--title', '桥圩镇', '--analysis'])),
    ).toMatchObject({ township: '450803100', title: '桥圩镇', analysis: true });
  });

  it('takes pptx and docx, a list of townships in order, and --split for one PDF per township', () => {
    expect(parseExportArguments(['--out', '汇报.pptx']).format).toBe('pptx');
    expect(parseExportArguments(['--format', 'docx']).format).toBe('docx');
    const atlas = parseExportArguments(['--township', '450803101,450803100', '--split']);
    expect(atlas).toMatchObject({ format: 'pdf', split: true, township: '450803101,450803100' });
    expect(printApiOptions(atlas)).toMatchObject({
      format: 'pdf',
      split: true,
      township: '450803101,450803100',
    });
    expect(parseExportArguments(['--township', 'all', '--out', '图集.zip'])).toMatchObject({
      format: 'pdf',
      split: true,
    });
  });

  it('refuses mistakes with exit 2 and says why, in Chinese', async () => {
    for (const [args, reason] of [
      [['--township', 'all', '--format', 'png'], '只能导出为 PDF'],
      [['--paper', 'a2'], 'a4、a3、slide'],
      [['--dpi', '600'], '--dpi'],
      [['--rules'], '--rules 需要一个值'],
      [['--coords', 'utm'], 'wgs84、gcj02、bd09'],
      [['--township', '桥圩镇'], '乡镇代码'],
      [['--township', '450803100,桥圩镇'], '以逗号分隔'],
      [['--township', '450803100,450803101', '--format', 'png'], '只能导出为 PDF'],
      [['--split'], '--split 只用于 PDF 图集'],
      [['--township', 'all', '--split', '--format', 'pptx'], '--split 只用于 PDF 图集'],
      [['--format', 'xlsx'], 'png、pdf、pptx、docx'],
    ] as const) {
      const stdout = memoryStream();
      const stderr = memoryStream();
      expect(await run([...args], { stdout, stderr })).toBe(2);
      expect(stderr.text()).toContain(reason);
    }
  });

  it('reads --schools and --townships relative to the caller, and reports an unreadable one with exit 1', async () => {
    const options = parseExportArguments([
      '--schools',
      'x.csv',
      '--townships',
      'y.geojson',
      '--coords',
      'gcj02',
    ]);
    expect(options.schools?.endsWith('/x.csv')).toBe(true);
    expect(options.townships?.endsWith('/y.geojson')).toBe(true);
    expect(options.coords).toBe('gcj02');
    const stderr = memoryStream();
    expect(
      await run(['--schools', '/nonexistent/名录.csv', '--dist', 'dist'], { stdout: memoryStream(), stderr }),
    ).toBe(1);
    expect(stderr.text()).toContain('无法读取文件 /nonexistent/名录.csv');
  });

  it('takes --population and --rules like analyze, and stops with exit 1 on an unreadable one before building', async () => {
    const options = parseExportArguments(['--population', 'p.csv', '--rules', 'r.json']);
    expect(options.population?.endsWith('/p.csv')).toBe(true);
    expect(options.rules?.endsWith('/r.json')).toBe(true);
    const stderr = memoryStream();
    expect(
      await run(['--rules', 'geodata/townships.geojson', '--dist', '/nonexistent-dist'], {
        stdout: memoryStream(),
        stderr,
      }),
    ).toBe(1);
    expect(stderr.text()).toContain('townships.geojson');
    expect(stderr.text()).not.toContain('正在构建');
    const missing = memoryStream();
    expect(
      await run(['--population', '/nonexistent/人口.csv', '--dist', '/nonexistent-dist'], {
        stdout: memoryStream(),
        stderr: missing,
      }),
    ).toBe(1);
    expect(missing.text()).toContain('无法读取文件 /nonexistent/人口.csv');
  });

  it('prints its usage with --help', async () => {
    const stdout = memoryStream();
    expect(await run(['--help'], { stdout, stderr: memoryStream() })).toBe(0);
    expect(stdout.text()).toContain('--township');
  });
});
