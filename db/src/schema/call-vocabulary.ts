/** Controlled vocabularies of a funding call, shared by the collectors, the API and the web app. */

export const callStatuses = ['forthcoming', 'open', 'closed', 'withdrawn'] as const;
export type CallStatus = (typeof callStatuses)[number];

/** Funding programmes, as slugs; the web app translates them. */
export const programmes = [
  'esf-plus',
  'amif',
  'cerv',
  'isf',
  'bmvi',
  'erasmus-plus',
  'horizon-europe',
  'eea-grants',
  'urban-initiative',
  'national',
  'donor',
  'other',
] as const;
export type Programme = (typeof programmes)[number];

export const eligibleApplicantKinds = [
  'municipalities',
  'regions',
  'public-bodies',
  'ngos',
  'international-organisations',
  'businesses',
  'universities',
  'individuals',
] as const;
export type EligibleApplicantKind = (typeof eligibleApplicantKinds)[number];

export const sourceKinds = ['ft-portal', 'diavgeia', 'wordpress', 'espa', 'rss', 'manual'] as const;
export type SourceKind = (typeof sourceKinds)[number];
