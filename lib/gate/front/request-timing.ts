import { AsyncLocalStorage } from 'node:async_hooks';

// Where a request's time goes, for its Server-Timing header: the front opens a record per
// request, code on the request's path adds the stages it knows about.
export type TimedStage = 'parse' | 'proof' | 'limits' | 'candidates' | 'scoring' | 'audit' | 'seal';
type RequestTiming = { startedAt: number; stages: Map<TimedStage, number> };

// One store per process: server.ts and Next's bundles each load their own copy of this module.
const holder = globalThis as typeof globalThis & { portalRequestTiming?: AsyncLocalStorage<RequestTiming> };
const storage = (holder.portalRequestTiming ??= new AsyncLocalStorage<RequestTiming>());

function add(timing: RequestTiming, stage: TimedStage, milliseconds: number): void {
  timing.stages.set(stage, (timing.stages.get(stage) ?? 0) + milliseconds);
}

export function withRequestTiming<T>(run: (timing: RequestTiming) => T): T {
  const timing: RequestTiming = { startedAt: performance.now(), stages: new Map() };
  return storage.run(timing, () => run(timing));
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

// Adds the time `work` takes to the stage: until it settles, when it returns a promise or a
// thenable (Prisma's queries are thenables, not promises).
export function timed<T>(stage: TimedStage, work: () => T): T {
  const timing = storage.getStore();
  if (!timing) return work();
  const started = performance.now();
  const done = () => add(timing, stage, performance.now() - started);
  const result = work();
  if (isThenable(result)) return Promise.resolve(result).finally(done) as T;
  done();
  return result;
}

// A stage that began when the request arrived: what Next spends before our code runs.
export function stageSinceArrival(stage: TimedStage): void {
  const timing = storage.getStore();
  if (timing) add(timing, stage, performance.now() - timing.startedAt);
}

// `proof;dur=1.2, limits;dur=0.4, total;dur=9.8`, or nothing when no stage was timed.
export function serverTimingHeader(timing: RequestTiming): string | null {
  if (timing.stages.size === 0) return null;
  const entries = [...timing.stages, ['total', performance.now() - timing.startedAt] as const];
  return entries.map(([name, milliseconds]) => `${name};dur=${milliseconds.toFixed(1)}`).join(', ');
}
