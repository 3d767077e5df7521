/**
 * A test of a Unicode property (`/^\p{L}$/u`) for one code point, remembered for the Basic Multilingual Plane:
 * scanners ask it of every character of every call, and running a regular expression each time would cost more
 * than the rest of the scan.
 */
export function memoiseCodePointTest(property: RegExp): (codePoint: number) => boolean {
  // 0: not asked yet, 1: no, 2: yes.
  const answers = new Uint8Array(0x10000);
  return (codePoint) => {
    if (codePoint > 0xffff) return property.test(String.fromCodePoint(codePoint));
    let answer = answers[codePoint];
    if (answer === 0) answers[codePoint] = answer = property.test(String.fromCharCode(codePoint)) ? 2 : 1;
    return answer === 2;
  };
}

