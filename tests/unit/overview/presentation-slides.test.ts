import { describe, expect, it } from 'vitest';
import {
  presentationKeyAction,
  presentationSlides,
  slideAfter,
  slidePosition,
  stepSlide,
} from '../../../src/components/overview/presentation-slides.ts';

const slides = presentationSlides(['450803001', '450803002', '450803107']);

describe('presentation slides', () => {
  it('shows the district first, then every township in order', () => {
    expect(slides).toEqual([
      { kind: 'district' },
      { kind: 'township', code: '450803001' },
      { kind: 'township', code: '450803002' },
      { kind: 'township', code: '450803107' },
    ]);
    expect(presentationSlides([])).toEqual([{ kind: 'district' }]);
  });

  it('finds a slide, and sends a township the data lacks to the district', () => {
    expect(slidePosition(slides, { kind: 'township', code: '450803002' })).toBe(2);
    expect(slidePosition(slides, { kind: 'district' })).toBe(0);
    expect(slidePosition(slides, { kind: 'township', code: '999999999' })).toBe(0);
  });

  it('steps forward and back, holding at both ends', () => {
    expect(stepSlide(slides, { kind: 'district' }, 1)).toEqual({ kind: 'township', code: '450803001' });
    expect(stepSlide(slides, { kind: 'township', code: '450803001' }, -1)).toEqual({ kind: 'district' });
    expect(stepSlide(slides, { kind: 'district' }, -1)).toEqual({ kind: 'district' });
    expect(stepSlide(slides, { kind: 'township', code: '450803107' }, 1)).toEqual({
      kind: 'township',
      code: '450803107',
    });
  });

  it('maps the keys of keyboards and presentation remotes', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map(presentationKeyAction)).toEqual([
      'next',
      'next',
      'next',
      'next',
    ]);
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map(presentationKeyAction)).toEqual([
      'previous',
      'previous',
      'previous',
    ]);
    expect(presentationKeyAction('Home')).toBe('first');
    expect(presentationKeyAction('End')).toBe('last');
    expect(presentationKeyAction('Escape')).toBe('exit');
    expect(presentationKeyAction('a')).toBeNull();
  });

  it('turns an action into the next slide, or null to end', () => {
    const second = { kind: 'township', code: '450803002' } as const;
    expect(slideAfter(slides, second, 'next')).toEqual({ kind: 'township', code: '450803107' });
    expect(slideAfter(slides, second, 'previous')).toEqual({ kind: 'township', code: '450803001' });
    expect(slideAfter(slides, second, 'first')).toEqual({ kind: 'district' });
    expect(slideAfter(slides, second, 'last')).toEqual({ kind: 'township', code: '450803107' });
    expect(slideAfter(slides, second, 'exit')).toBeNull();
  });
});
