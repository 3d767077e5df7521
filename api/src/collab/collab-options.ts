export interface CollabOptions {
  /** Stored updates of a section beyond which they are merged into one. */
  compactAfter: number;
  /** The derived plain text is written this long after the last edit, not on every keystroke. */
  textDelayMs: number;
  /** A document nobody has open stays in memory this long, for a quick reload or reconnect. */
  unloadAfterMs: number;
  /** The first edit after a pause this long keeps an automatic version of the text as it was. */
  autoSnapshotAfterIdleMs: number;
  /** Largest message accepted from a client; a whole pasted document fits comfortably. */
  maxPayloadBytes: number;
  /**
   * How often an open socket's session and access are checked again: a logout, an expired session or a
   * partner taken off the proposal loses the socket within this time, and a changed right reconnects with it.
   */
  recheckMs: number;
}

export const defaultCollabOptions: CollabOptions = {
  compactAfter: 500,
  textDelayMs: 1000,
  unloadAfterMs: 30_000,
  autoSnapshotAfterIdleMs: 30 * 60 * 1000,
  maxPayloadBytes: 8 * 1024 * 1024,
  recheckMs: 30_000,
};
