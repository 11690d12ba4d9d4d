/**
 * What a ticker looks like, in one place: US-style symbols ("LUMN", "BRK.B") and the numeric codes of
 * Tokyo, Hong Kong or Seoul ("7791", "0700.HK"). Case-insensitive; stored tickers are upper case.
 */
export const TICKER_SHAPE = String.raw`(?:[A-Za-z][A-Za-z0-9.-]{0,9}|\d{4,6}(?:\.[A-Za-z]{1,2})?)`;

const WHOLE = new RegExp(`^${TICKER_SHAPE}$`);

export const looksLikeTicker = (s: string): boolean => WHOLE.test(s.trim());
