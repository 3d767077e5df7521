import type { Connector } from '../ingest/types.ts';
import { diavgeiaConnector } from './diavgeia.ts';
import { espaConnector } from './espa.ts';
import { ftPortalConnector } from './ft-portal.ts';
import { rssConnector } from './rss.ts';
import { wordpressConnector } from './wordpress.ts';

export { diavgeiaConnector, espaConnector, ftPortalConnector, rssConnector, wordpressConnector };

/** Every connector by the source kind it collects; `manual` sources have none. */
export const connectorsByKind = {
  'ft-portal': ftPortalConnector,
  diavgeia: diavgeiaConnector,
  wordpress: wordpressConnector,
  espa: espaConnector,
  rss: rssConnector,
} satisfies Record<Connector['kind'], Connector<unknown>>;
