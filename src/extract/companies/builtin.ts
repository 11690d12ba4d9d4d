/**
 * A built-in list of widely known listed companies, written by us (no third-party list copied).
 * One line each: TICKER | exchange | official name | aliases (";"-separated). An alias ending in "?"
 * is ambiguous (a common word, or a name shared with something else): it counts only when the
 * article anchors the ticker or uses an unambiguous name for the same company.
 * Primary US symbol: Alphabet/Google → GOOGL, Berkshire → BRK.B.
 * The table continues in builtin-more.ts (MORE_TABLE, same format; MORE_ALIASES adds aliases to lines here)
 * and builtin-extra.ts (EXTRA_TABLE: mid caps and companies listed abroad).
 */
import type { CompanyRecord } from '../../domain/records.js';
import { EXTRA_TABLE } from './builtin-extra.js';
import { MORE_ALIASES, MORE_TABLE } from './builtin-more.js';

const TABLE = `
AAPL|NASDAQ|Apple Inc.|Apple
MSFT|NASDAQ|Microsoft Corporation|Microsoft;Microsoft Azure;Azure?
GOOGL|NASDAQ|Alphabet Inc.|Alphabet;Google;Google Cloud;YouTube
AMZN|NASDAQ|Amazon.com Inc.|Amazon;Amazon.com;AWS;Amazon Web Services;Whole Foods Market
META|NASDAQ|Meta Platforms Inc.|Meta Platforms;Facebook;Meta?
NVDA|NASDAQ|Nvidia Corporation|Nvidia;NVIDIA
TSLA|NASDAQ|Tesla Inc.|Tesla
BRK.B|NYSE|Berkshire Hathaway Inc.|Berkshire Hathaway;Berkshire
JPM|NYSE|JPMorgan Chase & Co.|JPMorgan;JPMorgan Chase;J.P. Morgan;JP Morgan;Chase?
V|NYSE|Visa Inc.|Visa?
MA|NYSE|Mastercard Inc.|Mastercard
JNJ|NYSE|Johnson & Johnson|Johnson & Johnson;J&J
WMT|NYSE|Walmart Inc.|Walmart;Wal-Mart
PG|NYSE|Procter & Gamble Co.|Procter & Gamble;P&G
XOM|NYSE|Exxon Mobil Corporation|Exxon Mobil;ExxonMobil;Exxon
CVX|NYSE|Chevron Corporation|Chevron
UNH|NYSE|UnitedHealth Group Inc.|UnitedHealth;UnitedHealth Group
HD|NYSE|The Home Depot Inc.|Home Depot
BAC|NYSE|Bank of America Corporation|Bank of America;BofA;BofA Securities;Merrill Lynch
WFC|NYSE|Wells Fargo & Company|Wells Fargo
C|NYSE|Citigroup Inc.|Citigroup;Citi;Citibank;Citi Research
GS|NYSE|Goldman Sachs Group Inc.|Goldman Sachs;Goldman
MS|NYSE|Morgan Stanley|Morgan Stanley
BLK|NYSE|BlackRock Inc.|BlackRock
SCHW|NYSE|Charles Schwab Corporation|Charles Schwab;Schwab
AXP|NYSE|American Express Company|American Express;Amex
KO|NYSE|The Coca-Cola Company|Coca-Cola;Coke?
PEP|NASDAQ|PepsiCo Inc.|PepsiCo;Pepsi
MCD|NYSE|McDonald's Corporation|McDonald's;McDonald’s
SBUX|NASDAQ|Starbucks Corporation|Starbucks
NKE|NYSE|Nike Inc.|Nike
DIS|NYSE|The Walt Disney Company|Walt Disney;Disney
NFLX|NASDAQ|Netflix Inc.|Netflix
CMCSA|NASDAQ|Comcast Corporation|Comcast;NBCUniversal
T|NYSE|AT&T Inc.|AT&T
VZ|NYSE|Verizon Communications Inc.|Verizon;Verizon Communications
TMUS|NASDAQ|T-Mobile US Inc.|T-Mobile;T-Mobile US
CHTR|NASDAQ|Charter Communications Inc.|Charter Communications;Spectrum?;Charter?
LUMN|NYSE|Lumen Technologies Inc.|Lumen Technologies;Lumen;CenturyLink
FYBR|NASDAQ|Frontier Communications Parent Inc.|Frontier Communications
INTC|NASDAQ|Intel Corporation|Intel
AMD|NASDAQ|Advanced Micro Devices Inc.|Advanced Micro Devices;AMD
QCOM|NASDAQ|Qualcomm Inc.|Qualcomm
AVGO|NASDAQ|Broadcom Inc.|Broadcom
TXN|NASDAQ|Texas Instruments Inc.|Texas Instruments
MU|NASDAQ|Micron Technology Inc.|Micron Technology;Micron
ARM|NASDAQ|Arm Holdings plc|Arm Holdings;Arm?
TSM|NYSE|Taiwan Semiconductor Manufacturing Co.|Taiwan Semiconductor;Taiwan Semiconductor Manufacturing;TSMC
ASML|NASDAQ|ASML Holding N.V.|ASML
ORCL|NYSE|Oracle Corporation|Oracle
CRM|NYSE|Salesforce Inc.|Salesforce
ADBE|NASDAQ|Adobe Inc.|Adobe
IBM|NYSE|International Business Machines Corporation|IBM;International Business Machines
CSCO|NASDAQ|Cisco Systems Inc.|Cisco;Cisco Systems
NOW|NYSE|ServiceNow Inc.|ServiceNow
SNOW|NYSE|Snowflake Inc.|Snowflake;Snow?
PLTR|NASDAQ|Palantir Technologies Inc.|Palantir;Palantir Technologies
CRWD|NASDAQ|CrowdStrike Holdings Inc.|CrowdStrike
PANW|NASDAQ|Palo Alto Networks Inc.|Palo Alto Networks
ZS|NASDAQ|Zscaler Inc.|Zscaler
NET|NYSE|Cloudflare Inc.|Cloudflare
DDOG|NASDAQ|Datadog Inc.|Datadog
MDB|NASDAQ|MongoDB Inc.|MongoDB
SHOP|NYSE|Shopify Inc.|Shopify
UBER|NYSE|Uber Technologies Inc.|Uber;Uber Technologies
LYFT|NASDAQ|Lyft Inc.|Lyft
ABNB|NASDAQ|Airbnb Inc.|Airbnb
DASH|NASDAQ|DoorDash Inc.|DoorDash
PYPL|NASDAQ|PayPal Holdings Inc.|PayPal
XYZ|NYSE|Block Inc.|Block Inc.;Square?;Block?
COIN|NASDAQ|Coinbase Global Inc.|Coinbase
HOOD|NASDAQ|Robinhood Markets Inc.|Robinhood
SPOT|NYSE|Spotify Technology S.A.|Spotify
SNAP|NYSE|Snap Inc.|Snap Inc.;Snapchat;Snap?
PINS|NYSE|Pinterest Inc.|Pinterest
RDDT|NYSE|Reddit Inc.|Reddit
EBAY|NASDAQ|eBay Inc.|eBay
ETSY|NASDAQ|Etsy Inc.|Etsy
BKNG|NASDAQ|Booking Holdings Inc.|Booking Holdings;Booking.com
EXPE|NASDAQ|Expedia Group Inc.|Expedia
MAR|NASDAQ|Marriott International Inc.|Marriott
HLT|NYSE|Hilton Worldwide Holdings Inc.|Hilton?
DAL|NYSE|Delta Air Lines Inc.|Delta Air Lines;Delta?
UAL|NASDAQ|United Airlines Holdings Inc.|United Airlines
AAL|NASDAQ|American Airlines Group Inc.|American Airlines
LUV|NYSE|Southwest Airlines Co.|Southwest Airlines
BA|NYSE|The Boeing Company|Boeing
LMT|NYSE|Lockheed Martin Corporation|Lockheed Martin;Lockheed
RTX|NYSE|RTX Corporation|RTX;Raytheon
NOC|NYSE|Northrop Grumman Corporation|Northrop Grumman;Northrop
GD|NYSE|General Dynamics Corporation|General Dynamics
GE|NYSE|GE Aerospace|GE Aerospace;General Electric
GEV|NYSE|GE Vernova Inc.|GE Vernova
HON|NASDAQ|Honeywell International Inc.|Honeywell
CAT|NYSE|Caterpillar Inc.|Caterpillar
DE|NYSE|Deere & Company|Deere & Company;John Deere;Deere
MMM|NYSE|3M Company|3M
F|NYSE|Ford Motor Company|Ford Motor;Ford Motor Company;Ford?
GM|NYSE|General Motors Company|General Motors;GM
STLA|NYSE|Stellantis N.V.|Stellantis
TM|NYSE|Toyota Motor Corporation|Toyota;Toyota Motor
HMC|NYSE|Honda Motor Co.|Honda
RIVN|NASDAQ|Rivian Automotive Inc.|Rivian
LCID|NASDAQ|Lucid Group Inc.|Lucid Group;Lucid Motors;Lucid?
QS|NYSE|QuantumScape Corporation|QuantumScape
NIO|NYSE|NIO Inc.|NIO
PFE|NYSE|Pfizer Inc.|Pfizer
MRK|NYSE|Merck & Co. Inc.|Merck
LLY|NYSE|Eli Lilly and Company|Eli Lilly;Lilly?
ABBV|NYSE|AbbVie Inc.|AbbVie
BMY|NYSE|Bristol Myers Squibb Company|Bristol Myers Squibb;Bristol-Myers Squibb
AMGN|NASDAQ|Amgen Inc.|Amgen
GILD|NASDAQ|Gilead Sciences Inc.|Gilead Sciences;Gilead
MRNA|NASDAQ|Moderna Inc.|Moderna
REGN|NASDAQ|Regeneron Pharmaceuticals Inc.|Regeneron
VRTX|NASDAQ|Vertex Pharmaceuticals Inc.|Vertex Pharmaceuticals;Vertex?
BIIB|NASDAQ|Biogen Inc.|Biogen
NVO|NYSE|Novo Nordisk A/S|Novo Nordisk
AZN|NASDAQ|AstraZeneca plc|AstraZeneca
CVS|NYSE|CVS Health Corporation|CVS Health;CVS
CI|NYSE|The Cigna Group|Cigna
HUM|NYSE|Humana Inc.|Humana
TMO|NYSE|Thermo Fisher Scientific Inc.|Thermo Fisher;Thermo Fisher Scientific
ABT|NYSE|Abbott Laboratories|Abbott Laboratories;Abbott?
MDT|NYSE|Medtronic plc|Medtronic
ISRG|NASDAQ|Intuitive Surgical Inc.|Intuitive Surgical
COST|NASDAQ|Costco Wholesale Corporation|Costco
TGT|NYSE|Target Corporation|Target Corporation;Target Corp.;Target?
LOW|NYSE|Lowe's Companies Inc.|Lowe's;Lowe’s
KR|NYSE|The Kroger Co.|Kroger
BABA|NYSE|Alibaba Group Holding Ltd.|Alibaba;Alibaba Group
JD|NASDAQ|JD.com Inc.|JD.com
PDD|NASDAQ|PDD Holdings Inc.|PDD Holdings;Temu
BIDU|NASDAQ|Baidu Inc.|Baidu
TCEHY|OTC|Tencent Holdings Ltd.|Tencent
SONY|NYSE|Sony Group Corporation|Sony
SAP|NYSE|SAP SE|SAP
INFY|NYSE|Infosys Ltd.|Infosys
ACN|NYSE|Accenture plc|Accenture
INTU|NASDAQ|Intuit Inc.|Intuit
WDAY|NASDAQ|Workday Inc.|Workday
TEAM|NASDAQ|Atlassian Corporation|Atlassian
ZM|NASDAQ|Zoom Communications Inc.|Zoom Video;Zoom Communications;Zoom?
DOCU|NASDAQ|DocuSign Inc.|DocuSign
OKTA|NASDAQ|Okta Inc.|Okta
TWLO|NYSE|Twilio Inc.|Twilio
RBLX|NYSE|Roblox Corporation|Roblox
EA|NASDAQ|Electronic Arts Inc.|Electronic Arts
TTWO|NASDAQ|Take-Two Interactive Software Inc.|Take-Two Interactive;Take-Two
WBD|NASDAQ|Warner Bros. Discovery Inc.|Warner Bros. Discovery;Warner Bros.
PSKY|NASDAQ|Paramount Skydance Corporation|Paramount Skydance;Paramount?
FOXA|NASDAQ|Fox Corporation|Fox Corporation;Fox Corp.
NWSA|NASDAQ|News Corp|News Corp
SIRI|NASDAQ|Sirius XM Holdings Inc.|Sirius XM
ROKU|NASDAQ|Roku Inc.|Roku
DELL|NYSE|Dell Technologies Inc.|Dell Technologies;Dell
HPQ|NYSE|HP Inc.|HP Inc.
HPE|NYSE|Hewlett Packard Enterprise Company|Hewlett Packard Enterprise;HPE
SMCI|NASDAQ|Super Micro Computer Inc.|Super Micro Computer;Supermicro
ANET|NYSE|Arista Networks Inc.|Arista Networks;Arista
MRVL|NASDAQ|Marvell Technology Inc.|Marvell Technology;Marvell
CRWV|NASDAQ|CoreWeave Inc.|CoreWeave
NBIS|NASDAQ|Nebius Group N.V.|Nebius
APP|NASDAQ|AppLovin Corporation|AppLovin
SOFI|NASDAQ|SoFi Technologies Inc.|SoFi Technologies;SoFi
AFRM|NASDAQ|Affirm Holdings Inc.|Affirm?
RKT|NYSE|Rocket Companies Inc.|Rocket Companies
UPS|NYSE|United Parcel Service Inc.|United Parcel Service;UPS
FDX|NYSE|FedEx Corporation|FedEx
UNP|NYSE|Union Pacific Corporation|Union Pacific
CSX|NASDAQ|CSX Corporation|CSX
NSC|NYSE|Norfolk Southern Corporation|Norfolk Southern
NEE|NYSE|NextEra Energy Inc.|NextEra Energy;NextEra
DUK|NYSE|Duke Energy Corporation|Duke Energy
SO|NYSE|The Southern Company|Southern Company
CEG|NASDAQ|Constellation Energy Corporation|Constellation Energy
VST|NYSE|Vistra Corp.|Vistra
OXY|NYSE|Occidental Petroleum Corporation|Occidental Petroleum;Occidental
COP|NYSE|ConocoPhillips|ConocoPhillips
SLB|NYSE|SLB N.V.|SLB;Schlumberger
HAL|NYSE|Halliburton Company|Halliburton
BP|NYSE|BP p.l.c.|BP
SHEL|NYSE|Shell plc|Shell plc;Shell?
NEM|NYSE|Newmont Corporation|Newmont
FCX|NYSE|Freeport-McMoRan Inc.|Freeport-McMoRan;Freeport
AA|NYSE|Alcoa Corporation|Alcoa
NUE|NYSE|Nucor Corporation|Nucor
DOW|NYSE|Dow Inc.|Dow Inc.;Dow?
DD|NYSE|DuPont de Nemours Inc.|DuPont
LIN|NYSE|Linde plc|Linde
DECK|NYSE|Deckers Outdoor Corporation|Deckers Outdoor;Deckers
LULU|NASDAQ|Lululemon Athletica Inc.|Lululemon
TJX|NYSE|The TJX Companies Inc.|TJX
CMG|NYSE|Chipotle Mexican Grill Inc.|Chipotle
YUM|NYSE|Yum! Brands Inc.|Yum! Brands;Yum Brands
MDLZ|NASDAQ|Mondelez International Inc.|Mondelez
KHC|NASDAQ|The Kraft Heinz Company|Kraft Heinz
GIS|NYSE|General Mills Inc.|General Mills
HSY|NYSE|The Hershey Company|Hershey
MO|NYSE|Altria Group Inc.|Altria
PM|NYSE|Philip Morris International Inc.|Philip Morris International;Philip Morris
BUD|NYSE|Anheuser-Busch InBev SA/NV|Anheuser-Busch InBev;AB InBev
STZ|NYSE|Constellation Brands Inc.|Constellation Brands
EL|NYSE|The Estée Lauder Companies Inc.|Estee Lauder;Estée Lauder
CL|NYSE|Colgate-Palmolive Company|Colgate-Palmolive;Colgate?
SPGI|NYSE|S&P Global Inc.|S&P Global
MCO|NYSE|Moody's Corporation|Moody's;Moody’s
ICE|NYSE|Intercontinental Exchange Inc.|Intercontinental Exchange
CME|NASDAQ|CME Group Inc.|CME Group
NDAQ|NASDAQ|Nasdaq Inc.|Nasdaq Inc.
KKR|NYSE|KKR & Co. Inc.|KKR
BX|NYSE|Blackstone Inc.|Blackstone
APO|NYSE|Apollo Global Management Inc.|Apollo Global Management;Apollo Global;Apollo?
CG|NASDAQ|The Carlyle Group Inc.|Carlyle Group;Carlyle
USB|NYSE|U.S. Bancorp|U.S. Bancorp
PNC|NYSE|The PNC Financial Services Group Inc.|PNC;PNC Financial
TFC|NYSE|Truist Financial Corporation|Truist;Truist Securities;Truist Financial
COF|NYSE|Capital One Financial Corporation|Capital One
JEF|NYSE|Jefferies Financial Group Inc.|Jefferies
RJF|NYSE|Raymond James Financial Inc.|Raymond James
EVR|NYSE|Evercore Inc.|Evercore;Evercore ISI
PIPR|NYSE|Piper Sandler Companies|Piper Sandler
SF|NYSE|Stifel Financial Corp.|Stifel
UBS|NYSE|UBS Group AG|UBS
DB|NYSE|Deutsche Bank AG|Deutsche Bank
BCS|NYSE|Barclays plc|Barclays
HSBC|NYSE|HSBC Holdings plc|HSBC
MFG|NYSE|Mizuho Financial Group Inc.|Mizuho
BMO|NYSE|Bank of Montreal|Bank of Montreal;BMO;BMO Capital Markets
RY|NYSE|Royal Bank of Canada|Royal Bank of Canada;RBC;RBC Capital Markets
TD|NYSE|The Toronto-Dominion Bank|Toronto-Dominion Bank;TD Cowen;TD Securities
MORN|NASDAQ|Morningstar Inc.|Morningstar
AMT|NYSE|American Tower Corporation|American Tower
EQIX|NASDAQ|Equinix Inc.|Equinix
DLR|NYSE|Digital Realty Trust Inc.|Digital Realty
PLD|NYSE|Prologis Inc.|Prologis
VRT|NYSE|Vertiv Holdings Co.|Vertiv
ETN|NYSE|Eaton Corporation plc|Eaton
GLW|NYSE|Corning Inc.|Corning
CIEN|NYSE|Ciena Corporation|Ciena
LITE|NASDAQ|Lumentum Holdings Inc.|Lumentum
COHR|NYSE|Coherent Corp.|Coherent?
ASTS|NASDAQ|AST SpaceMobile Inc.|AST SpaceMobile
SATS|NASDAQ|EchoStar Corporation|EchoStar
WDC|NASDAQ|Western Digital Corporation|Western Digital
STX|NASDAQ|Seagate Technology Holdings plc|Seagate
ADSK|NASDAQ|Autodesk Inc.|Autodesk
SNPS|NASDAQ|Synopsys Inc.|Synopsys
CDNS|NASDAQ|Cadence Design Systems Inc.|Cadence Design Systems;Cadence?
AMAT|NASDAQ|Applied Materials Inc.|Applied Materials
LRCX|NASDAQ|Lam Research Corporation|Lam Research
KLAC|NASDAQ|KLA Corporation|KLA
ON|NASDAQ|ON Semiconductor Corporation|onsemi;ON Semiconductor
NXPI|NASDAQ|NXP Semiconductors N.V.|NXP Semiconductors;NXP
ADI|NASDAQ|Analog Devices Inc.|Analog Devices
GFS|NASDAQ|GlobalFoundries Inc.|GlobalFoundries
TTD|NASDAQ|The Trade Desk Inc.|The Trade Desk;Trade Desk
HUBS|NYSE|HubSpot Inc.|HubSpot
PATH|NYSE|UiPath Inc.|UiPath
AI|NYSE|C3.ai Inc.|C3.ai
IONQ|NYSE|IonQ Inc.|IonQ
MSTR|NASDAQ|Strategy Inc.|MicroStrategy;Strategy?
CVNA|NYSE|Carvana Co.|Carvana
GME|NYSE|GameStop Corp.|GameStop
AMC|NYSE|AMC Entertainment Holdings Inc.|AMC Entertainment
CCL|NYSE|Carnival Corporation|Carnival Corporation;Carnival?
RCL|NYSE|Royal Caribbean Cruises Ltd.|Royal Caribbean
LVS|NYSE|Las Vegas Sands Corp.|Las Vegas Sands
MGM|NYSE|MGM Resorts International|MGM Resorts
DKNG|NASDAQ|DraftKings Inc.|DraftKings
HAS|NASDAQ|Hasbro Inc.|Hasbro
MAT|NASDAQ|Mattel Inc.|Mattel
SHW|NYSE|The Sherwin-Williams Company|Sherwin-Williams
NVS|NYSE|Novartis AG|Novartis
SNY|NASDAQ|Sanofi|Sanofi
GSK|NYSE|GSK plc|GSK;GlaxoSmithKline
UL|NYSE|Unilever plc|Unilever
BHP|NYSE|BHP Group Ltd.|BHP
RIO|NYSE|Rio Tinto Group|Rio Tinto
TTE|NYSE|TotalEnergies SE|TotalEnergies
DEO|NYSE|Diageo plc|Diageo
`;

/**
 * Well-known companies without a US listing (private firms, investors, and companies listed only abroad or
 * traded in the US only as foreign ordinary shares): reported with ticker null. One firm a line: its name,
 * then other names of the same firm (";"-separated), all read as one company. A name ending in "?" is
 * ambiguous (a word, a place or a name shared with something else), as in the table: it counts only when the
 * article also names the firm another way ("Mars Inc.") or uses the name as a business ("Mars agreed to…").
 */
export const PRIVATE_COMPANIES = [
  'OpenAI',
  'Anthropic',
  'SpaceX',
  'Stripe',
  'Databricks',
  'LSEG;London Stock Exchange Group;London Stock Exchange Group plc',
  'Singapore Telecommunications;Singtel;Singapore Telecommunications Ltd',
  'xAI',
  'ByteDance',
  'TikTok',
  'Mistral AI',
  'Wedbush',
  'Wedbush Securities',
  'Bernstein',
  'Needham',
  'Baird',
  'Canaccord Genuity',
  'Loop Capital',
  'Rosenblatt',
  'Wolfe Research',
  'Melius Research',
  'Guggenheim',
  'Macquarie',
  'Cantor Fitzgerald',
  'BTIG',
  'Susquehanna',
  'D.A. Davidson',
  'DA Davidson',
  'Monness, Crespi, Hardt',
  'Weiss Ratings',
  'William Blair',
  'New Street Research',
  'MoffettNathanson',
  'Redburn',
  'Berenberg',
  'Saxo Bank',
  'Citron Research',
  'Hindenburg Research',
  'Muddy Waters',
  'Fidelity Investments',
  'Vanguard',
  'Elliott Management',
  'Bain Capital',
  'Silver Lake',
  'Thoma Bravo',
  'Vista Equity Partners',
  'Sequoia Capital',
  'Andreessen Horowitz',
  'Advent International',
  'Hellman & Friedman',
  'Clayton Dubilier & Rice;CD&R',
  'General Atlantic',
  'Insight Partners',
  'Tiger Global Management;Tiger Global',
  '3G Capital',
  'Sycamore Partners',
  'Cerberus Capital Management;Cerberus?',
  'Leonard Green & Partners;Leonard Green',
  'Veritas Capital',
  'Francisco Partners',
  'Permira',
  'Cinven',
  'BC Partners',
  'Apax Partners;Apax',
  'Ardian',
  'PAI Partners',
  'EQT AB;EQT Partners',
  'CVC Capital Partners',
  'Stone Point Capital',
  'Global Infrastructure Partners',
  'Stonepeak;Stonepeak Partners',
  'Lone Star Funds',
  'Roark Capital;Roark Capital Group',
  'American Securities',
  'Genstar Capital',
  'Hg Capital;HgCapital;Hg?',
  'Summit Partners',
  'TA Associates',
  'GTCR',
  'Berkshire Partners',
  'Accel',
  'Accel-KKR',
  'Lightspeed Venture Partners',
  'Kleiner Perkins',
  'Index Ventures',
  'Benchmark Capital;Benchmark?',
  'General Catalyst',
  'Khosla Ventures',
  'Founders Fund',
  'Greylock Partners;Greylock',
  'Bessemer Venture Partners',
  'Coatue Management;Coatue',
  'Thrive Capital',
  'Dragoneer Investment Group;Dragoneer',
  'Lux Capital',
  'Ribbit Capital',
  'Y Combinator',
  'ICONIQ Capital;ICONIQ Growth;ICONIQ',
  'Altimeter Capital',
  'D1 Capital Partners',
  'Sequoia?',
  'L Catterton',
  'Wellington Management',
  'Citadel?',
  'Citadel Securities',
  'Millennium Management',
  'Point72',
  'Bridgewater Associates',
  'Two Sigma',
  'Renaissance Technologies',
  'Jane Street',
  'Pershing Square Capital Management;Pershing Square',
  'Third Point',
  'Starboard Value',
  'Trian Fund Management;Trian Partners;Trian',
  'ValueAct Capital;ValueAct',
  'Jana Partners',
  'Elliott Investment Management',
  'Ancora',
  'Mantle Ridge',
  'GIC?',
  'Temasek Holdings;Temasek',
  'Mubadala Investment Company;Mubadala',
  'Mubadala Capital',
  'Abu Dhabi Investment Authority;ADIA',
  'ADQ',
  'Public Investment Fund;PIF?',
  'Qatar Investment Authority;QIA',
  'Kuwait Investment Authority',
  'CPP Investments;Canada Pension Plan Investment Board;CPPIB',
  "Ontario Teachers' Pension Plan",
  'CalPERS',
  'CalSTRS',
  'Norges Bank Investment Management;NBIM',
  'Caisse de dépôt et placement du Québec;CDPQ',
  'PSP Investments',
  'OMERS',
  'Khazanah Nasional;Khazanah',
  'Centerview Partners;Centerview',
  'Qatalyst Partners;Qatalyst',
  'Rothschild & Co',
  'Allen & Co.;Allen & Company',
  'LionTree',
  'Ducera Partners',
  'Robey Warshaw',
  // Law firms that advise on deals: named in nearly every merger release, rarely with a legal form.
  'Wachtell, Lipton, Rosen & Katz;Wachtell Lipton',
  'Skadden, Arps, Slate, Meagher & Flom;Skadden Arps',
  'Sullivan & Cromwell',
  'Davis Polk & Wardwell;Davis Polk',
  'Cravath, Swaine & Moore',
  'Kirkland & Ellis',
  'Latham & Watkins',
  'Simpson Thacher & Bartlett;Simpson Thacher',
  'Paul, Weiss, Rifkind, Wharton & Garrison;Paul Weiss',
  'Cleary Gottlieb Steen & Hamilton;Cleary Gottlieb',
  'Debevoise & Plimpton',
  'Gibson, Dunn & Crutcher;Gibson Dunn',
  'Weil, Gotshal & Manges;Weil Gotshal',
  'Sidley Austin',
  'Freshfields Bruckhaus Deringer;Freshfields',
  'Linklaters',
  'Clifford Chance',
  'A&O Shearman;Allen & Overy;Allen Overy Shearman Sterling',
  'Slaughter and May',
  'Herbert Smith Freehills;Herbert Smith Freehills Kramer',
  'White & Case',
  'Baker McKenzie',
  'DLA Piper',
  'Jones Day',
  'Ropes & Gray',
  'Goodwin Procter',
  'Wilson Sonsini Goodrich & Rosati;Wilson Sonsini',
  'Fenwick & West',
  'Milbank',
  'Shearman & Sterling',
  'Willkie Farr & Gallagher;Willkie Farr',
  'Morgan, Lewis & Bockius;Morgan Lewis',
  'Hogan Lovells',
  'Norton Rose Fulbright',
  'Mayer Brown',
  'Covington & Burling',
  'King & Wood Mallesons',
  'Arnold & Porter',
  'Akin Gump Strauss Hauer & Feld;Akin Gump',
  'Proskauer Rose',
  'Vinson & Elkins',
  'McDermott Will & Emery',
  'Macfarlanes',
  'Travers Smith',
  'Gleiss Lutz',
  'Hengeler Mueller',
  'Cuatrecasas',
  'Bredin Prat',
  'Nishimura & Asahi',
  'Mori Hamada & Matsumoto',
  'Cyril Amarchand Mangaldas',
  'Shardul Amarchand Mangaldas',
  'AZB & Partners',
  'Mars Inc.;Mars?',
  'Cargill',
  'Koch Industries;Koch Inc.',
  'Bechtel',
  'Publix Super Markets;Publix',
  'Cox Enterprises',
  'Cox Communications',
  'Edward Jones',
  'SC Johnson',
  'Chick-fil-A',
  'Enterprise Holdings',
  'Epic Games',
  'Chobani',
  'Fanatics?',
  'Shein',
  'Revolut',
  'Canva',
  'Scale AI',
  'Perplexity AI;Perplexity?',
  'Cohere',
  'Figure AI',
  'Ripple Labs;Ripple?',
  'Safe Superintelligence',
  'Thinking Machines Lab',
  'Hugging Face',
  'Character.AI',
  'Inflection AI',
  'Cerebras Systems;Cerebras',
  'Groq',
  'Wiz?',
  'Binance',
  'Kraken?',
  'Tether?',
  'FTX',
  'Brex',
  'Deel',
  'Rippling?',
  'Flexport',
  'Neuralink',
  'Blue Origin',
  'Shield AI',
  'Helsing',
  'Skydance Media;Skydance',
  'Calpine',
  'DirecTV',
  'Zayo',
  'Worldpay',
  'Endeavor Energy Resources',
  'CrownRock',
  'Novo Holdings',
  'Viterra',
  'Louis Dreyfus Company',
  'Ferrero',
  'Red Bull',
  'Robert Bosch;Bosch',
  'IKEA',
  'Aldi',
  'Lidl',
  'Schwarz Group',
  'Bertelsmann',
  'Huawei',
  'Ant Group',
  'DJI',
  'Toshiba',
  'Kioxia',
  'Deliveroo',
  'Syngenta',
  'Saudi Aramco;Aramco',
  'ADNOC',
  'SABIC',
  'Contemporary Amperex Technology;CATL',
  'SK Hynix',
  'LG Energy Solution',
  'Tata Motors',
  'Tata Steel',
  'Tata Sons',
  'Tata Group',
  'Tata Consultancy Services',
  'Reliance Industries',
  'Adani Group',
  'Adani Enterprises',
  'SAIC Motor',
  'Asahi Group;Asahi?',
  'Alimentation Couche-Tard;Couche-Tard',
  'Geely Automobile;Geely',
  'Hyundai Motor;Hyundai?',
  'Samsung Electronics;Samsung',
  'Hon Hai Precision;Hon Hai;Foxconn',
  'Mitsubishi Corp.',
  'Mitsubishi Heavy Industries;Mitsubishi Heavy',
  'Universal Music Group;Universal Music',
  'Constellation Software',
  'Fairfax Financial',
  'Bombardier',
];

/** News organisations cited as sources: never reported as companies in a story unless anchored. */
export const MEDIA_NAMES = [
  'Bloomberg',
  'Bloomberg News',
  'Reuters',
  'Fox Business',
  'CNBC',
  'Motley Fool',
  'The Motley Fool',
  "Barron's",
  'Barron’s',
  'Wall Street Journal',
  'The Wall Street Journal',
  'WSJ',
  'Financial Times',
  'FT',
  'MarketWatch',
  'Yahoo Finance',
  'Seeking Alpha',
  'Benzinga',
  'Zacks',
  'Investopedia',
  'Business Insider',
  'TechCrunch',
  'The Information',
  'Dow Jones',
  'Associated Press',
  'Business Wire',
  'PR Newswire',
  'GlobeNewswire',
  'Forbes',
  'Fortune',
  'Axios',
  'CNN',
  'BBC',
  'The Verge',
  'Nikkei',
  'Handelsblatt',
];

export interface BuiltinEntry extends CompanyRecord {
  /** Aliases that need an anchor in the article before they count. */
  ambiguous: string[];
}

function splitAliases(aliasList: string, aliases: string[], ambiguous: string[]): void {
  for (const a of aliasList.split(';')) (a.endsWith('?') ? ambiguous : aliases).push(a.replace(/\?$/, ''));
}

export function builtinCompanies(): BuiltinEntry[] {
  const out: BuiltinEntry[] = [];
  for (const line of (TABLE + MORE_TABLE + EXTRA_TABLE).split('\n')) {
    if (!line.trim()) continue;
    const [ticker, exchange, name, aliasList] = line.split('|') as [string, string, string, string];
    const aliases: string[] = [];
    const ambiguous: string[] = [];
    splitAliases(aliasList, aliases, ambiguous);
    out.push({ ticker, exchange, name, aliases, ambiguous, cik: null, origin: 'builtin' });
  }
  const byTicker = new Map(out.map((e) => [e.ticker, e]));
  for (const line of MORE_ALIASES.split('\n')) {
    if (!line.trim()) continue;
    const [ticker, aliasList] = line.split('|') as [string, string];
    const entry = byTicker.get(ticker);
    if (entry) splitAliases(aliasList, entry.aliases, entry.ambiguous);
  }
  return out;
}
