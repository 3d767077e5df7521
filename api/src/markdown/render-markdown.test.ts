import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown.ts';
import { sanitizeFragment } from './sanitize-fragment.ts';

const allowedTags = new Set(['p', 'br', 'h2', 'h3', 'h4', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);

/** Every tag of the HTML string, with its attributes as written. */
function tagsOf(html: string) {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)].map(([, name, rest]) => ({
    name: name!.toLowerCase(),
    attributes: [...rest!.matchAll(/([^\s=/]+)(?:="([^"]*)")?/g)].map(([, attribute, value]) => ({ name: attribute!.toLowerCase(), value: value ?? '' })),
  }));
}

/** Inert: only allowlisted tags, no attributes but a safe href, its rel and a cell's alignment. */
function expectInert(html: string) {
  for (const tag of tagsOf(html)) {
    expect(allowedTags, `tag <${tag.name}> in ${html}`).toContain(tag.name);
    for (const attribute of tag.attributes) {
      expect(['href', 'rel', 'align'], `attribute ${attribute.name} in ${html}`).toContain(attribute.name);
      if (attribute.name === 'href') expect(attribute.value).toMatch(/^(https?:\/\/|mailto:)/);
    }
  }
  expect(html).not.toMatch(/<(script|style|iframe|img|svg|object|embed|math|form|input|base|meta|link)\b/i);
  expect(html).not.toMatch(/<[^>]*\s(on[a-z]+|style|src|srcset|formaction)\s*=/i);
  expect(html).not.toMatch(/<[^>]*href="\s*(javascript|data|vbscript):/i);
}

const hostile: Record<string, string> = {
  script: '<script>alert(1)</script>',
  'inline script': 'text <script>alert(1)</script> more',
  'img onerror': '<img src=x onerror=alert(1)>',
  'javascript link': '[x](javascript:alert(1))',
  'mixed-case javascript link': '[x](JaVaScRiPt:alert(1))',
  'entity-encoded javascript link': '[x](&#106;avascript&#58;alert(1))',
  'hex entity javascript link': '[x](&#x6A;&#x61;&#x76;&#x61;script:alert(1))',
  'javascript link with spaces': '[x]( javascript:alert(1) )',
  'javascript reference link': '[x][r]\n\n[r]: javascript:alert(1)',
  'javascript autolink': '<javascript:alert(1)>',
  'raw data link': '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">d</a>',
  'markdown data link': '[d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  'vbscript link': '[v](vbscript:msgbox(1))',
  iframe: '<iframe src="https://evil.example.org"></iframe>',
  'svg onload': '<svg onload=alert(1)><circle r="5"/></svg>',
  'style attribute': '<p style="background:url(javascript:alert(1))">styled</p>',
  'style element': '<style>body{display:none}</style>',
  'onclick on a raw link': '<a href="https://www.example.gr" onclick="alert(1)">x</a>',
  'javascript image': '![x](javascript:alert(1))',
  'html inside a table': '| a |\n| - |\n| <img src=x onerror=alert(1)> |',
  'form': '<form action="https://evil.example.org"><input name="x"></form>',
};

describe('renderMarkdown', () => {
  for (const [name, markdown] of Object.entries(hostile)) {
    it(`renders ${name} inert`, () => expectInert(renderMarkdown(markdown)));
  }

  it('shows raw HTML as the text it is rather than dropping it', () => {
    expect(renderMarkdown('<img src=x onerror=alert(1)>')).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(renderMarkdown('a <b>bold</b> word')).toBe('<p>a &lt;b&gt;bold&lt;/b&gt; word</p>\n');
  });

  it('keeps the words of a link whose target is unsafe or relative, without the link', () => {
    expect(renderMarkdown('[πάτησε εδώ](javascript:alert(1))')).toBe('<p>πάτησε εδώ</p>\n');
    expect(renderMarkdown('[σελίδα](/calls/1) [αλλού](//evil.example.org/x)')).toBe('<p>σελίδα αλλού</p>\n');
  });

  it('renders ordinary Markdown: headings (h1 as h2), emphasis, lists, links, tables, quotes, code', () => {
    const html = renderMarkdown(
      [
        '# Τίτλος',
        '### Ενότητα',
        '**έντονα**, *πλάγια*, ~~διαγραμμένα~~ και `κώδικας`',
        '- ένα\n- δύο',
        '1. πρώτο\n2. δεύτερο',
        '[Οδηγός](https://www.example.gr/odigos?a=1&b=2 "τίτλος") και <kem@example.gr> και www.example.gr',
        '| Δείκτης | 2024 |\n| --- | ---: |\n| Άτομα | 3.100 |',
        '> παράθεμα',
        '```\nκώδικας <b>\n```',
        '---',
      ].join('\n\n'),
    );
    expectInert(html);
    expect(html).toContain('<h2>Τίτλος</h2>');
    expect(html).toContain('<h3>Ενότητα</h3>');
    expect(html).toContain('<strong>έντονα</strong>, <em>πλάγια</em>, <del>διαγραμμένα</del> και <code>κώδικας</code>');
    expect(html).toContain('<ul>\n<li>ένα</li>\n<li>δύο</li>\n</ul>');
    expect(html).toContain('<ol>\n<li>πρώτο</li>\n<li>δεύτερο</li>\n</ol>');
    expect(html).toContain('<a href="https://www.example.gr/odigos?a=1&amp;b=2" rel="noopener noreferrer nofollow">Οδηγός</a>');
    expect(html).toContain('<a href="mailto:kem@example.gr" rel="noopener noreferrer nofollow">kem@example.gr</a>');
    expect(html).toContain('<a href="http://www.example.gr/" rel="noopener noreferrer nofollow">www.example.gr</a>');
    expect(html).toContain('<th>Δείκτης</th>');
    expect(html).toContain('<td align="right">3.100</td>');
    expect(html).toContain('<blockquote>\n<p>παράθεμα</p>\n</blockquote>');
    expect(html).toContain('<pre><code>κώδικας &lt;b&gt;\n</code></pre>');
    expect(html).toContain('<hr />');
    expect(html).not.toContain('target=');
  });

  it('turns an image into a link to it, since pages show no images from elsewhere', () => {
    expect(renderMarkdown('![Αφίσα <1>](https://www.example.gr/afisa.png)')).toBe(
      '<p><a href="https://www.example.gr/afisa.png" rel="noopener noreferrer nofollow">Αφίσα &lt;1&gt;</a></p>\n',
    );
  });
});

describe('sanitizeFragment', () => {
  it('holds on its own against hostile HTML, should the Markdown renderer ever let some through', () => {
    const html = sanitizeFragment(
      [
        '<script>alert(1)</script><img src=x onerror=alert(1)><svg onload=alert(1)><circle/></svg>',
        '<iframe src="https://evil.example.org">t</iframe><p style="color:red" class="x" onclick="alert(1)">p</p>',
        '<a href="javascript:alert(1)">j</a><a href="JaVaScRiPt:alert(1)">J</a><a href="&#106;avascript:alert(1)">e</a>',
        '<a href="java\tscript:alert(1)">t</a><a href="data:text/html,x">d</a><a href="/relative">r</a>',
        '<a href="https://www.example.gr" target="_blank" rel="opener">ok</a><h1>h</h1><h6>s</h6>',
      ].join(''),
    );
    expectInert(html);
    expect(html).not.toContain('alert');
    expect(html).toContain('<a href="https://www.example.gr/" rel="noopener noreferrer nofollow">ok</a>');
    expect(html).toContain('<h2>h</h2><h4>s</h4>');
    expect(html).toContain('<a>j</a><a>J</a><a>e</a><a>t</a><a>d</a><a>r</a>');
  });
});
