/**
 * Places written like names: after "invested in", "a partnership with" or "bought" a capitalised word
 * may be a country, a state or a region rather than a company ("invest $2 billion in Ohio"). Keys are
 * lower-case, as `nameKey` writes them.
 */
export const PLACES: ReadonlySet<string> = new Set(
  [
    // U.S. states and regions.
    'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|' +
      'idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|' +
      'minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|' +
      'new york state|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|' +
      'south carolina|south dakota|tennessee|texas|utah|vermont|virginia|west virginia|wisconsin|' +
      'wyoming|puerto rico|silicon valley|midwest|the midwest|appalachia|permian basin|gulf coast|' +
      'new england',
    // Countries, regions and cities that NOT_COMPANY (firm-names.ts) does not list.
    'argentina|chile|colombia|peru|egypt|nigeria|kenya|south africa|morocco|turkey|greece|portugal|' +
      'czech republic|hungary|romania|ukraine|qatar|kuwait|oman|united arab emirates|uae|dubai|' +
      'abu dhabi|pakistan|bangladesh|thailand|malaysia|philippines|new zealand|scotland|wales|england|' +
      'iceland|luxembourg|middle east|southeast asia|north america|south america|the gulf|scandinavia|' +
      'the americas|mumbai|delhi|bangalore|sydney|melbourne|toronto|montreal|vancouver|chicago|boston|' +
      'houston|dallas|austin|seattle|atlanta|miami|denver|phoenix|detroit|pittsburgh|san francisco|' +
      'los angeles|san diego|san jose|milan|madrid|amsterdam|stockholm|oslo|copenhagen|helsinki|dublin|' +
      'munich|hamburg|vienna|warsaw|geneva|riyadh|jakarta|hanoi|bangkok|manila|osaka|taipei|shenzhen|' +
      'hangzhou|guangzhou',
  ]
    .join('|')
    .split('|'),
);
