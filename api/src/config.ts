import { z } from 'zod';

const booleanFlag = (defaultValue: boolean) =>
  z
    .enum(['0', '1', 'true', 'false', 'on', 'off', 'yes', 'no'])
    .optional()
    .transform((value) => (value === undefined ? defaultValue : ['1', 'true', 'on', 'yes'].includes(value)));

const environmentSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_URL: z.string().min(1).default('file:data/cni.db'),
    DATABASE_AUTH_TOKEN: z.string().optional(),
    DEMO: booleanFlag(true),
    JOBS: booleanFlag(true),
    FETCH_ALLOWLIST: z.string().default(''),
    SESSION_SECRET: z.string().optional(),
    PUBLIC_URL: z.url().optional(),
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    MAIL_FROM: z.string().trim().min(3).max(320).optional(),
    BACKUP_DIR: z.string().trim().min(1).default('data/backups'),
    BACKUP_KEEP: z.coerce.number().int().min(1).max(3650).default(14),
  })
  .superRefine((env, context) => {
    if (!env.DEMO && (!env.SESSION_SECRET || env.SESSION_SECRET.length < 32)) {
      context.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'SESSION_SECRET of at least 32 characters is required when DEMO=0',
      });
    }
    // A made-up sender address gets mail rejected or filed as spam; better to refuse to start.
    if (env.SMTP_URL && !env.MAIL_FROM) {
      context.addIssue({ code: 'custom', path: ['MAIL_FROM'], message: 'MAIL_FROM is required when SMTP_URL is set' });
    }
  });

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string;
  databaseAuthToken: string | undefined;
  demo: boolean;
  jobs: boolean;
  fetchAllowlist: string[];
  sessionSecret: string;
  /** The address people use to reach the product; https here turns on Secure cookies and HSTS. */
  publicUrl: string | undefined;
  /** SMTP server for the weekly digest (smtp:// or smtps://, with credentials); without it mail stays in the outbox. */
  smtpUrl: string | undefined;
  /** Sender of the mail, e.g. "CNI Funding Workspace <funding@cni.example.gr>". */
  mailFrom: string | undefined;
  /** Folder of the nightly backups (`cni-<UTC stamp>.db`), and how many of them are kept. */
  backupDir: string;
  backupKeep: number;
}

// Demo installations are throwaway and local; a fixed secret keeps demo sessions valid across restarts.
const demoSessionSecret = 'cni-demo-only-session-secret-not-for-production';

/** Parses the environment once, at the process entry; nothing else reads process.env. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const env = parsed.data;
  return {
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    databaseAuthToken: env.DATABASE_AUTH_TOKEN,
    demo: env.DEMO,
    jobs: env.JOBS,
    fetchAllowlist: env.FETCH_ALLOWLIST.split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
    sessionSecret: env.SESSION_SECRET ?? demoSessionSecret,
    publicUrl: env.PUBLIC_URL,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    backupDir: env.BACKUP_DIR,
    backupKeep: env.BACKUP_KEEP,
  };
}
