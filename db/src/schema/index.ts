export * from './municipalities.ts';
export * from './users.ts';
export * from './sessions.ts';
export * from './audit-log.ts';
export * from './themes.ts';
export * from './needs.ts';
export * from './job-heartbeats.ts';
export * from './call-vocabulary.ts';
