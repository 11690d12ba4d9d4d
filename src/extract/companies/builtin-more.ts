/**
 * More of the built-in list (see builtin.ts for the format): S&P 500 members and other large or well-known
 * US-listed companies, foreign companies by their US symbol (NYSE/Nasdaq listing or ADR, OTC where that is
 * the only US line), and the listed parents of brokers and banks cited in analyst notes. Written by us.
 */
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
`;

/**
 * Extra aliases for companies already in the main table, one line each: TICKER | aliases (";"-separated,
 * "?" as there). Kept apart so the main table's lines stay as they were.
 */
export const MORE_ALIASES = `
SF|Keefe, Bruyette & Woods;Keefe Bruyette & Woods;KBW;Stifel Nicolaus
TD|TD Bank
`;

/**
 * The tickers of MORE_TABLE. Many are ordinary words or acronyms in capitals ("ET", "LNG", "CMA", "SMR",
 * "FANG", "COO"), so these count only when the article anchors them ("(NYSE: ET)", "$ET") or names the
 * company: a bare capitalised word is not taken for one of them, nor is an acronym in brackets after its
 * expansion ("Competition and Markets Authority (CMA)").
 */
export const QUIET_TICKERS: ReadonlySet<string> = new Set(
  MORE_TABLE.split('\n')
    .filter((l) => l.trim())
    .map((l) => l.split('|')[0]!),
);
