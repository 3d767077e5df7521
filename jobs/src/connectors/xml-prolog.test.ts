import { describe, expect, it } from 'vitest';
import { readXmlProlog } from './xml-prolog.ts';

describe('readXmlProlog', () => {
  it.each([
    ['<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', 'rss'],
    ['\uFEFF<?xml version="1.0"?><!-- generator --><?xml-stylesheet href="a.xsl"?>\n<feed xmlns="http://www.w3.org/2005/Atom"/>', 'feed'],
    ['<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>', 'rdf:RDF'],
    ['<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91"/>', 'rss'],
    ['<!DOCTYPE html>\n<html lang="el"><body/></html>', 'html'],
  ])('finds the root element of %j', (xml, root) => {
    expect(readXmlProlog(xml)).toEqual({ root, declaresEntities: false });
  });

  it('gives no root for something that is not markup', () => {
    expect(readXmlProlog('{"items": []}').root).toBeNull();
    expect(readXmlProlog('<?xml version="1.0"').root).toBeNull();
  });

  it('notices entity declarations in the DOCTYPE, and finds the root after them', () => {
    expect(readXmlProlog('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "b"> <!ENTITY c "&a;&a;">]><rss version="2.0"/>')).toEqual({
      root: 'rss',
      declaresEntities: true,
    });
  });
});
