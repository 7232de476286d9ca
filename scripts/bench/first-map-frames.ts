/**
 * The frames the map draws before its first `idle` and what came before each: the page's
 * animation-frame callbacks that issued WebGL draw calls (time, length, draw calls, WebGL
 * programs linked in it), and the messages between the page and the map's worker in between, by
 * MapLibre's own short names: `LD` a source's data indexed, `LT` a tile laid out (with its
 * source), and the worker's round trips to the page — `GG` glyphs, `GI` images, `GDA` dash
 * arrays — with `SI` the image list sent to the worker (one per `addImage`). A program linked
 * is listed with its vertex attributes and uniform defines (its data-driven variant).
 * Usage (after `npm run build`):
 *   npx tsx scripts/bench/first-map-frames.ts [dist directory] [runs]
 * DETAIL=1 lists every message with its time instead of grouping them between frames.
 * Serves the directory on 127.0.0.1 (BENCH_PORT, 4335 by default).
 */

import { drawFramesInitScript } from '../../tests/e2e/draw-frames.ts';
import { serveStatic } from '../../tests/e2e/static-server.ts';
import { launchHeadlessChromium } from '../headless-chromium.ts';

const directory = process.argv[2] ?? 'dist';
const runs = Number(process.argv[3] ?? 1);
const PORT = Number(process.env.BENCH_PORT ?? 4335);

interface Entry {
  kind: 'frame' | 'out' | 'in';
  at: number;
  duration?: number;
  draws?: number;
  programs?: number;
  type?: string;
  source?: string;
  tile?: string;
}

/** Runs in the page before any of its scripts (after the frame recording): logs the worker and the programs linked. */
function instrument(): void {
  const log = (window as unknown as { atlasFrameLog: Entry[] }).atlasFrameLog;
  const sources = new Map<WebGLShader, string>();
  for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
    const link = proto.linkProgram;
    const shaderSource = proto.shaderSource;
    proto.shaderSource = function (this: WebGLRenderingContext, shader: WebGLShader, source: string) {
      sources.set(shader, source);
      shaderSource.call(this, shader, source);
    };
    proto.linkProgram = function (this: WebGLRenderingContext, program: WebGLProgram) {
      // The vertex shader's own attributes (a_…) name the program and its data-driven variant.
      const attributes = new Set<string>();
      for (const shader of this.getAttachedShaders(program) ?? []) {
        const source = sources.get(shader) ?? '';
        if (!source.includes('gl_Position')) continue;
        for (const match of source.matchAll(/\bin (?:[a-z0-9]+ )+(a_[a-z_0-9]+)/g))
          attributes.add(match[1] ?? '');
        for (const match of source.matchAll(/#define HAS_UNIFORM_(u_[a-z_0-9]+)/g))
          attributes.add(match[1] ?? '');
      }
      log.push({ kind: 'in', at: performance.now(), type: `program [${[...attributes].join(' ')}]` });
      link.call(this, program);
    };
  }
  const asked = new Map<string, { type: string; source?: string; tile?: string }>();
  const describe = (message: unknown) => {
    const m = message as {
      id?: string;
      type?: string;
      data?: { source?: string; tileID?: { canonical?: { z: number; x: number; y: number } } };
    };
    const canonical = m?.data?.tileID?.canonical;
    return {
      id: m?.id,
      type: String(m?.type ?? typeof message),
      source: m?.data?.source,
      tile: canonical ? `${canonical.z}/${canonical.x}/${canonical.y}` : undefined,
    };
  };
  // A replacement constructor (MapLibre calls the global \`Worker\`): logs both directions.
  const Original = window.Worker;
  const Logged = function (this: unknown, url: string | URL, options?: WorkerOptions) {
    const worker = new Original(url, options);
    worker.addEventListener('message', (event: MessageEvent) => {
      const { id, type, source, tile } = describe(event.data);
      const question = id ? asked.get(id) : undefined;
      log.push(
        type === '<response>' && question
          ? { kind: 'in', at: performance.now(), ...question, type: `${question.type} answered` }
          : { kind: 'in', at: performance.now(), type, source, tile },
      );
    });
    const post = worker.postMessage.bind(worker) as (message: unknown, options?: unknown) => void;
    worker.postMessage = (message: unknown, options?: unknown) => {
      const { id, type, source, tile } = describe(message);
      if (id) asked.set(id, { type, source, tile });
      if (type !== '<response>') log.push({ kind: 'out', at: performance.now(), type, source, tile });
      post(message, options);
    };
    return worker;
  };
  (window as unknown as { Worker: unknown }).Worker = Logged;
}

for (let run = 0; run < runs; run++) {
  const server = await serveStatic(directory, PORT, {});
  const browser = await launchHeadlessChromium();
  try {
    await browser.context.addInitScript(drawFramesInitScript(instrument));
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.waitForFunction(
      () => performance.getEntriesByName('atlas:first-map-idle').length > 0,
      undefined,
      {
        timeout: 60_000,
      },
    );
    const { idle, log } = await page.evaluate(() => ({
      idle: performance.getEntriesByName('atlas:first-map-idle')[0]?.startTime ?? Number.NaN,
      log: (window as unknown as { atlasFrameLog: Entry[] }).atlasFrameLog,
    }));
    const before = log.filter((entry) => entry.at <= idle);
    const frames = before.filter((entry) => entry.kind === 'frame');
    console.log(
      `\nrun ${run + 1}: first idle at ${idle.toFixed(0)} ms; ${frames.length} frames with draw calls before it (${frames.reduce((sum, frame) => sum + (frame.duration ?? 0), 0).toFixed(0)} ms in their callbacks)`,
    );
    // Messages between frames, grouped by type and source.
    let pending = new Map<string, number>();
    const flush = () => {
      if (pending.size === 0) return;
      console.log(`        ${[...pending].map(([label, count]) => `${label}×${count}`).join(', ')}`);
      pending = new Map();
    };
    for (const entry of before) {
      if (process.env.DETAIL && entry.kind !== 'frame') {
        console.log(
          `        ${entry.at.toFixed(0).padStart(5)} ${entry.kind === 'out' ? '→' : '←'} ${entry.type}${entry.source ? ` ${entry.source}` : ''}${entry.tile ? ` ${entry.tile}` : ''}`,
        );
        continue;
      }
      if (entry.kind === 'frame') {
        flush();
        console.log(
          `  frame at ${entry.at.toFixed(0).padStart(5)} ms, ${entry.duration?.toFixed(0).padStart(4)} ms, ${entry.draws} draw calls, ${entry.programs} programs linked`,
        );
      } else {
        const label = `${entry.kind === 'out' ? '→' : '←'} ${entry.type}${entry.source ? ` ${entry.source}` : ''}`;
        pending.set(label, (pending.get(label) ?? 0) + 1);
      }
    }
    flush();
  } finally {
    await browser.close();
    await server.close();
  }
}
