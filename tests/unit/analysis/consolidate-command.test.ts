/** `atlas consolidate`: JSON on the embedded data, the quality, the exit codes. */
import { describe, expect, it } from 'vitest';
import { run } from '../../../scripts/cli/consolidate-command.ts';
import { runCommand } from '../command-streams.ts';

interface JsonOutput {
  kind: string;
  mode: string;
  objectiveValue: number;
  bound: number;
  gap: number;
  optimal: boolean;
  closable: { code: string }[];
  closed: {
    code: string;
    type: string;
    receivingCode: string | null;
    pupilsMoved: number | null;
    extraMetres: number | null;
    boardingNeeded: boolean;
  }[];
  townships: { name: string; shareBefore: number; shareAfter: number; required: number; kept: boolean }[];
  coveredBefore: number;
  coveredAfter: number;
}

const consolidate = (args: string[]) => runCommand(run, args);

describe('consolidate command', () => {
  it('proposes teaching points to close on the embedded data, each with where its pupils go', async () => {
    const { status, stdout, stderr } = await consolidate([
      '--type',
      '教学点',
      '--method',
      'exact',
      '--seats',
      'ignore',
    ]);
    expect(status).toBe(0);
    const output = JSON.parse(stdout) as JsonOutput;
    expect(output).toMatchObject({ kind: 'primary', mode: 'most', optimal: true, gap: 0 });
    expect(output.objectiveValue).toBe(output.closed.length);
    expect(output.bound).toBe(output.closed.length);
    expect(output.closed.length).toBeGreaterThan(0);
    for (const school of output.closed) {
      expect(school.type).toBe('教学点');
      expect(school.receivingCode).not.toBeNull();
      expect(school.extraMetres).toBeGreaterThan(0);
    }
    for (const township of output.townships) {
      expect(township.kept).toBe(true);
      expect(township.shareAfter).toBeGreaterThanOrEqual(township.required - 1e-9);
    }
    expect(stderr).toMatch(/撤并测算完成（现状，小学）：可撤并 \d+ 所，建议撤并 \d+ 所/);
    expect(stderr).toContain('已证明为最优解');
  }, 60_000);

  it('closes a given number with the least coverage lost, and refuses more than the targets allow', async () => {
    const two = await consolidate(['--type', '教学点', '--close', '2', '--seats', 'ignore']);
    expect(two.status).toBe(0);
    const output = JSON.parse(two.stdout) as JsonOutput;
    expect(output.mode).toBe('count');
    expect(output.closed).toHaveLength(2);
    expect(output.objectiveValue).toBe(output.coveredBefore - output.coveredAfter);
    const tooMany = await consolidate(['--type', '教学点', '--close', '29', '--seats', 'ignore']);
    expect(tooMany.status).toBe(2);
    expect(tooMany.stderr).toMatch(/^撤并 29 所会使有的乡镇达不到覆盖率目标/);
  }, 60_000);

  it('keeps every child a seat by default: on the sample data, short of primary seats, none can close', async () => {
    const { status, stdout, stderr } = await consolidate(['--type', '教学点']);
    expect(status).toBe(0);
    const output = JSON.parse(stdout) as JsonOutput & {
      seats: {
        stage: string;
        withoutSeatBefore: number;
        withoutSeatAfter: number;
        townships: { name: string; withoutSeatBefore: number; withoutSeatAfter: number }[];
      };
    };
    // Every teaching point's pupils would find the nearby schools full: each stays open, and says why.
    expect(output.closed).toEqual([]);
    expect(stderr).toContain('为保证每名学生在服务半径内有学位');
    expect(stderr).not.toContain('在覆盖率目标之内，所选学校都不能撤并');
    // A school whose closure alone leaves the district's children short closes in no proposal:
    // the bound counts only the others.
    expect(output.objectiveValue).toBe(0);
    expect(output.bound).toBeLessThan(output.closable.length);
    expect(output.seats.stage).toBe('primary');
    expect(output.seats.withoutSeatBefore).toBeGreaterThan(0);
    expect(output.seats.withoutSeatAfter).toBe(output.seats.withoutSeatBefore);
    for (const township of output.seats.townships)
      expect(township.withoutSeatAfter).toBeLessThanOrEqual(township.withoutSeatBefore);
  }, 60_000);

  it('exits 2 on a usage mistake', async () => {
    const nothing = await consolidate([]);
    expect(nothing.status).toBe(2);
    expect(nothing.stderr).toContain('请用 --type、--max-enrolment 或 --codes 指定可撤并的学校');
    const type = await consolidate(['--type', '大学']);
    expect(type.stderr).toContain('选项 --type 中的“大学”不是学校类型');
    const help = await consolidate(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--max-enrolment');
  });
});
