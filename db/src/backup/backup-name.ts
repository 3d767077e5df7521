/** Backups are named `cni-<UTC stamp>.db`: they sort by age, and retention deletes only files of this shape. */
const backupNamePattern = /^cni-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.db$/;

/** `20261126T023000Z`: a UTC instant that is safe in a file name and sorts as text. */
export function utcStamp(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

export function backupFileName(at: Date): string {
  return `cni-${utcStamp(at)}.db`;
}

/** When the backup of that name was taken, or undefined for any other file (a half-written copy, a user's file). */
export function backupTakenAt(fileName: string): Date | undefined {
  const parts = backupNamePattern.exec(fileName);
  if (!parts) return undefined;
  const [, year, month, day, hour, minute, second] = parts;
  const at = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}Z`);
  return Number.isNaN(at.getTime()) ? undefined : at;
}
