import fc from 'fast-check';

/** A JSON Schema node as the API's /api/openapi.json writes it (OpenAPI 3.1). */
export type JsonSchema = { [keyword: string]: any };

/** Whatever `$ref`s point at: the spec's `components.schemas`. */
export type SchemaLookup = (reference: string) => JsonSchema;

// A body under the 1 MiB limit (that limit has its own test in test/api/errors.test.ts) but far above every maxLength.
const hugeLength = 100_000;

/** Strings that have broken parsers, databases and number coercion elsewhere. */
const nastyStrings = fc.constantFrom(
  '', ' ', '\u0000', '\ud800', '\udfff', '\ufeff', '\u202e', 'NaN', '-NaN', 'Infinity', '-Infinity', '1e309', '-0', '0x10', '1_000',
  '9007199254740993', '-9007199254740993', 'null', 'undefined', 'true', '[]', '{}', '__proto__', 'constructor', 'prototype',
  "' OR 1=1 --", '"; DROP TABLE calls; --', '"*NEAR(', 'a* OR b:c', '%00', '%', '../../etc/passwd', '<script>alert(1)</script>',
  '2026-02-30T25:61:61Z', '+275760-09-13T00:00:00.000Z', '0000-00-00', 'Ά\u0301\u0308ΣΣ', '🙂'.repeat(50), 'İ', 'ß',
);

const nastyNumbers = fc.constantFrom(
  0, -0, -1, 1, 0.5, -0.5, 2 ** 31, -(2 ** 31), 2 ** 32, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, -Number.MAX_SAFE_INTEGER - 2,
  1e21, -1e21, 1e308, -1e308, Number.MIN_VALUE, 1e-7,
);

// Units that cost more than a letter somewhere: multi-byte, combining, escaped in JSON, lone surrogates, and
// Markdown nesting (`> `, `1. `), which overflowed marked's stack. Sized by their JSON bytes, so that a body
// holding several stays under the 1 MiB limit.
const hugeString = fc
  .tuple(fc.integer({ min: 1_000, max: hugeLength }), fc.constantFrom('a', 'α', 'ά', '🙂', '\u0301', '"', '\\', '<', ' ', '\ud800', '> ', '1. ', '- '))
  .map(([bytes, unit]) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(JSON.stringify(unit).slice(1, -1)))));

const anyString = fc.oneof(
  { arbitrary: nastyStrings, weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 300 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }), weight: 1 },
  { arbitrary: hugeString, weight: 1 },
);

/** Arrays nested hundreds to thousands deep, built without recursion. */
const deepNesting = fc.tuple(fc.integer({ min: 100, max: 3_000 }), fc.boolean()).map(([depth, asObjects]) => {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = asObjects ? { a: value } : [value];
  return value;
});

export const prototypeKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf');

/** An object with own properties named like the prototype's, as JSON.parse would build from the wire. */
export function withOwnKeys(target: unknown, extra: ReadonlyArray<readonly [string, unknown]>): unknown {
  if (typeof target !== 'object' || target === null || Array.isArray(target)) return target;
  const copy = { ...target };
  // defineProperty, because assigning `__proto__` would change the prototype instead of adding a key.
  for (const [key, value] of extra) Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const objectWithPrototypeKeys = fc
  .array(fc.tuple(prototypeKeys, fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant({ polluted: true }))), { minLength: 1, maxLength: 3 })
  .map((entries) => withOwnKeys({}, entries));

/** Any JSON value a hostile client may send where another was expected. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 3 },
  { arbitrary: anyString, weight: 3 },
  { arbitrary: nastyNumbers, weight: 2 },
  { arbitrary: fc.constantFrom(null, true, false, [], {}), weight: 1 },
  { arbitrary: objectWithPrototypeKeys, weight: 1 },
  { arbitrary: deepNesting, weight: 1 },
);

function resolve(schema: JsonSchema, lookup: SchemaLookup): JsonSchema {
  let resolved = schema;
  for (let hops = 0; typeof resolved.$ref === 'string' && hops < 10; hops++) resolved = lookup(resolved.$ref);
  return resolved;
}

function nearlyValidString(schema: JsonSchema, knownValues: readonly string[]): fc.Arbitrary<string> {
  const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : 200;
  const candidates: Array<fc.Arbitrary<string>> = [
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(maxLength, 40) }),
    fc.constantFrom('a'.repeat(maxLength), 'a'.repeat(maxLength + 1), 'ά'.repeat(maxLength + 1)),
    fc.stringMatching(/^[a-z0-9]{1,10}(?:-[a-z0-9]{1,10}){0,3}$/),
  ];
  if (Array.isArray(schema.enum)) candidates.push(fc.constantFrom(...(schema.enum as string[])));
  if (typeof schema.example === 'string') candidates.push(fc.constant(schema.example));
  if (knownValues.length > 0) candidates.push(fc.constantFrom(...knownValues));
  if (schema.format === 'date-time') {
    candidates.push(fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((date) => date.toISOString()));
  }
  if (schema.format === 'email') candidates.push(fc.emailAddress(), fc.constant('officer.athens@demo.cni.gr'));
  if (schema.format === 'uri') candidates.push(fc.webUrl(), fc.constantFrom('http://127.0.0.1:1/', 'file:///etc/passwd', 'javascript:alert(1)'));
  return fc.oneof(...candidates);
}

function nearlyValidInteger(schema: JsonSchema): fc.Arbitrary<number> {
  const edges = [schema.minimum, schema.maximum, schema.exclusiveMinimum, schema.exclusiveMaximum]
    .filter((edge): edge is number => typeof edge === 'number')
    .flatMap((edge) => [edge - 1, edge, edge + 1]);
  return fc.oneof(fc.integer(), nastyNumbers, ...(edges.length > 0 ? [fc.constantFrom(...edges)] : []));
}

/**
 * A value for a schema: mostly one shaped like it (every property, any subset, values at and past each limit,
 * real ids where the API expects one) so that the input reaches the handlers, else any hostile JSON value.
 */
export function valueFor(schema: JsonSchema, lookup: SchemaLookup, knownValues: readonly string[], depth = 0): fc.Arbitrary<unknown> {
  const resolved = resolve(schema, lookup);
  if (depth > 6) return hostileValue;
  const variants = [resolved.anyOf, resolved.oneOf, resolved.allOf].find(Array.isArray) as JsonSchema[] | undefined;
  const types: string[] = Array.isArray(resolved.type) ? resolved.type : resolved.type ? [resolved.type] : [];
  const shaped: Array<fc.Arbitrary<unknown>> = [];
  if (variants) shaped.push(...variants.map((variant) => valueFor(variant, lookup, knownValues, depth + 1)));
  for (const type of types) {
    if (type === 'string') shaped.push(nearlyValidString(resolved, knownValues));
    else if (type === 'integer' || type === 'number') shaped.push(nearlyValidInteger(resolved));
    else if (type === 'boolean') shaped.push(fc.boolean());
    else if (type === 'null') shaped.push(fc.constant(null));
    else if (type === 'array') {
      const maxItems = typeof resolved.maxItems === 'number' ? resolved.maxItems + 2 : 8;
      shaped.push(fc.array(valueFor(resolved.items ?? {}, lookup, knownValues, depth + 1), { maxLength: Math.min(maxItems, 60) }));
    } else if (type === 'object') shaped.push(objectFor(resolved, lookup, knownValues, depth));
  }
  if (shaped.length === 0) return hostileValue;
  return fc.oneof({ arbitrary: fc.oneof(...shaped), weight: 4 }, { arbitrary: hostileValue, weight: 1 });
}

function objectFor(schema: JsonSchema, lookup: SchemaLookup, knownValues: readonly string[], depth: number): fc.Arbitrary<unknown> {
  const properties = Object.entries<JsonSchema>(schema.properties ?? {});
  const record = fc.record(Object.fromEntries(properties.map(([name, property]) => [name, valueFor(property, lookup, knownValues, depth + 1)])), {
    requiredKeys: [],
  });
  const extraKeys = fc.array(fc.tuple(fc.oneof(prototypeKeys, fc.string({ maxLength: 20 })), hostileValue), { maxLength: 2 });
  return fc.tuple(record, extraKeys).map(([value, extra]) => withOwnKeys(value, extra));
}

const validExamples: Record<string, unknown> = {
  'date-time': '2026-03-31T21:00:00.000Z',
  email: 'officer.athens@demo.cni.gr',
  uri: 'https://example.org/call',
};

/**
 * The plainest value a schema accepts, as far as the schema itself says: its example, first enum value or
 * default, the least number, a real slug where a slug is asked. Rules the schema cannot express may still refuse it.
 */
export function plainValueFor(schema: JsonSchema, lookup: SchemaLookup, slug: string, depth = 0): unknown {
  const resolved = resolve(schema, lookup);
  const variant = [resolved.anyOf, resolved.oneOf].find(Array.isArray)?.[0];
  if (variant || depth > 6) return variant ? plainValueFor(variant, lookup, slug, depth + 1) : null;
  if (Array.isArray(resolved.allOf)) return Object.assign({}, ...resolved.allOf.map((part: JsonSchema) => plainValueFor(part, lookup, slug, depth + 1)));
  if (Array.isArray(resolved.enum)) return resolved.enum[0];
  if (resolved.example !== undefined) return resolved.example;
  if (resolved.default !== undefined) return resolved.default;
  const types: string[] = Array.isArray(resolved.type) ? resolved.type : [resolved.type];
  const type = types.find((candidate) => candidate !== 'null') ?? 'null';
  if (type === 'string') {
    if (resolved.format in validExamples) return validExamples[resolved.format];
    return resolved.pattern ? slug : 'Τεστ'.padEnd(Math.max(resolved.minLength ?? 1, 4), 'ς');
  }
  if (type === 'integer' || type === 'number') return typeof resolved.minimum === 'number' ? resolved.minimum : (resolved.exclusiveMinimum ?? -1) + 1;
  if (type === 'boolean') return false;
  if (type === 'array') return Array.from({ length: resolved.minItems ?? 0 }, () => plainValueFor(resolved.items ?? {}, lookup, slug, depth + 1));
  if (type === 'object') {
    const required = new Set<string>(resolved.required ?? []);
    return Object.fromEntries(
      Object.entries<JsonSchema>(resolved.properties ?? {})
        .filter(([name]) => required.has(name))
        .map(([name, property]) => [name, plainValueFor(property, lookup, slug, depth + 1)]),
    );
  }
  return null;
}

/** A plain, acceptable object with one of its properties replaced by a hostile or edge value: gets past the other fields' checks. */
export function oneFieldMutated(schema: JsonSchema, lookup: SchemaLookup, knownValues: readonly string[], slug: string): fc.Arbitrary<unknown> {
  const resolved = resolve(schema, lookup);
  const properties = Object.entries<JsonSchema>(resolved.properties ?? {});
  const base = plainValueFor(resolved, lookup, slug) as Record<string, unknown>;
  if (properties.length === 0) return valueFor(resolved, lookup, knownValues);
  const replacement = (property: JsonSchema) => fc.oneof(valueFor(property, lookup, knownValues), hostileValue, hugeString);
  return fc
    .constantFrom(...properties)
    .chain(([name, property]) => replacement(property).map((value) => withOwnKeys(base, [[name, value]])));
}

/** A query string value for a parameter's schema: shaped like it, or any text (the caller caps the URL's length). */
export function queryValueFor(schema: JsonSchema, lookup: SchemaLookup, knownValues: readonly string[]): fc.Arbitrary<string> {
  const resolved = resolve(schema, lookup);
  const shaped = valueFor(resolved, lookup, knownValues).map((value) => (typeof value === 'string' ? value : JSON.stringify(value) ?? ''));
  return fc.oneof(shaped, fc.string({ unit: 'binary', maxLength: 4_000 }), nastyStrings);
}
