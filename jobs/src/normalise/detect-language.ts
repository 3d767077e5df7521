/** 'el' when Greek letters outnumber Latin ones (English topic codes in a Greek text do not tip it), else 'en'. */
export function detectLanguage(text: string): 'el' | 'en' {
  const greek = text.match(/\p{Script=Greek}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return greek > latin ? 'el' : 'en';
}
