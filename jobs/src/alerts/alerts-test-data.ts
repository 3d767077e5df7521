import { createManualCall, createUser, type Actor, type Ctx, type Database } from '@cni/db';
import { buildCallFields } from '@cni/db/testing';

/** A network-wide user (no municipality needed) for alert tests, with the actor that acts as them. */
export async function addUser(db: Database, email: string, role: Actor['role'] = 'coordinator'): Promise<Ctx> {
  const userId = await createUser({ db, actor: null }, { email, name: email.split('@')[0]!, passwordHash: 'not-a-real-hash', role, municipalityId: null });
  return { db, actor: { userId, email, role, municipalityId: null } };
}

/** A call entered by hand at `now` (first seen then), with the given fields over a plausible open call. */
export async function addCall(ctx: Ctx, now: Date, overrides: Parameters<typeof buildCallFields>[0] & { official?: boolean } = {}) {
  const { official = false, ...fields } = overrides;
  const { statusHint: _statusHint, withdrawn: _withdrawn, ...input } = buildCallFields(fields);
  return createManualCall({ ctx, input: { ...input, official }, now });
}
