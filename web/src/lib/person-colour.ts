// Each person's caret and name tag keep one colour everywhere, from a short palette that stays readable
// as a background behind white text (contrast at least 4.5:1).
const palette = ['#0b4f6c', '#8a3b12', '#1b6634', '#6b2c91', '#a61b51', '#005f73', '#7a4d00', '#3d4f9f'] as const;

/** The colour of a person, the same for the same id in every browser. */
export function colourOfPerson(id: string): string {
  let hash = 0;
  for (const character of id) hash = (hash * 31 + (character.codePointAt(0) ?? 0)) >>> 0;
  return palette[hash % palette.length] ?? palette[0];
}
