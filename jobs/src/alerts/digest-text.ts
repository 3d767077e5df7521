import { athensDateTime } from './athens-date-time.ts';

export interface DigestNotification {
  title: string;
  link: string;
}

export interface DigestDeadline {
  callId: string;
  title: string;
  deadline: string;
  withdrawn: boolean;
}

export interface DigestInput {
  name: string;
  week: string;
  notifications: DigestNotification[];
  deadlines: DigestDeadline[];
  /** Where people reach the product; links stay paths without it. */
  publicUrl?: string;
}


const words = {
  el: {
    greeting: (name: string) => `Γεια σας, ${name},`,
    intro: (week: string) => `Η εβδομαδιαία σύνοψη του CNI Funding Workspace (εβδομάδα ${week}).`,
    unread: (n: number) => `Ειδοποιήσεις που δεν έχετε διαβάσει (${n}):`,
    deadlines: 'Προθεσμίες των προσκλήσεων που παρακολουθείτε, τις επόμενες 30 ημέρες (ώρα Ελλάδας):',
    none: '- καμία',
    withdrawn: ' (ανακλήθηκε)',
    time: athensDateTime.el,
  },
  en: {
    greeting: (name: string) => `Hello ${name},`,
    intro: (week: string) => `Your weekly digest of the CNI Funding Workspace (week ${week}).`,
    unread: (n: number) => `Unread notifications (${n}):`,
    deadlines: 'Deadlines of the calls you follow in the next 30 days (Athens time):',
    none: '- none',
    withdrawn: ' (withdrawn)',
    time: athensDateTime.en,
  },
};

export function digestSubject(week: string): string {
  return `Εβδομαδιαία σύνοψη / Weekly digest ${week} — CNI Funding Workspace`;
}

/** The plain-text weekly digest: the same content in Greek, then in English. */
export function buildDigestText(input: DigestInput): string {
  const base = input.publicUrl?.replace(/\/$/, '') ?? '';
  const section = (language: 'el' | 'en') => {
    const w = words[language];
    const lines = [w.greeting(input.name), '', w.intro(input.week), '', w.unread(input.notifications.length)];
    if (input.notifications.length === 0) lines.push(w.none);
    for (const notification of input.notifications) lines.push(`- ${notification.title}`, `  ${base}${notification.link}`);
    lines.push('', w.deadlines);
    if (input.deadlines.length === 0) lines.push(w.none);
    for (const call of input.deadlines) {
      lines.push(`- ${w.time.format(new Date(call.deadline))}: ${call.title}${call.withdrawn ? w.withdrawn : ''}`, `  ${base}/calls/${call.callId}`);
    }
    return lines.join('\n');
  };
  return `${section('el')}\n\n————————————————\n\n${section('en')}\n`;
}
