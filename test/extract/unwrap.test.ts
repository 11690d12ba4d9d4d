/**
 * Hard-wrapped text (a release copied out of a PDF, a plain-text e-mail) read back into paragraphs, and
 * ordinary text left as it is.
 */
import { describe, expect, it } from 'vitest';
import { unwrapHardBreaks } from '../../src/extract/unwrap.js';
import { dealLine, extract } from './helpers.js';

const WRAPPED = [
  'Acme Tools Inc.                                              PRESS RELEASE',
  '',
  'DENVER, March 4, 2026 -- Acme Tools Inc. (NYSE: ACMT) today said it has agreed',
  'to acquire Wexley Pump Works, Inc. from funds managed by Harlan Creek',
  'Capital, a private equity firm, for $410 million in cash. The deal brings pre-',
  'cision pumps used in mining and is expected to close in the second quarter.',
  '',
  '"Wexley fits our fluid business and brings a strong aftermarket to our',
  'customers," said Dana Whitford, Chief Executive Officer of Acme Tools.',
  '',
  '- more -',
  '',
  'Acme Tools Inc. | Denver, Colorado | www.acmetools.example        Page 1 of 3',
  '',
  'Conference Call',
  'Acme Tools will hold a conference call to discuss the transaction on',
  'Thursday, March 5, 2026, at 9:00 a.m. Mountain Time.',
].join('\n');

describe('unwrapHardBreaks', () => {
  it('joins the lines of a wrapped paragraph and mends a word broken at the wrap', () => {
    const text = unwrapHardBreaks(WRAPPED);
    expect(text).toContain(
      'from funds managed by Harlan Creek Capital, a private equity firm, for $410 million in cash.',
    );
    expect(text).toContain('The deal brings precision pumps used in mining');
    expect(text).toContain('on Thursday, March 5, 2026, at 9:00 a.m. Mountain Time.');
  });

  it('keeps headings and list items on their own lines', () => {
    const text = unwrapHardBreaks(WRAPPED);
    expect(text.split('\n')).toContain('Conference Call');
    expect(
      unwrapHardBreaks(
        `${WRAPPED}\n- first point of a list that runs on for quite a long way without a stop\n- second point`,
      ),
    ).toContain('\n- second point');
  });

  it('leaves text that is not wrapped as it is', () => {
    const page = [
      'Related stories',
      'Harlan Creek Capital closes its fifth fund at a record size for the firm',
      'Wexley Pump Works names a new chief financial officer from a rival',
      '',
      'Acme Tools agreed to buy Wexley Pump Works for $410 million on Tuesday.',
    ].join('\n');
    expect(unwrapHardBreaks(page)).toBe(page);
  });
});

describe('a release copied out of a PDF', () => {
  it('yields the deal, the quote and the call that cross the wrapped lines', () => {
    const f = extract(WRAPPED, '2026-03-04').extraction;
    expect(f.deals.map(dealLine)).toContainEqual(
      'acquisition ACMT:buyer+Wexley Pump Works:target+Harlan Creek Capital:seller $410 million announced',
    );
    expect(f.quotes.map((q) => q.speaker)).toContain('Dana Whitford');
    expect(f.events.map((e) => [e.type, e.date])).toContainEqual(['other', '2026-03-05']);
  });

  it('drops the running header and footer of the printed pages', () => {
    const { cleanedText } = extract(WRAPPED, '2026-03-04');
    expect(cleanedText).not.toMatch(/Page 1 of 3|- more -|PRESS RELEASE/);
  });
});
