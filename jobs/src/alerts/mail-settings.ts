/** How mail leaves and what its links point to; given to the jobs by the process entry from its configuration. */
export interface MailSettings {
  /** A nodemailer transport URL (smtp://user:pass@host:587, smtps://…); without it mail stays in the outbox. */
  smtpUrl?: string;
  /** The sender, e.g. "CNI Funding Workspace <funding@cni.example.gr>"; required with smtpUrl. */
  from?: string;
  /** Where people reach the product, so that links in mail are absolute. */
  publicUrl?: string;
}
