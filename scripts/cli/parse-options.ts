/**
 * The command-line grammar the CLI commands share: `--name value`, `--name=value` (a name may
 * hold hyphens, e.g. --min-distance), flags, `--help`.
 */

/** A usage mistake: the command prints it with its usage and exits 2. */
export class UsageError extends Error {}

/** What the command line said. */
export interface ScannedOptions {
  values: Map<string, string>;
  flags: Set<string>;
  help: boolean;
  /** Picks a value from a closed list, or the fallback when the option is absent. */
  choose<T extends string>(name: string, allowed: readonly T[], fallback: T): T;
}

/**
 * Reads `args` against the options a command knows.
 * @throws UsageError for an unknown option or a missing value
 * @example scanOptions(['--format=csv'], { values: ['format'] }).choose('format', ['json', 'csv'], 'json') // 'csv'
 */
export function scanOptions(
  args: readonly string[],
  known: { values: readonly string[]; flags?: readonly string[] },
): ScannedOptions {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  let help = false;
  for (let position = 0; position < args.length; position++) {
    const argument = args[position] ?? '';
    if (argument === '--help' || argument === '-h') {
      help = true;
      continue;
    }
    const match = /^--([a-z]+(?:-[a-z]+)*)(?:=(.*))?$/.exec(argument);
    const name = match?.[1] ?? '';
    if (match && known.flags?.includes(name) && match[2] === undefined) {
      flags.add(name);
      continue;
    }
    if (!match || !known.values.includes(name)) throw new UsageError(`不认识的参数：${argument}`);
    const value = match[2] ?? args[++position];
    if (value === undefined || value === '') throw new UsageError(`选项 --${name} 需要一个值`);
    values.set(name, value);
  }
  const choose = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = values.get(name);
    if (value === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(value)) {
      throw new UsageError(`选项 --${name} 应为 ${allowed.join('、')} 之一，实际为 ${value}`);
    }
    return value as T;
  };
  return { values, flags, help, choose };
}
