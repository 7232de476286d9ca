/**
 * A tile service named in `atlas.config.json` on a host the page's Content-Security-Policy does
 * not list is refused by the browser before any request leaves: without a word the basemap would
 * simply stay blank. This watch turns the browser's refusal into a message naming the service and
 * the host, and what the IT colleague changes (docs/DEPLOY.md).
 */
import type { BasemapService } from '../domain/basemap.ts';
import { message } from '../domain/message.ts';
import type { AtlasStore } from './index.ts';

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** The origins a configured service loads from. */
function serviceOrigins(service: BasemapService): string[] {
  return service.layers.flatMap((layer) =>
    (layer.kind === 'pmtiles' ? [layer.url] : layer.tiles).map(originOf).filter((origin) => origin !== null),
  );
}

/**
 * The message for a refused address, or null when no configured service loads from it (the
 * refusal is someone else's: the policy works as meant).
 */
export function policyRefusal(services: readonly BasemapService[], blocked: string) {
  const origin = originOf(blocked);
  if (!origin) return null;
  const service = services.find((item) => serviceOrigins(item).includes(origin));
  return service ? message('basemapRefusedByPolicy', { basemap: service.name, origin }) : null;
}

/** Listens for the browser's policy refusals and says once per host which service they hit. */
export function watchPolicyRefusals(
  store: AtlasStore,
  target: Pick<EventTarget, 'addEventListener'> = document,
): void {
  target.addEventListener('securitypolicyviolation', (event) => {
    const state = store.getState();
    const refusal = policyRefusal(state.basemapServices, (event as SecurityPolicyViolationEvent).blockedURI);
    if (!refusal) return;
    const said = state.basemapMessages.some(
      (item) => item.key === refusal.key && item.values?.origin === refusal.values?.origin,
    );
    if (!said) state.setBasemapMessages([...state.basemapMessages, refusal]);
  });
}
