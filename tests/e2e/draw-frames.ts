/**
 * The page's animation frames that drew with WebGL, recorded from its first script: for each,
 * when it started, how long its callback took, its draw calls and the WebGL programs linked in
 * it. The first-load e2e checks that the first view is drawn whole; the first-map frames
 * benchmark lists them with the worker's messages between.
 */

/** One animation frame that issued WebGL draw calls. */
export interface DrawFrame {
  kind: 'frame';
  at: number;
  duration: number;
  draws: number;
  programs: number;
}

/** Runs in the page before its scripts: appends each drawing frame to `window.atlasFrameLog`. */
function recordDrawFrames(): void {
  const target = window as unknown as { atlasFrameLog?: unknown[] };
  target.atlasFrameLog ??= [];
  const log = target.atlasFrameLog;
  let draws = 0;
  let programs = 0;
  for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
    const link = proto.linkProgram;
    proto.linkProgram = function (this: WebGLRenderingContext, program: WebGLProgram) {
      programs += 1;
      link.call(this, program);
    };
    for (const name of ['drawElements', 'drawArrays'] as const) {
      const original = proto[name] as (...args: unknown[]) => void;
      (proto as unknown as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
        draws += 1;
        original.apply(this, args);
      };
    }
  }
  const request = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) =>
    request((time) => {
      const before = draws;
      const linked = programs;
      const start = performance.now();
      callback(time);
      if (draws > before)
        log.push({
          kind: 'frame',
          at: start,
          duration: performance.now() - start,
          draws: draws - before,
          programs: programs - linked,
        });
    });
}

/**
 * An init script that runs `instrument` (a self-contained function, or none) in the page, the
 * frame recording first.
 */
export function drawFramesInitScript(instrument?: () => void): { content: string } {
  // tsx and vitest keep function names through a `__name` helper that the page does not have.
  const extra = instrument ? `(${instrument.toString()})();` : '';
  return { content: `(() => { const __name = (f) => f; (${recordDrawFrames.toString()})(); ${extra} })();` };
}

/** The frames that drew up to the first fully drawn map's mark, in the page. */
export function drawFramesBeforeFirstMap(): DrawFrame[] {
  const idle = performance.getEntriesByName('atlas:first-map-idle')[0]?.startTime ?? Number.NaN;
  const log = (window as unknown as { atlasFrameLog?: { kind: string; at: number }[] }).atlasFrameLog ?? [];
  return log.filter((entry): entry is DrawFrame => entry.kind === 'frame' && entry.at <= idle);
}
