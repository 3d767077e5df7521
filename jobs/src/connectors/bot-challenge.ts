// Signatures of the bot-protection pages (Cloudflare, Imperva/Incapsula, Akamai, generic captchas) that a
// protected site serves, often with 200, instead of the page asked for.
const challengeSignatures = [
  /<title>\s*(just a moment|attention required|access denied|request rejected|pardon our interruption|ddos-guard)/i,
  /cf-browser-verification|cf_chl_opt|challenge-platform|\/cdn-cgi\/challenge/i,
  /_incapsula_resource|incapsula incident/i,
  /checking (if the site connection is secure|your browser)/i,
  /g-recaptcha|h-captcha|captcha-delivery/i,
];

/** Whether an HTML page is a bot-protection challenge rather than the site's own page. */
export function looksLikeBotChallenge(html: string): boolean {
  return challengeSignatures.some((signature) => signature.test(html));
}
