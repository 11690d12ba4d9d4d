/**
 * Still more of the built-in list (see builtin.ts for the format), written by us: S&P MidCap 400 members and
 * well-known small caps that deal news names, then large companies listed abroad by their US line (ADR, or
 * OTC where that is the usual one). Like MORE_TABLE, their tickers count only when the article anchors them
 * (QUIET_TICKERS): several are words or other firms' initials ("CR", "EAT", "HP").
 */
export const EXTRA_TABLE = `
CR|NYSE|Crane Company|Crane Company;Crane Co.;Crane?
CXT|NYSE|Crane NXT Co.|Crane NXT
AIT|NYSE|Applied Industrial Technologies Inc.|Applied Industrial Technologies
ALSN|NYSE|Allison Transmission Holdings Inc.|Allison Transmission;Allison?
AYI|NYSE|Acuity Inc.|Acuity Brands;Acuity Inc.;Acuity?
ATKR|NYSE|Atkore Inc.|Atkore
AAON|NASDAQ|AAON Inc.|AAON
BCO|NYSE|The Brink's Company|Brink's Company;Brink's;Brink’s
BLD|NYSE|TopBuild Corp.|TopBuild
CNM|NYSE|Core & Main Inc.|Core & Main
CLH|NYSE|Clean Harbors Inc.|Clean Harbors
DCI|NYSE|Donaldson Company Inc.|Donaldson Company;Donaldson?
DY|NYSE|Dycom Industries Inc.|Dycom Industries;Dycom
EXP|NYSE|Eagle Materials Inc.|Eagle Materials
ESAB|NYSE|ESAB Corporation|ESAB
EXPO|NASDAQ|Exponent Inc.|Exponent Inc.;Exponent?
FCN|NYSE|FTI Consulting Inc.|FTI Consulting
FTAI|NASDAQ|FTAI Aviation Ltd.|FTAI Aviation;FTAI
GATX|NYSE|GATX Corporation|GATX
HRI|NYSE|Herc Holdings Inc.|Herc Holdings;Herc Rentals;Herc?
HXL|NYSE|Hexcel Corporation|Hexcel
KEX|NYSE|Kirby Corporation|Kirby Corp.;Kirby?
LSTR|NASDAQ|Landstar System Inc.|Landstar System;Landstar
MSA|NYSE|MSA Safety Inc.|MSA Safety
MSM|NYSE|MSC Industrial Direct Co. Inc.|MSC Industrial Direct;MSC Industrial
MLI|NYSE|Mueller Industries Inc.|Mueller Industries
NVT|NYSE|nVent Electric plc|nVent Electric;nVent
RBC|NYSE|RBC Bearings Inc.|RBC Bearings
SSD|NYSE|Simpson Manufacturing Co. Inc.|Simpson Manufacturing;Simpson Strong-Tie
ST|NYSE|Sensata Technologies Holding plc|Sensata Technologies;Sensata
TTC|NYSE|The Toro Company|Toro Company;Toro Co.;Toro?
TREX|NYSE|Trex Company Inc.|Trex Company;Trex
UFPI|NASDAQ|UFP Industries Inc.|UFP Industries
VMI|NYSE|Valmont Industries Inc.|Valmont Industries;Valmont
WCC|NYSE|WESCO International Inc.|WESCO International;Wesco International;Wesco?
WMS|NYSE|Advanced Drainage Systems Inc.|Advanced Drainage Systems
WTS|NYSE|Watts Water Technologies Inc.|Watts Water Technologies;Watts Water
CNXC|NASDAQ|Concentrix Corporation|Concentrix
G|NYSE|Genpact Ltd.|Genpact
MAN|NYSE|ManpowerGroup Inc.|ManpowerGroup;Manpower?
KFY|NYSE|Korn Ferry|Korn Ferry
ASGN|NYSE|ASGN Incorporated|ASGN
TNET|NYSE|TriNet Group Inc.|TriNet
APG|NYSE|APi Group Corporation|APi Group
ENS|NYSE|EnerSys|EnerSys
JBTM|NYSE|JBT Marel Corporation|JBT Marel;John Bean Technologies;JBT Corporation
KMT|NYSE|Kennametal Inc.|Kennametal
LPX|NYSE|Louisiana-Pacific Corporation|Louisiana-Pacific;LP Building Solutions
MDU|NYSE|MDU Resources Group Inc.|MDU Resources
SNDR|NYSE|Schneider National Inc.|Schneider National
MATX|NYSE|Matson Inc.|Matson
ALGT|NASDAQ|Allegiant Travel Company|Allegiant Travel;Allegiant Air;Allegiant?
UHAL|NYSE|U-Haul Holding Company|U-Haul Holding;U-Haul;Amerco
MOG.A|NYSE|Moog Inc.|Moog
ZWS|NYSE|Zurn Elkay Water Solutions Corporation|Zurn Elkay;Zurn
SITE|NYSE|SiteOne Landscape Supply Inc.|SiteOne Landscape Supply;SiteOne
GMS|NYSE|GMS Inc.|GMS Inc.;GMS?
AWI|NYSE|Armstrong World Industries Inc.|Armstrong World Industries;Armstrong?
IBP|NYSE|Installed Building Products Inc.|Installed Building Products
MWA|NYSE|Mueller Water Products Inc.|Mueller Water Products;Mueller Water
BMI|NYSE|Badger Meter Inc.|Badger Meter
ITRI|NASDAQ|Itron Inc.|Itron
HI|NYSE|Hillenbrand Inc.|Hillenbrand
TGI|NYSE|Triumph Group Inc.|Triumph Group;Triumph?
MRCY|NASDAQ|Mercury Systems Inc.|Mercury Systems
LOAR|NYSE|Loar Holdings Inc.|Loar Holdings;Loar
SARO|NYSE|StandardAero Inc.|StandardAero
KRMN|NYSE|Karman Holdings Inc.|Karman Holdings;Karman Space & Defense;Karman?
AIR|NYSE|AAR Corp.|AAR Corp.;AAR?
VNT|NYSE|Vontier Corporation|Vontier
POWL|NASDAQ|Powell Industries Inc.|Powell Industries
LFUS|NASDAQ|Littelfuse Inc.|Littelfuse
BDC|NYSE|Belden Inc.|Belden
VSH|NYSE|Vishay Intertechnology Inc.|Vishay Intertechnology;Vishay
NSIT|NASDAQ|Insight Enterprises Inc.|Insight Enterprises
INGM|NYSE|Ingram Micro Holding Corporation|Ingram Micro
ULS|NYSE|UL Solutions Inc.|UL Solutions
IPGP|NASDAQ|IPG Photonics Corporation|IPG Photonics
CGNX|NASDAQ|Cognex Corporation|Cognex
OLED|NASDAQ|Universal Display Corporation|Universal Display
ALGM|NASDAQ|Allegro MicroSystems Inc.|Allegro MicroSystems;Allegro Microsystems
SYNA|NASDAQ|Synaptics Incorporated|Synaptics
CRUS|NASDAQ|Cirrus Logic Inc.|Cirrus Logic
SLAB|NASDAQ|Silicon Laboratories Inc.|Silicon Labs;Silicon Laboratories
RMBS|NASDAQ|Rambus Inc.|Rambus
MTSI|NASDAQ|MACOM Technology Solutions Holdings Inc.|MACOM Technology Solutions;MACOM
POWI|NASDAQ|Power Integrations Inc.|Power Integrations
ONTO|NYSE|Onto Innovation Inc.|Onto Innovation
ACLS|NASDAQ|Axcelis Technologies Inc.|Axcelis Technologies;Axcelis
FORM|NASDAQ|FormFactor Inc.|FormFactor
AMBA|NASDAQ|Ambarella Inc.|Ambarella
VECO|NASDAQ|Veeco Instruments Inc.|Veeco Instruments;Veeco
VIAV|NASDAQ|Viavi Solutions Inc.|Viavi Solutions;Viavi
UI|NYSE|Ubiquiti Inc.|Ubiquiti
IRDM|NASDAQ|Iridium Communications Inc.|Iridium Communications;Iridium?
VSAT|NASDAQ|Viasat Inc.|Viasat;ViaSat
TDS|NYSE|Telephone and Data Systems Inc.|Telephone and Data Systems
CABO|NYSE|Cable One Inc.|Cable One
COMM|NASDAQ|CommScope Holding Company Inc.|CommScope
UNIT|NASDAQ|Uniti Group Inc.|Uniti Group;Uniti
FN|NYSE|Fabrinet|Fabrinet
SANM|NASDAQ|Sanmina Corporation|Sanmina
DLB|NYSE|Dolby Laboratories Inc.|Dolby Laboratories;Dolby
CVLT|NASDAQ|Commvault Systems Inc.|Commvault Systems;Commvault
ACIW|NASDAQ|ACI Worldwide Inc.|ACI Worldwide
APPF|NASDAQ|AppFolio Inc.|AppFolio
WK|NYSE|Workiva Inc.|Workiva
PEGA|NASDAQ|Pegasystems Inc.|Pegasystems
TDC|NYSE|Teradata Corporation|Teradata
VRNT|NASDAQ|Verint Systems Inc.|Verint Systems;Verint
VYX|NYSE|NCR Voyix Corporation|NCR Voyix
NATL|NYSE|NCR Atleos Corporation|NCR Atleos;Atleos
XRX|NASDAQ|Xerox Holdings Corporation|Xerox
PBI|NYSE|Pitney Bowes Inc.|Pitney Bowes
EXLS|NASDAQ|ExlService Holdings Inc.|ExlService;EXL Service
MMS|NYSE|Maximus Inc.|Maximus Inc.;Maximus?
DOCS|NYSE|Doximity Inc.|Doximity
NCNO|NASDAQ|nCino Inc.|nCino
DV|NYSE|DoubleVerify Holdings Inc.|DoubleVerify
IAS|NASDAQ|Integral Ad Science Holding Corp.|Integral Ad Science
ADT|NYSE|ADT Inc.|ADT Inc.;ADT?
SYM|NASDAQ|Symbotic Inc.|Symbotic
BMBL|NASDAQ|Bumble Inc.|Bumble Inc.;Bumble?
GRND|NYSE|Grindr Inc.|Grindr
YELP|NYSE|Yelp Inc.|Yelp
EEFT|NASDAQ|Euronet Worldwide Inc.|Euronet Worldwide;Euronet
GBTG|NYSE|Global Business Travel Group Inc.|Global Business Travel Group;American Express Global Business Travel;Amex GBT
COUR|NYSE|Coursera Inc.|Coursera
UDMY|NASDAQ|Udemy Inc.|Udemy
GETY|NYSE|Getty Images Holdings Inc.|Getty Images
SSTK|NYSE|Shutterstock Inc.|Shutterstock
LAMR|NASDAQ|Lamar Advertising Company|Lamar Advertising;Lamar?
OUT|NYSE|Outfront Media Inc.|Outfront Media;Outfront
CCO|NYSE|Clear Channel Outdoor Holdings Inc.|Clear Channel Outdoor;Clear Channel
NYT|NYSE|The New York Times Company|New York Times Company;New York Times Co.;New York Times?
SSP|NASDAQ|The E.W. Scripps Company|E.W. Scripps;EW Scripps;Scripps?
LBRDK|NASDAQ|Liberty Broadband Corporation|Liberty Broadband
MSGS|NYSE|Madison Square Garden Sports Corp.|Madison Square Garden Sports;MSG Sports
SPHR|NYSE|Sphere Entertainment Co.|Sphere Entertainment
CNK|NYSE|Cinemark Holdings Inc.|Cinemark
IMAX|NYSE|IMAX Corporation|IMAX
URBN|NASDAQ|Urban Outfitters Inc.|Urban Outfitters
BOOT|NYSE|Boot Barn Holdings Inc.|Boot Barn
COLM|NASDAQ|Columbia Sportswear Company|Columbia Sportswear
CRI|NYSE|Carter's Inc.|Carter's Inc.;Carter's?;Carter’s?
KTB|NYSE|Kontoor Brands Inc.|Kontoor Brands;Kontoor
WWW|NYSE|Wolverine World Wide Inc.|Wolverine World Wide
SHOO|NASDAQ|Steven Madden Ltd.|Steve Madden;Steven Madden
ASO|NASDAQ|Academy Sports and Outdoors Inc.|Academy Sports and Outdoors;Academy Sports
THO|NYSE|THOR Industries Inc.|Thor Industries;THOR Industries
WGO|NYSE|Winnebago Industries Inc.|Winnebago Industries;Winnebago?
YETI|NYSE|YETI Holdings Inc.|YETI Holdings;Yeti?
OLLI|NASDAQ|Ollie's Bargain Outlet Holdings Inc.|Ollie's Bargain Outlet;Ollie's
DDS|NYSE|Dillard's Inc.|Dillard's;Dillard’s
LEG|NYSE|Leggett & Platt Incorporated|Leggett & Platt
HELE|NASDAQ|Helen of Troy Limited|Helen of Troy
CHDN|NASDAQ|Churchill Downs Incorporated|Churchill Downs
BYD|NYSE|Boyd Gaming Corporation|Boyd Gaming
PENN|NASDAQ|PENN Entertainment Inc.|PENN Entertainment;Penn Entertainment;Penn National Gaming
RRR|NASDAQ|Red Rock Resorts Inc.|Red Rock Resorts;Station Casinos
HGV|NYSE|Hilton Grand Vacations Inc.|Hilton Grand Vacations
TNL|NYSE|Travel + Leisure Co.|Travel + Leisure Co.;Wyndham Destinations
VAC|NYSE|Marriott Vacations Worldwide Corporation|Marriott Vacations Worldwide;Marriott Vacations
PK|NYSE|Park Hotels & Resorts Inc.|Park Hotels & Resorts;Park Hotels
CAKE|NASDAQ|The Cheesecake Factory Incorporated|Cheesecake Factory
EAT|NYSE|Brinker International Inc.|Brinker International;Brinker?
BLMN|NASDAQ|Bloomin' Brands Inc.|Bloomin' Brands;Outback Steakhouse
JACK|NASDAQ|Jack in the Box Inc.|Jack in the Box
DNUT|NASDAQ|Krispy Kreme Inc.|Krispy Kreme
CBRL|NASDAQ|Cracker Barrel Old Country Store Inc.|Cracker Barrel
PLAY|NASDAQ|Dave & Buster's Entertainment Inc.|Dave & Buster's
HRB|NYSE|H&R Block Inc.|H&R Block
SCI|NYSE|Service Corporation International|Service Corporation International;Service Corp. International
BFAM|NYSE|Bright Horizons Family Solutions Inc.|Bright Horizons
GHC|NYSE|Graham Holdings Company|Graham Holdings
LOPE|NASDAQ|Grand Canyon Education Inc.|Grand Canyon Education
LRN|NYSE|Stride Inc.|Stride Inc.;K12 Inc.;Stride?
GPI|NYSE|Group 1 Automotive Inc.|Group 1 Automotive
ABG|NYSE|Asbury Automotive Group Inc.|Asbury Automotive
ALV|NYSE|Autoliv Inc.|Autoliv
GNTX|NASDAQ|Gentex Corporation|Gentex
DAN|NYSE|Dana Incorporated|Dana Inc.;Dana Incorporated;Dana?
VC|NASDAQ|Visteon Corporation|Visteon
ADNT|NYSE|Adient plc|Adient
MOD|NYSE|Modine Manufacturing Company|Modine Manufacturing;Modine
VVV|NYSE|Valvoline Inc.|Valvoline
MUSA|NYSE|Murphy USA Inc.|Murphy USA
KBH|NYSE|KB Home|KB Home
MTH|NYSE|Meritage Homes Corporation|Meritage Homes
TMHC|NYSE|Taylor Morrison Home Corporation|Taylor Morrison
TPH|NYSE|Tri Pointe Homes Inc.|Tri Pointe Homes
SIG|NYSE|Signet Jewelers Limited|Signet Jewelers;Signet?
ELF|NYSE|e.l.f. Beauty Inc.|e.l.f. Beauty;elf Beauty
EPC|NYSE|Edgewell Personal Care Company|Edgewell Personal Care;Edgewell
ENR|NYSE|Energizer Holdings Inc.|Energizer Holdings;Energizer
SPB|NYSE|Spectrum Brands Holdings Inc.|Spectrum Brands
SMG|NYSE|The Scotts Miracle-Gro Company|Scotts Miracle-Gro
REYN|NASDAQ|Reynolds Consumer Products Inc.|Reynolds Consumer Products
WOOF|NASDAQ|Petco Health and Wellness Company Inc.|Petco
LTH|NYSE|Life Time Group Holdings Inc.|Life Time Group;Life Time?
PRKS|NYSE|United Parks & Resorts Inc.|United Parks & Resorts;SeaWorld Entertainment;SeaWorld
SABR|NASDAQ|Sabre Corporation|Sabre Corp.;Sabre?
BALY|NYSE|Bally's Corporation|Bally's Corp.;Bally's?
GES|NYSE|Guess? Inc.|Guess Inc.
INGR|NYSE|Ingredion Incorporated|Ingredion
DAR|NYSE|Darling Ingredients Inc.|Darling Ingredients
CALM|NASDAQ|Cal-Maine Foods Inc.|Cal-Maine Foods;Cal-Maine
FRPT|NASDAQ|Freshpet Inc.|Freshpet
HAIN|NASDAQ|The Hain Celestial Group Inc.|Hain Celestial
UTZ|NYSE|Utz Brands Inc.|Utz Brands;Utz
GO|NASDAQ|Grocery Outlet Holding Corp.|Grocery Outlet
UNFI|NYSE|United Natural Foods Inc.|United Natural Foods;UNFI
DOLE|NYSE|Dole plc|Dole plc;Dole?
ENSG|NASDAQ|The Ensign Group Inc.|Ensign Group
SEM|NYSE|Select Medical Holdings Corporation|Select Medical
CHE|NYSE|Chemed Corporation|Chemed;VITAS Healthcare
OPCH|NASDAQ|Option Care Health Inc.|Option Care Health;Option Care
HQY|NASDAQ|HealthEquity Inc.|HealthEquity
EVH|NYSE|Evolent Health Inc.|Evolent Health;Evolent
PINC|NASDAQ|Premier Inc.|Premier Inc.
SGRY|NASDAQ|Surgery Partners Inc.|Surgery Partners
WAY|NASDAQ|Waystar Holding Corp.|Waystar
MMSI|NASDAQ|Merit Medical Systems Inc.|Merit Medical Systems;Merit Medical
PEN|NYSE|Penumbra Inc.|Penumbra
NVST|NYSE|Envista Holdings Corporation|Envista
ICUI|NASDAQ|ICU Medical Inc.|ICU Medical
ITGR|NYSE|Integer Holdings Corporation|Integer Holdings
LIVN|NASDAQ|LivaNova plc|LivaNova
IART|NASDAQ|Integra LifeSciences Holdings Corporation|Integra LifeSciences
NEOG|NASDAQ|Neogen Corporation|Neogen
TMDX|NASDAQ|TransMedics Group Inc.|TransMedics
INSP|NYSE|Inspire Medical Systems Inc.|Inspire Medical Systems;Inspire Medical
GKOS|NYSE|Glaukos Corporation|Glaukos
TNDM|NASDAQ|Tandem Diabetes Care Inc.|Tandem Diabetes Care;Tandem Diabetes
QDEL|NASDAQ|QuidelOrtho Corporation|QuidelOrtho
GH|NASDAQ|Guardant Health Inc.|Guardant Health;Guardant
HAE|NYSE|Haemonetics Corporation|Haemonetics
ENOV|NYSE|Enovis Corporation|Enovis
MEDP|NASDAQ|Medpace Holdings Inc.|Medpace
ICLR|NASDAQ|ICON plc|ICON plc
FTRE|NASDAQ|Fortrea Holdings Inc.|Fortrea
RGEN|NASDAQ|Repligen Corporation|Repligen
SHC|NASDAQ|Sotera Health Company|Sotera Health
LNTH|NASDAQ|Lantheus Holdings Inc.|Lantheus
GRAL|NASDAQ|GRAIL Inc.|GRAIL;Grail?
PDCO|NASDAQ|Patterson Companies Inc.|Patterson Companies
HALO|NASDAQ|Halozyme Therapeutics Inc.|Halozyme Therapeutics;Halozyme
ARWR|NASDAQ|Arrowhead Pharmaceuticals Inc.|Arrowhead Pharmaceuticals;Arrowhead?
CRSP|NASDAQ|CRISPR Therapeutics AG|CRISPR Therapeutics
ROIV|NASDAQ|Roivant Sciences Ltd.|Roivant Sciences;Roivant
AXSM|NASDAQ|Axsome Therapeutics Inc.|Axsome Therapeutics;Axsome
PCVX|NASDAQ|Vaxcyte Inc.|Vaxcyte
BBIO|NASDAQ|BridgeBio Pharma Inc.|BridgeBio Pharma;BridgeBio
ASND|NASDAQ|Ascendis Pharma A/S|Ascendis Pharma;Ascendis
NUVL|NASDAQ|Nuvalent Inc.|Nuvalent
MRUS|NASDAQ|Merus N.V.|Merus
SRRK|NASDAQ|Scholar Rock Holding Corporation|Scholar Rock
ALKS|NASDAQ|Alkermes plc|Alkermes
ACAD|NASDAQ|ACADIA Pharmaceuticals Inc.|ACADIA Pharmaceuticals;Acadia Pharmaceuticals
PTCT|NASDAQ|PTC Therapeutics Inc.|PTC Therapeutics
RARE|NASDAQ|Ultragenyx Pharmaceutical Inc.|Ultragenyx Pharmaceutical;Ultragenyx
APLS|NASDAQ|Apellis Pharmaceuticals Inc.|Apellis Pharmaceuticals;Apellis
RNA|NASDAQ|Avidity Biosciences Inc.|Avidity Biosciences;Avidity?
AKRO|NASDAQ|Akero Therapeutics Inc.|Akero Therapeutics;Akero
ETNB|NASDAQ|89bio Inc.|89bio
NVAX|NASDAQ|Novavax Inc.|Novavax
PTGX|NASDAQ|Protagonist Therapeutics Inc.|Protagonist Therapeutics
MTSR|NASDAQ|Metsera Inc.|Metsera
VERV|NASDAQ|Verve Therapeutics Inc.|Verve Therapeutics
AFG|NYSE|American Financial Group Inc.|American Financial Group
AXS|NYSE|AXIS Capital Holdings Limited|AXIS Capital;Axis Capital
KNSL|NYSE|Kinsale Capital Group Inc.|Kinsale Capital;Kinsale?
RLI|NYSE|RLI Corp.|RLI Corp.
SIGI|NASDAQ|Selective Insurance Group Inc.|Selective Insurance
THG|NYSE|The Hanover Insurance Group Inc.|Hanover Insurance
KMPR|NYSE|Kemper Corporation|Kemper Corporation;Kemper Corp.;Kemper?
ESNT|NYSE|Essent Group Ltd.|Essent Group
MTG|NYSE|MGIC Investment Corporation|MGIC Investment;MGIC
RDN|NYSE|Radian Group Inc.|Radian Group;Radian?
PRI|NYSE|Primerica Inc.|Primerica
CNO|NYSE|CNO Financial Group Inc.|CNO Financial
FG|NYSE|F&G Annuities & Life Inc.|F&G Annuities & Life;F&G Annuities
RGA|NYSE|Reinsurance Group of America Incorporated|Reinsurance Group of America
WTM|NYSE|White Mountains Insurance Group Ltd.|White Mountains Insurance;White Mountains?
LMND|NYSE|Lemonade Inc.|Lemonade Inc.;Lemonade?
AGO|NYSE|Assured Guaranty Ltd.|Assured Guaranty
GNW|NYSE|Genworth Financial Inc.|Genworth Financial;Genworth
CNA|NYSE|CNA Financial Corporation|CNA Financial
AMG|NYSE|Affiliated Managers Group Inc.|Affiliated Managers Group
SEIC|NASDAQ|SEI Investments Company|SEI Investments
FHI|NYSE|Federated Hermes Inc.|Federated Hermes
CNS|NYSE|Cohen & Steers Inc.|Cohen & Steers
VCTR|NASDAQ|Victory Capital Holdings Inc.|Victory Capital
BGC|NASDAQ|BGC Group Inc.|BGC Group
OMF|NYSE|OneMain Holdings Inc.|OneMain Holdings;OneMain Financial;OneMain
SLM|NASDAQ|SLM Corporation|SLM Corp.;Sallie Mae
NAVI|NASDAQ|Navient Corporation|Navient
BFH|NYSE|Bread Financial Holdings Inc.|Bread Financial
COOP|NASDAQ|Mr. Cooper Group Inc.|Mr. Cooper Group;Mr. Cooper
PFSI|NYSE|PennyMac Financial Services Inc.|PennyMac Financial;PennyMac
ARCC|NASDAQ|Ares Capital Corporation|Ares Capital
OBDC|NYSE|Blue Owl Capital Corporation|Blue Owl Capital Corporation
FSK|NYSE|FS KKR Capital Corp.|FS KKR Capital;FS KKR
MAIN|NYSE|Main Street Capital Corporation|Main Street Capital
BXSL|NYSE|Blackstone Secured Lending Fund|Blackstone Secured Lending
BOKF|NASDAQ|BOK Financial Corporation|BOK Financial;BOKF
CBSH|NASDAQ|Commerce Bancshares Inc.|Commerce Bancshares
PB|NYSE|Prosperity Bancshares Inc.|Prosperity Bancshares
FNB|NYSE|F.N.B. Corporation|F.N.B. Corp.;FNB Corp.
HWC|NASDAQ|Hancock Whitney Corporation|Hancock Whitney
ASB|NYSE|Associated Banc-Corp|Associated Banc-Corp
UBSI|NASDAQ|United Bankshares Inc.|United Bankshares
GBCI|NYSE|Glacier Bancorp Inc.|Glacier Bancorp
HOMB|NYSE|Home Bancshares Inc.|Home BancShares;Home Bancshares
OZK|NASDAQ|Bank OZK|Bank OZK
FFIN|NASDAQ|First Financial Bankshares Inc.|First Financial Bankshares
TCBI|NASDAQ|Texas Capital Bancshares Inc.|Texas Capital Bancshares;Texas Capital
FULT|NASDAQ|Fulton Financial Corporation|Fulton Financial
WAFD|NASDAQ|WaFd Inc.|WaFd;Washington Federal
AUB|NYSE|Atlantic Union Bankshares Corporation|Atlantic Union Bankshares;Atlantic Union Bank
EBC|NASDAQ|Eastern Bankshares Inc.|Eastern Bankshares;Eastern Bank
BKU|NYSE|BankUnited Inc.|BankUnited
AX|NYSE|Axos Financial Inc.|Axos Financial;Axos
BOH|NYSE|Bank of Hawaii Corporation|Bank of Hawaii
VBTX|NASDAQ|Veritex Holdings Inc.|Veritex Holdings;Veritex
SASR|NASDAQ|Sandy Spring Bancorp Inc.|Sandy Spring Bancorp;Sandy Spring Bank
CUBE|NYSE|CubeSmart|CubeSmart
NNN|NYSE|NNN REIT Inc.|NNN REIT;National Retail Properties
ADC|NYSE|Agree Realty Corporation|Agree Realty
EPR|NYSE|EPR Properties|EPR Properties
STAG|NYSE|STAG Industrial Inc.|STAG Industrial
EGP|NYSE|EastGroup Properties Inc.|EastGroup Properties
FR|NYSE|First Industrial Realty Trust Inc.|First Industrial Realty Trust;First Industrial
REXR|NYSE|Rexford Industrial Realty Inc.|Rexford Industrial
ELS|NYSE|Equity LifeStyle Properties Inc.|Equity LifeStyle Properties;Equity LifeStyle
NSA|NYSE|National Storage Affiliates Trust|National Storage Affiliates
KRG|NYSE|Kite Realty Group Trust|Kite Realty
BRX|NYSE|Brixmor Property Group Inc.|Brixmor Property Group;Brixmor
MAC|NYSE|The Macerich Company|Macerich
HIW|NYSE|Highwoods Properties Inc.|Highwoods Properties
CUZ|NYSE|Cousins Properties Incorporated|Cousins Properties
KRC|NYSE|Kilroy Realty Corporation|Kilroy Realty
OHI|NYSE|Omega Healthcare Investors Inc.|Omega Healthcare Investors;Omega Healthcare
SBRA|NASDAQ|Sabra Health Care REIT Inc.|Sabra Health Care REIT;Sabra?
HR|NYSE|Healthcare Realty Trust Incorporated|Healthcare Realty Trust;Healthcare Realty
CTRE|NYSE|CareTrust REIT Inc.|CareTrust REIT;CareTrust
RYN|NYSE|Rayonier Inc.|Rayonier
PCH|NASDAQ|PotlatchDeltic Corporation|PotlatchDeltic
EPRT|NYSE|Essential Properties Realty Trust Inc.|Essential Properties Realty Trust;Essential Properties
RHP|NYSE|Ryman Hospitality Properties Inc.|Ryman Hospitality Properties;Ryman Hospitality
BXMT|NYSE|Blackstone Mortgage Trust Inc.|Blackstone Mortgage Trust
RITM|NYSE|Rithm Capital Corp.|Rithm Capital;Rithm
GEO|NYSE|The GEO Group Inc.|GEO Group
CXW|NYSE|CoreCivic Inc.|CoreCivic
HHH|NYSE|Howard Hughes Holdings Inc.|Howard Hughes Holdings;Howard Hughes?
KW|NYSE|Kennedy-Wilson Holdings Inc.|Kennedy-Wilson;Kennedy Wilson
NMRK|NASDAQ|Newmark Group Inc.|Newmark Group;Newmark?
CNX|NYSE|CNX Resources Corporation|CNX Resources;CNX
SM|NYSE|SM Energy Company|SM Energy
NOG|NYSE|Northern Oil and Gas Inc.|Northern Oil and Gas;Northern Oil & Gas
MGY|NYSE|Magnolia Oil & Gas Corporation|Magnolia Oil & Gas;Magnolia?
CRGY|NYSE|Crescent Energy Company|Crescent Energy
TALO|NYSE|Talos Energy Inc.|Talos Energy
KOS|NYSE|Kosmos Energy Ltd.|Kosmos Energy;Kosmos
CRC|NYSE|California Resources Corporation|California Resources
GPOR|NYSE|Gulfport Energy Corporation|Gulfport Energy
VNOM|NASDAQ|Viper Energy Inc.|Viper Energy
HP|NYSE|Helmerich & Payne Inc.|Helmerich & Payne
PTEN|NASDAQ|Patterson-UTI Energy Inc.|Patterson-UTI
VAL|NYSE|Valaris Limited|Valaris
NE|NYSE|Noble Corporation plc|Noble Corporation;Noble Corp.;Noble?
TDW|NYSE|Tidewater Inc.|Tidewater Inc.;Tidewater?
LBRT|NYSE|Liberty Energy Inc.|Liberty Energy
KGS|NYSE|Kodiak Gas Services Inc.|Kodiak Gas Services
SDRL|NYSE|Seadrill Limited|Seadrill
DK|NYSE|Delek US Holdings Inc.|Delek US Holdings;Delek US
CVI|NYSE|CVR Energy Inc.|CVR Energy
AM|NYSE|Antero Midstream Corporation|Antero Midstream
HESM|NYSE|Hess Midstream LP|Hess Midstream
SUN|NYSE|Sunoco LP|Sunoco LP;Sunoco?
NFE|NASDAQ|New Fortress Energy Inc.|New Fortress Energy
NEXT|NASDAQ|NextDecade Corporation|NextDecade
GLNG|NASDAQ|Golar LNG Limited|Golar LNG
CNR|NYSE|Core Natural Resources Inc.|Core Natural Resources;CONSOL Energy;Arch Resources
HCC|NYSE|Warrior Met Coal Inc.|Warrior Met Coal
UUUU|NYSE American|Energy Fuels Inc.|Energy Fuels
UEC|NYSE American|Uranium Energy Corp.|Uranium Energy
ORA|NYSE|Ormat Technologies Inc.|Ormat Technologies;Ormat
XIFR|NYSE|XPLR Infrastructure LP|XPLR Infrastructure;NextEra Energy Partners
NFG|NYSE|National Fuel Gas Company|National Fuel Gas
UGI|NYSE|UGI Corporation|UGI Corp.
SWX|NYSE|Southwest Gas Holdings Inc.|Southwest Gas
OGS|NYSE|ONE Gas Inc.|ONE Gas
SR|NYSE|Spire Inc.|Spire Inc.;Spire?
NJR|NYSE|New Jersey Resources Corporation|New Jersey Resources
POR|NYSE|Portland General Electric Company|Portland General Electric;Portland General
IDA|NYSE|IDACORP Inc.|IDACORP;Idaho Power
OGE|NYSE|OGE Energy Corp.|OGE Energy;Oklahoma Gas and Electric
BKH|NYSE|Black Hills Corporation|Black Hills Corp.;Black Hills Energy
NWE|NASDAQ|NorthWestern Energy Group Inc.|NorthWestern Energy
AVA|NYSE|Avista Corporation|Avista
ATR|NYSE|AptarGroup Inc.|AptarGroup;Aptar
AVNT|NYSE|Avient Corporation|Avient
CBT|NYSE|Cabot Corporation|Cabot Corp.;Cabot?
ASH|NYSE|Ashland Inc.|Ashland Inc.;Ashland?
NEU|NYSE|NewMarket Corporation|NewMarket
TROX|NYSE|Tronox Holdings plc|Tronox
ESI|NYSE|Element Solutions Inc|Element Solutions
FUL|NYSE|H.B. Fuller Company|H.B. Fuller;HB Fuller
GEF|NYSE|Greif Inc.|Greif
OI|NYSE|O-I Glass Inc.|O-I Glass;Owens-Illinois
CRS|NYSE|Carpenter Technology Corporation|Carpenter Technology
ATI|NYSE|ATI Inc.|ATI Inc.;Allegheny Technologies
WOR|NYSE|Worthington Enterprises Inc.|Worthington Enterprises
HL|NYSE|Hecla Mining Company|Hecla Mining;Hecla
CDE|NYSE|Coeur Mining Inc.|Coeur Mining;Coeur
USAR|NASDAQ|USA Rare Earth Inc.|USA Rare Earth
TMQ|NYSE American|Trilogy Metals Inc.|Trilogy Metals
PPTA|NASDAQ|Perpetua Resources Corp.|Perpetua Resources
KNF|NYSE|Knife River Corporation|Knife River
SUM|NYSE|Summit Materials Inc.|Summit Materials
ACA|NYSE|Arcosa Inc.|Arcosa
BCC|NYSE|Boise Cascade Company|Boise Cascade
TRN|NYSE|Trinity Industries Inc.|Trinity Industries
RXO|NYSE|RXO Inc.|RXO
FWRD|NASDAQ|Forward Air Corporation|Forward Air
GVA|NYSE|Granite Construction Incorporated|Granite Construction
STRL|NASDAQ|Sterling Infrastructure Inc.|Sterling Infrastructure
TTEK|NASDAQ|Tetra Tech Inc.|Tetra Tech
CWST|NASDAQ|Casella Waste Systems Inc.|Casella Waste Systems;Casella
HNI|NYSE|HNI Corporation|HNI Corp.
WSC|NASDAQ|WillScot Holdings Corporation|WillScot Holdings;WillScot;WillScot Mobile Mini
HEES|NASDAQ|H&E Equipment Services Inc.|H&E Equipment Services;H&E Equipment
FSS|NYSE|Federal Signal Corporation|Federal Signal
GTES|NYSE|Gates Industrial Corporation plc|Gates Industrial
SPXC|NYSE|SPX Technologies Inc.|SPX Technologies
HAYW|NYSE|Hayward Holdings Inc.|Hayward Holdings
MBC|NYSE|MasterBrand Inc.|MasterBrand
AMWD|NASDAQ|American Woodmark Corporation|American Woodmark
REZI|NYSE|Resideo Technologies Inc.|Resideo Technologies;Resideo
RDW|NYSE|Redwire Corporation|Redwire
FLY|NASDAQ|Firefly Aerospace Inc.|Firefly Aerospace
CLSK|NASDAQ|CleanSpark Inc.|CleanSpark
CIFR|NASDAQ|Cipher Mining Inc.|Cipher Mining
HUT|NASDAQ|Hut 8 Corp.|Hut 8
WULF|NASDAQ|TeraWulf Inc.|TeraWulf
GEMI|NASDAQ|Gemini Space Station Inc.|Gemini Space Station;Gemini?
FIGR|NASDAQ|Figure Technology Solutions Inc.|Figure Technology Solutions;Figure Technology
NAVN|NASDAQ|Navan Inc.|Navan
GIB|NYSE|CGI Inc.|CGI Inc.;CGI Group;CGI?
SOBO|NYSE|South Bow Corporation|South Bow
BTE|NYSE|Baytex Energy Corp.|Baytex Energy;Baytex
AQN|NYSE|Algonquin Power & Utilities Corp.|Algonquin Power & Utilities;Algonquin Power;Algonquin?
TAC|NYSE|TransAlta Corporation|TransAlta
GOOS|NYSE|Canada Goose Holdings Inc.|Canada Goose
GIL|NYSE|Gildan Activewear Inc.|Gildan Activewear;Gildan
DOOO|NASDAQ|BRP Inc.|BRP Inc.;Bombardier Recreational Products
STN|NYSE|Stantec Inc.|Stantec
CIGI|NASDAQ|Colliers International Group Inc.|Colliers International;Colliers
FSV|NASDAQ|FirstService Corporation|FirstService
BB|NYSE|BlackBerry Limited|BlackBerry
DSGX|NASDAQ|The Descartes Systems Group Inc.|Descartes Systems;Descartes?
NXE|NYSE|NexGen Energy Ltd.|NexGen Energy
AGI|NYSE|Alamos Gold Inc.|Alamos Gold;Alamos
BTG|NYSE American|B2Gold Corp.|B2Gold
IAG|NYSE|IAMGOLD Corporation|IAMGOLD;Iamgold
EGO|NYSE|Eldorado Gold Corporation|Eldorado Gold
AG|NYSE|First Majestic Silver Corp.|First Majestic Silver;First Majestic
HBM|NYSE|Hudbay Minerals Inc.|Hudbay Minerals;Hudbay
IVPAF|OTC|Ivanhoe Mines Ltd.|Ivanhoe Mines
FQVLF|OTC|First Quantum Minerals Ltd.|First Quantum Minerals;First Quantum
LUNMF|OTC|Lundin Mining Corporation|Lundin Mining
CGC|NASDAQ|Canopy Growth Corporation|Canopy Growth
TLRY|NASDAQ|Tilray Brands Inc.|Tilray Brands;Tilray
MEOH|NASDAQ|Methanex Corporation|Methanex
WFG|NYSE|West Fraser Timber Co. Ltd.|West Fraser Timber;West Fraser
ACDVF|OTC|Air Canada|Air Canada
NTIOF|OTC|National Bank of Canada|National Bank of Canada;National Bank Financial
BNT|NYSE|Brookfield Wealth Solutions Ltd.|Brookfield Wealth Solutions;Brookfield Reinsurance
SBS|NYSE|Companhia de Saneamento Básico do Estado de São Paulo|Sabesp
EBR|NYSE|Centrais Elétricas Brasileiras S.A.|Eletrobras
CIG|NYSE|Companhia Energética de Minas Gerais|Cemig
ELP|NYSE|Companhia Paranaense de Energia|Copel
UGP|NYSE|Ultrapar Participações S.A.|Ultrapar
BAK|NYSE|Braskem S.A.|Braskem
VIV|NYSE|Telefônica Brasil S.A.|Telefônica Brasil;Telefonica Brasil
SID|NYSE|Companhia Siderúrgica Nacional|Companhia Siderúrgica Nacional;Companhia Siderurgica Nacional
BDORY|OTC|Banco do Brasil S.A.|Banco do Brasil
INTR|NASDAQ|Inter & Co. Inc.|Inter & Co;Banco Inter
DLO|NASDAQ|DLocal Limited|dLocal;DLocal
VIST|NYSE|Vista Energy S.A.B. de C.V.|Vista Energy
PAM|NYSE|Pampa Energía S.A.|Pampa Energía;Pampa Energia
GGAL|NASDAQ|Grupo Financiero Galicia S.A.|Grupo Financiero Galicia;Banco Galicia
BVN|NYSE|Compañía de Minas Buenaventura S.A.A.|Compañía de Minas Buenaventura;Buenaventura?
PAC|NYSE|Grupo Aeroportuario del Pacífico S.A.B. de C.V.|Grupo Aeroportuario del Pacífico;Grupo Aeroportuario del Pacifico
ASR|NYSE|Grupo Aeroportuario del Sureste S.A.B. de C.V.|Grupo Aeroportuario del Sureste;ASUR
WMMVY|OTC|Wal-Mart de México S.A.B. de C.V.|Walmart de México;Walmart de Mexico;Walmex
GMBXF|OTC|Grupo México S.A.B. de C.V.|Grupo México;Grupo Mexico
AEG|NYSE|Aegon Ltd.|Aegon
TS|NYSE|Tenaris S.A.|Tenaris
RTO|NYSE|Rentokil Initial plc|Rentokil Initial;Rentokil
CSTM|NYSE|Constellium SE|Constellium
CVAC|NASDAQ|CureVac N.V.|CureVac
ATLKY|OTC|Atlas Copco AB|Atlas Copco
SDVKY|OTC|Sandvik AB|Sandvik
SKFRY|OTC|AB SKF|SKF
ASAZY|OTC|ASSA ABLOY AB|Assa Abloy;ASSA ABLOY
ELUXY|OTC|AB Electrolux|Electrolux
KNYJY|OTC|KONE Oyj|Kone;KONE
UPMMY|OTC|UPM-Kymmene Oyj|UPM-Kymmene;UPM
NHYDY|OTC|Norsk Hydro ASA|Norsk Hydro
PANDY|OTC|Pandora A/S|Pandora A/S;Pandora?
GVDNY|OTC|Givaudan SA|Givaudan
SXYAY|OTC|Sika AG|Sika AG;Sika
SCMWY|OTC|Swisscom AG|Swisscom
KHNGY|OTC|Kuehne + Nagel International AG|Kuehne + Nagel;Kuehne+Nagel
JBAXY|OTC|Julius Baer Group Ltd.|Julius Baer;Julius Bär
VONOY|OTC|Vonovia SE|Vonovia
COVTY|OTC|Covestro AG|Covestro
BNTGY|OTC|Brenntag SE|Brenntag
ZLNDY|OTC|Zalando SE|Zalando
POAHY|OTC|Porsche Automobil Holding SE|Porsche SE;Porsche Automobil Holding
ANFGY|OTC|Antofagasta plc|Antofagasta plc;Antofagasta?
JSAIY|OTC|J Sainsbury plc|J Sainsbury;Sainsbury's;Sainsbury?
MAKSY|OTC|Marks and Spencer Group plc|Marks & Spencer;Marks and Spencer;M&S?
ASBFY|OTC|Associated British Foods plc|Associated British Foods
CPYYY|OTC|Centrica plc|Centrica;British Gas
SSEZY|OTC|SSE plc|SSE plc
LGRDY|OTC|Legrand SA|Legrand
ALSMY|OTC|Alstom SA|Alstom
VIVHY|OTC|Vivendi SE|Vivendi
UBSFY|OTC|Ubisoft Entertainment SA|Ubisoft
AMADY|OTC|Amadeus IT Group S.A.|Amadeus IT Group;Amadeus?
PRYMY|OTC|Prysmian S.p.A.|Prysmian
ASMIY|OTC|ASM International N.V.|ASM International
BESIY|OTC|BE Semiconductor Industries N.V.|BE Semiconductor Industries;BE Semiconductor;Besi
OCPNY|OTC|Olympus Corporation|Olympus Corp.;Olympus?
SSDOY|OTC|Shiseido Company Ltd.|Shiseido
KUBTY|OTC|Kubota Corporation|Kubota
MIELY|OTC|Mitsubishi Electric Corporation|Mitsubishi Electric
KAOOY|OTC|Kao Corporation|Kao Corp.;Kao?
CHGCY|OTC|Chugai Pharmaceutical Co. Ltd.|Chugai Pharmaceutical;Chugai
KYOCY|OTC|Kyocera Corporation|Kyocera
TTDKY|OTC|TDK Corporation|TDK
NJDCY|OTC|Nidec Corporation|Nidec
SZKMY|OTC|Suzuki Motor Corporation|Suzuki Motor;Suzuki?
TRUMY|OTC|Terumo Corporation|Terumo
HOCPY|OTC|HOYA Corporation|Hoya Corp.;HOYA?
OTSKY|OTC|Otsuka Holdings Co. Ltd.|Otsuka Holdings;Otsuka Pharmaceutical;Otsuka?
DSCSY|OTC|Disco Corporation|Disco Corp.;Disco?
KYCCF|OTC|Keyence Corporation|Keyence
WF|NYSE|Woori Financial Group Inc.|Woori Financial;Woori Bank
KT|NYSE|KT Corporation|KT Corp.;KT Corporation
KEP|NYSE|Korea Electric Power Corporation|Korea Electric Power;KEPCO
LPL|NYSE|LG Display Co. Ltd.|LG Display
WBTN|NASDAQ|WEBTOON Entertainment Inc.|Webtoon Entertainment;WEBTOON?
YMM|NYSE|Full Truck Alliance Co. Ltd.|Full Truck Alliance
IQ|NASDAQ|iQIYI Inc.|iQIYI
BZ|NASDAQ|Kanzhun Limited|Kanzhun;Boss Zhipin
HTHT|NASDAQ|H World Group Limited|H World Group;Huazhu
EDU|NYSE|New Oriental Education & Technology Group Inc.|New Oriental Education;New Oriental
TAL|NYSE|TAL Education Group|TAL Education
ATHM|NYSE|Autohome Inc.|Autohome
ZLAB|NASDAQ|Zai Lab Limited|Zai Lab
HCM|NASDAQ|HUTCHMED (China) Limited|HUTCHMED;Hutchmed
GDS|NASDAQ|GDS Holdings Limited|GDS Holdings
VNET|NASDAQ|VNET Group Inc.|VNET Group;VNET
JKS|NYSE|JinkoSolar Holding Co. Ltd.|JinkoSolar
MNSO|NYSE|MINISO Group Holding Limited|MINISO;Miniso
CKHUY|OTC|CK Hutchison Holdings Limited|CK Hutchison
TTNDY|OTC|Techtronic Industries Company Limited|Techtronic Industries;Techtronic
IDCBY|OTC|Industrial and Commercial Bank of China Limited|Industrial and Commercial Bank of China;ICBC
CICHY|OTC|China Construction Bank Corporation|China Construction Bank
CHT|NYSE|Chunghwa Telecom Co. Ltd.|Chunghwa Telecom
HIMX|NASDAQ|Himax Technologies Inc.|Himax Technologies;Himax
SIMO|NASDAQ|Silicon Motion Technology Corporation|Silicon Motion
WNS|NYSE|WNS (Holdings) Limited|WNS Holdings;WNS
SOUHY|OTC|South32 Limited|South32
TLSYY|OTC|Telstra Group Limited|Telstra
BXBLY|OTC|Brambles Limited|Brambles Limited;Brambles Ltd.;Brambles?
CHEOY|OTC|Cochlear Limited|Cochlear Limited;Cochlear Ltd.;Cochlear?
CMWAY|OTC|Commonwealth Bank of Australia|Commonwealth Bank of Australia;Commonwealth Bank;CommBank
NABZY|OTC|National Australia Bank Limited|National Australia Bank
QABSY|OTC|Qantas Airways Limited|Qantas Airways;Qantas
NVMI|NASDAQ|Nova Ltd.|Nova Ltd.;Nova Measuring Instruments
CAMT|NASDAQ|Camtek Ltd.|Camtek
GLBE|NASDAQ|Global-E Online Ltd.|Global-e;Global-E Online
FROG|NASDAQ|JFrog Ltd.|JFrog
ZIM|NYSE|ZIM Integrated Shipping Services Ltd.|ZIM Integrated Shipping;ZIM?
FRO|NYSE|Frontline plc|Frontline plc;Frontline?
STNG|NYSE|Scorpio Tankers Inc.|Scorpio Tankers
SSL|NYSE|Sasol Limited|Sasol
HMY|NYSE|Harmony Gold Mining Company Limited|Harmony Gold
SBSW|NYSE|Sibanye Stillwater Limited|Sibanye-Stillwater;Sibanye Stillwater
MTNOY|OTC|MTN Group Limited|MTN Group
DBSDY|OTC|DBS Group Holdings Ltd.|DBS Group;DBS Bank;DBS?
`;
