import { expect, it } from 'vitest';
import { datelineDate, toIsoDate } from '../../src/ingest/readers/dates.js';
import { parseHtmlArticle } from '../../src/ingest/readers/html.js';
import { parseTextArticle } from '../../src/ingest/readers/text.js';

it('reads the publish date from a byline or "Published" line under the headline', () => {
  expect(datelineDate('Chipmaker wins order\nPublished Tuesday, November 4, 2025\n\nBody text.')).toBe(
    '2025-11-04',
  );
  expect(datelineDate('Grocer sells unit\nBy Retail Desk | June 2, 2025\n\nThe grocer said…')).toBe(
    '2025-06-02',
  );
  expect(datelineDate('Bank results\nUpdated 14 March 2026, 09:30 GMT\n\nThe bank said…')).toBe('2026-03-14');
  expect(datelineDate('Brief\n2026-01-09\nText')).toBe('2026-01-09');
});

it('reads a press-release dateline that opens the first paragraph', () => {
  const text =
    'Acme Robotics Signs Supply Pact\n\nBOSTON, Feb. 3, 2026 /PRNewswire/ -- Acme Robotics Inc. today announced a multi-year agreement to supply arms to a carmaker, the company said in a statement.';
  expect(datelineDate(text, 'Acme Robotics Signs Supply Pact')).toBe('2026-02-03');
  const wire = `Steelmaker weighs bid\n\nPITTSBURGH, Sept. 9, 2025 (Reuters) - A steelmaker is weighing a bid for a rival, people familiar said on Tuesday, adding that no decision had been made.`;
  expect(datelineDate(wire, 'Steelmaker weighs bid')).toBe('2025-09-09');
});

it('never takes a date from the headline or the body', () => {
  expect(
    datelineDate(
      'Lumio to report on Nov. 6, 2025\n\nLumio reports after the bell.',
      'Lumio to report on Nov. 6, 2025',
    ),
  ).toBeNull();
  const body =
    'Quarterly preview\n\nThe retailer, which has struggled with weak demand across its home furnishings aisles this year, reports results on Nov. 6, 2025, and analysts expect a loss.';
  expect(datelineDate(body, 'Quarterly preview')).toBeNull();
});

it('gives a plain-text article without front matter the date of its byline', () => {
  const a = parseTextArticle(
    'Harbor Lane closes its dessert unit sale\nBy Food Desk | Sept. 15, 2025\n\nThe deal closed on Monday.',
    'x.txt',
  );
  expect(a.publishedAt).toBe('2025-09-15');
  expect(a.title).toBe('Harbor Lane closes its dessert unit sale');
  const fm = parseTextArticle(
    '---\npublished: 2025-09-20\n---\nHarbor deal closes\nBy Food Desk | Sept. 15, 2025\n\nText.',
    'y.txt',
  );
  expect(fm.publishedAt).toBe('2025-09-20');
});

it('reads compact meta dates and, with no date in the metadata, the byline of an HTML page', () => {
  expect(toIsoDate('20260804')).toBe('2026-08-04');
  const page = `<html><head><title>Grocer weighs sale of bakery arm</title></head><body><article>
    <h1>Grocer weighs sale of bakery arm</h1><p class="byline">By Retail Desk | March 12, 2026</p>
    <p>The grocer said on Tuesday it had hired advisers to explore a sale of its bakery arm, which makes bread for its stores and for other chains across the region.</p>
    <p>The unit had sales of about $400 million last year, and the company expects to decide on its future by the summer.</p>
  </article></body></html>`;
  expect(parseHtmlArticle(page, 'page.html').publishedAt).toBe('2026-03-12');
});

it('reads the headline and its byline date under a page copied with its menus and sign-in links', () => {
  const page = [
    'Skip to main content',
    'Albion Wire',
    'World | Business | Markets | Commentary | Technology',
    'Sign up   Sign in',
    '',
    'Business > Deals',
    'EDITORS’ PICK | DEALS',
    '',
    'Halvern trumps rival bidder with higher offer for data firm Trestle',
    '',
    'By Jane Colby and Tom Ash',
    'November 18, 2026 8:14 AM GMT  Updated 2 hours ago',
    '',
    'LONDON (Albion Wire) - Halvern Foods agreed on Wednesday to buy Trestle Data for 1.6 billion pounds.',
  ].join('\n');
  const a = parseTextArticle(page, 'page.txt');
  expect(a.title).toBe('Halvern trumps rival bidder with higher offer for data firm Trestle');
  expect(a.publishedAt).toBe('2026-11-18');
});

it('skips a menu whose last labels are set apart by wide gaps instead of bars', () => {
  const article = parseTextArticle(
    'Sections  |  Practice Areas  |  Courts  |  Newsletters        My Feed   Sign Out   Help\n\nDealings\n\nTwo Law Firms Steer Harlow Foods Takeover of Dunmore\n\nBy Court Desk\n\nHarlow Foods said on Monday it will buy Dunmore.',
    'page.txt',
  );
  expect(article.title).toBe('Two Law Firms Steer Harlow Foods Takeover of Dunmore');
});
