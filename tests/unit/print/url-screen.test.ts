import { describe, expect, it } from 'vitest';
import { formatUrlView, parseUrlView } from '../../../src/io/url-state.ts';

describe('the print screen in the URL', () => {
  it('opens from a link and is written back to it', () => {
    const view = parseUrlView('#view=print&scenario=current');
    expect(view.view).toBe('print');
    expect(formatUrlView(view)).toBe('#scenario=current&view=print');
    expect(parseUrlView('#view=nonsense').view).toBe('map');
  });
});
