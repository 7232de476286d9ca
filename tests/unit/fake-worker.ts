/**
 * A stand-in for a web worker in Node, where vitest has none: it runs the worker's own handler,
 * clones every message both ways as postMessage does, and delivers the replies one macrotask
 * apart, as a worker's messages arrive. It can refuse to start (the code under test must fall
 * back to the main thread) or hold its requests until the test answers them.
 */

/** How the stand-in behaves. */
export interface FakeWorkerOptions {
  /** Reports an error instead of running, as a worker script that cannot load does. */
  failToStart?: boolean;
  /** Keeps each request until `answerNext()`, to test what happens while the worker is busy. */
  held?: boolean;
}

/** A fake worker running `handle(request, reply)` for each message posted to it. */
export class FakeWorker<Request, Response> {
  onmessage: ((event: MessageEvent<Response>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  /** Every request, as the worker received it (a structured clone). */
  readonly received: Request[] = [];
  private readonly waiting: Request[] = [];

  constructor(
    private readonly handle: (request: Request, reply: (response: Response) => void) => unknown,
    private readonly options: FakeWorkerOptions = {},
  ) {}

  postMessage(message: Request, transfer?: Transferable[]): void {
    const request = structuredClone(message, transfer ? { transfer } : undefined);
    this.received.push(request);
    if (this.options.held) this.waiting.push(request);
    else setTimeout(() => this.run(request), 0);
  }

  /** A held worker's oldest request, run now; its replies still arrive a macrotask apart. */
  answerNext(): void {
    const request = this.waiting.shift();
    if (request === undefined) throw new Error('no request is waiting');
    this.run(request);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** The stand-in as the `Worker` type the app's runners take. */
  asWorker(): Worker {
    return this as unknown as Worker;
  }

  private run(request: Request): void {
    if (this.terminated) return;
    if (this.options.failToStart) {
      this.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
      return;
    }
    const replies: Response[] = [];
    const deliver = () => {
      const response = replies.shift();
      if (response === undefined || this.terminated) return;
      this.onmessage?.({ data: response } as MessageEvent<Response>);
      if (replies.length > 0) setTimeout(deliver, 0);
    };
    void this.handle(request, (response) => {
      replies.push(structuredClone(response));
      if (replies.length === 1) setTimeout(deliver, 0);
    });
  }
}
