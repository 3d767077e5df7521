/** A deadline as people in Greece read it in a mail or a feed: weekday, date and 24-hour time in Europe/Athens. */
const options: Intl.DateTimeFormatOptions = {
  timeZone: 'Europe/Athens',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

export const athensDateTime = {
  el: new Intl.DateTimeFormat('el-GR', options),
  en: new Intl.DateTimeFormat('en-GB', options),
} as const;
