type Changes = Record<string, { from: unknown; to: unknown }>;

function isLater(from: unknown, to: unknown): boolean {
  return typeof from === 'string' && typeof to === 'string' && Date.parse(to) > Date.parse(from);
}

/** The title of the notification about a change to a followed call: what an officer most needs to know first. */
export function describeRevision(changes: Changes, callTitle: string): string {
  if (changes.withdrawn?.to === true) return `Call withdrawn: ${callTitle}`;
  if (changes.deadline && isLater(changes.deadline.from, changes.deadline.to)) return `Deadline extended: ${callTitle}`;
  return `Call changed: ${callTitle}`;
}
