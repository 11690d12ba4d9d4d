/**
 * Where shares trade and who polices them: "Dhaka Stock Exchange", "Athens Exchange", "Securities and
 * Exchange Commission", "Competition Authority", "Public Disclosure Platform". Never a party to a deal. A
 * bare "X Exchange" counts only after a market's city or country: "Atalaia Exchange" may be a crypto venue
 * that is bought and sold.
 */
export const MARKET_INSTITUTION =
  /^(?:Athens|Nairobi|Lagos|Cairo|Istanbul|Borsa|Santiago|Lima|Prague|Budapest|Dhaka|Chittagong|Karachi|Colombo|Johannesburg|Tel Aviv|Warsaw|Vienna|Oslo|Tokyo|Taipei|Saudi|Qatar|Dubai|Abu Dhabi|Bahrain|Muscat|Amman|Casablanca|Ghana|Philippine|Indonesia|Australian|Singapore|Korea|Hong Kong|London|Frankfurt|Paris|Shanghai|Shenzhen|Bombay|Mexican|Toronto|Kuala Lumpur|Jakarta|Manila|Thailand|Tehran|Riyadh|Zagreb|Bucharest|Sofia|Ljubljana) Exchange$|\b(?:(?:Stock|Securities) Exchange|Exchange Commission|Securities Commission|Markets? (?:Commission|Authority)|Competition (?:Commission|Authority|Bureau|Council|Board)|Disclosure Platform)$/;
