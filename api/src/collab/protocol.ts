import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

/** The y-websocket message types: the first varuint of every binary message. */
export const messageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;

export type IncomingMessage =
  | { kind: 'sync-step-1'; stateVector: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'query-awareness' }
  | { kind: 'ignored' };

/** Decodes a client's message; throws on a malformed one (the connection is then closed). */
export function readMessage(data: Uint8Array): IncomingMessage {
  const decoder = decoding.createDecoder(data);
  const type = decoding.readVarUint(decoder);
  if (type === messageType.sync) {
    const syncType = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) return { kind: 'sync-step-1', stateVector: payload };
    // Step 2 and update carry the same thing: changes the sender has and we may lack.
    if (syncType === syncProtocol.messageYjsSyncStep2 || syncType === syncProtocol.messageYjsUpdate) return { kind: 'update', update: payload };
    throw new Error(`unknown sync message ${syncType}`);
  }
  if (type === messageType.awareness) return { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
  if (type === messageType.queryAwareness) return { kind: 'query-awareness' };
  return { kind: 'ignored' };
}

function encode(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  return encode((encoder) => {
    encoding.writeVarUint(encoder, messageType.sync);
    syncProtocol.writeSyncStep1(encoder, doc);
  });
}

export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  return encode((encoder) => {
    encoding.writeVarUint(encoder, messageType.sync);
    syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  });
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  return encode((encoder) => {
    encoding.writeVarUint(encoder, messageType.sync);
    syncProtocol.writeUpdate(encoder, update);
  });
}

export function encodeAwareness(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  return encode((encoder) => {
    encoding.writeVarUint(encoder, messageType.awareness);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  });
}

/**
 * The entries of an awareness update that its sender may make: a client announces its own presence, never
 * another's (y-protocols applies whatever ids an update names, so a forged one could rename or remove a
 * colleague's cursor). Null when nothing is left.
 */
export function keepOwnAwareness(update: Uint8Array, mayAnnounce: (clientId: number) => boolean): Uint8Array | null {
  const decoder = decoding.createDecoder(update);
  const kept: Array<{ clientId: number; clock: number; state: string }> = [];
  for (let count = decoding.readVarUint(decoder); count > 0; count--) {
    const entry = { clientId: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder), state: decoding.readVarString(decoder) };
    if (mayAnnounce(entry.clientId)) kept.push(entry);
  }
  if (kept.length === 0) return null;
  return encode((encoder) => {
    encoding.writeVarUint(encoder, kept.length);
    for (const entry of kept) {
      encoding.writeVarUint(encoder, entry.clientId);
      encoding.writeVarUint(encoder, entry.clock);
      encoding.writeVarString(encoder, entry.state);
    }
  });
}
