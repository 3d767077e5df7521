import type { ValidationIssue } from './api-types.ts';

/**
 * Sorts the API's validation issues by the form field they belong to (`fieldOf` maps the first step of
 * an issue's path, a property of the body, to a field); issues about no field in the form, or about the
 * body as a whole, come back under `general`.
 */
export function groupIssuesByField<Field extends string>(
  issues: ValidationIssue[],
  fieldOf: Record<string, Field>,
): { byField: Partial<Record<Field, string>>; general: string[] } {
  const byField: Partial<Record<Field, string>> = {};
  const general: string[] = [];
  for (const issue of issues) {
    const property = issue.path[0];
    const field = property !== undefined && Object.hasOwn(fieldOf, property) ? fieldOf[property] : undefined;
    if (field) byField[field] ??= issue.message;
    else general.push(issue.message);
  }
  return { byField, general };
}

/** A text field of a submitted form, trimmed; '' when absent. */
export function readText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** An absolute http(s) address: the only kind a call or a source may link to. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
