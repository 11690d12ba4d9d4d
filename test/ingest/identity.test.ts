import { describe, expect, it } from 'vitest';
import { articleIdentity, canonicalUrl, contentHash } from '../../src/ingest/identity.js';

describe('canonicalUrl', () => {
  it('makes the usual variants of one address equal', () => {
    const variants = [
      'https://News.Example.com/markets/deal-story/',
      'https://news.example.com:443/markets/deal-story',
      'https://news.example.com/markets/deal-story?utm_source=twitter&utm_medium=social',
      'https://news.example.com/markets/deal-story#comments',
      'https://news.example.com/markets/deal-story/?fbclid=abc123&gclid=xyz',
    ];
    const canon = variants.map(canonicalUrl);
    expect(new Set(canon).size).toBe(1);
    expect(canon[0]).toBe('https://news.example.com/markets/deal-story');
  });

  it('keeps parameters that name the page, in a stable order', () => {
    expect(canonicalUrl('http://x.example:80/a?b=2&a=1&utm_campaign=z')).toBe('http://x.example/a?a=1&b=2');
    expect(canonicalUrl('http://x.example/a?id=1')).not.toBe(canonicalUrl('http://x.example/a?id=2'));
  });

  it('returns null for what is not an http(s) URL', () => {
    expect(canonicalUrl(null)).toBeNull();
    expect(canonicalUrl('file:///etc/passwd')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
  });
});

describe('contentHash', () => {
  it('ignores whitespace, case and typographic quote differences, not words', () => {
    const a = contentHash('Acme said it “will” buy   Widgets.\n\nShares rose 3%.');
    expect(contentHash('acme said it "will" buy widgets. shares rose 3%.')).toBe(a);
    expect(contentHash('Acme said it "will" buy Widgets. Shares rose 4%.')).not.toBe(a);
  });
});

describe('articleIdentity', () => {
  it('derives the id from the canonical URL, else the guid, else the content', () => {
    const byUrl1 = articleIdentity({ url: 'https://n.example/s?utm_source=x', guid: 'g', text: 'one' });
    const byUrl2 = articleIdentity({ url: 'https://n.example/s', guid: 'other', text: 'two' });
    expect(byUrl1.id).toBe(byUrl2.id);
    expect(byUrl1.basis).toBe('url');

    const byGuid1 = articleIdentity({ url: null, guid: 'tag:wire,2026:1', text: 'one' });
    const byGuid2 = articleIdentity({ url: null, guid: 'tag:wire,2026:1', text: 'changed' });
    expect(byGuid1.id).toBe(byGuid2.id);
    expect(byGuid1.contentHash).not.toBe(byGuid2.contentHash);

    const byText1 = articleIdentity({ url: null, guid: null, text: 'Same text here.' });
    const byText2 = articleIdentity({ url: null, guid: null, text: 'same   text here.' });
    expect(byText1.id).toBe(byText2.id);
    expect(byText1.id).not.toBe(articleIdentity({ url: null, guid: null, text: 'Other text.' }).id);
    expect(byText1.id).toMatch(/^a_[0-9a-f]{20}$/);
  });
});
