import { describe, expect, it } from 'vitest';
import { analyseText } from '../search/analyse-text.ts';
import { markdownToSearchText } from './markdown-text.ts';

describe('markdownToSearchText', () => {
  it('keeps the words a reader sees and drops link targets, autolinks, raw tags and reference definitions', () => {
    const markdown = [
      '## Μαθήματα **ελληνικών**',
      'Δείτε τον [οδηγό λειτουργίας](https://www.example.gr/kem/odigos "Οδηγός") και ![εικόνα](https://cdn.example.gr/photo.png).',
      'Γράψτε στο <kem@example.gr> ή δείτε <https://portal.example.gr/aitisi>, www.example.gr/anakoinosi.',
      '<span style="color:red">παιδότοπος</span> <!-- σημείωση για εμάς -->',
      '[ref]: https://www.example.gr/reference-target',
    ].join('\n');
    const terms = analyseText(markdownToSearchText(markdown));
    expect(terms).toEqual(expect.arrayContaining(analyseText('μαθήματα ελληνικών οδηγό λειτουργίας εικόνα παιδότοπος')));
    for (const hidden of ['https', 'www', 'example', 'odigos', 'photo', 'portal', 'aitisi', 'anakoinosi', 'span', 'style', 'color', 'σημείωση', 'reference', 'target']) {
      expect(terms).not.toContain(analyseText(hidden)[0]);
    }
  });
});
