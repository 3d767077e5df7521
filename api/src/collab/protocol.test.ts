import { describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { keepOwnAwareness } from './protocol.ts';

function presence(name: string) {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awareness.setLocalState({ user: { name } });
  return awareness;
}

describe('keepOwnAwareness', () => {
  it('keeps the entries the sender may announce and drops a forged one', () => {
    const own = presence('Ελένη');
    const colleague = presence('Νίκος');
    // An update naming both clients, as a forging sender could write it.
    const combined = new awarenessProtocol.Awareness(new Y.Doc());
    awarenessProtocol.applyAwarenessUpdate(combined, awarenessProtocol.encodeAwarenessUpdate(own, [own.clientID]), null);
    awarenessProtocol.applyAwarenessUpdate(combined, awarenessProtocol.encodeAwarenessUpdate(colleague, [colleague.clientID]), null);
    const forged = awarenessProtocol.encodeAwarenessUpdate(combined, [own.clientID, colleague.clientID]);

    const kept = keepOwnAwareness(forged, (clientId) => clientId === own.clientID);
    const server = new awarenessProtocol.Awareness(new Y.Doc());
    server.setLocalState(null);
    awarenessProtocol.applyAwarenessUpdate(server, kept!, null);
    expect([...server.getStates().entries()]).toEqual([[own.clientID, { user: { name: 'Ελένη' } }]]);
    expect(keepOwnAwareness(forged, () => false)).toBeNull();
  });
});
