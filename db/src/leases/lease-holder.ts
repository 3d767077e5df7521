import { hostname } from 'node:os';

/** Who holds a lease: this host and process, so that a later process can tell a crashed holder from a live one. */
export function processHolder(): string {
  return `${hostname()}:${process.pid}`;
}

function isDeadLocalProcess(host: string, processId: number): boolean {
  if (host !== hostname() || !Number.isInteger(processId) || processId <= 0) return false;
  try {
    process.kill(processId, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * True only for a holder written by `processHolder` on this host whose process no longer exists. A holder on
 * another host, or one of another shape, is never declared dead: its lease runs out by its expiry instead.
 */
export function isDeadLocalHolder(holder: string): boolean {
  const separator = holder.lastIndexOf(':');
  if (separator <= 0) return false;
  return isDeadLocalProcess(holder.slice(0, separator), Number(holder.slice(separator + 1)));
}
