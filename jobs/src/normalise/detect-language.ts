import { memoiseCodePointTest } from './code-point-test.ts';

const isGreek = memoiseCodePointTest(/^\p{Script=Greek}$/u);
const isLatin = memoiseCodePointTest(/^\p{Script=Latin}$/u);

/** 'el' when Greek letters outnumber Latin ones (English topic codes in a Greek text do not tip it), else 'en'. */
export function detectLanguage(text: string): 'el' | 'en' {
  let greek = 0;
  let latin = 0;
  for (let index = 0; index < text.length; index += 1) {
    const codePoint = text.codePointAt(index) as number;
    if (isGreek(codePoint)) greek += 1;
    else if (isLatin(codePoint)) latin += 1;
    if (codePoint > 0xffff) index += 1;
  }
  return greek > latin ? 'el' : 'en';
}
