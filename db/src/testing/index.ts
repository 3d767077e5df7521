export { createTempDb, type TempDb } from './temp-db.ts';
export { buildCallFields } from './factories.ts';
export { insertTestCalls } from './insert-calls.ts';
