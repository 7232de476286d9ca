/**
 * What the page's workers were sent and answered, recorded from the page's first script: every
 * message posted to a worker (its task and id, whether it carried a population) and every answer
 * that ends one (`prepared`, `result`, with the worker's own lattice counters). The workers are
 * numbered in the order the page made them.
 */

/** One message to or from a worker. */
export interface WorkerLogEntry {
  worker: number;
  name: string;
  way: 'out' | 'in';
  id: number | null;
  task?: string | null;
  population?: boolean;
  kind?: string;
  ran?: boolean;
  lattice?: { preparations: number; dropped: number; hits: number; misses: number } | null;
}

/** The init script (plain JavaScript: it runs in the page before the app). */
export const WORKER_LOG_SCRIPT = {
  content: `(() => {
  const log = [];
  window.atlasWorkerLog = log;
  const Original = window.Worker;
  let made = 0;
  window.Worker = class extends Original {
    constructor(url, options) {
      super(url, options);
      const worker = made++;
      const name = (options && options.name) || '';
      this.atlasLog = { worker, name };
      this.addEventListener('message', (event) => {
        const data = event.data;
        if (!data || (data.kind !== 'prepared' && data.kind !== 'result')) return;
        log.push({ worker, name, way: 'in', id: data.id ?? null, kind: data.kind, ran: data.ran, lattice: data.lattice ?? null });
      });
    }
    postMessage(message, ...rest) {
      const { worker, name } = this.atlasLog;
      log.push({
        worker, name, way: 'out', id: message?.id ?? null, task: message?.task ?? null,
        population: Boolean(message?.context?.population),
      });
      return super.postMessage(message, ...rest);
    }
  };
})();`,
};

/** The log so far, in the page. */
export function readWorkerLog(): WorkerLogEntry[] {
  return (window as unknown as { atlasWorkerLog?: WorkerLogEntry[] }).atlasWorkerLog ?? [];
}

/** The worker's lattice counters as it reported them. */
type LatticeCounters = NonNullable<WorkerLogEntry['lattice']>;

/**
 * Of the suggestion worker that answered the first suggestion: the first message it was sent, its
 * counters in the last preparation it ran before answering, and in its answer (undefined where
 * there is none).
 */
export function suggestionAfterPreparation(log: readonly WorkerLogEntry[]): {
  first: WorkerLogEntry | undefined;
  before: LatticeCounters | undefined;
  after: LatticeCounters | undefined;
} {
  const suggest = log.filter((entry) => entry.name === 'suggest');
  const asked = suggest.find((entry) => entry.way === 'out' && entry.task === 'suggest');
  const ofWorker = suggest.filter((entry) => entry.worker === asked?.worker);
  const answered = ofWorker.findIndex((entry) => entry.kind === 'result' && entry.id === asked?.id);
  const prepared = ofWorker
    .slice(0, Math.max(answered, 0))
    .filter((entry) => entry.kind === 'prepared' && entry.ran);
  return {
    first: ofWorker[0],
    before: prepared.at(-1)?.lattice ?? undefined,
    after: answered >= 0 ? (ofWorker[answered]?.lattice ?? undefined) : undefined,
  };
}
