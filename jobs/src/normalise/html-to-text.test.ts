import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text.ts';

describe('htmlToText', () => {
  it.each([
    ['decodes named and numeric entities', 'Κέντρα Ένταξης &amp; Κοινότητας &rsquo;26&nbsp;&#8211; ΚΕΜ', 'Κέντρα Ένταξης & Κοινότητας ’26 – ΚΕΜ'],
    ['collapses whitespace and trims', '  <span>Call</span>\n\t  for   <b>proposals</b>  ', 'Call for proposals'],
    ['drops scripts, styles and comments', '<style>p{color:red}</style><p>Open<script>alert(1)</script><!-- hidden --> call</p>', 'Open call'],
    ['turns paragraphs into paragraph breaks', '<p>Πρώτη παράγραφος.</p><p>Δεύτερη.</p>', 'Πρώτη παράγραφος.\n\nΔεύτερη.'],
    ['turns br and list items into line breaks', '<div>Line one<br>Line two<ul><li>a</li><li>b</li></ul>After</div>', 'Line one\nLine two\n\na\nb\n\nAfter'],
    ['treats a double br as a paragraph break', 'One<br><br>Two', 'One\n\nTwo'],
    ['separates table cells', '<table><tr><td>Budget</td><td>5.000.000 €</td></tr><tr><td>Rate</td><td>80%</td></tr></table>', 'Budget 5.000.000 €\nRate 80%'],
    ['keeps the line breaks of plain text', 'Line one\nLine two &amp; more\n\n\nNew paragraph', 'Line one\nLine two & more\n\nNew paragraph'],
    ['keeps text that only looks like markup', 'a < b & c > d', 'a < b & c > d'],
    ['returns an empty string for nothing', '   ', ''],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it.each([
    ['unclosed tags', '<p><b>bold <i>italic</p><div>rest'],
    ['stray closing tags and broken attributes', '</div></p><a href="x>link</a> & <<>> <p <x'],
    ['an unknown entity', 'Fish &chips; &unknownentity; &#xZZ;'],
    ['a CDATA section and a doctype', '<!DOCTYPE html><![CDATA[ x ]]><p>text</p>'],
  ])('never throws on %s', (_name, html) => {
    expect(() => htmlToText(html)).not.toThrow();
    expect(typeof htmlToText(html)).toBe('string');
  });

  it('survives very deep nesting, which overflows recursive text extraction', () => {
    const html = `${'<div>'.repeat(5_000)}deep${'</div>'.repeat(5_000)}`;
    expect(htmlToText(html)).toBe('deep');
  });
});
