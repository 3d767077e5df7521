import { processHolder } from '@cni/db';
import { fileURLToPath } from 'node:url';
import type { SourceFields } from '@cni/db';
import cron from 'node-cron';
import { createFetchDocument } from '../fetch/fetch-document.ts';
import { connectors } from './connector-registry.ts';
import type { RunSourceDeps } from './run-source.ts';

/** What running a source needs besides the database and the clock. */
export type IngestServices = Omit<RunSourceDeps, 'db' | 'now'>;

/** The snapshot documents shipped with the product, the only files a `file:` source may read. */
export const fixturesRoot = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export function createIngestServices({ allowlist }: { allowlist: string[] }): IngestServices {
  return {
    fetchDocument: createFetchDocument({ allowlist, fileRoot: fixturesRoot }),
    connectors,
    holder: processHolder(),
  };
}

/** Why a source's fields cannot work, in words for the person who typed them, or null when they can. */
export function validateSourceFields(fields: Partial<SourceFields>): string | null {
  if (fields.kind === 'manual') return null;
  if (fields.url !== undefined && !/^(https?|file):/i.test(fields.url)) return 'The URL must start with http:// or https://.';
  if (fields.url !== undefined) {
    try {
      new URL(fields.url);
    } catch {
      return `"${fields.url}" is not a valid URL.`;
    }
  }
  if (fields.schedule !== undefined && !cron.validate(fields.schedule)) {
    return `"${fields.schedule}" is not a cron schedule (e.g. "0 */6 * * *" for every six hours).`;
  }
  const connector = fields.kind ? connectors[fields.kind] : undefined;
  if (connector && fields.options !== undefined) {
    const parsed = connector.optionsSchema.safeParse(fields.options);
    if (!parsed.success) return `Invalid options for ${fields.kind}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`;
  }
  return null;
}
