import { measureCollab } from '@cni/test/collab/measure';

/**
 * Edit propagation latency between two clients and heap per open section document. The measurement drives
 * real y-websocket clients against a test server, so it lives with the collaboration tests and is shared.
 */
export async function benchCollab() {
  return measureCollab();
}
