import { describe, expect, it } from 'vitest';
import {
  FOLLOW_UP_BUTTON_ID,
  carriedCommandOf,
  followUpButtonId,
  isFollowUpButton,
} from '../../adapters/discord/follow-up-button.js';

describe('the Follow up button id', () => {
  it('carries a command with typed options and gives it back', () => {
    const id = followUpButtonId({ command: 'news', options: { company: 'ORBL', days: 7 }, text: 'ORBL 7' });
    expect(id.length).toBeLessThanOrEqual(100);
    expect(isFollowUpButton(id)).toBe(true);
    expect(carriedCommandOf(id)).toEqual({
      command: 'news',
      options: { company: 'ORBL', days: 7 },
      text: 'ORBL 7',
    });
  });

  it('carries a command that came as text (an @mention asked like /ask)', () => {
    const id = followUpButtonId({ command: 'ask', text: 'who is buying the fiber unit?' });
    expect(carriedCommandOf(id)).toEqual({ command: 'ask', text: 'who is buying the fiber unit?' });
  });

  it('falls back to the bare id when the command does not fit in 100 characters', () => {
    const id = followUpButtonId({ command: 'ask', text: 'what did the analysts say about '.repeat(4) });
    expect(id).toBe(FOLLOW_UP_BUTTON_ID);
    expect(isFollowUpButton(id)).toBe(true);
    expect(carriedCommandOf(id)).toBeNull();
  });

  it('reads nothing from ids that are not ours or not well formed', () => {
    for (const id of [
      'other:button',
      `${FOLLOW_UP_BUTTON_ID}:{oops`,
      `${FOLLOW_UP_BUTTON_ID}:[1,2]`,
      `${FOLLOW_UP_BUTTON_ID}:["",""]`,
    ])
      expect(carriedCommandOf(id)).toBeNull();
    expect(isFollowUpButton('dealdesk:followupx')).toBe(false);
  });
});
