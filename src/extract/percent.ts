/**
 * Percent changes with direction: "fell 11.5%", "down about 1.6%", "+133%", "(-9.5%)", "rose 3 percent".
 * Direction comes from an explicit sign first, then from the nearest verb before the number.
 */
export interface PercentMatch {
  value: number;
  /** +1 up, -1 down, 0 unknown. */
  direction: 1 | -1 | 0;
  signed: boolean;
  /** Part of a range such as "10–15%": not a single figure. */
  range: boolean;
  approximate: boolean;
  start: number;
  end: number;
  text: string;
}

const PCT =
  /([-–−+])?\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(%|percent\b|per cent\b|pct\b|(?<=\d)pc\b)/gi;
const UP =
  /\b(rocket(?:ed|s)|skyrocket(?:ed|s)|zoom(?:ed|s)|rebound(?:ed|s)|recover(?:ed|s)|rose|rise|rises|rising|risen|jump(?:ed|s|ing)?|gain(?:ed|s|ing)?|climb(?:ed|s|ing)?|rall(?:ied|ies|y|ying)|soar(?:ed|s|ing)?|surg(?:ed|es|e|ing)|up|higher|advanc(?:ed|es|ing)|add(?:ed|s|ing)?|increas(?:ed|es|e|ing)|spik(?:ed|es|e)|pop(?:ped|s)?|leap(?:t|ed|s)?|ris(?:en|ing)|boost(?:ed|s)?|lift(?:ed|ing|s)?|tack(?:ed)? on|more than doubled|doubl(?:ed|es)|trippled|tripl(?:ed|es))\b/i;
const DOWN =
  /\b(fell|fall|falls|falling|fallen|drop(?:ped|s|ping)?|slid|slide|slides|sliding|sank|sink|sinks|slump(?:ed|s)?|declin(?:ed|es|e|ing)|down|lower|lost|lose|loses|losing|tumbl(?:ed|es|e|ing)|plung(?:ed|es|e|ing)|plummet(?:ed|s)?|dip(?:ped|s)?|shed|sheds|retreat(?:ed|s)?|decreas(?:ed|es|e)|slip(?:ped|s)?|sag(?:ged|s)?|crater(?:ed|s)?|eas(?:ed|es)|off|skid(?:ded)?|cut|trim(?:med|s)?|loss(?:es)?)\b/i;

export function findPercents(text: string): PercentMatch[] {
  const out: PercentMatch[] = [];
  PCT.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prevEnd = 0;
  while ((m = PCT.exec(text))) {
    const [rawAll, sign, num] = m;
    const all = rawAll.trimStart();
    const start = m.index + rawAll.length - all.length;
    // The verb of an earlier figure does not carry over: "risen 19%…, even after a 0.8% dip".
    const before = text.slice(Math.max(0, prevEnd, start - 60), start);
    prevEnd = start + all.length;
    const pre = text.slice(Math.max(0, start - 12), start);
    const after = text.slice(start + all.length, start + all.length + 20);
    const minus = !!sign && sign !== '+';
    // "10–15%": the dash joins two numbers, it is not a minus sign.
    const dashJoin = minus && /\d\s?%?\s?$/.test(pre);
    const range =
      dashJoin ||
      (!sign && /\d\s?%?\s?(?:[-–—]|to)\s?$/.test(pre)) ||
      // "10% to 15%" is a range; "11.3% to 48,250 won" is a move and the price it reached.
      /^\s?(?:[-–—]|to)\s?[-–]?\d+(?:\.\d+)?\s?(?:%|per ?cent|pct)/i.test(after);
    const value = Number(num!.replace(/,/g, ''));
    const signed = !!sign && !dashJoin;
    const direction: 1 | -1 | 0 = signed ? (sign === '+' ? 1 : -1) : verbDirection(before);
    out.push({
      value,
      direction,
      signed,
      range,
      approximate: /(~|about|around|roughly|approximately|nearly|almost|some|more than|over)\s*$/i.test(
        before,
      ),
      start,
      end: start + all.length,
      text: all,
    });
  }
  return out;
}

/** Direction from the last movement verb in the text before a number ("shares fell about" → -1). */
export function verbDirection(told: string): 1 | -1 | 0 {
  // "gave up 2.2%" is a fall, whatever its "up" says.
  const before = told.replace(/\b(?:gave|gives|give|giving)\s+up\b/gi, 'lost');
  const clause = before.split(/[;,:(]|\band\b|\bwhile\b|\bbut\b/).pop() ?? before;
  const words = clause.split(/\s+/).reverse();
  for (const w of words) {
    if (DOWN.test(w)) return -1;
    if (UP.test(w)) return 1;
  }
  for (const w of before.split(/\s+/).reverse()) {
    if (DOWN.test(w)) return -1;
    if (UP.test(w)) return 1;
  }
  return 0;
}

export const MOVE_UP = UP;
export const MOVE_DOWN = DOWN;
