/**
 * A view loaded on first use together with the texts of the screens the start does not show
 * (the catalogue part `onDemand`, in every language wanted so far): the view renders only once
 * both are at hand, so none of its texts can be missing.
 */
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import { withOnDemandTexts } from '../i18n/load-catalogue.ts';

/**
 * Imports a view with `load` and loads the catalogue part beside it: resolves once both are at
 * hand, with the view as a module's default, as React's `lazy` wants it.
 * @example await loadScreen(() => import('./print/PrintView.tsx').then((module) => module.PrintView))
 */
export async function loadScreen<View>(load: () => Promise<View>): Promise<{ default: View }> {
  return { default: await withOnDemandTexts(load) };
}

/**
 * Like React's `lazy`, for a view whose module is imported by `load`; the catalogue part loads
 * beside it (`loadScreen`).
 * @example const PrintView = lazyScreen(() => import('./print/PrintView.tsx').then((module) => module.PrintView));
 */
// biome-ignore lint/suspicious/noExplicitAny: React's own `lazy` takes any component type.
export function lazyScreen<Props extends Record<string, any>>(
  load: () => Promise<ComponentType<Props>>,
): LazyExoticComponent<ComponentType<Props>> {
  return lazy(() => loadScreen(load));
}
