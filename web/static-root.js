import { fileURLToPath } from 'node:url';

// The API process serves the built app from here; `pnpm --filter @cni/web build` fills it.
export const staticRoot = fileURLToPath(new URL('./dist', import.meta.url));
