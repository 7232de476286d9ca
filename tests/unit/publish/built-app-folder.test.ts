import { isAbsolute, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtAppFolder } from '../../../scripts/app-file-list.ts';

describe('builtAppFolder', () => {
  it('puts a relative output folder under the project root', () => {
    expect(builtAppFolder('/work/app', 'dist')).toBe(join('/work/app', 'dist'));
  });

  it('keeps an absolute output folder as it is (vite build --outDir /tmp/x)', () => {
    const folder = builtAppFolder('/work/app', '/tmp/atlas-build');
    expect(isAbsolute(folder)).toBe(true);
    expect(folder).toBe('/tmp/atlas-build');
  });
});
