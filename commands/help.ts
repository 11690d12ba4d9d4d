/** /help [command]. */
import { helpCard } from '../src/bot/cards/help.js';
import { defineCommand, option } from '../src/bot/command.js';
import { fail, ok } from '../src/bot/resolvers/result.js';

export default defineCommand({
  name: 'help',
  description: 'What each command does, with examples',
  examples: ['/help', '/help deal'],
  options: [
    option({
      name: 'command',
      description: 'A command to explain',
      type: 'string',
      freeText: 'rest',
      resolve: (raw) => {
        const name = raw.trim().replace(/^\//, '').toLowerCase();
        return name ? ok(name) : fail('Which command?');
      },
    }),
  ],
  async run({ args, commands }) {
    if (!args.command) return { card: helpCard(commands) };
    const one = commands.find((c) => c.name === args.command);
    if (!one) {
      const card = helpCard(commands);
      return { card: { ...card, subtitle: [`There is no /${args.command}. These are the commands:`] } };
    }
    return { card: helpCard(commands, one) };
  },
});
