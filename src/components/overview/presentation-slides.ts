/**
 * The order of the presentation's slides (the district, then every township in the order of the
 * boundaries) and how the keys and buttons move through them. Pure.
 */
import type { PresentationSlide } from '../../store/view-slice.ts';

/** The slides: the district first, then one per township code, in the given order. */
export function presentationSlides(townshipCodes: readonly string[]): PresentationSlide[] {
  return [{ kind: 'district' }, ...townshipCodes.map((code) => ({ kind: 'township' as const, code }))];
}

function sameSlide(a: PresentationSlide, b: PresentationSlide): boolean {
  if (a.kind === 'district' || b.kind === 'district') return a.kind === b.kind;
  return a.code === b.code;
}

/**
 * The slide's position in the list; a township the data no longer has (an old link, an import
 * with other codes) falls back to the district slide, 0.
 */
export function slidePosition(slides: readonly PresentationSlide[], slide: PresentationSlide): number {
  return Math.max(
    0,
    slides.findIndex((item) => sameSlide(item, slide)),
  );
}

/**
 * The slide `step` places away, held at the first and last slide (a presenter pressing → once
 * too often stays on the last township instead of jumping back to the start).
 * @example stepSlide(presentationSlides(['450803001']), { kind: 'district' }, 1) // { kind: 'township', code: '450803001' }
 */
export function stepSlide(
  slides: readonly PresentationSlide[],
  slide: PresentationSlide,
  step: number,
): PresentationSlide {
  const position = Math.min(slides.length - 1, Math.max(0, slidePosition(slides, slide) + step));
  return slides[position] ?? slide;
}

/** What a key does while presenting. */
export type PresentationAction = 'next' | 'previous' | 'first' | 'last' | 'exit';

const KEY_ACTIONS: Record<string, PresentationAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
};

/**
 * The action of a key (`KeyboardEvent.key`), or null. Presentation remotes send PageUp and
 * PageDown; keyboards send the arrows and Space.
 * @example presentationKeyAction('PageDown') // 'next'
 */
export function presentationKeyAction(key: string): PresentationAction | null {
  return KEY_ACTIONS[key] ?? null;
}

/** The slide an action leads to, or null for exit. */
export function slideAfter(
  slides: readonly PresentationSlide[],
  slide: PresentationSlide,
  action: PresentationAction,
): PresentationSlide | null {
  switch (action) {
    case 'next':
      return stepSlide(slides, slide, 1);
    case 'previous':
      return stepSlide(slides, slide, -1);
    case 'first':
      return slides[0] ?? slide;
    case 'last':
      return slides[slides.length - 1] ?? slide;
    case 'exit':
      return null;
  }
}
