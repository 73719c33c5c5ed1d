// Load shedding: each instance serves at most `limit` public action posts at once and lets
// at most `queue` more wait, each for `maxWaitMs` at most; the rest are refused at once, before
// the body is read or the database is asked anything.
export type SheddingSettings = { limit: number; queue: number; maxWaitMs: number };
export type Release = () => void;

export type ConcurrencyLimit = {
  // Calls `admitted` with the release to call when the request is done, or `refused`.
  enter(admitted: (release: Release) => void, refused: () => void): void;
  inFlight(): number;
};

export function concurrencyLimit({ limit, queue, maxWaitMs }: SheddingSettings): ConcurrencyLimit {
  let running = 0;
  const waiting: { admit: () => void; timer: NodeJS.Timeout }[] = [];

  function releaser(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = waiting.shift();
      if (!next) {
        running--;
        return;
      }
      clearTimeout(next.timer);
      next.admit();
    };
  }

  return {
    enter(admitted, refused) {
      if (running < limit) {
        running++;
        admitted(releaser());
        return;
      }
      if (waiting.length >= queue) {
        refused();
        return;
      }
      const entry = {
        admit: () => admitted(releaser()),
        timer: setTimeout(() => {
          waiting.splice(waiting.indexOf(entry), 1);
          refused();
        }, maxWaitMs),
      };
      waiting.push(entry);
    },
    inFlight: () => running,
  };
}
