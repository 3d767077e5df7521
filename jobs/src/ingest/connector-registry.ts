export { connectorsByKind as connectors } from '../connectors/index.ts';
