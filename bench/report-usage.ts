/**
 * Preloaded (`--import`) into the product process the benchmarks start: answers `{ type: 'usage' }` over the
 * IPC channel with its memory and the CPU time it has used, so the bench reads the server's heap and CPU
 * cost per request without a bench-only route.
 */
process.on('message', (message: { type?: string; collectGarbage?: boolean }) => {
  if (message?.type !== 'usage') return;
  if (message.collectGarbage) (globalThis as { gc?: () => void }).gc?.();
  const { user, system } = process.cpuUsage();
  process.send!({ ...process.memoryUsage(), cpuMicros: user + system });
});

// The channel must not keep a product that is shutting down alive.
process.channel?.unref();
