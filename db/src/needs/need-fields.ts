import { eq } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { ValidationError } from '../errors.ts';
import { needs, themes, type NeedStatus } from '../schema/index.ts';

export interface NeedFields {
  title: string;
  description: string;
  category: string;
  targetGroups: string[];
  priority: number;
  estimatedBudgetCents: number | null;
  status: NeedStatus;
}

export const needColumns = {
  id: needs.id,
  municipalityId: needs.municipalityId,
  title: needs.title,
  description: needs.description,
  category: needs.category,
  targetGroups: needs.targetGroups,
  priority: needs.priority,
  estimatedBudgetCents: needs.estimatedBudgetCents,
  status: needs.status,
  createdAt: needs.createdAt,
  updatedAt: needs.updatedAt,
};

export async function assertThemeExists(db: Database, slug: string): Promise<void> {
  const [theme] = await db.select({ slug: themes.slug }).from(themes).where(eq(themes.slug, slug)).limit(1);
  if (!theme) throw new ValidationError(`Unknown category "${slug}".`);
}
