export {
  readArticleFile,
  readTextFile,
  articlesFromContent,
  InputError,
  DEFAULT_MAX_FILE_BYTES,
} from './file.js';
export { parseTextArticle, splitFrontMatter, markdownToText } from './text.js';
export { parseHtmlArticle, htmlToText } from './html.js';
export { parseJsonArticles, containsArticles, isJsonArticle } from './json.js';
export { kindFromContent, kindFromContentType, kindFromExtension, type InputKind } from './sniff.js';
export { toIsoDate } from './dates.js';
