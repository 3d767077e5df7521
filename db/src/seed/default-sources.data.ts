import type { SourceFields } from '../sources/source-fields.ts';

/**
 * The sources a new installation collects from, with their real addresses (see shared/SOURCES.md). Schedules
 * are spread over the hour so the runs do not all start together.
 */
export const defaultSources: SourceFields[] = [
  {
    name: 'EU Funding & Tenders Portal: AMIF, ESF+, CERV',
    kind: 'ft-portal',
    url: 'https://api.tech.ec.europa.eu/search-api/prod/rest/search',
    schedule: '5 */6 * * *',
    enabled: true,
    options: {},
  },
  {
    name: 'Διαύγεια: Υπουργείο Μετανάστευσης και Ασύλου',
    kind: 'diavgeia',
    url: 'https://diavgeia.gov.gr/opendata/search/advanced.json',
    schedule: '15 */6 * * *',
    enabled: true,
    options: { organizationUids: ['100056663'] },
  },
  {
    name: 'Υπουργείο Μετανάστευσης και Ασύλου: ανακοινώσεις',
    kind: 'wordpress',
    url: 'https://migration.gov.gr',
    schedule: '25 */6 * * *',
    enabled: true,
    options: {},
  },
  {
    name: 'ΕΣΠΑ 2021-2027: προσκλήσεις',
    kind: 'espa',
    url: 'https://www.espa.gr/el/Pages/Proclamations.aspx',
    schedule: '35 */6 * * *',
    enabled: true,
    options: {},
  },
  {
    name: 'Υπουργείο Μετανάστευσης και Ασύλου: RSS',
    kind: 'rss',
    url: 'https://migration.gov.gr/feed/',
    schedule: '45 */6 * * *',
    enabled: true,
    options: {},
  },
  {
    name: 'Καταχωρίσεις χρηστών / Manual entries',
    kind: 'manual',
    url: 'manual:',
    schedule: '',
    enabled: true,
    options: {},
  },
];
