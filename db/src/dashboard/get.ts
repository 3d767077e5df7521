import { eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { proposals } from '../schema/index.ts';
import { resolveDashboardScope } from './dashboard-scope.ts';
import { listFundsOverTime } from './funds-over-time.ts';
import { listNeedGaps } from './need-gaps.ts';
import { listMunicipalityPipelines, sumPipelines } from './pipeline.ts';
import { currentOutcome, listProgrammeFigures } from './proposal-figures.ts';
import { listUpcomingDeadlines } from './upcoming-deadlines.ts';

/**
 * The pipeline, money and gaps of one municipality (`slug`) or of the whole network (no slug), for whoever may
 * see them (resolveDashboardScope). Proposals count for the municipality that leads them.
 */
export async function getDashboard({ ctx, slug, now }: { ctx: Ctx; slug: string | undefined; now: Date }) {
  const scope = await resolveDashboardScope({ ctx, slug });
  const { db } = ctx;
  const byMunicipality = await listMunicipalityPipelines({ db, scope });
  const gaps = await listNeedGaps({ db, scope, now });
  return {
    municipality: scope?.municipality ?? null,
    ...sumPipelines(byMunicipality),
    byProgramme: await listProgrammeFigures({ db, rule: currentOutcome, where: scope ? eq(proposals.leadMunicipalityId, scope.id) : undefined }),
    byMunicipality,
    fundsOverTime: await listFundsOverTime({ db, scope }),
    upcomingDeadlines: await listUpcomingDeadlines({ db, scope, now }),
    needsWithoutOpenCall: gaps.map((gap) => gap.needId),
    gaps,
  };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
