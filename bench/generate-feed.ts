const themes = ['απασχόληση προσφύγων', 'διαπολιτισμική μεσολάβηση', 'στέγαση μετά το ΕΣΤΙΑ', 'labour-market integration', 'anti-racism and sport'];

/** An RSS 2.0 feed of `count` realistic call items, with HTML descriptions, dates and budgets in the text. */
export function generateFeed(count: number): string {
  const items: string[] = [];
  for (let index = 0; index < count; index++) {
    const day = String((index % 28) + 1).padStart(2, '0');
    const theme = themes[index % themes.length];
    items.push(`<item>
  <guid isPermaLink="false">bench-${index}</guid>
  <title>Πρόσκληση ${index}: ${theme} στους δήμους</title>
  <link>https://donor.example.org/calls/${index}</link>
  <pubDate>Mon, 02 Nov 2026 10:${String(index % 60).padStart(2, '0')}:00 +0200</pubDate>
  <description><![CDATA[<p>Χρηματοδότηση δράσεων για <strong>${theme}</strong>. Δικαιούχοι: δήμοι και ΜΚΟ.</p>
<p>Προϋπολογισμός: ${(index % 9) + 1}.250.000 €. Καταληκτική ημερομηνία υποβολής: ${day}/03/2027, ώρα 15:00.</p>]]></description>
</item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Bench donor calls</title><link>https://donor.example.org/</link><description>Generated</description>
${items.join('\n')}
</channel></rss>`;
}
