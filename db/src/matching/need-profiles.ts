import type { Database } from '../create-db.ts';
import type { CallPool } from './call-pool.ts';
import { analyseNeedConcepts, type NeedConceptText } from './need-profile.ts';
import type { MatchConcept, MatchNeedFacts } from './score.ts';

interface NeedProfile {
  id: string;
  version: string;
  municipalityId: string;
  title: string;
  category: string;
  estimatedBudgetCents: number | null;
  concepts: NeedConceptText[];
}

/** A need ready to score: its concepts as term ids of one pool. */
export interface CompiledNeed extends MatchNeedFacts {
  id: string;
  municipalityId: string;
  title: string;
}

/** A need's concepts with their forms as term ids of the pool. */
export function compileConcepts(concepts: readonly NeedConceptText[], pool: CallPool): MatchConcept[] {
  // Stems no call holds yet get ids too, so a call that brings them later is matched on them.
  return concepts.map((concept) => ({
    words: concept.words,
    forms: concept.forms.map((form) => form.split(' ').map((stem) => pool.intern(stem))),
  }));
}

/** Where to look a call up among the needs: by rarer term (any token of any form) and by theme. */
export interface NeedLookup {
  needs: CompiledNeed[];
  byTerm: Map<number, number[]>;
  byCategory: Map<string, number[]>;
}

/**
 * The analysed needs, kept between runs: stemming and glossary expansion of 1,000 needs takes ~100 ms, longer
 * than matching a new call against all of them should. Each run reads only `id` and `updated_at` of every
 * need (one short row) and analyses again only the needs that changed.
 */
export class NeedProfiles {
  private signature: string | null = null;
  private readonly profiles = new Map<string, NeedProfile>();
  private compiledFor: CallPool | null = null;
  private readonly compiled = new Map<string, { version: string; need: CompiledNeed }>();
  private lookup: NeedLookup | null = null;

  /** Brings the profiles up to date with the needs table; archived needs are not matched. */
  async refresh(db: Database): Promise<void> {
    const result = await db.$client.execute(
      `SELECT group_concat(id || ' ' || updated_at, ',') AS versions FROM needs WHERE status <> 'archived'`,
    );
    const signature = String(result.rows[0]?.versions ?? '');
    if (signature === this.signature) return;
    const versions = new Map<string, string>();
    for (const entry of signature === '' ? [] : signature.split(',')) {
      const [id, version] = entry.split(' ') as [string, string];
      versions.set(id, version);
    }
    for (const id of this.profiles.keys()) if (!versions.has(id)) this.profiles.delete(id);
    const stale = [...versions].filter(([id, version]) => this.profiles.get(id)?.version !== version).map(([id]) => id);
    if (stale.length > 0) {
      const rows = await db.$client.execute({
        sql: `SELECT id, municipality_id, title, description, category, target_groups, estimated_budget_cents, updated_at
              FROM needs WHERE id IN (SELECT value FROM json_each(?))`,
        args: [JSON.stringify(stale)],
      });
      for (const row of rows.rows) {
        const need = {
          title: String(row.title),
          description: String(row.description),
          targetGroups: JSON.parse(String(row.target_groups)) as string[],
        };
        this.profiles.set(String(row.id), {
          id: String(row.id),
          version: String(row.updated_at),
          municipalityId: String(row.municipality_id),
          title: need.title,
          category: String(row.category),
          estimatedBudgetCents: row.estimated_budget_cents === null ? null : Number(row.estimated_budget_cents),
          concepts: analyseNeedConcepts(need),
        });
      }
    }
    this.signature = signature;
    this.lookup = null;
  }

  private compile(profile: NeedProfile, pool: CallPool): CompiledNeed {
    return {
      id: profile.id,
      municipalityId: profile.municipalityId,
      title: profile.title,
      category: profile.category,
      estimatedBudgetCents: profile.estimatedBudgetCents,
      concepts: compileConcepts(profile.concepts, pool),
    };
  }

  /** A need compiled against the pool, or null when it is archived or gone. */
  get(id: string, pool: CallPool): CompiledNeed | null {
    if (this.compiledFor !== pool) {
      this.compiled.clear();
      this.compiledFor = pool;
      this.lookup = null;
    }
    const profile = this.profiles.get(id);
    if (!profile) return null;
    const cached = this.compiled.get(id);
    if (cached?.version === profile.version) return cached.need;
    const need = this.compile(profile, pool);
    this.compiled.set(id, { version: profile.version, need });
    return need;
  }

  all(pool: CallPool): CompiledNeed[] {
    return [...this.profiles.keys()].map((id) => this.get(id, pool)!);
  }

  /** Every need indexed by the terms of its forms and by its category, for matching a few calls against all needs. */
  lookupFor(pool: CallPool): NeedLookup {
    const needs = this.all(pool);
    if (this.lookup && this.compiledFor === pool) return this.lookup;
    const byTerm = new Map<number, number[]>();
    const byCategory = new Map<string, number[]>();
    const seen = new Int32Array(pool.termCount).fill(-1);
    needs.forEach((need, position) => {
      let ofCategory = byCategory.get(need.category);
      if (!ofCategory) byCategory.set(need.category, (ofCategory = []));
      ofCategory.push(position);
      for (const concept of need.concepts) {
        for (const form of concept.forms) {
          for (const term of form) {
            if (seen[term] === position) continue;
            seen[term] = position;
            let list = byTerm.get(term);
            if (!list) byTerm.set(term, (list = []));
            list.push(position);
          }
        }
      }
    });
    this.lookup = { needs, byTerm, byCategory };
    return this.lookup;
  }
}
