import type { MunicipalityScope } from '../access/municipality-scope.ts';
import { needsScope } from '../access/municipality-scope.ts';

/**
 * Who reads matches beyond their own municipality: whoever reads every municipality's needs (the coordination
 * team, admins). A match shows the need, so the ministry liaison, kept out of municipalities' needs, is kept out
 * of matches too; adding 'liaison' to `read` here is all it takes to let them in.
 */
export const matchesScope: MunicipalityScope = {
  read: needsScope.read,
  write: needsScope.write,
};
