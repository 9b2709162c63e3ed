import { ingestionPacer } from './ingestion-pacer';
import { createMetrics } from './metrics';
import { TimeSlice } from './time-slice';

describe('the ingestion pacer in a service’s metrics', () => {
  afterEach(() => ingestionPacer.configure());

  it('shows the rest ingestion takes now and the time it rested in all', async () => {
    const metrics = createMetrics('order');
    ingestionPacer.configure(8);
    for (let i = 0; i < 3; i++) ingestionPacer.observe(100, 10); // 2, 4, 8 ms
    await TimeSlice.ingestion().pause();
    await TimeSlice.ingestion().pause();
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/^ingestion_rest_seconds\{service="order"\} 0\.008$/m);
    expect(text).toMatch(/^ingestion_rested_seconds_total\{service="order"\} 0\.016$/m);
  });
});
