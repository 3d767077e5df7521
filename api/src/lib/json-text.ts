import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';

/** The JSON text of a `T`, made once by `toJsonText` and sent many times (a cached page). */
export type JsonText<T> = string & { readonly jsonOf: T };

export function toJsonText<T>(value: T): JsonText<T> {
  return JSON.stringify(value) as JsonText<T>;
}

/**
 * Sends JSON that is already text, typed as what `c.json(value)` would have sent: a cached page would
 * otherwise be parsed back into objects only to be stringified again.
 */
export function sendJsonText<T, S extends 200>(c: Context, text: JsonText<T>, status: S): Response & TypedResponse<JSONParsed<T>, S, 'json'> {
  const response: Response = c.body(text, status, { 'Content-Type': 'application/json' });
  return response as Response & TypedResponse<JSONParsed<T>, S, 'json'>;
}
