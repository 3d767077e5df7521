import { loadavg } from 'node:os';
import { measureEditors } from '@cni/test/collab/editors';
import { startProductProcess } from './product-process.ts';

/**
 * 50 editors on one section of the demo proposal for BENCH_EDITORS_SECONDS (60 by default), against the real
 * product in a child process: convergence, lost markers, propagation and the server's memory. The clients
 * are the collaboration tests' own, so the measurement lives there.
 */
export async function benchEditors() {
  const product = await startProductProcess();
  try {
    const loadAverageAtStart = Number(loadavg()[0]!.toFixed(1));
    const figures = await measureEditors({
      server: { ...product, db: product.database.db },
      seconds: Number(process.env.BENCH_EDITORS_SECONDS ?? 60),
    });
    return { server: `child process ${product.pid} (api/src/main.ts, jobs off)`, loadAverageAtStart, loadAverageAtEnd: Number(loadavg()[0]!.toFixed(1)), ...figures };
  } finally {
    await product.stop();
  }
}
