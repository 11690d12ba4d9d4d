/**
 * More of the built-in list (see builtin.ts for the format): S&P 500 members and other large or well-known
 * US-listed companies, foreign companies by their US symbol (NYSE/Nasdaq listing or ADR, OTC where that is
 * the only US line), and the listed parents of brokers and banks cited in analyst notes. Written by us.
 */
import { EXTRA_TABLE } from './builtin-extra.js';

export const MORE_TABLE = `
FTNT|NASDAQ|Fortinet Inc.|Fortinet
ROP|NASDAQ|Roper Technologies Inc.|Roper Technologies
MSI|NYSE|Motorola Solutions Inc.|Motorola Solutions;Motorola?
APH|NYSE|Amphenol Corporation|Amphenol
TEL|NYSE|TE Connectivity plc|TE Connectivity
IT|NYSE|Gartner Inc.|Gartner?
CTSH|NASDAQ|Cognizant Technology Solutions Corporation|Cognizant Technology Solutions;Cognizant
NTAP|NASDAQ|NetApp Inc.|NetApp
KEYS|NYSE|Keysight Technologies Inc.|Keysight Technologies;Keysight
FICO|NYSE|Fair Isaac Corporation|Fair Isaac;FICO?
TYL|NYSE|Tyler Technologies Inc.|Tyler Technologies
PTC|NASDAQ|PTC Inc.|PTC
CDW|NASDAQ|CDW Corporation|CDW
EPAM|NYSE|EPAM Systems Inc.|EPAM Systems;EPAM
AKAM|NASDAQ|Akamai Technologies Inc.|Akamai Technologies;Akamai
FFIV|NASDAQ|F5 Inc.|F5 Networks;F5?
GDDY|NYSE|GoDaddy Inc.|GoDaddy
ZBRA|NASDAQ|Zebra Technologies Corporation|Zebra Technologies;Zebra?
TER|NASDAQ|Teradyne Inc.|Teradyne
SWKS|NASDAQ|Skyworks Solutions Inc.|Skyworks Solutions;Skyworks
QRVO|NASDAQ|Qorvo Inc.|Qorvo
MCHP|NASDAQ|Microchip Technology Inc.|Microchip Technology;Microchip?
MPWR|NASDAQ|Monolithic Power Systems Inc.|Monolithic Power Systems;Monolithic Power
ENPH|NASDAQ|Enphase Energy Inc.|Enphase Energy;Enphase
FSLR|NASDAQ|First Solar Inc.|First Solar
ARRY|NASDAQ|Array Technologies Inc.|Array Technologies
NXT|NASDAQ|Nextracker Inc.|Nextracker
TRMB|NASDAQ|Trimble Inc.|Trimble
JBL|NYSE|Jabil Inc.|Jabil
GEN|NASDAQ|Gen Digital Inc.|Gen Digital;NortonLifeLock
VRSN|NASDAQ|VeriSign Inc.|VeriSign;Verisign
FI|NYSE|Fiserv Inc.|Fiserv
FIS|NYSE|Fidelity National Information Services Inc.|Fidelity National Information Services;FIS
GPN|NYSE|Global Payments Inc.|Global Payments
JKHY|NASDAQ|Jack Henry & Associates Inc.|Jack Henry & Associates;Jack Henry
CPAY|NYSE|Corpay Inc.|Corpay
BR|NYSE|Broadridge Financial Solutions Inc.|Broadridge Financial;Broadridge
ADP|NASDAQ|Automatic Data Processing Inc.|Automatic Data Processing;ADP?
PAYX|NASDAQ|Paychex Inc.|Paychex
PAYC|NYSE|Paycom Software Inc.|Paycom Software;Paycom
DAY|NYSE|Dayforce Inc.|Dayforce
TDY|NYSE|Teledyne Technologies Inc.|Teledyne Technologies;Teledyne
HUBB|NYSE|Hubbell Inc.|Hubbell
LDOS|NYSE|Leidos Holdings Inc.|Leidos
OMC|NYSE|Omnicom Group Inc.|Omnicom Group;Omnicom
IPG|NYSE|The Interpublic Group of Companies Inc.|Interpublic Group;Interpublic
LYV|NYSE|Live Nation Entertainment Inc.|Live Nation Entertainment;Live Nation;Ticketmaster
MTCH|NASDAQ|Match Group Inc.|Match Group;Tinder?;Match?
TKO|NYSE|TKO Group Holdings Inc.|TKO Group;WWE?;UFC?
WMG|NASDAQ|Warner Music Group Corp.|Warner Music Group;Warner Music
ORLY|NASDAQ|O'Reilly Automotive Inc.|O'Reilly Automotive;O’Reilly Automotive;O'Reilly?
AZO|NYSE|AutoZone Inc.|AutoZone
ROST|NASDAQ|Ross Stores Inc.|Ross Stores;Ross?
DHI|NYSE|D.R. Horton Inc.|D.R. Horton;DR Horton
LEN|NYSE|Lennar Corporation|Lennar
PHM|NYSE|PulteGroup Inc.|PulteGroup;Pulte
NVR|NYSE|NVR Inc.|NVR
TOL|NYSE|Toll Brothers Inc.|Toll Brothers
DPZ|NASDAQ|Domino's Pizza Inc.|Domino's Pizza;Domino’s Pizza;Domino's?
DRI|NYSE|Darden Restaurants Inc.|Darden Restaurants;Darden
WYNN|NASDAQ|Wynn Resorts Ltd.|Wynn Resorts;Wynn?
CZR|NASDAQ|Caesars Entertainment Inc.|Caesars Entertainment;Caesars?
NCLH|NYSE|Norwegian Cruise Line Holdings Ltd.|Norwegian Cruise Line;Norwegian Cruise
H|NYSE|Hyatt Hotels Corporation|Hyatt Hotels;Hyatt?
TPR|NYSE|Tapestry Inc.|Tapestry?;Coach?
RL|NYSE|Ralph Lauren Corporation|Ralph Lauren
ULTA|NASDAQ|Ulta Beauty Inc.|Ulta Beauty;Ulta
BBY|NYSE|Best Buy Co. Inc.|Best Buy
GPC|NYSE|Genuine Parts Company|Genuine Parts
LKQ|NASDAQ|LKQ Corporation|LKQ
POOL|NASDAQ|Pool Corporation|Pool Corp.;Pool?
TSCO|NASDAQ|Tractor Supply Company|Tractor Supply
KMX|NYSE|CarMax Inc.|CarMax
APTV|NYSE|Aptiv PLC|Aptiv
BWA|NYSE|BorgWarner Inc.|BorgWarner
GRMN|NYSE|Garmin Ltd.|Garmin
MHK|NYSE|Mohawk Industries Inc.|Mohawk Industries
WSM|NYSE|Williams-Sonoma Inc.|Williams-Sonoma
BLDR|NYSE|Builders FirstSource Inc.|Builders FirstSource
DG|NYSE|Dollar General Corporation|Dollar General
DLTR|NASDAQ|Dollar Tree Inc.|Dollar Tree
BURL|NYSE|Burlington Stores Inc.|Burlington Stores;Burlington?
FIVE|NASDAQ|Five Below Inc.|Five Below
BJ|NYSE|BJ's Wholesale Club Holdings Inc.|BJ's Wholesale Club;BJ's Wholesale
CASY|NASDAQ|Casey's General Stores Inc.|Casey's General Stores
ACI|NYSE|Albertsons Companies Inc.|Albertsons
GAP|NYSE|Gap Inc.|Gap Inc.;Old Navy;Gap?
ANF|NYSE|Abercrombie & Fitch Co.|Abercrombie & Fitch;Abercrombie
AEO|NYSE|American Eagle Outfitters Inc.|American Eagle Outfitters;American Eagle?
VSCO|NYSE|Victoria's Secret & Co.|Victoria's Secret;Victoria’s Secret
BBWI|NYSE|Bath & Body Works Inc.|Bath & Body Works
M|NYSE|Macy's Inc.|Macy's;Macy’s
KSS|NYSE|Kohl's Corporation|Kohl's;Kohl’s
DKS|NYSE|Dick's Sporting Goods Inc.|Dick's Sporting Goods;Dick’s Sporting Goods
UAA|NYSE|Under Armour Inc.|Under Armour
CROX|NASDAQ|Crocs Inc.|Crocs
RH|NYSE|RH|Restoration Hardware
NWL|NASDAQ|Newell Brands Inc.|Newell Brands;Newell
HOG|NYSE|Harley-Davidson Inc.|Harley-Davidson
PII|NYSE|Polaris Inc.|Polaris?
RACE|NYSE|Ferrari N.V.|Ferrari
CHWY|NYSE|Chewy Inc.|Chewy
W|NYSE|Wayfair Inc.|Wayfair
PTON|NASDAQ|Peloton Interactive Inc.|Peloton Interactive;Peloton
CART|NASDAQ|Maplebear Inc.|Instacart;Maplebear
BIRK|NYSE|Birkenstock Holding plc|Birkenstock
CAVA|NYSE|Cava Group Inc.|Cava Group;Cava?
SG|NYSE|Sweetgreen Inc.|Sweetgreen
SHAK|NYSE|Shake Shack Inc.|Shake Shack
WING|NASDAQ|Wingstop Inc.|Wingstop
TXRH|NASDAQ|Texas Roadhouse Inc.|Texas Roadhouse
BROS|NYSE|Dutch Bros Inc.|Dutch Bros
WEN|NASDAQ|The Wendy's Company|Wendy's?;Wendy’s?
QSR|NYSE|Restaurant Brands International Inc.|Restaurant Brands International;Restaurant Brands;Burger King?;Tim Hortons
YUMC|NYSE|Yum China Holdings Inc.|Yum China
HTZ|NASDAQ|Hertz Global Holdings Inc.|Hertz Global;Hertz?
CAR|NASDAQ|Avis Budget Group Inc.|Avis Budget Group;Avis Budget;Avis
KMB|NASDAQ|Kimberly-Clark Corporation|Kimberly-Clark
SYY|NYSE|Sysco Corporation|Sysco
KDP|NASDAQ|Keurig Dr Pepper Inc.|Keurig Dr Pepper;Keurig;Dr Pepper?
MNST|NASDAQ|Monster Beverage Corporation|Monster Beverage;Monster?
KVUE|NYSE|Kenvue Inc.|Kenvue
ADM|NYSE|Archer-Daniels-Midland Company|Archer-Daniels-Midland;Archer Daniels Midland;ADM
TSN|NYSE|Tyson Foods Inc.|Tyson Foods;Tyson?
HRL|NYSE|Hormel Foods Corporation|Hormel Foods;Hormel
CAG|NYSE|Conagra Brands Inc.|Conagra Brands;Conagra;ConAgra
CPB|NASDAQ|The Campbell's Company|Campbell Soup;Campbell's?
SJM|NYSE|The J.M. Smucker Company|J.M. Smucker;JM Smucker;Smucker;Smucker's
K|NYSE|Kellanova|Kellanova;Kellogg?
MKC|NYSE|McCormick & Company Inc.|McCormick?
CLX|NYSE|The Clorox Company|Clorox
CHD|NYSE|Church & Dwight Co. Inc.|Church & Dwight
BG|NYSE|Bunge Global SA|Bunge
TAP|NYSE|Molson Coors Beverage Company|Molson Coors
BF.B|NYSE|Brown-Forman Corporation|Brown-Forman
LW|NYSE|Lamb Weston Holdings Inc.|Lamb Weston
PPC|NASDAQ|Pilgrim's Pride Corporation|Pilgrim's Pride
CELH|NASDAQ|Celsius Holdings Inc.|Celsius Holdings;Celsius?
BYND|NASDAQ|Beyond Meat Inc.|Beyond Meat
EOG|NYSE|EOG Resources Inc.|EOG Resources;EOG
PSX|NYSE|Phillips 66|Phillips 66
MPC|NYSE|Marathon Petroleum Corporation|Marathon Petroleum
VLO|NYSE|Valero Energy Corporation|Valero Energy;Valero
WMB|NYSE|The Williams Companies Inc.|Williams Companies;Williams?
KMI|NYSE|Kinder Morgan Inc.|Kinder Morgan
OKE|NYSE|ONEOK Inc.|ONEOK;Oneok
BKR|NASDAQ|Baker Hughes Company|Baker Hughes
DVN|NYSE|Devon Energy Corporation|Devon Energy;Devon?
FANG|NASDAQ|Diamondback Energy Inc.|Diamondback Energy;Diamondback?
CTRA|NYSE|Coterra Energy Inc.|Coterra Energy;Coterra
EQT|NYSE|EQT Corporation|EQT?
APA|NASDAQ|APA Corporation|APA Corp.;Apache?
TRGP|NYSE|Targa Resources Corp.|Targa Resources;Targa
EXE|NASDAQ|Expand Energy Corporation|Expand Energy;Chesapeake Energy
LNG|NYSE|Cheniere Energy Inc.|Cheniere Energy;Cheniere
ET|NYSE|Energy Transfer LP|Energy Transfer
EPD|NYSE|Enterprise Products Partners L.P.|Enterprise Products Partners;Enterprise Products
RIG|NYSE|Transocean Ltd.|Transocean
BE|NYSE|Bloom Energy Corporation|Bloom Energy
RUN|NASDAQ|Sunrun Inc.|Sunrun
VG|NYSE|Venture Global Inc.|Venture Global
MMC|NYSE|Marsh & McLennan Companies Inc.|Marsh McLennan;Marsh & McLennan;Marsh?
AON|NYSE|Aon plc|Aon
AJG|NYSE|Arthur J. Gallagher & Co.|Arthur J. Gallagher;Gallagher?
WTW|NASDAQ|Willis Towers Watson plc|Willis Towers Watson;WTW
BRO|NYSE|Brown & Brown Inc.|Brown & Brown
CB|NYSE|Chubb Limited|Chubb
TRV|NYSE|The Travelers Companies Inc.|Travelers Companies;Travelers?
ALL|NYSE|The Allstate Corporation|Allstate
PGR|NYSE|Progressive Corporation|Progressive Corp.;Progressive?
AIG|NYSE|American International Group Inc.|American International Group;AIG
MET|NYSE|MetLife Inc.|MetLife
PRU|NYSE|Prudential Financial Inc.|Prudential Financial;Prudential?
AFL|NYSE|Aflac Inc.|Aflac
HIG|NYSE|The Hartford Financial Services Group Inc.|Hartford Financial;The Hartford?
CINF|NASDAQ|Cincinnati Financial Corporation|Cincinnati Financial
L|NYSE|Loews Corporation|Loews Corp.;Loews?
GL|NYSE|Globe Life Inc.|Globe Life
AIZ|NYSE|Assurant Inc.|Assurant
ACGL|NASDAQ|Arch Capital Group Ltd.|Arch Capital
EG|NYSE|Everest Group Ltd.|Everest Group;Everest Re;Everest?
WRB|NYSE|W. R. Berkley Corporation|W.R. Berkley;W. R. Berkley;Berkley?
ERIE|NASDAQ|Erie Indemnity Company|Erie Indemnity
PFG|NASDAQ|Principal Financial Group Inc.|Principal Financial
CRBG|NYSE|Corebridge Financial Inc.|Corebridge Financial;Corebridge
MKTX|NASDAQ|MarketAxess Holdings Inc.|MarketAxess
CBOE|CBOE|Cboe Global Markets Inc.|Cboe Global Markets;Cboe?
MSCI|NYSE|MSCI Inc.|MSCI?
FDS|NYSE|FactSet Research Systems Inc.|FactSet?
TW|NASDAQ|Tradeweb Markets Inc.|Tradeweb
VRSK|NASDAQ|Verisk Analytics Inc.|Verisk Analytics;Verisk
EFX|NYSE|Equifax Inc.|Equifax
TRU|NYSE|TransUnion|TransUnion
BK|NYSE|The Bank of New York Mellon Corporation|Bank of New York Mellon;BNY Mellon;BNY
STT|NYSE|State Street Corporation|State Street Global Advisors
NTRS|NASDAQ|Northern Trust Corporation|Northern Trust
TROW|NASDAQ|T. Rowe Price Group Inc.|T. Rowe Price;T Rowe Price
BEN|NYSE|Franklin Resources Inc.|Franklin Resources;Franklin Templeton
IVZ|NYSE|Invesco Ltd.|Invesco
AMP|NYSE|Ameriprise Financial Inc.|Ameriprise Financial;Ameriprise
FITB|NASDAQ|Fifth Third Bancorp|Fifth Third;Fifth Third Bank
HBAN|NASDAQ|Huntington Bancshares Inc.|Huntington Bancshares;Huntington National Bank;Huntington?
RF|NYSE|Regions Financial Corporation|Regions Financial;Regions Bank;Regions?
KEY|NYSE|KeyCorp|KeyCorp;KeyBank;KeyBanc;KeyBanc Capital Markets
MTB|NYSE|M&T Bank Corporation|M&T Bank;M&T
CFG|NYSE|Citizens Financial Group Inc.|Citizens Financial;Citizens JMP;JMP Securities;Citizens?
FCNCA|NASDAQ|First Citizens BancShares Inc.|First Citizens BancShares;First Citizens
ZION|NASDAQ|Zions Bancorporation|Zions Bancorporation;Zions
CMA|NYSE|Comerica Inc.|Comerica
WAL|NYSE|Western Alliance Bancorporation|Western Alliance
SYF|NYSE|Synchrony Financial|Synchrony
ALLY|NYSE|Ally Financial Inc.|Ally Financial;Ally?
IBKR|NASDAQ|Interactive Brokers Group Inc.|Interactive Brokers
LPLA|NASDAQ|LPL Financial Holdings Inc.|LPL Financial
WU|NYSE|The Western Union Company|Western Union
UPST|NASDAQ|Upstart Holdings Inc.|Upstart?
OWL|NYSE|Blue Owl Capital Inc.|Blue Owl Capital;Blue Owl
ARES|NYSE|Ares Management Corporation|Ares Management;Ares?
TPG|NASDAQ|TPG Inc.|TPG
BN|NYSE|Brookfield Corporation|Brookfield Corp.;Brookfield?
BAM|NYSE|Brookfield Asset Management Ltd.|Brookfield Asset Management
MC|NYSE|Moelis & Company|Moelis & Company;Moelis & Co.;Moelis
LAZ|NYSE|Lazard Inc.|Lazard
HLI|NYSE|Houlihan Lokey Inc.|Houlihan Lokey
PJT|NYSE|PJT Partners Inc.|PJT Partners
PWP|NASDAQ|Perella Weinberg Partners|Perella Weinberg
OPY|NYSE|Oppenheimer Holdings Inc.|Oppenheimer & Co.;Oppenheimer
GLXY|NASDAQ|Galaxy Digital Inc.|Galaxy Digital
CRCL|NYSE|Circle Internet Group Inc.|Circle Internet;Circle?
CHYM|NASDAQ|Chime Financial Inc.|Chime Financial;Chime?
KLAR|NYSE|Klarna Group plc|Klarna
ETOR|NASDAQ|eToro Group Ltd.|eToro
MARA|NASDAQ|MARA Holdings Inc.|MARA Holdings;Marathon Digital
RIOT|NASDAQ|Riot Platforms Inc.|Riot Platforms
CORZ|NASDAQ|Core Scientific Inc.|Core Scientific
IREN|NASDAQ|IREN Ltd.|Iris Energy;IREN
APLD|NASDAQ|Applied Digital Corporation|Applied Digital
DHR|NYSE|Danaher Corporation|Danaher
BSX|NYSE|Boston Scientific Corporation|Boston Scientific
SYK|NYSE|Stryker Corporation|Stryker
ELV|NYSE|Elevance Health Inc.|Elevance Health;Elevance;Anthem?
HCA|NYSE|HCA Healthcare Inc.|HCA Healthcare;HCA
MCK|NYSE|McKesson Corporation|McKesson
COR|NYSE|Cencora Inc.|Cencora;AmerisourceBergen
CAH|NYSE|Cardinal Health Inc.|Cardinal Health
ZTS|NYSE|Zoetis Inc.|Zoetis
BDX|NYSE|Becton, Dickinson and Company|Becton Dickinson;Becton, Dickinson
EW|NYSE|Edwards Lifesciences Corporation|Edwards Lifesciences;Edwards?
IDXX|NASDAQ|IDEXX Laboratories Inc.|IDEXX Laboratories;IDEXX
A|NYSE|Agilent Technologies Inc.|Agilent Technologies;Agilent
IQV|NYSE|IQVIA Holdings Inc.|IQVIA
GEHC|NASDAQ|GE HealthCare Technologies Inc.|GE HealthCare;GE Healthcare
RMD|NYSE|ResMed Inc.|ResMed
DXCM|NASDAQ|DexCom Inc.|DexCom;Dexcom
MTD|NYSE|Mettler-Toledo International Inc.|Mettler-Toledo
WAT|NYSE|Waters Corporation|Waters Corp.;Waters?
ZBH|NYSE|Zimmer Biomet Holdings Inc.|Zimmer Biomet
STE|NYSE|STERIS plc|STERIS;Steris
CNC|NYSE|Centene Corporation|Centene
MOH|NYSE|Molina Healthcare Inc.|Molina Healthcare;Molina?
LH|NYSE|Labcorp Holdings Inc.|Labcorp;LabCorp
DGX|NYSE|Quest Diagnostics Inc.|Quest Diagnostics
COO|NASDAQ|The Cooper Companies Inc.|Cooper Companies;CooperCompanies
BAX|NYSE|Baxter International Inc.|Baxter International;Baxter?
HOLX|NASDAQ|Hologic Inc.|Hologic
ALGN|NASDAQ|Align Technology Inc.|Align Technology
PODD|NASDAQ|Insulet Corporation|Insulet
TECH|NASDAQ|Bio-Techne Corporation|Bio-Techne
CRL|NYSE|Charles River Laboratories International Inc.|Charles River Laboratories
RVTY|NYSE|Revvity Inc.|Revvity
INCY|NASDAQ|Incyte Corporation|Incyte
VTRS|NASDAQ|Viatris Inc.|Viatris
UHS|NYSE|Universal Health Services Inc.|Universal Health Services
CYH|NYSE|Community Health Systems Inc.|Community Health Systems
HSIC|NASDAQ|Henry Schein Inc.|Henry Schein
DVA|NYSE|DaVita Inc.|DaVita
SOLV|NYSE|Solventum Corporation|Solventum
WST|NYSE|West Pharmaceutical Services Inc.|West Pharmaceutical Services;West Pharmaceutical
ILMN|NASDAQ|Illumina Inc.|Illumina
ALNY|NASDAQ|Alnylam Pharmaceuticals Inc.|Alnylam Pharmaceuticals;Alnylam
ARGX|NASDAQ|argenx SE|argenx;Argenx
INSM|NASDAQ|Insmed Inc.|Insmed
NTRA|NASDAQ|Natera Inc.|Natera
EXAS|NASDAQ|Exact Sciences Corporation|Exact Sciences
BMRN|NASDAQ|BioMarin Pharmaceutical Inc.|BioMarin Pharmaceutical;BioMarin
NBIX|NASDAQ|Neurocrine Biosciences Inc.|Neurocrine Biosciences;Neurocrine
UTHR|NASDAQ|United Therapeutics Corporation|United Therapeutics
SRPT|NASDAQ|Sarepta Therapeutics Inc.|Sarepta Therapeutics;Sarepta
VKTX|NASDAQ|Viking Therapeutics Inc.|Viking Therapeutics
SMMT|NASDAQ|Summit Therapeutics Inc.|Summit Therapeutics
HIMS|NYSE|Hims & Hers Health Inc.|Hims & Hers Health;Hims & Hers
TEM|NASDAQ|Tempus AI Inc.|Tempus AI
BNTX|NASDAQ|BioNTech SE|BioNTech
GMAB|NASDAQ|Genmab A/S|Genmab
TAK|NYSE|Takeda Pharmaceutical Company Ltd.|Takeda Pharmaceutical;Takeda
TEVA|NYSE|Teva Pharmaceutical Industries Ltd.|Teva Pharmaceutical;Teva
HLN|NYSE|Haleon plc|Haleon
ALC|NYSE|Alcon Inc.|Alcon
PH|NYSE|Parker-Hannifin Corporation|Parker-Hannifin;Parker Hannifin
TT|NYSE|Trane Technologies plc|Trane Technologies;Trane
WM|NYSE|WM Inc.|Waste Management
RSG|NYSE|Republic Services Inc.|Republic Services
ITW|NYSE|Illinois Tool Works Inc.|Illinois Tool Works;ITW
EMR|NYSE|Emerson Electric Co.|Emerson Electric;Emerson?
CTAS|NASDAQ|Cintas Corporation|Cintas
TDG|NYSE|TransDigm Group Inc.|TransDigm
PCAR|NASDAQ|PACCAR Inc.|PACCAR;Paccar
CARR|NYSE|Carrier Global Corporation|Carrier Global;Carrier?
JCI|NYSE|Johnson Controls International plc|Johnson Controls
OTIS|NYSE|Otis Worldwide Corporation|Otis Worldwide;Otis Elevator;Otis?
CPRT|NASDAQ|Copart Inc.|Copart
FAST|NASDAQ|Fastenal Company|Fastenal
GWW|NYSE|W.W. Grainger Inc.|W.W. Grainger;Grainger?
URI|NYSE|United Rentals Inc.|United Rentals
PWR|NYSE|Quanta Services Inc.|Quanta Services;Quanta?
AME|NYSE|AMETEK Inc.|AMETEK;Ametek
ROK|NYSE|Rockwell Automation Inc.|Rockwell Automation
CMI|NYSE|Cummins Inc.|Cummins
ODFL|NASDAQ|Old Dominion Freight Line Inc.|Old Dominion Freight Line;Old Dominion?
IR|NYSE|Ingersoll Rand Inc.|Ingersoll Rand
AXON|NASDAQ|Axon Enterprise Inc.|Axon Enterprise;Axon?
HWM|NYSE|Howmet Aerospace Inc.|Howmet Aerospace;Howmet
LHX|NYSE|L3Harris Technologies Inc.|L3Harris Technologies;L3Harris
XYL|NYSE|Xylem Inc.|Xylem
DOV|NYSE|Dover Corporation|Dover Corp.;Dover?
WAB|NYSE|Westinghouse Air Brake Technologies Corporation|Wabtec
FTV|NYSE|Fortive Corporation|Fortive
VLTO|NYSE|Veralto Corporation|Veralto
J|NYSE|Jacobs Solutions Inc.|Jacobs Solutions;Jacobs Engineering;Jacobs?
EXPD|NYSE|Expeditors International of Washington Inc.|Expeditors International;Expeditors
CHRW|NASDAQ|C.H. Robinson Worldwide Inc.|C.H. Robinson;CH Robinson
R|NYSE|Ryder System Inc.|Ryder System;Ryder?
JBHT|NASDAQ|J.B. Hunt Transport Services Inc.|J.B. Hunt;JB Hunt
TXT|NYSE|Textron Inc.|Textron
HII|NYSE|Huntington Ingalls Industries Inc.|Huntington Ingalls
SNA|NYSE|Snap-on Incorporated|Snap-on
SWK|NYSE|Stanley Black & Decker Inc.|Stanley Black & Decker
PNR|NYSE|Pentair plc|Pentair
MAS|NYSE|Masco Corporation|Masco
AOS|NYSE|A. O. Smith Corporation|A.O. Smith;A. O. Smith
ALLE|NYSE|Allegion plc|Allegion
IEX|NYSE|IDEX Corporation|IDEX
NDSN|NASDAQ|Nordson Corporation|Nordson
GNRC|NYSE|Generac Holdings Inc.|Generac
LII|NYSE|Lennox International Inc.|Lennox International;Lennox?
EME|NYSE|EMCOR Group Inc.|EMCOR;Emcor
FIX|NYSE|Comfort Systems USA Inc.|Comfort Systems USA;Comfort Systems
ROL|NYSE|Rollins Inc.|Rollins?
HEI|NYSE|HEICO Corporation|HEICO
BAH|NYSE|Booz Allen Hamilton Holding Corporation|Booz Allen Hamilton;Booz Allen
AGCO|NYSE|AGCO Corporation|AGCO
RKLB|NASDAQ|Rocket Lab Corporation|Rocket Lab;Rocket Lab USA
JOBY|NYSE|Joby Aviation Inc.|Joby Aviation;Joby
ACHR|NYSE|Archer Aviation Inc.|Archer Aviation;Archer?
LUNR|NASDAQ|Intuitive Machines Inc.|Intuitive Machines
PL|NYSE|Planet Labs PBC|Planet Labs
KTOS|NASDAQ|Kratos Defense & Security Solutions Inc.|Kratos Defense;Kratos
AVAV|NASDAQ|AeroVironment Inc.|AeroVironment
ERJ|NYSE|Embraer S.A.|Embraer
APD|NYSE|Air Products and Chemicals Inc.|Air Products and Chemicals;Air Products
ECL|NYSE|Ecolab Inc.|Ecolab
PPG|NYSE|PPG Industries Inc.|PPG Industries;PPG
CTVA|NYSE|Corteva Inc.|Corteva
VMC|NYSE|Vulcan Materials Company|Vulcan Materials
MLM|NYSE|Martin Marietta Materials Inc.|Martin Marietta Materials;Martin Marietta
IFF|NYSE|International Flavors & Fragrances Inc.|International Flavors & Fragrances;IFF
LYB|NYSE|LyondellBasell Industries N.V.|LyondellBasell
ALB|NYSE|Albemarle Corporation|Albemarle
CF|NYSE|CF Industries Holdings Inc.|CF Industries
MOS|NYSE|The Mosaic Company|Mosaic Co.;Mosaic?
IP|NYSE|International Paper Company|International Paper
PKG|NYSE|Packaging Corporation of America|Packaging Corp. of America
SW|NYSE|Smurfit Westrock plc|Smurfit Westrock;Smurfit WestRock
BALL|NYSE|Ball Corporation|Ball Corp.;Ball?
AMCR|NYSE|Amcor plc|Amcor
AVY|NYSE|Avery Dennison Corporation|Avery Dennison
STLD|NASDAQ|Steel Dynamics Inc.|Steel Dynamics
CE|NYSE|Celanese Corporation|Celanese
EMN|NYSE|Eastman Chemical Company|Eastman Chemical;Eastman?
CLF|NYSE|Cleveland-Cliffs Inc.|Cleveland-Cliffs
MP|NYSE|MP Materials Corp.|MP Materials
SCCO|NYSE|Southern Copper Corporation|Southern Copper
CRH|NYSE|CRH plc|CRH
AMRZ|NYSE|Amrize Ltd.|Amrize
AEP|NASDAQ|American Electric Power Company Inc.|American Electric Power;AEP
SRE|NYSE|Sempra|Sempra
D|NYSE|Dominion Energy Inc.|Dominion Energy;Dominion?
EXC|NASDAQ|Exelon Corporation|Exelon
XEL|NASDAQ|Xcel Energy Inc.|Xcel Energy;Xcel
PEG|NYSE|Public Service Enterprise Group Inc.|Public Service Enterprise Group;PSEG
ED|NYSE|Consolidated Edison Inc.|Consolidated Edison;Con Edison;ConEd
PCG|NYSE|PG&E Corporation|PG&E;Pacific Gas and Electric
EIX|NYSE|Edison International|Edison International;Southern California Edison
WEC|NYSE|WEC Energy Group Inc.|WEC Energy
ETR|NYSE|Entergy Corporation|Entergy
DTE|NYSE|DTE Energy Company|DTE Energy
AEE|NYSE|Ameren Corporation|Ameren
PPL|NYSE|PPL Corporation|PPL Corp.
FE|NYSE|FirstEnergy Corp.|FirstEnergy
ES|NYSE|Eversource Energy|Eversource Energy;Eversource
CNP|NYSE|CenterPoint Energy Inc.|CenterPoint Energy
CMS|NYSE|CMS Energy Corporation|CMS Energy
NI|NYSE|NiSource Inc.|NiSource
ATO|NYSE|Atmos Energy Corporation|Atmos Energy
LNT|NASDAQ|Alliant Energy Corporation|Alliant Energy
EVRG|NASDAQ|Evergy Inc.|Evergy
PNW|NYSE|Pinnacle West Capital Corporation|Pinnacle West
AES|NYSE|The AES Corporation|AES Corp.;AES?
NRG|NYSE|NRG Energy Inc.|NRG Energy;NRG
AWK|NYSE|American Water Works Company Inc.|American Water Works;American Water
TLN|NASDAQ|Talen Energy Corporation|Talen Energy;Talen
OKLO|NYSE|Oklo Inc.|Oklo
SMR|NYSE|NuScale Power Corporation|NuScale Power;NuScale
CCJ|NYSE|Cameco Corporation|Cameco
WELL|NYSE|Welltower Inc.|Welltower
SPG|NYSE|Simon Property Group Inc.|Simon Property Group;Simon Property
O|NYSE|Realty Income Corporation|Realty Income
PSA|NYSE|Public Storage|Public Storage
CCI|NYSE|Crown Castle Inc.|Crown Castle
CBRE|NYSE|CBRE Group Inc.|CBRE
VICI|NYSE|VICI Properties Inc.|VICI Properties
EXR|NYSE|Extra Space Storage Inc.|Extra Space Storage;Extra Space
AVB|NYSE|AvalonBay Communities Inc.|AvalonBay Communities;AvalonBay
EQR|NYSE|Equity Residential|Equity Residential
IRM|NYSE|Iron Mountain Inc.|Iron Mountain
VTR|NYSE|Ventas Inc.|Ventas
SBAC|NASDAQ|SBA Communications Corporation|SBA Communications
ARE|NYSE|Alexandria Real Estate Equities Inc.|Alexandria Real Estate Equities;Alexandria Real Estate
INVH|NYSE|Invitation Homes Inc.|Invitation Homes
MAA|NYSE|Mid-America Apartment Communities Inc.|Mid-America Apartment Communities;Mid-America Apartment
ESS|NYSE|Essex Property Trust Inc.|Essex Property Trust
UDR|NYSE|UDR Inc.|UDR
KIM|NYSE|Kimco Realty Corporation|Kimco Realty;Kimco
REG|NASDAQ|Regency Centers Corporation|Regency Centers
HST|NASDAQ|Host Hotels & Resorts Inc.|Host Hotels & Resorts;Host Hotels
CPT|NYSE|Camden Property Trust|Camden Property Trust
BXP|NYSE|BXP Inc.|BXP;Boston Properties
DOC|NYSE|Healthpeak Properties Inc.|Healthpeak Properties;Healthpeak
FRT|NYSE|Federal Realty Investment Trust|Federal Realty
CSGP|NASDAQ|CoStar Group Inc.|CoStar Group;CoStar
WY|NYSE|Weyerhaeuser Company|Weyerhaeuser
LINE|NASDAQ|Lineage Inc.|Lineage?
Z|NASDAQ|Zillow Group Inc.|Zillow Group;Zillow
OPEN|NASDAQ|Opendoor Technologies Inc.|Opendoor Technologies;Opendoor
MELI|NASDAQ|MercadoLibre Inc.|MercadoLibre;Mercado Libre
CCEP|NASDAQ|Coca-Cola Europacific Partners plc|Coca-Cola Europacific Partners;Coca-Cola Europacific
TRI|NYSE|Thomson Reuters Corporation|Thomson Reuters
LSCC|NASDAQ|Lattice Semiconductor Corporation|Lattice Semiconductor
ENTG|NASDAQ|Entegris Inc.|Entegris
CRDO|NASDAQ|Credo Technology Group Holding Ltd.|Credo Technology;Credo?
ALAB|NASDAQ|Astera Labs Inc.|Astera Labs
AMKR|NASDAQ|Amkor Technology Inc.|Amkor Technology;Amkor
CLS|NYSE|Celestica Inc.|Celestica
FLEX|NASDAQ|Flex Ltd.|Flex Ltd.;Flex?
SNDK|NASDAQ|Sandisk Corporation|Sandisk;SanDisk
DT|NYSE|Dynatrace Inc.|Dynatrace
VEEV|NYSE|Veeva Systems Inc.|Veeva Systems;Veeva
GWRE|NYSE|Guidewire Software Inc.|Guidewire Software;Guidewire
MANH|NASDAQ|Manhattan Associates Inc.|Manhattan Associates
BSY|NASDAQ|Bentley Systems Inc.|Bentley Systems
NTNX|NASDAQ|Nutanix Inc.|Nutanix
PSTG|NYSE|Pure Storage Inc.|Pure Storage
DBX|NASDAQ|Dropbox Inc.|Dropbox
BOX|NYSE|Box Inc.|Box Inc.;Box?
IOT|NYSE|Samsara Inc.|Samsara?
CFLT|NASDAQ|Confluent Inc.|Confluent
ESTC|NYSE|Elastic N.V.|Elastic?
GTLB|NASDAQ|GitLab Inc.|GitLab
S|NYSE|SentinelOne Inc.|SentinelOne
CHKP|NASDAQ|Check Point Software Technologies Ltd.|Check Point Software;Check Point
CYBR|NASDAQ|CyberArk Software Ltd.|CyberArk
RBRK|NYSE|Rubrik Inc.|Rubrik
SAIL|NASDAQ|SailPoint Inc.|SailPoint
KVYO|NYSE|Klaviyo Inc.|Klaviyo
FIG|NYSE|Figma Inc.|Figma
STUB|NYSE|StubHub Holdings Inc.|StubHub
WIX|NASDAQ|Wix.com Ltd.|Wix.com;Wix
MNDY|NASDAQ|monday.com Ltd.|monday.com;Monday.com
MBLY|NASDAQ|Mobileye Global Inc.|Mobileye
NICE|NASDAQ|NICE Ltd.|NICE?
U|NYSE|Unity Software Inc.|Unity Software;Unity?
TOST|NYSE|Toast Inc.|Toast?
BILL|NYSE|BILL Holdings Inc.|Bill.com;Bill Holdings
PCOR|NYSE|Procore Technologies Inc.|Procore Technologies;Procore
PCTY|NASDAQ|Paylocity Holding Corporation|Paylocity
DUOL|NASDAQ|Duolingo Inc.|Duolingo
SOUN|NASDAQ|SoundHound AI Inc.|SoundHound AI;SoundHound
RGTI|NASDAQ|Rigetti Computing Inc.|Rigetti Computing;Rigetti
QBTS|NYSE|D-Wave Quantum Inc.|D-Wave Quantum;D-Wave
LOGI|NASDAQ|Logitech International S.A.|Logitech
PHG|NYSE|Koninklijke Philips N.V.|Royal Philips;Philips
NOK|NYSE|Nokia Oyj|Nokia
ERIC|NASDAQ|Telefonaktiebolaget LM Ericsson|Ericsson
VOD|NASDAQ|Vodafone Group plc|Vodafone
BTI|NYSE|British American Tobacco plc|British American Tobacco
RELX|NYSE|RELX plc|RELX
NGG|NYSE|National Grid plc|National Grid
PUK|NYSE|Prudential plc|Prudential plc
EQNR|NYSE|Equinor ASA|Equinor
E|NYSE|Eni S.p.A.|Eni
FLUT|NYSE|Flutter Entertainment plc|Flutter Entertainment;FanDuel;Flutter?
RYAAY|NASDAQ|Ryanair Holdings plc|Ryanair
NSRGY|OTC|Nestlé S.A.|Nestlé;Nestle
RHHBY|OTC|Roche Holding AG|Roche
LVMUY|OTC|LVMH Moët Hennessy Louis Vuitton SE|LVMH;Louis Vuitton?
SIEGY|OTC|Siemens AG|Siemens
VWAGY|OTC|Volkswagen AG|Volkswagen;VW
BMWYY|OTC|Bayerische Motoren Werke AG|BMW
MBGYY|OTC|Mercedes-Benz Group AG|Mercedes-Benz;Mercedes?
EADSY|OTC|Airbus SE|Airbus
ADDYY|OTC|adidas AG|Adidas
BAYRY|OTC|Bayer AG|Bayer
ALIZY|OTC|Allianz SE|Allianz
BASFY|OTC|BASF SE|BASF
LRLCY|OTC|L'Oréal S.A.|L'Oréal;L'Oreal;L’Oréal
HEINY|OTC|Heineken N.V.|Heineken
ADYEY|OTC|Adyen N.V.|Adyen
DTEGY|OTC|Deutsche Telekom AG|Deutsche Telekom
NTDOY|OTC|Nintendo Co. Ltd.|Nintendo
SFTBY|OTC|SoftBank Group Corp.|SoftBank Group;SoftBank
NSANY|OTC|Nissan Motor Co. Ltd.|Nissan
HTHIY|OTC|Hitachi Ltd.|Hitachi
BNPQY|OTC|BNP Paribas SA|BNP Paribas;BNP Paribas Exane;Exane BNP Paribas
SCGLY|OTC|Société Générale SA|Société Générale;Societe Generale;SocGen
MUFG|NYSE|Mitsubishi UFJ Financial Group Inc.|Mitsubishi UFJ Financial;Mitsubishi UFJ;MUFG;MUFG Securities
SMFG|NYSE|Sumitomo Mitsui Financial Group Inc.|Sumitomo Mitsui Financial;Sumitomo Mitsui;SMBC;SMBC Nikko
NMR|NYSE|Nomura Holdings Inc.|Nomura
ING|NYSE|ING Groep N.V.|ING Groep;ING
SAN|NYSE|Banco Santander S.A.|Banco Santander;Santander
BBVA|NYSE|Banco Bilbao Vizcaya Argentaria S.A.|BBVA;Banco Bilbao Vizcaya Argentaria
LYG|NYSE|Lloyds Banking Group plc|Lloyds Banking Group;Lloyds Bank;Lloyds?
NWG|NYSE|NatWest Group plc|NatWest Group;NatWest
BNS|NYSE|The Bank of Nova Scotia|Bank of Nova Scotia;Scotiabank
CM|NYSE|Canadian Imperial Bank of Commerce|Canadian Imperial Bank of Commerce;CIBC;CIBC Capital Markets
HDB|NYSE|HDFC Bank Ltd.|HDFC Bank
IBN|NYSE|ICICI Bank Ltd.|ICICI Bank
WIT|NYSE|Wipro Ltd.|Wipro
ITUB|NYSE|Itaú Unibanco Holding S.A.|Itaú Unibanco;Itau Unibanco;Itaú;Itau
NU|NYSE|Nu Holdings Ltd.|Nu Holdings;Nubank
STNE|NASDAQ|StoneCo Ltd.|StoneCo
XP|NASDAQ|XP Inc.|XP Inc.
PBR|NYSE|Petróleo Brasileiro S.A.|Petrobras
VALE|NYSE|Vale S.A.|Vale S.A.;Vale?
AMX|NYSE|América Movil S.A.B. de C.V.|América Movil;America Movil;América Móvil
FMX|NYSE|Fomento Económico Mexicano S.A.B. de C.V.|FEMSA
CX|NYSE|Cemex S.A.B. de C.V.|Cemex
GLOB|NYSE|Globant S.A.|Globant
SE|NYSE|Sea Limited|Sea Ltd.;Shopee;Sea?
GRAB|NASDAQ|Grab Holdings Ltd.|Grab Holdings;Grab?
CPNG|NYSE|Coupang Inc.|Coupang
NTES|NASDAQ|NetEase Inc.|NetEase
TCOM|NASDAQ|Trip.com Group Ltd.|Trip.com
LI|NASDAQ|Li Auto Inc.|Li Auto
XPEV|NYSE|XPeng Inc.|XPeng;Xpeng
BILI|NASDAQ|Bilibili Inc.|Bilibili
TME|NYSE|Tencent Music Entertainment Group|Tencent Music
BEKE|NYSE|KE Holdings Inc.|KE Holdings;Beike
FUTU|NASDAQ|Futu Holdings Ltd.|Futu Holdings;Futu
PONY|NASDAQ|Pony AI Inc.|Pony.ai;Pony AI
WRD|NASDAQ|WeRide Inc.|WeRide
HSAI|NASDAQ|Hesai Group|Hesai
ENB|NYSE|Enbridge Inc.|Enbridge
CNQ|NYSE|Canadian Natural Resources Ltd.|Canadian Natural Resources;Canadian Natural
SU|NYSE|Suncor Energy Inc.|Suncor Energy;Suncor
CVE|NYSE|Cenovus Energy Inc.|Cenovus Energy;Cenovus
CP|NYSE|Canadian Pacific Kansas City Ltd.|Canadian Pacific Kansas City;CPKC;Canadian Pacific
CNI|NYSE|Canadian National Railway Company|Canadian National Railway;Canadian National;CN Rail
TRP|NYSE|TC Energy Corporation|TC Energy
MFC|NYSE|Manulife Financial Corporation|Manulife Financial;Manulife
SLF|NYSE|Sun Life Financial Inc.|Sun Life Financial;Sun Life
NTR|NYSE|Nutrien Ltd.|Nutrien
TECK|NYSE|Teck Resources Ltd.|Teck Resources;Teck
B|NYSE|Barrick Mining Corporation|Barrick Mining;Barrick Gold;Barrick
AEM|NYSE|Agnico Eagle Mines Ltd.|Agnico Eagle Mines;Agnico Eagle
FNV|NYSE|Franco-Nevada Corporation|Franco-Nevada
WPM|NYSE|Wheaton Precious Metals Corp.|Wheaton Precious Metals
AU|NYSE|AngloGold Ashanti plc|AngloGold Ashanti;AngloGold
GFI|NYSE|Gold Fields Ltd.|Gold Fields
MGA|NYSE|Magna International Inc.|Magna International;Magna?
WCN|NYSE|Waste Connections Inc.|Waste Connections
TPL|NYSE|Texas Pacific Land Corporation|Texas Pacific Land
VIK|NYSE|Viking Holdings Ltd.|Viking Holdings;Viking Cruises
NTSK|NASDAQ|Netskope Inc.|Netskope
HNGE|NYSE|Hinge Health Inc.|Hinge Health
FLR|NYSE|Fluor Corporation|Fluor
LEU|NYSE|Centrus Energy Corp.|Centrus Energy;Centrus
RRX|NYSE|Regal Rexnord Corporation|Regal Rexnord
SPR|NYSE|Spirit AeroSystems Holdings Inc.|Spirit AeroSystems;Spirit Aero
X|NYSE|United States Steel Corporation|U.S. Steel;US Steel;United States Steel
SKX|NYSE|Skechers U.S.A. Inc.|Skechers
HES|NYSE|Hess Corporation|Hess Corp.;Hess?
ANSS|NASDAQ|Ansys Inc.|Ansys;ANSYS
JNPR|NYSE|Juniper Networks Inc.|Juniper Networks;Juniper?
CTLT|NYSE|Catalent Inc.|Catalent
DFS|NYSE|Discover Financial Services|Discover Financial;Discover Financial Services;Discover?
EDR|NYSE|Endeavor Group Holdings Inc.|Endeavor Group;Endeavor?
WBA|NASDAQ|Walgreens Boots Alliance Inc.|Walgreens Boots Alliance;Walgreens
PXD|NYSE|Pioneer Natural Resources Company|Pioneer Natural Resources;Pioneer Natural;Pioneer?
MRO|NYSE|Marathon Oil Corporation|Marathon Oil
SWN|NYSE|Southwestern Energy Company|Southwestern Energy
CPRI|NYSE|Capri Holdings Ltd.|Capri Holdings
JWN|NYSE|Nordstrom Inc.|Nordstrom
FL|NYSE|Foot Locker Inc.|Foot Locker
VFC|NYSE|V.F. Corporation|VF Corp.;VF Corporation;V.F. Corp.
PVH|NYSE|PVH Corp.|PVH
LEVI|NYSE|Levi Strauss & Co.|Levi Strauss
HBI|NYSE|Hanesbrands Inc.|Hanesbrands
ONON|NYSE|On Holding AG|On Holding;On Running
AS|NYSE|Amer Sports Inc.|Amer Sports
COTY|NYSE|Coty Inc.|Coty
WHR|NYSE|Whirlpool Corporation|Whirlpool
AAP|NYSE|Advance Auto Parts Inc.|Advance Auto Parts
GT|NASDAQ|The Goodyear Tire & Rubber Company|Goodyear Tire & Rubber;Goodyear Tire;Goodyear
LEA|NYSE|Lear Corporation|Lear Corp.;Lear?
AN|NYSE|AutoNation Inc.|AutoNation
LAD|NYSE|Lithia Motors Inc.|Lithia Motors;Lithia
PAG|NYSE|Penske Automotive Group Inc.|Penske Automotive
CHH|NYSE|Choice Hotels International Inc.|Choice Hotels
WH|NYSE|Wyndham Hotels & Resorts Inc.|Wyndham Hotels;Wyndham?
TRIP|NASDAQ|Tripadvisor Inc.|Tripadvisor;TripAdvisor
PZZA|NASDAQ|Papa John's International Inc.|Papa John's;Papa John’s
ARMK|NYSE|Aramark|Aramark
MTN|NYSE|Vail Resorts Inc.|Vail Resorts
FUN|NYSE|Six Flags Entertainment Corporation|Six Flags
PLNT|NYSE|Planet Fitness Inc.|Planet Fitness
BC|NYSE|Brunswick Corporation|Brunswick Corp.;Brunswick?
FND|NYSE|Floor & Decor Holdings Inc.|Floor & Decor
SGI|NYSE|Somnigroup International Inc.|Somnigroup;Tempur Sealy
KLG|NYSE|WK Kellogg Co|WK Kellogg
POST|NYSE|Post Holdings Inc.|Post Holdings
THS|NYSE|TreeHouse Foods Inc.|TreeHouse Foods;TreeHouse
FLO|NYSE|Flowers Foods Inc.|Flowers Foods
SMPL|NASDAQ|The Simply Good Foods Company|Simply Good Foods
BRBR|NYSE|BellRing Brands Inc.|BellRing Brands
TWNK|NASDAQ|Hostess Brands Inc.|Hostess Brands;Hostess?
SFM|NASDAQ|Sprouts Farmers Market Inc.|Sprouts Farmers Market;Sprouts?
USFD|NYSE|US Foods Holding Corp.|US Foods
PFGC|NYSE|Performance Food Group Company|Performance Food Group
COKE|NASDAQ|Coca-Cola Consolidated Inc.|Coca-Cola Consolidated
SAM|NYSE|The Boston Beer Company Inc.|Boston Beer
PRMB|NYSE|Primo Brands Corporation|Primo Brands
HLF|NYSE|Herbalife Ltd.|Herbalife
SFD|NASDAQ|Smithfield Foods Inc.|Smithfield Foods;Smithfield?
JBS|NYSE|JBS N.V.|JBS
BIO|NYSE|Bio-Rad Laboratories Inc.|Bio-Rad Laboratories;Bio-Rad
AVTR|NYSE|Avantor Inc.|Avantor
QGEN|NYSE|Qiagen N.V.|Qiagen;QIAGEN
BRKR|NASDAQ|Bruker Corporation|Bruker
TFX|NYSE|Teleflex Inc.|Teleflex
GMED|NYSE|Globus Medical Inc.|Globus Medical
MASI|NASDAQ|Masimo Corporation|Masimo
XRAY|NASDAQ|Dentsply Sirona Inc.|Dentsply Sirona;Dentsply
THC|NYSE|Tenet Healthcare Corporation|Tenet Healthcare;Tenet?
EHC|NYSE|Encompass Health Corporation|Encompass Health
ACHC|NASDAQ|Acadia Healthcare Company Inc.|Acadia Healthcare
AMED|NASDAQ|Amedisys Inc.|Amedisys
OSCR|NYSE|Oscar Health Inc.|Oscar Health
TDOC|NYSE|Teladoc Health Inc.|Teladoc Health;Teladoc
OMI|NYSE|Owens & Minor Inc.|Owens & Minor
SGEN|NASDAQ|Seagen Inc.|Seagen;Seattle Genetics
HZNP|NASDAQ|Horizon Therapeutics plc|Horizon Therapeutics
KRTX|NASDAQ|Karuna Therapeutics Inc.|Karuna Therapeutics;Karuna
CERE|NASDAQ|Cerevel Therapeutics Holdings Inc.|Cerevel Therapeutics;Cerevel
IMGN|NASDAQ|ImmunoGen Inc.|ImmunoGen
MRTX|NASDAQ|Mirati Therapeutics Inc.|Mirati Therapeutics;Mirati
ITCI|NASDAQ|Intra-Cellular Therapies Inc.|Intra-Cellular Therapies;Intra-Cellular
VRNA|NASDAQ|Verona Pharma plc|Verona Pharma
SWTX|NASDAQ|SpringWorks Therapeutics Inc.|SpringWorks Therapeutics;SpringWorks
BPMC|NASDAQ|Blueprint Medicines Corporation|Blueprint Medicines
SWAV|NASDAQ|Shockwave Medical Inc.|Shockwave Medical
NARI|NASDAQ|Inari Medical Inc.|Inari Medical
JAZZ|NASDAQ|Jazz Pharmaceuticals plc|Jazz Pharmaceuticals
EXEL|NASDAQ|Exelixis Inc.|Exelixis
IONS|NASDAQ|Ionis Pharmaceuticals Inc.|Ionis Pharmaceuticals;Ionis
MDGL|NASDAQ|Madrigal Pharmaceuticals Inc.|Madrigal Pharmaceuticals;Madrigal
CYTK|NASDAQ|Cytokinetics Inc.|Cytokinetics
RVMD|NASDAQ|Revolution Medicines Inc.|Revolution Medicines
RPRX|NASDAQ|Royalty Pharma plc|Royalty Pharma
ELAN|NYSE|Elanco Animal Health Inc.|Elanco Animal Health;Elanco
OGN|NYSE|Organon & Co.|Organon
PRGO|NYSE|Perrigo Company plc|Perrigo
BHC|NYSE|Bausch Health Companies Inc.|Bausch Health
BLCO|NYSE|Bausch + Lomb Corporation|Bausch + Lomb;Bausch & Lomb
RDY|NYSE|Dr. Reddy's Laboratories Ltd.|Dr. Reddy's;Dr Reddy's;Dr. Reddy’s
ONC|NASDAQ|BeOne Medicines Ltd.|BeOne Medicines;BeiGene
LEGN|NASDAQ|Legend Biotech Corporation|Legend Biotech
VMW|NYSE|VMware Inc.|VMware
ATVI|NASDAQ|Activision Blizzard Inc.|Activision Blizzard;Activision
HCP|NASDAQ|HashiCorp Inc.|HashiCorp
INFA|NYSE|Informatica Inc.|Informatica
ALTR|NASDAQ|Altair Engineering Inc.|Altair Engineering;Altair?
AZPN|NASDAQ|Aspen Technology Inc.|Aspen Technology;AspenTech
NATI|NASDAQ|National Instruments Corporation|National Instruments
SQSP|NYSE|Squarespace Inc.|Squarespace
SMAR|NYSE|Smartsheet Inc.|Smartsheet
JAMF|NASDAQ|Jamf Holding Corp.|Jamf
PYCR|NASDAQ|Paycor HCM Inc.|Paycor
DNB|NYSE|Dun & Bradstreet Holdings Inc.|Dun & Bradstreet
SSNC|NASDAQ|SS&C Technologies Holdings Inc.|SS&C Technologies;SS&C
WOLF|NYSE|Wolfspeed Inc.|Wolfspeed
INFN|NASDAQ|Infinera Corporation|Infinera
MKSI|NASDAQ|MKS Instruments Inc.|MKS Instruments
TENB|NASDAQ|Tenable Holdings Inc.|Tenable Holdings;Tenable?
RPD|NASDAQ|Rapid7 Inc.|Rapid7
QLYS|NASDAQ|Qualys Inc.|Qualys
VRNS|NASDAQ|Varonis Systems Inc.|Varonis
FSLY|NYSE|Fastly Inc.|Fastly
DOCN|NYSE|DigitalOcean Holdings Inc.|DigitalOcean
RNG|NYSE|RingCentral Inc.|RingCentral
FIVN|NASDAQ|Five9 Inc.|Five9
ASAN|NYSE|Asana Inc.|Asana?
FRSH|NASDAQ|Freshworks Inc.|Freshworks
DXC|NYSE|DXC Technology Company|DXC Technology;DXC
KD|NYSE|Kyndryl Holdings Inc.|Kyndryl
ARW|NYSE|Arrow Electronics Inc.|Arrow Electronics
AVT|NASDAQ|Avnet Inc.|Avnet
SNX|NYSE|TD SYNNEX Corporation|TD Synnex;TD SYNNEX
CACI|NYSE|CACI International Inc.|CACI
SAIC|NASDAQ|Science Applications International Corporation|Science Applications International;SAIC
KBR|NYSE|KBR Inc.|KBR
ACM|NYSE|AECOM|AECOM
PSN|NYSE|Parsons Corporation|Parsons Corp.
AMTM|NYSE|Amentum Holdings Inc.|Amentum
DRS|NASDAQ|Leonardo DRS Inc.|Leonardo DRS
BWXT|NYSE|BWX Technologies Inc.|BWX Technologies
CW|NYSE|Curtiss-Wright Corporation|Curtiss-Wright
WWD|NASDAQ|Woodward Inc.|Woodward?
MTZ|NYSE|MasTec Inc.|MasTec
OC|NYSE|Owens Corning|Owens Corning
CSL|NYSE|Carlisle Companies Inc.|Carlisle Companies
FBIN|NYSE|Fortune Brands Innovations Inc.|Fortune Brands
WSO|NYSE|Watsco Inc.|Watsco
GTLS|NYSE|Chart Industries Inc.|Chart Industries
FLS|NYSE|Flowserve Corporation|Flowserve
ITT|NYSE|ITT Inc.|ITT
GGG|NYSE|Graco Inc.|Graco
MIDD|NASDAQ|The Middleby Corporation|Middleby
LECO|NASDAQ|Lincoln Electric Holdings Inc.|Lincoln Electric
TKR|NYSE|The Timken Company|Timken
OSK|NYSE|Oshkosh Corporation|Oshkosh Corp.;Oshkosh?
TEX|NYSE|Terex Corporation|Terex
XPO|NYSE|XPO Inc.|XPO
GXO|NYSE|GXO Logistics Inc.|GXO Logistics;GXO
SAIA|NASDAQ|Saia Inc.|Saia
KNX|NYSE|Knight-Swift Transportation Holdings Inc.|Knight-Swift
JBLU|NASDAQ|JetBlue Airways Corporation|JetBlue Airways;JetBlue
ALK|NYSE|Alaska Air Group Inc.|Alaska Air Group;Alaska Airlines;Alaska Air
HA|NASDAQ|Hawaiian Holdings Inc.|Hawaiian Holdings;Hawaiian Airlines
SAVE|NYSE|Spirit Airlines Inc.|Spirit Airlines
ULCC|NASDAQ|Frontier Group Holdings Inc.|Frontier Airlines;Frontier Group
AER|NYSE|AerCap Holdings N.V.|AerCap
AL|NYSE|Air Lease Corporation|Air Lease
RHI|NYSE|Robert Half Inc.|Robert Half
BECN|NASDAQ|Beacon Roofing Supply Inc.|Beacon Roofing Supply;Beacon Roofing
QXO|NYSE|QXO Inc.|QXO
AZEK|NYSE|The AZEK Company Inc.|AZEK;Azek
CHX|NASDAQ|ChampionX Corporation|ChampionX
CMC|NYSE|Commercial Metals Company|Commercial Metals
RS|NYSE|Reliance Inc.|Reliance Steel;Reliance Steel & Aluminum
WLK|NYSE|Westlake Corporation|Westlake Corp.;Westlake Chemical
HUN|NYSE|Huntsman Corporation|Huntsman Corp.
CC|NYSE|The Chemours Company|Chemours
AXTA|NYSE|Axalta Coating Systems Ltd.|Axalta Coating Systems;Axalta
RPM|NYSE|RPM International Inc.|RPM International
FMC|NYSE|FMC Corporation|FMC Corp.
SEE|NYSE|Sealed Air Corporation|Sealed Air
BERY|NYSE|Berry Global Group Inc.|Berry Global
SON|NYSE|Sonoco Products Company|Sonoco
GPK|NYSE|Graphic Packaging Holding Company|Graphic Packaging
CCK|NYSE|Crown Holdings Inc.|Crown Holdings
OLN|NYSE|Olin Corporation|Olin Corp.
ALTM|NYSE|Arcadium Lithium plc|Arcadium Lithium;Arcadium
LAC|NYSE|Lithium Americas Corp.|Lithium Americas
RGLD|NASDAQ|Royal Gold Inc.|Royal Gold
PAAS|NYSE|Pan American Silver Corp.|Pan American Silver
OVV|NYSE|Ovintiv Inc.|Ovintiv
PR|NYSE|Permian Resources Corporation|Permian Resources
CIVI|NYSE|Civitas Resources Inc.|Civitas Resources
CHRD|NASDAQ|Chord Energy Corporation|Chord Energy
MTDR|NYSE|Matador Resources Company|Matador Resources
MUR|NYSE|Murphy Oil Corporation|Murphy Oil
AR|NYSE|Antero Resources Corporation|Antero Resources
RRC|NYSE|Range Resources Corporation|Range Resources
DINO|NYSE|HF Sinclair Corporation|HF Sinclair
PBF|NYSE|PBF Energy Inc.|PBF Energy
PAA|NASDAQ|Plains All American Pipeline L.P.|Plains All American
MPLX|NYSE|MPLX LP|MPLX
WES|NYSE|Western Midstream Partners LP|Western Midstream
DTM|NYSE|DT Midstream Inc.|DT Midstream
ETRN|NYSE|Equitrans Midstream Corporation|Equitrans Midstream;Equitrans
FTI|NYSE|TechnipFMC plc|TechnipFMC
NOV|NYSE|NOV Inc.|NOV Inc.
WFRD|NASDAQ|Weatherford International plc|Weatherford International;Weatherford?
BTU|NYSE|Peabody Energy Corporation|Peabody Energy
CPE|NYSE|Callon Petroleum Company|Callon Petroleum
PLUG|NASDAQ|Plug Power Inc.|Plug Power
SEDG|NASDAQ|SolarEdge Technologies Inc.|SolarEdge
FLNC|NASDAQ|Fluence Energy Inc.|Fluence Energy
AGR|NYSE|Avangrid Inc.|Avangrid
ALE|NYSE|ALLETE Inc.|Allete;ALLETE
TXNM|NYSE|TXNM Energy Inc.|TXNM Energy;PNM Resources
HE|NYSE|Hawaiian Electric Industries Inc.|Hawaiian Electric
WTRG|NYSE|Essential Utilities Inc.|Essential Utilities
CWEN|NYSE|Clearway Energy Inc.|Clearway Energy
LNC|NYSE|Lincoln National Corporation|Lincoln National;Lincoln Financial
UNM|NYSE|Unum Group|Unum
VOYA|NYSE|Voya Financial Inc.|Voya Financial;Voya
EQH|NYSE|Equitable Holdings Inc.|Equitable Holdings
JXN|NYSE|Jackson Financial Inc.|Jackson Financial
BHF|NASDAQ|Brighthouse Financial Inc.|Brighthouse Financial;Brighthouse
MKL|NYSE|Markel Group Inc.|Markel
RNR|NYSE|RenaissanceRe Holdings Ltd.|RenaissanceRe
FNF|NYSE|Fidelity National Financial Inc.|Fidelity National Financial
FAF|NYSE|First American Financial Corporation|First American Financial
RYAN|NYSE|Ryan Specialty Holdings Inc.|Ryan Specialty
ORI|NYSE|Old Republic International Corporation|Old Republic
EWBC|NASDAQ|East West Bancorp Inc.|East West Bancorp;East West Bank
WBS|NYSE|Webster Financial Corporation|Webster Financial;Webster Bank
WTFC|NASDAQ|Wintrust Financial Corporation|Wintrust Financial;Wintrust
CFR|NYSE|Cullen/Frost Bankers Inc.|Cullen/Frost;Frost Bank
BPOP|NASDAQ|Popular Inc.|Banco Popular
FHN|NYSE|First Horizon Corporation|First Horizon
SNV|NYSE|Synovus Financial Corp.|Synovus Financial;Synovus
PNFP|NASDAQ|Pinnacle Financial Partners Inc.|Pinnacle Financial Partners;Pinnacle Financial
COLB|NASDAQ|Columbia Banking System Inc.|Columbia Banking System;Columbia Banking
VLY|NASDAQ|Valley National Bancorp|Valley National
ONB|NASDAQ|Old National Bancorp|Old National
FLG|NYSE|Flagstar Financial Inc.|Flagstar Financial;Flagstar;New York Community Bancorp
CADE|NYSE|Cadence Bank|Cadence Bank
SSB|NYSE|SouthState Corporation|SouthState
UMBF|NASDAQ|UMB Financial Corporation|UMB Financial
BANC|NYSE|Banc of California Inc.|Banc of California
PPBI|NASDAQ|Pacific Premier Bancorp Inc.|Pacific Premier
FRC|NYSE|First Republic Bank|First Republic
SIVB|NASDAQ|SVB Financial Group|SVB Financial;Silicon Valley Bank;SVB
SBNY|NASDAQ|Signature Bank|Signature Bank
LC|NYSE|LendingClub Corporation|LendingClub
RDFN|NASDAQ|Redfin Corporation|Redfin
RDNT|NASDAQ|RadNet, Inc.|RadNet
UWMC|NYSE|UWM Holdings Corporation|UWM Holdings;United Wholesale Mortgage
NLY|NYSE|Annaly Capital Management Inc.|Annaly Capital;Annaly
AGNC|NASDAQ|AGNC Investment Corp.|AGNC
STWD|NYSE|Starwood Property Trust Inc.|Starwood Property Trust
JHG|NYSE|Janus Henderson Group plc|Janus Henderson
AB|NYSE|AllianceBernstein Holding L.P.|AllianceBernstein
HLNE|NASDAQ|Hamilton Lane Inc.|Hamilton Lane
STEP|NASDAQ|StepStone Group Inc.|StepStone Group;StepStone?
VIRT|NASDAQ|Virtu Financial Inc.|Virtu Financial;Virtu
FOUR|NYSE|Shift4 Payments Inc.|Shift4 Payments;Shift4
WEX|NYSE|WEX Inc.|WEX
RELY|NASDAQ|Remitly Global Inc.|Remitly
CS|NYSE|Credit Suisse Group AG|Credit Suisse
IEP|NASDAQ|Icahn Enterprises L.P.|Icahn Enterprises
ENV|NYSE|Envestnet Inc.|Envestnet
NXST|NASDAQ|Nexstar Media Group Inc.|Nexstar Media;Nexstar
TGNA|NYSE|Tegna Inc.|Tegna;TEGNA
SBGI|NASDAQ|Sinclair Inc.|Sinclair Broadcast Group;Sinclair Broadcast
GTN|NYSE|Gray Media Inc.|Gray Television;Gray Media
AMCX|NASDAQ|AMC Networks Inc.|AMC Networks
LION|NYSE|Lionsgate Studios Corp.|Lionsgate
ATUS|NYSE|Altice USA Inc.|Altice USA
LBTYA|NASDAQ|Liberty Global Ltd.|Liberty Global
FWONA|NASDAQ|Liberty Media Corporation|Liberty Media
IAC|NASDAQ|IAC Inc.|IAC
DJT|NASDAQ|Trump Media & Technology Group Corp.|Trump Media & Technology Group;Trump Media
DISH|NASDAQ|DISH Network Corporation|Dish Network;DISH Network
JLL|NYSE|Jones Lang LaSalle Inc.|Jones Lang LaSalle;JLL
CWK|NYSE|Cushman & Wakefield plc|Cushman & Wakefield
COMP|NYSE|Compass Inc.|Compass?
HOUS|NYSE|Anywhere Real Estate Inc.|Anywhere Real Estate
GLPI|NASDAQ|Gaming and Leisure Properties Inc.|Gaming and Leisure Properties
AMH|NYSE|American Homes 4 Rent|American Homes 4 Rent
WPC|NYSE|W. P. Carey Inc.|W. P. Carey;W.P. Carey
MPW|NYSE|Medical Properties Trust Inc.|Medical Properties Trust
VNO|NYSE|Vornado Realty Trust|Vornado Realty;Vornado
SLG|NYSE|SL Green Realty Corp.|SL Green
COLD|NYSE|Americold Realty Trust Inc.|Americold
SUI|NYSE|Sun Communities Inc.|Sun Communities
SRC|NYSE|Spirit Realty Capital Inc.|Spirit Realty
NPSCY|OTC|Nippon Steel Corporation|Nippon Steel
GLNCY|OTC|Glencore plc|Glencore
NGLOY|OTC|Anglo American plc|Anglo American
AXAHY|OTC|AXA SA|AXA
ZURVY|OTC|Zurich Insurance Group AG|Zurich Insurance
MURGY|OTC|Munich Re|Munich Re;Munich Reinsurance
SSREY|OTC|Swiss Re AG|Swiss Re
ARZGY|OTC|Assicurazioni Generali S.p.A.|Assicurazioni Generali;Generali
AVVIY|OTC|Aviva plc|Aviva
LGGNY|OTC|Legal & General Group plc|Legal & General
AAGIY|OTC|AIA Group Ltd.|AIA Group;AIA?
PNGAY|OTC|Ping An Insurance Group Co. of China Ltd.|Ping An Insurance;Ping An
TKOMY|OTC|Tokio Marine Holdings Inc.|Tokio Marine
SCBFY|OTC|Standard Chartered plc|Standard Chartered
CRZBY|OTC|Commerzbank AG|Commerzbank
UNCRY|OTC|UniCredit S.p.A.|UniCredit
ISNPY|OTC|Intesa Sanpaolo S.p.A.|Intesa Sanpaolo;Intesa
CRARY|OTC|Crédit Agricole S.A.|Crédit Agricole;Credit Agricole
CAIXY|OTC|CaixaBank S.A.|CaixaBank
BNDSY|OTC|Banco de Sabadell S.A.|Banco de Sabadell;Banco Sabadell;Sabadell?
NRDBY|OTC|Nordea Bank Abp|Nordea
DNKEY|OTC|Danske Bank A/S|Danske Bank
DBOEY|OTC|Deutsche Börse AG|Deutsche Börse;Deutsche Boerse
HKXCY|OTC|Hong Kong Exchanges and Clearing Ltd.|Hong Kong Exchanges and Clearing;Hong Kong Exchanges
MKKGY|OTC|Merck KGaA|Merck KGaA
ALPMY|OTC|Astellas Pharma Inc.|Astellas Pharma;Astellas
DSNKY|OTC|Daiichi Sankyo Company Ltd.|Daiichi Sankyo
ESALY|OTC|Eisai Co. Ltd.|Eisai
CSLLY|OTC|CSL Limited|CSL Behring;CSL?
LZAGY|OTC|Lonza Group AG|Lonza
SDZNY|OTC|Sandoz Group AG|Sandoz
GRFS|NASDAQ|Grifols S.A.|Grifols
UCBJY|OTC|UCB SA|UCB
SMMNY|OTC|Siemens Healthineers AG|Siemens Healthineers
SMNEY|OTC|Siemens Energy AG|Siemens Energy
SNN|NYSE|Smith & Nephew plc|Smith & Nephew
ESLOY|OTC|EssilorLuxottica SA|EssilorLuxottica
FMS|NYSE|Fresenius Medical Care AG|Fresenius Medical Care
FSNUY|OTC|Fresenius SE & Co. KGaA|Fresenius SE;Fresenius?
DANOY|OTC|Danone S.A.|Danone
RBGLY|OTC|Reckitt Benckiser Group plc|Reckitt Benckiser;Reckitt
HENKY|OTC|Henkel AG & Co. KGaA|Henkel
BDRFY|OTC|Beiersdorf AG|Beiersdorf
PRNDY|OTC|Pernod Ricard SA|Pernod Ricard
CABGY|OTC|Carlsberg A/S|Carlsberg
KNBWY|OTC|Kirin Holdings Company Ltd.|Kirin Holdings;Kirin?
JAPAY|OTC|Japan Tobacco Inc.|Japan Tobacco
IMBBY|OTC|Imperial Brands plc|Imperial Brands
HESAY|OTC|Hermès International SCA|Hermès;Hermes International;Hermes?
PPRUY|OTC|Kering SA|Kering
CFRUY|OTC|Compagnie Financière Richemont SA|Richemont
BURBY|OTC|Burberry Group plc|Burberry
PUMSY|OTC|Puma SE|Puma SE;Puma?
IDEXY|OTC|Industria de Diseño Textil S.A.|Inditex
HNNMY|OTC|H & M Hennes & Mauritz AB|H&M;Hennes & Mauritz
FRCOY|OTC|Fast Retailing Co. Ltd.|Fast Retailing;Uniqlo
ADRNY|OTC|Koninklijke Ahold Delhaize N.V.|Ahold Delhaize
TSCDY|OTC|Tesco plc|Tesco
CRRFY|OTC|Carrefour SA|Carrefour
SVNDY|OTC|Seven & i Holdings Co. Ltd.|Seven & i
MPNGY|OTC|Meituan|Meituan
XIACY|OTC|Xiaomi Corporation|Xiaomi
LNVGY|OTC|Lenovo Group Ltd.|Lenovo
BYDDY|OTC|BYD Company Ltd.|BYD
PKX|NYSE|POSCO Holdings Inc.|POSCO
KB|NYSE|KB Financial Group Inc.|KB Financial
SHG|NYSE|Shinhan Financial Group Co. Ltd.|Shinhan Financial;Shinhan
SKM|NYSE|SK Telecom Co. Ltd.|SK Telecom
TOELY|OTC|Tokyo Electron Ltd.|Tokyo Electron
ATEYY|OTC|Advantest Corporation|Advantest
RNECY|OTC|Renesas Electronics Corporation|Renesas Electronics;Renesas
IFNNY|OTC|Infineon Technologies AG|Infineon Technologies;Infineon
STM|NYSE|STMicroelectronics N.V.|STMicroelectronics;STMicro
UMC|NYSE|United Microelectronics Corporation|United Microelectronics
ASX|NYSE|ASE Technology Holding Co. Ltd.|ASE Technology
PCRFY|OTC|Panasonic Holdings Corporation|Panasonic
MITSY|OTC|Mitsui & Co. Ltd.|Mitsui & Co.
ITOCY|OTC|Itochu Corporation|Itochu
MARUY|OTC|Marubeni Corporation|Marubeni
SSUMY|OTC|Sumitomo Corporation|Sumitomo Corp.
KMTUY|OTC|Komatsu Ltd.|Komatsu
FANUY|OTC|Fanuc Corporation|Fanuc;FANUC
DKILY|OTC|Daikin Industries Ltd.|Daikin Industries;Daikin
DNZOY|OTC|Denso Corporation|Denso
BRDCY|OTC|Bridgestone Corporation|Bridgestone
MZDAY|OTC|Mazda Motor Corporation|Mazda Motor;Mazda
FUJHY|OTC|Subaru Corporation|Subaru
RCRUY|OTC|Recruit Holdings Co. Ltd.|Recruit Holdings
RKUNY|OTC|Rakuten Group Inc.|Rakuten
SHECY|OTC|Shin-Etsu Chemical Co. Ltd.|Shin-Etsu Chemical;Shin-Etsu
MRAAY|OTC|Murata Manufacturing Co. Ltd.|Murata Manufacturing
FJTSY|OTC|Fujitsu Ltd.|Fujitsu
CAJPY|OTC|Canon Inc.|Canon Inc.;Canon?
NTTYY|OTC|Nippon Telegraph and Telephone Corporation|Nippon Telegraph and Telephone;NTT
KDDIY|OTC|KDDI Corporation|KDDI
IX|NYSE|ORIX Corporation|ORIX;Orix
ABBNY|OTC|ABB Ltd.|ABB
SBGSY|OTC|Schneider Electric SE|Schneider Electric
AIQUY|OTC|Air Liquide SA|Air Liquide
SAFRY|OTC|Safran SA|Safran
THLLY|OTC|Thales SA|Thales
RYCEY|OTC|Rolls-Royce Holdings plc|Rolls-Royce Holdings;Rolls-Royce
BAESY|OTC|BAE Systems plc|BAE Systems
RNMBY|OTC|Rheinmetall AG|Rheinmetall
FINMY|OTC|Leonardo S.p.A.|Leonardo S.p.A.
VWDRY|OTC|Vestas Wind Systems A/S|Vestas Wind Systems;Vestas
DNNGY|OTC|Ørsted A/S|Ørsted;Orsted
IBDRY|OTC|Iberdrola S.A.|Iberdrola
ENLAY|OTC|Enel S.p.A.|Enel
ENGIY|OTC|Engie SA|Engie
RWEOY|OTC|RWE AG|RWE
EONGY|OTC|E.ON SE|E.ON
VEOEY|OTC|Veolia Environnement SA|Veolia Environnement;Veolia
VCISY|OTC|Vinci SA|Vinci SA;Vinci?
FER|NASDAQ|Ferrovial SE|Ferrovial
HCMLY|OTC|Holcim Ltd.|Holcim
HDELY|OTC|Heidelberg Materials AG|Heidelberg Materials
CODYY|OTC|Compagnie de Saint-Gobain SA|Saint-Gobain
AKZOY|OTC|Akzo Nobel N.V.|AkzoNobel;Akzo Nobel
MT|NYSE|ArcelorMittal S.A.|ArcelorMittal
TKAMY|OTC|thyssenkrupp AG|Thyssenkrupp;ThyssenKrupp
REPYY|OTC|Repsol S.A.|Repsol
WDS|NYSE|Woodside Energy Group Ltd.|Woodside Energy;Woodside?
STOSY|OTC|Santos Ltd.|Santos Ltd.
FSUGY|OTC|Fortescue Ltd.|Fortescue
PSO|NYSE|Pearson plc|Pearson plc
WPP|NYSE|WPP plc|WPP
PUBGY|OTC|Publicis Groupe S.A.|Publicis Groupe;Publicis
IHG|NYSE|InterContinental Hotels Group plc|InterContinental Hotels Group;InterContinental Hotels;IHG
ACCYY|OTC|Accor SA|Accor
CMPGY|OTC|Compass Group plc|Compass Group
SDXAY|OTC|Sodexo SA|Sodexo
WTKWY|OTC|Wolters Kluwer N.V.|Wolters Kluwer
EXPGY|OTC|Experian plc|Experian
DASTY|OTC|Dassault Systèmes SE|Dassault Systèmes;Dassault Systemes
CGEMY|OTC|Capgemini SE|Capgemini
PROSY|OTC|Prosus N.V.|Prosus
NPSNY|OTC|Naspers Ltd.|Naspers
DLAKY|OTC|Deutsche Lufthansa AG|Deutsche Lufthansa;Lufthansa
AFLYY|OTC|Air France-KLM SA|Air France-KLM
ICAGY|OTC|International Consolidated Airlines Group S.A.|International Airlines Group;International Consolidated Airlines;IAG?
AMKBY|OTC|A.P. Møller-Mærsk A/S|A.P. Moller-Maersk;Maersk
DHLGY|OTC|DHL Group|Deutsche Post;DHL
DSDVY|OTC|DSV A/S|DSV
ASHTY|OTC|Ashtead Group plc|Ashtead
FERG|NYSE|Ferguson Enterprises Inc.|Ferguson Enterprises
GMVHY|OTC|Entain plc|Entain
VLVLY|OTC|AB Volvo|AB Volvo;Volvo Group;Volvo?
DTRUY|OTC|Daimler Truck Holding AG|Daimler Truck
CNH|NYSE|CNH Industrial N.V.|CNH Industrial
RNLSY|OTC|Renault SA|Renault
CTTAY|OTC|Continental AG|Continental AG
MGDDY|OTC|Compagnie Générale des Établissements Michelin|Michelin?
PSNY|NASDAQ|Polestar Automotive Holding UK plc|Polestar
BCE|NYSE|BCE Inc.|BCE;Bell Canada
TU|NYSE|Telus Corporation|Telus;TELUS
RCI|NYSE|Rogers Communications Inc.|Rogers Communications
OTEX|NASDAQ|Open Text Corporation|Open Text;OpenText
IMO|NYSE|Imperial Oil Ltd.|Imperial Oil
PBA|NYSE|Pembina Pipeline Corporation|Pembina Pipeline;Pembina
FTS|NYSE|Fortis Inc.|Fortis Inc.;Fortis?
BEP|NYSE|Brookfield Renewable Partners L.P.|Brookfield Renewable
BIP|NYSE|Brookfield Infrastructure Partners L.P.|Brookfield Infrastructure
BBU|NYSE|Brookfield Business Partners L.P.|Brookfield Business Partners
KGC|NYSE|Kinross Gold Corporation|Kinross Gold;Kinross
CAE|NYSE|CAE Inc.|CAE
GFL|NYSE|GFL Environmental Inc.|GFL Environmental
RBA|NYSE|RB Global Inc.|RB Global;Ritchie Bros.
TFII|NYSE|TFI International Inc.|TFI International
CSIQ|NASDAQ|Canadian Solar Inc.|Canadian Solar
LSPD|NYSE|Lightspeed Commerce Inc.|Lightspeed Commerce
JHX|NYSE|James Hardie Industries plc|James Hardie
ABEV|NYSE|Ambev S.A.|Ambev
BBD|NYSE|Banco Bradesco S.A.|Banco Bradesco;Bradesco
EC|NYSE|Ecopetrol S.A.|Ecopetrol
TV|NYSE|Grupo Televisa S.A.B.|Grupo Televisa;Televisa
SQM|NYSE|Sociedad Química y Minera de Chile S.A.|Sociedad Química y Minera;SQM
GGB|NYSE|Gerdau S.A.|Gerdau
SUZ|NYSE|Suzano S.A.|Suzano
PAGS|NYSE|PagSeguro Digital Ltd.|PagSeguro
CPA|NYSE|Copa Holdings S.A.|Copa Holdings;Copa Airlines
LTM|NYSE|LATAM Airlines Group S.A.|LATAM Airlines
BAP|NYSE|Credicorp Ltd.|Credicorp
CIB|NYSE|Bancolombia S.A.|Bancolombia
ESLT|NASDAQ|Elbit Systems Ltd.|Elbit Systems;Elbit
TSEM|NASDAQ|Tower Semiconductor Ltd.|Tower Semiconductor
DOX|NASDAQ|Amdocs Ltd.|Amdocs
ICL|NYSE|ICL Group Ltd.|ICL Group
MMYT|NASDAQ|MakeMyTrip Ltd.|MakeMyTrip
LKNCY|OTC|Luckin Coffee Inc.|Luckin Coffee;Luckin
DIDIY|OTC|DiDi Global Inc.|DiDi Global;Didi Global;DiDi
WB|NASDAQ|Weibo Corporation|Weibo
VIPS|NYSE|Vipshop Holdings Ltd.|Vipshop
ZTO|NYSE|ZTO Express (Cayman) Inc.|ZTO Express
VFS|NASDAQ|VinFast Auto Ltd.|VinFast
TIGO|NASDAQ|Millicom International Cellular S.A.|Millicom
TEF|NYSE|Telefónica S.A.|Telefónica;Telefonica
YPF|NYSE|YPF S.A.|YPF
KOF|NYSE|Coca-Cola FEMSA S.A.B. de C.V.|Coca-Cola FEMSA
`;

/**
 * Extra aliases for companies already in the main table, one line each: TICKER | aliases (";"-separated,
 * "?" as there). Kept apart so the main table's lines stay as they were.
 */
export const MORE_ALIASES = `
SF|Keefe, Bruyette & Woods;Keefe Bruyette & Woods;KBW;Stifel Nicolaus
TD|TD Bank
KKR|Kohlberg Kravis Roberts
KMB|Kimberly Clark
KO|Coca Cola
PG|Procter and Gamble
JNJ|Johnson and Johnson
BMY|Bristol Myers;Bristol-Myers
MRK|Merck & Co.
HMC|Honda Motor
NSANY|Nissan Motor
SONY|Sony Group
PDD|Pinduoduo
CRM|Salesforce.com
RTX|Raytheon Technologies
SHEL|Royal Dutch Shell
PSKY|Paramount Global
NVO|Novo?
BUD|Anheuser-Busch
CL|Colgate Palmolive
HOG|Harley Davidson
SHW|Sherwin Williams
FCX|Freeport McMoRan
WSM|Williams Sonoma
CLF|Cleveland Cliffs
BF.B|Brown Forman
MBGYY|Mercedes Benz
DOW|Dow Chemical
USB|US Bancorp
HPQ|HP?
`;

/**
 * The tickers of MORE_TABLE. Many are ordinary words or acronyms in capitals ("ET", "LNG", "CMA", "SMR",
 * "FANG", "COO"), so these count only when the article anchors them ("(NYSE: ET)", "$ET") or names the
 * company: a bare capitalised word is not taken for one of them, nor is an acronym in brackets after its
 * expansion ("Competition and Markets Authority (CMA)").
 */
export const QUIET_TICKERS: ReadonlySet<string> = new Set(
  (MORE_TABLE + EXTRA_TABLE)
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => l.split('|')[0]!),
);
