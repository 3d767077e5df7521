import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from './app-env.ts';
import { errorBody } from './error-response.ts';

function describeIssues(issues: z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** A router whose validation failures answer 400 in the one error shape, listing what was wrong. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issues = result.error.issues;
        return c.json(
          errorBody(c, 'validation_error', describeIssues(issues), {
            issues: issues.map((issue) => ({ path: issue.path.map(String), message: issue.message })),
          }),
          400,
        );
      }
      return undefined;
    },
  });
}

export type AppRouter = ReturnType<typeof createRouter>;
