package export

// fipsCodes maps ISO-3166 alpha-3 to the FIPS 10-4 codes GDELT uses in its
// geography columns, for the countries most often in conflict news. An
// unknown country leaves the column empty rather than guessed.
var fipsCodes = map[string]string{
	"AFG": "AF", "ARM": "AM", "AZE": "AJ", "BGD": "BG", "BLR": "BO", "CHN": "CH", "COD": "CG",
	"COG": "CF", "CAF": "CT", "DEU": "GM", "EGY": "EG", "ETH": "ET", "FRA": "FR", "GBR": "UK",
	"GEO": "GG", "IND": "IN", "IRN": "IR", "IRQ": "IZ", "ISR": "IS", "JOR": "JO", "JPN": "JA",
	"KOR": "KS", "PRK": "KN", "LBN": "LE", "LBY": "LY", "MLI": "ML", "MMR": "BM", "NER": "NG",
	"NGA": "NI", "PAK": "PK", "PSE": "WE", "RUS": "RS", "SAU": "SA", "SDN": "SU", "SSD": "OD",
	"SOM": "SO", "SYR": "SY", "TUR": "TU", "UKR": "UP", "USA": "US", "YEM": "YM", "ARE": "AE",
	"QAT": "QA", "KWT": "KU", "BHR": "BA", "OMN": "MU", "TJK": "TI", "TKM": "TX", "UZB": "UZ",
	"KAZ": "KZ", "KGZ": "KG", "IDN": "ID", "PHL": "RP", "THA": "TH", "VNM": "VM", "TWN": "TW",
	"BFA": "UV", "TCD": "CD", "CMR": "CM", "MOZ": "MZ", "KEN": "KE", "UGA": "UG", "RWA": "RW",
	"BDI": "BY", "ERI": "ER", "DJI": "DJ", "DZA": "AG", "MAR": "MO", "TUN": "TS", "ESP": "SP",
	"ITA": "IT", "POL": "PL", "CAN": "CA", "MEX": "MX", "BRA": "BR", "COL": "CO", "VEN": "VE",
	"AUS": "AS", "SRB": "RI", "XKX": "KV", "BIH": "BK", "HRV": "HR", "MDA": "MD", "ROU": "RO",
	"HUN": "HU", "CZE": "EZ", "SVK": "LO", "AUT": "AU", "CHE": "SZ", "NLD": "NL", "BEL": "BE",
	"SWE": "SW", "NOR": "NO", "FIN": "FI", "DNK": "DA", "IRL": "EI", "PRT": "PO", "GRC": "GR",
	"CYP": "CY", "LKA": "CE", "NPL": "NP", "HTI": "HA", "CUB": "CU", "ARG": "AR", "CHL": "CI",
	"PER": "PE", "ZAF": "SF", "ZWE": "ZI", "AGO": "AO", "NZL": "NZ", "SGP": "SN", "MYS": "MY",
}

// FIPS returns the FIPS 10-4 code of an ISO-3166 alpha-3 code, or "".
func FIPS(iso3 string) string { return fipsCodes[iso3] }
