/** Exponential backoff with a cap and "full jitter": a delay in [base*2^(n-1)/2, min(cap, base*2^(n-1))]. */
export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
  /** 0..1: share of the delay that is random (0.5 = half fixed, half random). */
  jitter?: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 200, maxMs: 30_000, jitter: 0.5 };

export const backoffDelay = (attempt: number, opts: BackoffOptions = DEFAULT_BACKOFF, random: () => number = Math.random): number => {
  const n = Math.max(1, attempt);
  const ceiling = Math.min(opts.maxMs, opts.initialMs * 2 ** Math.min(n - 1, 30));
  const jitter = Math.min(1, Math.max(0, opts.jitter ?? 0.5));
  return Math.round(ceiling * (1 - jitter) + ceiling * jitter * random());
};
