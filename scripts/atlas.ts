/**
 * The command line: `npm run atlas -- <command> [options]`. Each command lives in
 * scripts/cli/<command>-command.ts and shares the app's io/ and analysis/ code.
 */
// English at hand for the commands' --english output (the app loads it on demand).
import '../src/i18n/with-english.ts';
import type { CommandModule } from './cli/command.ts';

const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  import: {
    summary: '读取学校名录（CSV/TSV/XLSX/GeoJSON），输出规范名录与逐行报告',
    load: () => import('./cli/import-command.ts'),
  },
  analyze: {
    summary: '按乡镇检查规划规则并计算服务半径覆盖',
    load: () => import('./cli/analyze-command.ts'),
  },
  seats: {
    summary: '学位供需：按学段把学位分配给适龄儿童，输出各乡镇、各学校的学位余缺，可预测以后年份',
    load: () => import('./cli/seats-command.ts'),
  },
  suggest: {
    summary: '选址建议：在候选点中选出使服务半径内人口增加最多的位置',
    load: () => import('./cli/suggest-command.ts'),
  },
  travel: {
    summary: '按道路计算每个人口点到最近学校的出行时间（分钟），输出 CSV',
    load: () => import('./cli/travel-command.ts'),
  },
  consolidate: {
    summary: '撤并测算：在保持各乡镇覆盖率目标的前提下，哪些学校可以撤并、学生转往何处',
    load: () => import('./cli/consolidate-command.ts'),
  },
  export: {
    summary: '用系统 Chromium 按打印版式导出 PNG/PDF 地图与分乡镇图集',
    load: () => import('./cli/export-command.ts'),
  },
  publish: {
    summary: '发布一张图：把程序和本局数据写成静态网站文件夹（内网服务器或U盘），链接都指向这份数据',
    load: () => import('./cli/publish-command.ts'),
  },
};

function usage(): string {
  return [
    '用法: npm run atlas -- <命令> [选项]',
    '',
    '命令:',
    ...Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`),
    '',
    '每个命令的选项: npm run atlas -- <命令> --help',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(`${usage()}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`未知命令：${name}\n\n${usage()}\n`);
    return 2;
  }
  const module = await command.load();
  return module.run(rest, { stdout: process.stdout, stderr: process.stderr });
}

process.exitCode = await main(process.argv.slice(2));
