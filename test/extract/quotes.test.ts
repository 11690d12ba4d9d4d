import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const quotes = (text: string) =>
  extract(text).extraction.quotes.map((q) => [q.speaker, q.role, q.organization, q.text]);

describe('quotes', () => {
  it('learns a speaker from a long title in apposition: "X, the Panasonic executive officer in charge of…, told"', () => {
    const x = extract(
      'Markets today.\n\nPanasonic Holdings (TSE: 6752) sold a unit. "This business needs an owner," Kenji Moriyama, the Panasonic executive officer in charge of portfolio strategy, told reporters in Osaka.',
    ).extraction;
    expect(x.quotes.map((q) => [q.speaker, q.role, q.organization])).toEqual([
      ['Kenji Moriyama', 'executive officer', 'Panasonic Holdings'],
    ]);
  });
  it('names a speaker set off by a "who" clause, and one with a religious title, in full', () => {
    const speakers = (text: string) =>
      extract(`Markets today.\n\n${text}`).extraction.quotes.map((q) => [q.speaker, q.role]);
    expect(
      speakers(
        '"This fits our platform," Mara Quentin-Holt, who leads Halvern\'s developer tools, told reporters.',
      ),
    ).toEqual([['Mara Quentin-Holt', null]]);
    const nun = speakers(
      '"We wanted a strong hospital," said Sister Anne Marie Kowalczyk, who runs the hospital.',
    );
    expect(nun.map(([speaker]) => speaker)).toEqual(['Anne Marie Kowalczyk']);
  });
  it('gives "he said" to a chief executive named in apposition in the sentence before', () => {
    const x = extract(
      'Markets today.\n\n"The price is fair," said Ann Ruiz, an analyst at Corvid Research. Halvard Group has sold dozens of plants since 2016. Its chief executive, Warren Pickett, said proceeds would retire debt. "We are not a seller at any price," he said.',
    ).extraction;
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Ann Ruiz', 'Warren Pickett']);
  });
  it('attributes speech with a role before the name', () => {
    expect(quotes('Lumora (NYSE: LMRA) CEO Jana Velez said “we will double output by 2028.”')).toEqual([
      ['Jana Velez', 'CEO', 'Lumora', 'we will double output by 2028.'],
    ]);
  });
  it('learns a speaker from a lower-case "president of" or "a fund manager" after the name', () => {
    const found = extract(
      'Markets today.\n\nAgilent Technologies (NYSE: A) agreed to buy a lab. "We looked at building this ourselves for years," Hana Kobayashi-Reyes, president of Agilent\'s life sciences group, said in an interview. "The price is fair for everyone involved here," said Ellis Moran, a fund manager.',
    ).extraction.quotes.map((q) => [q.speaker, q.role, q.organization]);
    expect(found).toEqual([
      ['Hana Kobayashi-Reyes', 'president', 'Agilent Technologies'],
      ['Ellis Moran', 'fund manager', null],
    ]);
  });
  it('reads a lower-case chairman or finance director before the name as the role', () => {
    const roles = (text: string) => extract(`Markets today.\n\n${text}`).extraction.quotes.map((q) => q.role);
    expect(roles('"The price is right," chairman Edmund Wai said in a filing.')).toEqual(['chairman']);
    expect(roles('"It is a fair price," said finance director Martin Oyelaran.')).toEqual([
      'finance director',
    ]);
  });
  it('attributes speech with the role after the name and across a split quotation', () => {
    expect(
      quotes('“Costs are falling. Demand is not,” said Tomás Ibáñez, chief financial officer of Intel.'),
    ).toEqual([['Tomás Ibáñez', 'chief financial officer', 'Intel', 'Costs are falling. Demand is not,']]);
  });
  it('learns a person introduced with a role and a comma, quoted later by surname', () => {
    const text =
      'The firm will be run by Dorrin Labs’ chief executive, Dr. Imke Vos. “Scale matters,” Vos said.';
    expect(quotes(text).map((q) => q[0])).toEqual(['Imke Vos']);
  });
  it('resolves a surname or a pronoun to the person named earlier', () => {
    const text =
      'Hollin Bank’s Peter Okafor praised the plan. “It is overdue,” Okafor added. “And cheap,” he said.';
    expect(quotes(text).map((q) => q[0])).toEqual(['Peter Okafor', 'Peter Okafor']);
  });
  it('gives a pronoun to the person who opens the sentence before, not to an earlier speaker', () => {
    const text =
      '“Demand is strong,” said Peter Okafor of Hollin Bank. Tarrow Research’s Mina Castell was more cautious. “The price already assumes too much,” she wrote.';
    expect(quotes(text).map((q) => q[0])).toEqual(['Peter Okafor', 'Mina Castell']);
    const hired =
      '“Demand is strong,” said Mina Castell of Hollin Bank. The bank hired Peter Okafor last year. “We keep growing,” she said.';
    expect(quotes(hired).map((q) => q[0])).toEqual(['Mina Castell', 'Mina Castell']);
  });
  it('ignores unattributed quotes and scare quotes', () => {
    expect(quotes('The so-called “AI factory” plan was, as one analyst put it, “bold.”')).toEqual([]);
  });
});

describe('quotes as British pages and partial quotes write them', () => {
  it('reads quotes in single marks and keeps apostrophes inside them', () => {
    expect(
      quotes(
        "Markets.\n\nTallis Capital agreed to buy Ostwick Leisure. 'Britain's mid-sized companies look cheap to us,' said Conrad Pell, a managing partner at Tallis Capital.",
      ),
    ).toEqual([
      [
        'Conrad Pell',
        'managing partner',
        'Tallis Capital',
        "Britain's mid-sized companies look cheap to us,",
      ],
    ]);
  });

  it('reads a partial quote in single marks after "said the board had"', () => {
    expect(
      quotes(
        "Markets.\n\nOstwick Leisure's chairman, Gillian Marsh, said the board had 'tested the offer thoroughly'.",
      ).map((q) => q[0]),
    ).toEqual(['Gillian Marsh']);
  });

  it('learns two people introduced by one plural role and a quote "writing that…"', () => {
    expect(
      quotes(
        'Markets.\n\nFounders Fiona Ashby and Rupert Neal will stay on. "We were looking for a partner," Ashby told reporters. Neal said the studio "had a few conversations" first. Jefferies analyst Priya Dande kept a buy rating, writing that the price looks "pricey but unavoidable."',
      ).map((q) => q[0]),
    ).toEqual(['Fiona Ashby', 'Rupert Neal', 'Priya Dande']);
  });
});

describe('a surname whose full name was told earlier without a role', () => {
  it('gives "…," Dahlquist said and "…," said Dahlquist to the full name told before', () => {
    const speakers = (text: string) =>
      extract(`Deals\n\n${text}`, '2026-11-20').extraction.quotes.map((q) => q.speaker);
    const intro = 'Rowcrest Robotics was founded in 2018 by Maren Dahlquist, a former irrigation engineer.';
    expect(speakers(`${intro}\n\n"We raised the Series B," Dahlquist said.`)).toEqual(['Maren Dahlquist']);
    expect(speakers(`${intro}\n\n"We raised the Series B," said Dahlquist.`)).toEqual(['Maren Dahlquist']);
  });

  it('takes no title for a given name and no company for a surname', () => {
    const speakers = (text: string) =>
      extract(`Deals\n\n${text}`, '2026-11-20').extraction.quotes.map((q) => q.speaker);
    expect(speakers('Dr Dahlquist runs the lab.\n\n"We raised the Series B," Dahlquist said.')).toEqual([]);
    expect(
      speakers('Halvard Group (NYSE: HLVG) agreed to buy Orrin.\n\n"The deal is done," Halvard said.'),
    ).toEqual([]);
  });
});

describe('a role that opens the sentence before the speaker', () => {
  it('is no part of the speaker\'s name ("Partner Callum Ferraby told…")', () => {
    const speakers = extract(
      'Deals\n\nHalvard Group agreed to buy Rowcrest Robotics. Partner Callum Ferraby told Seedbed Wire the fund would return "roughly seven times" its money.',
      '2026-11-20',
    ).extraction.quotes.map((q) => q.speaker);
    expect(speakers).toEqual(['Callum Ferraby']);
  });
});
