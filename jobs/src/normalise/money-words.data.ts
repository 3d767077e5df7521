/** Currency signs and names around an amount, folded (`ευρώ` → `ευρω`), with their ISO 4217 codes. */
export const currencyNames: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['EUR', ['€', 'eur', 'euro', 'euros', 'ευρω', 'ευρ.']],
  ['USD', ['usd', 'us$', '$']],
  ['GBP', ['gbp', '£']],
  ['CHF', ['chf']],
  ['NOK', ['nok']],
];

/** Scale words after a number (`€5m`, `2,5 εκατ. ευρώ`), folded, as powers of ten. */
export const scaleWords: ReadonlyArray<readonly [number, readonly string[]]> = [
  [3, ['k', 'χιλ.', 'χιλιαδεσ', 'χιλιαδων', 'thousand']],
  [6, ['m', 'mn', 'mio', 'million', 'millions', 'εκατ.', 'εκατ', 'εκ.', 'εκατομμυριο', 'εκατομμυρια', 'εκατομμυριων']],
  [9, ['bn', 'billion', 'billions', 'δισ.', 'δισ', 'δισεκατομμυριο', 'δισεκατομμυρια', 'δισεκατομμυριων']],
];
