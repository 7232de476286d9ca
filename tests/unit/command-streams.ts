/** Running a CLI command in a test: its exit status and what it wrote to stdout and stderr. */
import { Writable } from 'node:stream';
import type { CommandModule } from '../../scripts/cli/command.ts';

/** A stream that keeps what is written to it (bytes, decoded as UTF-8 at the end). */
export function memoryStream(): Writable & { text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return Object.assign(stream, { text: () => Buffer.concat(chunks).toString('utf8') });
}

/**
 * Runs a command's `run` with in-memory streams.
 * @example const { status, stdout } = await runCommand(run, ['--help'])
 */
export async function runCommand(
  run: CommandModule['run'],
  args: string[],
): Promise<{ status: number; stdout: string; stderr: string }> {
  const stdout = memoryStream();
  const stderr = memoryStream();
  const status = await run(args, { stdout, stderr });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}
