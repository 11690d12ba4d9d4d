/**
 * Lines of page chrome: menus, share buttons, bylines, quote rows, timestamps, breadcrumbs and copyright
 * footers. Such a line states no fact of the story; clean.ts drops it before anything else is read.
 */

/** One label of chrome: "Back to News", "Share", "Advertisement". */
const CHROME =
  /^(editors?['’]? picks?|back to (news|top|home|articles?)|go ?to ?top|top|home|menu|skip to (main )?content|advertisement|sponsored( content)?|share( this( article| story)?)?|share on \w+|tweet|email|print|copy link|listen( to (this )?article)?|subscribers? only|members? only|premium|\d+ min(ute)?s?( read| listen)?|gift (this )?article|save( (this )?article)?|bookmark|subscribe( now)?|sign in|log in|sign up|comments?|view comments|\d+ comments?|read more|show more|load more|continue reading|click here.*|follow us.*|image( source)?:.*|photo:.*|getty images|tk|more)\.?$/i;
/** A site's menu in one line: "Marketsquare.com | Market Activity | Stocks | Newsletters | Sign In". */
const NAV_WORD =
  /^(?:home|news|markets?|market activity|stocks|articles|newsletters?|videos?|podcasts?|sign in|log ?in|subscribe|search|menu|opinion|business|tech(?:nology)?|economy|world|politics|personal finance|investing|latest|live)$/i;
const isNavRow = (t: string): boolean => {
  if (t.startsWith('|') || /\d/.test(t.replace(/\.com\b/g, ''))) return false;
  const parts = t.split(/\s+\|\s+/).map((p) => p.trim());
  return (
    parts.length >= 4 &&
    parts.every((p) => p.split(/\s+/).length <= 3) &&
    parts.filter((p) => NAV_WORD.test(p)).length >= 2
  );
};
/** A row of quotes: "Quotes CLX $148.20 +2.79 (+1.92%) Pre-Market | HRL $31.14 | CHD $91.06". */
const QUOTE_ROW =
  /^(?:quotes?:?\s+)?(?:[A-Z]{1,5}(?:\.[A-Z]{1,2})?\s+\$?\d[\d,.]*(?:\s+[+\-–−]\d[\d,.]*)?(?:\s*\([+\-–−]?\d[\d.]*%\))?(?:\s+(?:pre-?market|after-?hours|premarket))?\s*(?:\||$)\s*){2,}$/i;
/** A line of nothing but dates and times: "Nov 25, 2026, 09:12am EST Updated Nov 25, 2026, 11:40am EST". */
const isTimestampLine = (t: string): boolean => t.length <= 100 && /\d{4}/.test(t) && isStampOnly(t);
/** Nothing but date and time words: "Dec. 3, 2026, 10:52 a.m. ET", "Updated 11:37 a.m. ET". */
const isStampOnly = (t: string): boolean =>
  !t
    .replace(
      /\b(?:published|updated|posted|last updated|on)\b:?|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?|\b(?:[ECMP][SD]?T|GMT|UTC|BST|CET)\b|[,|·—–-]/gi,
      '',
    )
    .trim();
/**
 * A dateline bar: "Bay Street Now | Business | Dec. 3, 2026, 10:52 a.m. ET | Updated 11:37 a.m. ET": a
 * time stamp among short labels.
 */
const isDatelineBar = (t: string): boolean => {
  if (t.length > 200 || !t.includes(' | ')) return false;
  const parts = t.split(/\s+\|\s+/);
  return (
    parts.some((p) => isTimestampLine(p)) &&
    parts.every(
      (p) =>
        (/\d/.test(p) && isStampOnly(p)) ||
        (p.split(/\s+/).length <= 4 && !/\d/.test(p) && !/[.!?]$/.test(p)),
    )
  );
};
/** A chat export's message header: "kyle.m  7:56 AM", "Slackbot 7:30 AM", "Priya Shah 08:12". */
const CHAT_HEADER = /^[\w.'’-]{2,24}(?: [\w.'’-]{2,24})?\s+\d{1,2}:\d{2}(?:\s?[AP]M)?$/;
/**
 * A contributor's byline and blurb: "Graham Pellerin, Contributor", "By Ada Moss, Bay Street Now Reporter",
 * "I write about industrial automation."
 */
const BYLINE =
  /^(?:(?:by\s+)?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}, (?:[A-Z][\w.'’-]+ ){0,4}(?:senior |staff |contributing )?(?:contributor|writer|reporter|editor|columnist|correspondent)|i (?:write|cover|report) (?:about|on)\b[^.]{0,160}\.?)$/i;
const SHARE_ROW =
  /^(?:share|facebook|x|twitter|linkedin|email|e-mail|print|reddit|whatsapp|pinterest|flipboard|telegram|threads|bluesky|copy link|save|gift article)(?:\s+(?:share|facebook|x|twitter|linkedin|email|e-mail|print|reddit|whatsapp|pinterest|flipboard|telegram|threads|bluesky|copy link|save|gift article)){2,}$/i;
/** "Share this article: Facebook Twitter LinkedIn": a share row with its own label. */
const LABELLED_SHARE_ROW =
  /^share (?:this|the) (?:article|story|page|post)\b[:\s]*(?:(?:on\s+)?(?:facebook|x|twitter|linkedin|email|e-mail|print|reddit|whatsapp|pinterest|flipboard|telegram|threads|bluesky|copy link)[\s,|·•]*)*$/i;
/** Share links in brackets: "[Print] [Email] [Share on Facebook] [Share on X] · Text size A A A". */
const BRACKET_SHARE_ROW =
  /^(?:\[(?:print|email|e-mail|save|copy link|comments?|listen|gift article|share(?: on [\w ]{1,20})?)\]\s*[·|]?\s*){2,}(?:text size\b[\w ]{0,20})?$/i;
/** A page's copyright footer: "(c) 2026 Oxbow Data Ltd. All rights reserved." names the publisher, no story company. */
const COPYRIGHT = /^(?:\(c\)|©|copyright\s+(?:©\s*|\(c\)\s*)?(?:19|20)\d\d\b)|\ball rights reserved\b/i;

/** "Share on Facebook · Share on X · Email · Print": a row of labels that are each chrome. */
const isLabelRow = (t: string): boolean =>
  t.length < 200 && /[·•|]/.test(t) && t.split(/\s*[·•|]\s*/).every((w) => !w || CHROME.test(w));

/** "Articles > Stocks": a breadcrumb. */
const BREADCRUMB = /^[\w .&'’-]{1,30}(?:\s+[>›»]\s+[\w .&'’-]{1,30})+$/;

/** "Tags: Fintech M&A Sweden PayPal": a page's topic links (a line of tickers alone is read as a tag line). */
const TOPIC_TAGS =
  /^(?:tags|topics|related topics|filed under|categories|category|keywords|more about)\s*:\s+[^.!?]{1,200}$/i;
const isTopicTags = (t: string): boolean =>
  TOPIC_TAGS.test(t) && !/:\s+[A-Z]{1,5}(?:\.[A-Z])?(?:[\s,|]+[A-Z]{1,5}(?:\.[A-Z])?)*$/.test(t);

/**
 * A news aggregator's item line: "Marlowe Post · 5 hours ago", "… · 5 hours ago · Chevron agrees to sell…":
 * a source and an age, then at most another outlet's headline, never a sentence of the story.
 */
const AGGREGATOR_ITEM =
  /^(?:[^·•|]{1,60}\s[·•|]\s+)?(?:\d+|an?)\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago(?:\s*$|\s+[·•|]\s)/i;

/** A printed release's running header and footer: "- more -", "Acme Inc. | Denver | acme.com  Page 2 of 4", "Acme Inc.  NEWS RELEASE". */
const PRINT_PAGE =
  /^(?:[-–—]+\s*more\s*[-–—]+|.{0,100}\bpage \d+ of \d+|.{0,40}\b(?:news|press|media) release)$/i;

/** "USD/ZAR 17.42 | JSE All Share 98,410 +0.3% | Brent $71.60": a strip of market levels, no story. */
const isMarketStrip = (t: string): boolean => {
  if (t.length > 400 || !t.includes('|')) return false;
  const parts = t.split(/\s+\|\s+/).filter(Boolean);
  return (
    parts.length >= 3 &&
    parts.every((p) => /^[^|.!?]{1,32}?\s[+\-–−]?[$€£¥R]?\d[\d,.]*[%p]?(?:\s+[+\-–−]?\d[\d,.]*%?)?$/.test(p))
  );
};

/**
 * A ticker tape run together without separators: "DJIA 48,211.40 +0.3% S&P 500 6,902.15 +0.2% SGIT 141.05
 * +3.9% MSFT 512.88 +0.6%": three or more quotes (a label, a level, a signed change) filling the line.
 */
const TAPE_QUOTE = /(?:^|\s)[A-Z][\w&./-]*(?:\s\d{2,4})?\s+\d[\d,]*(?:\.\d+)?\s+[+\-–−]\d+(?:\.\d+)?%/g;
const isTickerTape = (t: string): boolean => {
  if (t.length > 400 || !/%/.test(t)) return false;
  const quotes = t.match(TAPE_QUOTE) ?? [];
  return quotes.length >= 3 && quotes.join('').length >= t.length * 0.7;
};

/** Whether a line (trimmed, Markdown stripped) is page chrome. */
export function isChromeLine(t: string): boolean {
  return (
    CHROME.test(t) ||
    (t.length < 400 && COPYRIGHT.test(t)) ||
    isLabelRow(t) ||
    SHARE_ROW.test(t) ||
    LABELLED_SHARE_ROW.test(t) ||
    BRACKET_SHARE_ROW.test(t) ||
    BYLINE.test(t) ||
    isNavRow(t) ||
    QUOTE_ROW.test(t) ||
    isTimestampLine(t) ||
    CHAT_HEADER.test(t) ||
    isDatelineBar(t) ||
    BREADCRUMB.test(t) ||
    isTopicTags(t) ||
    AGGREGATOR_ITEM.test(t) ||
    (t.length <= 160 && /page|release|more/i.test(t) && PRINT_PAGE.test(t.replace(/\s{2,}/g, ' '))) ||
    isMarketStrip(t) ||
    isTickerTape(t)
  );
}
