import { createSignal, onCleanup, type Accessor } from 'solid-js';

/** The current time, moving on every minute: countdowns on a page left open stay true. */
export function createNow(intervalMs = 60_000): Accessor<Date> {
  const [now, setNow] = createSignal(new Date());
  const timer = setInterval(() => setNow(new Date()), intervalMs);
  onCleanup(() => clearInterval(timer));
  return now;
}
