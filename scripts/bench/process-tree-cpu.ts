/**
 * Processor time (user + system) of this process's descendants, read from /proc (Linux): for a
 * benchmark that drives a browser, the time its processes spent, which a loaded machine changes
 * far less than the wall clock.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** The fields after the command name of /proc/PID/stat (the name may hold spaces). */
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    // The process ended between the listing and the read.
    return null;
  }
}

function descendantsOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const fields = statFields(Number(name));
    if (!fields) continue;
    const parent = Number(fields[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  const found: number[] = [];
  const stack = [root];
  for (let pid = stack.pop(); pid !== undefined; pid = stack.pop()) {
    for (const child of children.get(pid) ?? []) {
      found.push(child);
      stack.push(child);
    }
  }
  return found;
}

/**
 * Milliseconds of processor time the living descendants of this process have used so far;
 * differences of two readings time the work between them (a process that ended in between is
 * not counted). 0 where /proc does not exist.
 */
export function descendantProcessorMilliseconds(): number {
  let ticks = 0;
  try {
    for (const pid of descendantsOf(process.pid)) {
      const fields = statFields(pid);
      // utime and stime: fields 14 and 15 of stat, 12 and 13 after the name.
      if (fields) ticks += Number(fields[11]) + Number(fields[12]);
    }
  } catch {
    return 0;
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
