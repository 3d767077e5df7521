import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const productEntry = fileURLToPath(new URL('../../api/src/main.ts', import.meta.url));

export interface TsxProcess {
  child: ChildProcess;
  /** Everything the process wrote so far, stdout and stderr interleaved, for failure messages. */
  output(): string;
  /** Resolves with the first match of `pattern` in the output, or rejects when the process exits or time runs out. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILL: no handler runs, nothing is flushed, as when the kernel or an operator kills the process. */
  kill(): Promise<void>;
}

/** A TypeScript entry run with tsx in its own process, with `env` added to this process's environment. */
export function startTsxProcess(script: string, env: Record<string, string>): TsxProcess {
  // Node with tsx's loader, not the .bin/tsx launcher, which runs the script in a second process: a SIGKILL
  // must reach the product itself. Started from test/ so that `tsx` resolves.
  const child = spawn(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, ...env }, cwd: fileURLToPath(new URL('..', import.meta.url)) });
  let output = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
    for (const listener of listeners) listener();
  });

  return {
    child,
    output: () => output,
    waitForOutput(pattern, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => finish(new Error(`timed out waiting for ${pattern} in:\n${output}`)), timeoutMs);
        const check = () => {
          const match = pattern.exec(output);
          if (match) finish(null, match);
          else if (hasExited) finish(new Error(`process exited before ${pattern} appeared:\n${output}`));
        };
        function finish(error: Error | null, match?: RegExpMatchArray) {
          clearTimeout(timer);
          listeners.delete(check);
          if (error) reject(error);
          else resolve(match!);
        }
        listeners.add(check);
        check();
      });
    },
    exited,
    async kill() {
      if (!hasExited) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** A port nobody listens on now, so a restarted server can take the same one its clients reconnect to. */
export async function findFreePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface ProductProcess extends TsxProcess {
  url: string;
  wsUrl: string;
}

/**
 * The product exactly as `pnpm start` runs it (api/src/main.ts: migrate, seed, serve, scheduler), in its own
 * process on 127.0.0.1. Resolves once it listens.
 */
export async function startProductProcess({ databaseUrl, port, env = {} }: { databaseUrl: string; port: number; env?: Record<string, string> }): Promise<ProductProcess> {
  const product = startTsxProcess(productEntry, { DATABASE_URL: databaseUrl, HOST: '127.0.0.1', PORT: String(port), JOBS: 'off', ...env });
  try {
    await product.waitForOutput(/listening on http:\/\/127\.0\.0\.1:\d+/);
  } catch (error) {
    await product.kill();
    throw error;
  }
  return { ...product, url: `http://127.0.0.1:${port}`, wsUrl: `ws://127.0.0.1:${port}` };
}
