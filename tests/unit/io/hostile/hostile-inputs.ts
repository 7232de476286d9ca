/**
 * Hostile inputs built in the test, never kept as files: archives that expand to gigabytes,
 * JSON nested thousands deep, rosters of many rows or many unclosed quotes.
 */
import { constants, deflateRawSync } from 'node:zlib';

/**
 * Raw deflate data that inflates to `megabytes` MB of zeros, about a thousandth of that in size.
 * One megabyte is deflated once with a sync flush (non-final blocks ending on a byte boundary)
 * and repeated; an empty final block closes the stream. Building it costs no memory beyond
 * the result, unlike deflating the whole output.
 */
export function zeroBomb(megabytes: number): Uint8Array {
  const block = deflateRawSync(new Uint8Array(1024 * 1024), {
    level: 9,
    finishFlush: constants.Z_SYNC_FLUSH,
  });
  const result = new Uint8Array(block.byteLength * megabytes + 2);
  for (let index = 0; index < megabytes; index++) result.set(block, index * block.byteLength);
  // BFINAL = 1, BTYPE = 01 (fixed Huffman), then the end-of-block code: 0x03 0x00.
  result[result.length - 2] = 0x03;
  result[result.length - 1] = 0x00;
  return result;
}

/** Text nested `depth` deep: `[[[…]]]` (or objects, `{"a":{"a":…}}`). */
export function deeplyNested(depth: number, kind: 'array' | 'object' = 'array'): string {
  return kind === 'array'
    ? `${'['.repeat(depth)}${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}
