import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export type Consumed =
  | { kind: 'consumed'; count: number; msBeforeNext: number }
  | { kind: 'over'; count: number; msBeforeNext: number };

export async function consume(limiter: RateLimiterAbstract, key: string): Promise<Consumed> {
  try {
    const result = await limiter.consume(key);
    return { kind: 'consumed', count: result.consumedPoints, msBeforeNext: result.msBeforeNext };
  } catch (rejection) {
    // The library rejects with its result object when the limit is reached, and with an Error
    // when the store fails; only the first is an expected outcome.
    if (rejection instanceof RateLimiterRes)
      return { kind: 'over', count: rejection.consumedPoints, msBeforeNext: rejection.msBeforeNext };
    throw rejection;
  }
}
