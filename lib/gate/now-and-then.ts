// Housekeeping that rides on requests instead of a timer: `tick()` on each request starts `task`
// (not awaited, off the request's path) when `intervalMilliseconds` have passed since the last run.
export function nowAndThen(
  intervalMilliseconds: number,
  task: (now: number) => Promise<void>,
  what: string,
  clock = Date.now,
): () => void {
  let lastRun = clock();
  return () => {
    const now = clock();
    if (now - lastRun < intervalMilliseconds) return;
    lastRun = now;
    task(now).catch((error: unknown) =>
      console.warn(`${what} failed:`, error instanceof Error ? error.name : 'unknown error'),
    );
  };
}
