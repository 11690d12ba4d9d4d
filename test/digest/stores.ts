/** Stores for digest, alert and feed tests: the real store on its in-memory backend. */
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';

export const openTestStore = (): Promise<Store> => openStore('memory://');
