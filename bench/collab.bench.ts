// The measurement needs the API, yjs, y-websocket and ws, which are test's dependencies, not bench's; it lives
// beside the collaboration tests and shares their helpers.
import { measureCollab } from '../test/collab/measure-collab.ts';

/** Edit propagation latency between two clients and heap per open section document. */
export async function benchCollab() {
  return measureCollab();
}
