import type { SourceKind } from '../schema/index.ts';

export interface SourceFields {
  name: string;
  kind: SourceKind;
  url: string;
  schedule: string;
  enabled: boolean;
  options: Record<string, unknown>;
}
