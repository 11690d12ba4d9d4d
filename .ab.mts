import { builtinDirectory, extractArticle } from '/work/main/src/extract/index.js';
import { syntheticArticleTexts } from '/work/main/bench/synthetic/articles.js';
const N = Number(process.env.N ?? 2000);
const directory = builtinDirectory();
for (const a of syntheticArticleTexts(200, 7)) extractArticle({ ...a, url: null, source: null, guid: null, origin: 'bench' }, { directory });
let bytes = 0; const c0 = process.cpuUsage();
for (const a of syntheticArticleTexts(N)) { extractArticle({ ...a, url: null, source: null, guid: null, origin: 'bench' }, { directory }); bytes += Buffer.byteLength(a.text); }
const c = process.cpuUsage(c0);
console.log(((bytes / 1e6) / ((c.user + c.system) / 1e6)).toFixed(3), 'MB/s cpu');
