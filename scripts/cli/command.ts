/** The shape every CLI command module has. */
import type { Writable } from 'node:stream';

/** Where a command writes: results to stdout (unless --out), summaries and row errors to stderr. */
export interface CommandStreams {
  stdout: Writable;
  stderr: Writable;
}

/** A CLI command: runs with its arguments and returns the exit status. */
export interface CommandModule {
  run(args: string[], streams: CommandStreams): Promise<number>;
}
