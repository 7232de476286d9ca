/**
 * The published folder's serve.sh answers byte ranges, as a PMTiles basemap needs (Python's
 * http.server alone sends the whole file, which the PMTiles reader refuses). serve.ps1 does the
 * same with HttpListener; there is no PowerShell here to run it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { publicationExtraFiles } from '../../../src/io/pack-publication.ts';

/** A port of this worktree's own range (4408 + 100 …), away from the e2e servers. */
const PORT = 4511;

let server: ChildProcess | null = null;

afterEach(() => {
  server?.kill();
  server = null;
});

async function fetchWhenUp(url: string, init?: RequestInit): Promise<Response> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      return await fetch(url, init);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error('serve.sh did not start');
}

describe('serve.sh', () => {
  it('answers a byte range with 206 and those bytes, a whole file with 200, a range past the end with 416', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'atlas-serve-'));
    const script = publicationExtraFiles('说明.txt', '').find((file) => file.path === 'serve.sh');
    writeFileSync(join(folder, 'serve.sh'), script?.text ?? '');
    const bytes = new Uint8Array(5000).map((_, index) => index % 251);
    writeFileSync(join(folder, 'basemap.pmtiles'), bytes);
    server = spawn('sh', [join(folder, 'serve.sh'), String(PORT)], { stdio: 'ignore' });
    const url = `http://127.0.0.1:${PORT}/basemap.pmtiles`;
    const part = await fetchWhenUp(url, { headers: { Range: 'bytes=100-163' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 100-163/5000');
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes.slice(100, 164));
    const whole = await fetch(url);
    expect(whole.status).toBe(200);
    expect((await whole.arrayBuffer()).byteLength).toBe(5000);
    expect((await fetch(url, { headers: { Range: 'bytes=9000-' } })).status).toBe(416);
  }, 30_000);
});
