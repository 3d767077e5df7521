import { describe, expect, it } from 'vitest';
import { repairXmlReferences } from './xml-entities.ts';

describe('repairXmlReferences', () => {
  it('turns HTML named references into numeric ones XML knows', () => {
    expect(repairXmlReferences('<t>Children&rsquo;s&nbsp;fund: 60.000&euro; &laquo;ΚΕΜ&raquo; &Omega;</t>')).toBe(
      '<t>Children&#8217;s&#160;fund: 60.000&#8364; &#171;ΚΕΜ&#187; &#937;</t>',
    );
  });

  it("keeps XML's own references, numeric ones included", () => {
    const xml = '<t a="x&amp;y">&lt;p&gt; &quot;&apos; &#8211; &#x20AC;</t>';
    expect(repairXmlReferences(xml)).toBe(xml);
  });

  it('escapes a bare ampersand, in text and in attributes', () => {
    expect(repairXmlReferences('<t href="?a=1&b=2">Δήμος & ΚΕΔΕ &</t>')).toBe('<t href="?a=1&amp;b=2">Δήμος &amp; ΚΕΔΕ &amp;</t>');
  });

  it('makes an unknown name literal text rather than failing the feed', () => {
    expect(repairXmlReferences('<t>&check; &lol9;</t>')).toBe('<t>&amp;check; &amp;lol9;</t>');
  });

  it('leaves CDATA sections alone', () => {
    const xml = '<t><![CDATA[<p>A & B &rsquo;</p>]]> &rsquo;</t>';
    expect(repairXmlReferences(xml)).toBe('<t><![CDATA[<p>A & B &rsquo;</p>]]> &#8217;</t>');
  });
});
