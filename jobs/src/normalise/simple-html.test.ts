import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text.ts';
import { readSimpleHtml } from './simple-html.ts';

describe('readSimpleHtml', () => {
  it.each([
    ['paragraphs with emphasis', '<p>Χρηματοδότηση για <strong>στέγαση</strong>.</p>\n<p>Λήξη: 30/04/2026</p>', 'Χρηματοδότηση για στέγαση.\n\nΛήξη: 30/04/2026'],
    ['a link with attributes', '<a href="https://x.example/?a=1&amp;b=2" title=\'a>b\'>link</a> text', 'link text'],
    ['nested lists', '<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>', 'a\n\nb\n\nc'],
    ['line breaks and references', 'One<br>Two<br/><br />Three &amp; &#8211; &#x20AC;&nbsp;5', 'One\nTwo\n\nThree & – € 5'],
    ['elements left open at the end', '<div><p>Open <b>call', 'Open call'],
  ])('reads %s without the parser, as the parser would', (_name, html, text) => {
    expect(readSimpleHtml(html)).not.toBeNull();
    expect(htmlToText(html)).toBe(text);
  });

  it.each([
    ['a comment', 'a <!-- b --> c'],
    ['a block inside a paragraph', '<p>a<div>b</div></p>'],
    ['a list item inside a list item', '<li>a<span><li>b</span>'],
    ['a link inside a link', '<a>a<a>b</a></a>'],
    ['an end tag that closes another element', '<b>a<i>b</b></i>'],
    ['a table', '<table><tr><td>a</td></tr></table>'],
    ['a reference without its semicolon', 'a &amp b'],
    ['an unknown reference', 'a &hearts; b'],
    ['a numeric reference to a control character', 'a &#128; b'],
    ['a NUL character', 'a\0b'],
    ['a self-closed element that is not void', '<p/>a'],
  ])('leaves %s to the parser', (_name, html) => {
    expect(readSimpleHtml(html)).toBeNull();
  });
});
