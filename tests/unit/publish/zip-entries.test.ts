import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zipEntries } from '../../../src/io/pack-publication.ts';
import { unzipEntries } from '../../../src/io/unzip-entries.ts';

/** The general-purpose flags and the method of the archive's first local header. */
function firstHeader(archive: Uint8Array): { flags: number; method: number } {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  expect(view.getUint32(0, true)).toBe(0x04034b50);
  return { flags: view.getUint16(6, true), method: view.getUint16(8, true) };
}

describe('zipEntries', () => {
  it('writes archives the zip reader opens to the same files, Chinese names included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(
          fc.record({
            path: fc.constantFrom(
              'index.html',
              'assets/a.js',
              'data/atlas-data.json',
              '使用说明.txt',
              'glyphs/0-255.pbf',
            ),
            bytes: fc.uint8Array({ maxLength: 2000 }),
          }),
          { selector: (entry) => entry.path, maxLength: 5 },
        ),
        async (entries) => {
          const read = await unzipEntries(await zipEntries(entries));
          expect(new Map([...read].map(([path, bytes]) => [path, [...bytes]]))).toEqual(
            new Map(entries.map((entry) => [entry.path, [...entry.bytes]])),
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  it('marks a Chinese name as UTF-8, so Windows shows 使用说明 and not mojibake', async () => {
    const archive = await zipEntries([{ path: '使用说明.txt', bytes: new TextEncoder().encode('说明') }]);
    expect(firstHeader(archive).flags & 0x0800).toBe(0x0800);
  });

  it('deflates text that compresses and stores pictures and fonts as they are', async () => {
    const text = new TextEncoder().encode('学校'.repeat(5000));
    const archive = await zipEntries([{ path: 'a.txt', bytes: text }]);
    expect(archive.byteLength).toBeLessThan(text.byteLength / 10);
    expect(firstHeader(archive).method).toBe(8);
    expect(firstHeader(await zipEntries([{ path: 'icon.png', bytes: text }])).method).toBe(0);
  });
});
