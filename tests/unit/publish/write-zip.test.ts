import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unzipEntries } from '../../../src/io/unzip-entries.ts';
import { crc32, writeZip } from '../../../src/io/write-zip.ts';

describe('writeZip', () => {
  it('gives the CRC-32 of the check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

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
          const read = await unzipEntries(await writeZip(entries));
          expect(new Map([...read].map(([path, bytes]) => [path, [...bytes]]))).toEqual(
            new Map(entries.map((entry) => [entry.path, [...entry.bytes]])),
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  it('deflates text that compresses and stores what does not', async () => {
    const text = new TextEncoder().encode('学校'.repeat(5000));
    const archive = await writeZip([{ path: 'a.txt', bytes: text }]);
    expect(archive.byteLength).toBeLessThan(text.byteLength / 10);
  });
});
