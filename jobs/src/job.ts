import type { Database } from '@cni/db';
import type { MailSettings } from './alerts/mail-settings.ts';

/** What a job may use; passed in so a test can run a job directly on its own database and clock. */
export interface JobDeps {
  db: Database;
  now: () => Date;
  log: (message: string) => void;
  /** SMTP and link settings for the mail jobs; without them mail is only kept in the outbox. */
  mail?: MailSettings;
}

export interface Job {
  name: string;
  /** A cron expression, evaluated in Europe/Athens so "every day at 07:00" means an Athens morning. */
  schedule: string;
  run(deps: JobDeps): Promise<void>;
}
