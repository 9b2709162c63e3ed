import autocannon from 'autocannon';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

export interface Load {
  stop(): void;
  result: Promise<LoadResult>;
}

/** Offers `rate` requests per second to one URL (autocannon); runs for `seconds` or until stopped. */
export function offer(
  url: string,
  options: { rate: number; seconds: number; token?: string; connections?: number },
): Load {
  let settle!: (error: Error | null, r: autocannon.Result) => void;
  const result = new Promise<LoadResult>((resolve, reject) => {
    settle = (error, r) =>
      error
        ? reject(error)
        : resolve({
            rps: r.requests.total / Math.max(r.duration, 0.001),
            p50: r.latency.p50,
            p99: r.latency.p99,
            non2xx: r.non2xx,
            errors: r.errors + r.timeouts,
          });
  });
  const instance = autocannon(
    {
      url,
      connections: options.connections ?? 10,
      duration: options.seconds,
      overallRate: options.rate,
      headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
    },
    (error, r) => settle(error, r),
  );
  return { stop: () => instance.stop(), result };
}
