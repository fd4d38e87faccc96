"""Countries and international organizations, as written → one normalized name.

The model copies "the country as written" ("U.S.", "Japanese", "Seoul"); this
module maps it to a short English name and an ISO 3166-1 alpha-2 code (None for
organizations). Names come from pycountry plus curated abbreviations, demonyms,
capitals and seats of government used as metonymy ("Washington", "the Kremlin").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pycountry

Entity = tuple[str, str | None]

# Short names for countries whose pycountry name is long or formal.
_FRIENDLY = {
    "US": "United States", "GB": "United Kingdom", "KR": "South Korea", "KP": "North Korea",
    "RU": "Russia", "IR": "Iran", "VN": "Vietnam", "CZ": "Czech Republic", "TR": "Turkey",
    "TW": "Taiwan", "SY": "Syria", "LA": "Laos", "MD": "Moldova", "BO": "Bolivia",
    "VE": "Venezuela", "TZ": "Tanzania", "PS": "Palestine", "VA": "Vatican City",
    "BN": "Brunei", "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo",
    "FM": "Micronesia", "CV": "Cape Verde", "XK": "Kosovo",
}  # fmt: skip

# Abbreviations, other names, demonyms (plurals are added), capitals and seats of power.
_ALIASES = {
    "US": "U.S.|US|USA|U.S.A.|United States of America|America|American|Washington"
    "|Washington DC|Washington D.C.|White House|Pentagon",
    "GB": "UK|U.K.|Britain|Great Britain|British|Briton|London|Downing Street|FCDO"
    "|Foreign, Commonwealth and Development Office|Foreign and Commonwealth Office",
    "KR": "South Korea|Republic of Korea|ROK|R.O.K.|Korea|Korean|South Korean|Seoul"
    "|S. Korea|S. Korean",
    "KP": "North Korea|DPRK|D.P.R.K.|North Korean|Pyongyang|N. Korea|N. Korean",
    "JP": "Japanese|Tokyo", "CN": "PRC|People's Republic of China|Chinese|Beijing",
    "TW": "Taiwanese|Taipei|Chinese Taipei|Republic of China",
    "RU": "Russia|Russian|Moscow|Kremlin", "VN": "Vietnam|Vietnamese|Hanoi",
    "NL": "Holland|Dutch|The Hague|Amsterdam", "CZ": "Czech|Czech Republic|Prague",
    "TR": "Turkey|Turkiye|Turkish|Ankara", "IR": "Iranian|Tehran|Teheran",
    "FR": "French|Paris|Elysee|Élysée", "DE": "German|Berlin", "IT": "Italian|Rome",
    "ES": "Spanish|Madrid", "PT": "Portuguese|Lisbon", "BE": "Belgian|Brussels",
    "CH": "Swiss|Bern|Berne", "AT": "Austrian|Vienna", "PL": "Polish|Pole|Warsaw",
    "HU": "Hungarian|Budapest", "SK": "Slovak|Bratislava", "SI": "Slovenian|Ljubljana",
    "HR": "Croatian|Zagreb", "RS": "Serbian|Belgrade", "BA": "Bosnian|Bosnia|Sarajevo",
    "RO": "Romanian|Bucharest", "BG": "Bulgarian|Sofia", "GR": "Greek|Athens",
    "CY": "Cypriot|Nicosia", "MT": "Maltese|Valletta", "IE": "Irish|Dublin",
    "DK": "Danish|Dane|Copenhagen", "SE": "Swedish|Swede|Stockholm",
    "NO": "Norwegian|Oslo", "FI": "Finnish|Finn|Helsinki", "IS": "Icelandic|Reykjavik",
    "EE": "Estonian|Tallinn", "LV": "Latvian|Riga", "LT": "Lithuanian|Vilnius",
    "UA": "Ukrainian|Kyiv|Kiev", "BY": "Belarusian|Minsk", "MD": "Moldovan|Chisinau",
    "GE": "Georgian|Tbilisi", "AM": "Armenian|Yerevan", "AZ": "Azerbaijani|Azeri|Baku",
    "KZ": "Kazakh|Kazakhstani|Astana", "UZ": "Uzbek|Tashkent", "TM": "Turkmen|Ashgabat",
    "KG": "Kyrgyz|Bishkek", "TJ": "Tajik|Dushanbe", "MN": "Mongolian|Ulaanbaatar",
    "AF": "Afghan|Kabul|Taliban",  # its officials: "the Taliban's acting foreign minister"
    "PK": "Pakistani|Islamabad", "IN": "Indian|New Delhi|Delhi",
    "BD": "Bangladeshi|Dhaka", "LK": "Sri Lankan|Colombo", "NP": "Nepali|Nepalese|Kathmandu",
    "BT": "Bhutanese|Thimphu", "MV": "Maldivian",
    "MM": "Burma|Burmese|Naypyidaw|Naypyitaw|Nay Pyi Taw",
    "TH": "Thai|Bangkok", "KH": "Cambodian|Phnom Penh", "LA": "Laotian|Lao|Vientiane",
    "MY": "Malaysian|Kuala Lumpur", "SG": "Singaporean", "ID": "Indonesian|Jakarta",
    "PH": "Philippine|Filipino|Manila", "BN": "Bruneian", "TL": "East Timor|Timorese|Dili",
    "AU": "Australian|Aussie|Canberra", "NZ": "New Zealander|Kiwi|Wellington",
    "PG": "Papua New Guinean|Port Moresby", "FJ": "Fijian|Suva",
    "CA": "Canadian|Ottawa", "MX": "Mexican|Mexico City", "CU": "Cuban|Havana",
    "BR": "Brazilian|Brasilia|Brasília", "AR": "Argentine|Argentinian|Buenos Aires",
    "CL": "Chilean|Santiago", "CO": "Colombian|Bogota|Bogotá", "PE": "Peruvian|Lima",
    "VE": "Venezuelan|Caracas", "EC": "Ecuadorian|Ecuadoran|Quito", "BO": "Bolivian|La Paz",
    "PY": "Paraguayan|Asuncion", "UY": "Uruguayan|Montevideo", "PA": "Panamanian",
    "NI": "Nicaraguan|Managua", "HN": "Honduran|Tegucigalpa", "GT": "Guatemalan",
    "SV": "Salvadoran|San Salvador", "CR": "Costa Rican|San Jose", "HT": "Haitian",
    "DO": "Dominican|Santo Domingo", "JM": "Jamaican|Kingston",
    "BB": "Barbadian|Bajan|Bridgetown", "TT": "Trinidadian|Trinidad|Port of Spain",
    "BS": "Bahamian|Nassau",
    "GY": "Guyanese", "BZ": "Belizean", "LC": "Saint Lucian|St Lucia|St. Lucia|St Lucian|Castries",
    "GD": "Grenadian",
    "IL": "Israeli|Jerusalem", "PS": "Palestinian|Ramallah", "JO": "Jordanian|Amman",
    "LB": "Lebanese|Beirut", "SY": "Syrian|Damascus", "IQ": "Iraqi|Baghdad",
    "SA": "Saudi|Saudi Arabian|Riyadh", "AE": "UAE|U.A.E.|Emirati|Emirates|Abu Dhabi",
    "QA": "Qatari|Doha", "KW": "Kuwaiti", "BH": "Bahraini|Manama", "OM": "Omani|Muscat",
    "YE": "Yemeni|Sanaa", "EG": "Egyptian|Cairo", "LY": "Libyan|Tripoli",
    "TN": "Tunisian|Tunis", "DZ": "Algerian|Algiers", "MA": "Moroccan|Rabat",
    "SD": "Sudanese|Khartoum", "SS": "South Sudanese|Juba", "ET": "Ethiopian|Addis Ababa",
    "ER": "Eritrean|Asmara", "SO": "Somali|Mogadishu", "KE": "Kenyan|Nairobi",
    "UG": "Ugandan|Kampala", "RW": "Rwandan|Kigali", "TZ": "Tanzanian|Dodoma",
    "CD": "DR Congo|DRC|Democratic Republic of Congo|Kinshasa",
    "CG": "Congo-Brazzaville|Congo Brazzaville|Brazzaville", "AO": "Angolan|Luanda",
    "ZA": "South African|Pretoria", "ZW": "Zimbabwean|Harare", "ZM": "Zambian|Lusaka",
    "MZ": "Mozambican|Maputo", "NA": "Namibian|Windhoek", "BW": "Botswanan|Gaborone",
    "NG": "Nigerian|Abuja", "GH": "Ghanaian|Accra", "SN": "Senegalese|Dakar",
    "CI": "Ivory Coast|Ivorian|Cote d'Ivoire|Abidjan", "ML": "Malian|Bamako",
    "NE": "Nigerien|Niamey", "BF": "Burkinabe|Ouagadougou", "CM": "Cameroonian|Yaounde",
    "TD": "Chadian|N'Djamena", "VA": "Vatican|Holy See", "XK": "Kosovo|Kosovar|Pristina",
    "CV": "Cape Verdean|Cabo Verdean", "SZ": "Swaziland|Swazi|Mbabane", "MK": "Macedonian|Skopje",
    "ME": "Montenegrin|Podgorica", "AL": "Albanian|Tirana", "LU": "Luxembourgish",
    "FO": "Faroese|Torshavn|Tórshavn", "GL": "Greenlandic|Nuuk",
    "BI": "Burundian|Gitega|Bujumbura", "DJ": "Djiboutian", "GN": "Guinean|Conakry",
    "GW": "Bissau-Guinean|Bissau", "CF": "Bangui", "BJ": "Beninese|Porto-Novo|Cotonou",
    "TG": "Togolese|Lome|Lomé",
    "GA": "Gabonese|Libreville", "MW": "Malawian|Lilongwe", "MG": "Malagasy|Antananarivo",
    "MU": "Mauritian|Port Louis", "SC": "Seychellois", "KM": "Comorian|Moroni",
    "GM": "Gambian|Banjul", "SL": "Sierra Leonean|Freetown", "LR": "Liberian|Monrovia",
    "GQ": "Equatoguinean|Equatorial Guinean|Malabo", "MR": "Mauritanian|Nouakchott",
    "ST": "Santomean|Sao Tome|São Tomé",
    "MC": "Monegasque", "SM": "Sammarinese", "DM": "Roseau", "AD": "Andorran",
    "LI": "Liechtensteiner|Vaduz",
    "WS": "Samoan|Apia", "TO": "Tongan|Nuku'alofa", "SB": "Solomon Islander|Honiara",
    "VU": "Ni-Vanuatu|Vanuatuan|Port Vila", "TV": "Tuvaluan|Funafuti", "NR": "Nauruan",
    "PW": "Palauan", "MH": "Marshallese|Majuro",
    "FM": "Micronesian|Palikir|Federated States of Micronesia",
    "KI": "I-Kiribati|Tarawa|South Tarawa",
    "SR": "Surinamese|Paramaribo",
    "VC": "Vincentian|Kingstown|St Vincent|St. Vincent|Saint Vincent",
    "KN": "Kittitian|St Kitts|St. Kitts|Saint Kitts|Basseterre|Nevis|Nevisian",
    "AG": "Antiguan|Antigua", "PR": "Puerto Rican",
}  # fmt: skip

_ORGANIZATIONS = {
    "NATO": "NATO|North Atlantic Treaty Organization|North Atlantic Treaty Organisation",
    "European Union": "European Union|EU|E.U.|European Commission|European Council"
    "|European Parliament",
    "United Nations": "United Nations|UN|U.N.|UN Security Council|United Nations Security Council",
    "ASEAN": "ASEAN|Association of Southeast Asian Nations",
    "African Union": "African Union|AU",
    "G7": "G7|G-7|Group of Seven", "G20": "G20|G-20|Group of 20|Group of Twenty",
    "BRICS": "BRICS", "APEC": "APEC|Asia-Pacific Economic Cooperation",
    "OPEC": "OPEC", "IAEA": "IAEA|International Atomic Energy Agency",
    "World Health Organization": "WHO|World Health Organization",
    "World Trade Organization": "WTO|World Trade Organization",
    "International Monetary Fund": "IMF|International Monetary Fund",
    "World Bank": "World Bank", "OSCE": "OSCE", "OECD": "OECD",
    "Arab League": "Arab League|League of Arab States",
    "Gulf Cooperation Council": "GCC|Gulf Cooperation Council",
    "Shanghai Cooperation Organization": "SCO|Shanghai Cooperation Organization"
    "|Shanghai Cooperation Organisation",
    "Organization of American States": "OAS|Organization of American States",
    "Council of Europe": "Council of Europe", "Quad": "Quad", "AUKUS": "AUKUS",
    "Pacific Islands Forum": "Pacific Islands Forum",
    "International Criminal Court": "ICC|International Criminal Court",
    "CARICOM": "CARICOM|Caribbean Community", "SADC": "SADC|Southern African Development Community",
    "COMESA": "COMESA|Common Market for Eastern and Southern Africa",
    "ECOWAS": "ECOWAS|Economic Community of West African States",
    "OECS": "OECS|Organisation of Eastern Caribbean States"
    "|Organization of Eastern Caribbean States",
    "Indian Ocean Commission": "Indian Ocean Commission",
    "Green Climate Fund": "Green Climate Fund",
    "World Food Programme": "World Food Programme|World Food Program|WFP",
    "UNICEF": "UNICEF|United Nations Children's Fund", "UNHCR": "UNHCR|UN Refugee Agency",
    "UNDP": "UNDP|United Nations Development Programme", "UNESCO": "UNESCO",
    "Food and Agriculture Organization": "FAO|Food and Agriculture Organization",
    "Mekong River Commission": "Mekong River Commission",
    # regional blocs whose secretaries-general and chairs meet ministers
    "Andean Community": "Andean Community", "Mercosur": "Mercosur|MERCOSUR|Mercosul",
    "Central American Integration System": "SICA|Central American Integration System",
    "IGAD": "IGAD|Intergovernmental Authority on Development",
    "East African Community": "East African Community|EAC",
    "Organisation of Islamic Cooperation": "OIC|Organisation of Islamic Cooperation"
    "|Organization of Islamic Cooperation",
    "CELAC": "CELAC|Community of Latin American and Caribbean States",
    "ECCAS": "ECCAS|Economic Community of Central African States",
    "Amazon Cooperation Treaty Organization": "ACTO|Amazon Cooperation Treaty Organization",
    "Commonwealth": "Commonwealth of Nations|Commonwealth Secretariat",
    # a sovereign entity without territory, not Malta
    "Sovereign Order of Malta": "Sovereign Order of Malta|Order of Malta"
    "|Sovereign Military Order of Malta",
}  # fmt: skip

# Phrases that contain a country alias but do not name that country.
_NOT_COUNTRIES = (
    "Latin America|Latin American|South America|South American|North America|North American"
    "|Central America|Central American|Indian Ocean|New Mexico|New Mexican|New England"
    "|New South Wales|Korean Peninsula|Korean War|Washington Post|Georgia State"
)


def _fold(text: str) -> str:
    """Drop accents and unify apostrophes, one character in for one out (offsets survive)."""
    if text.isascii():  # the common case, without per-character work
        return text.replace("`", "'")
    out = []
    for ch in text:
        if ch in "’‘`´":
            out.append("'")
            continue
        base = unicodedata.normalize("NFKD", ch)
        out.append(base[0] if len(base) > 1 and base[0].isascii() else ch)
    return "".join(out)


def _key(text: str) -> str:
    """Case, accent and punctuation-insensitive lookup key; drops a leading 'the' and 's."""
    folded = _fold(text).casefold().strip()
    folded = re.sub(r"'s\b|s'(?=\s|$)", "", folded)
    folded = re.sub(r"[.']", "", folded)
    words = re.sub(r"[^\w]+", " ", folded).split()
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    return " ".join(words)


def _is_acronym(surface: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", surface)
    return len(letters) >= 2 and letters.isupper() and " " not in surface.strip()


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, Entity | None], dict[str, str]]:
    """(key → entity or None for non-country phrases, key → one surface form)."""
    entities: dict[str, Entity | None] = {}
    surfaces: dict[str, str] = {}
    derived: dict[str, set[Entity]] = {}

    def add(surface: str, entity: Entity | None, *, curated: bool) -> None:
        key = _key(surface)
        if not key:
            return
        if curated:
            entities.setdefault(key, entity)
            surfaces.setdefault(key, surface)
        elif entity is not None:
            derived.setdefault(key, set()).add(entity)
            surfaces.setdefault(key, surface)

    for phrase in _NOT_COUNTRIES.split("|"):
        add(phrase, None, curated=True)
    for name, aliases in _ORGANIZATIONS.items():
        for alias in [name, *aliases.split("|")]:
            add(alias, (name, None), curated=True)
    for country in pycountry.countries:
        code = country.alpha_2
        name = _FRIENDLY.get(code) or getattr(country, "common_name", None) or country.name
        entity = (name, code)
        add(name, entity, curated=True)
        for alias in filter(None, _ALIASES.get(code, "").split("|")):
            add(alias, entity, curated=True)
            if re.search(r"(an|i)$", alias) and not _is_acronym(alias):
                add(alias + "s", entity, curated=True)  # "Americans", "Pakistanis"
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if not value:
                continue
            add(value, entity, curated=False)
            base, _, qualifier = value.partition(", ")
            if qualifier:  # "Korea, Republic of" → "Republic of Korea", and "Korea"
                if re.search(r"\bof( the)?$", qualifier, re.IGNORECASE):
                    add(f"{qualifier} {base}", entity, curated=False)
                add(base, entity, curated=False)
    for alias in ("Kosovo", *_ALIASES["XK"].split("|")):  # not in ISO 3166 (pycountry)
        add(alias, (_FRIENDLY["XK"], "XK"), curated=True)
    for key, found in derived.items():
        if len(found) == 1:  # an ambiguous derived form ("Congo", "Virgin Islands") is dropped
            entities.setdefault(key, next(iter(found)))
    return entities, surfaces


@lru_cache(maxsize=8192)
def normalize_country(value: str) -> Entity | None:
    """Map a country or organization mention to (name, ISO alpha-2 or None for organizations).

    Case- and punctuation-insensitive: "U.S.", "us", "American", "Washington" all give
    ("United States", "US"). A longer phrase naming exactly one country ("the South
    Korean government") maps to it; unknown or mixed phrases give None.
    """
    if not value or not value.strip():
        return None
    entities, _ = _table()
    key = _key(value)
    if key in entities:
        return entities[key]
    if value.strip().isupper() and len(key) in (2, 3):
        country = pycountry.countries.get(alpha_2=key.upper()) or pycountry.countries.get(
            alpha_3=key.upper()
        )
        if country is not None:
            code = country.alpha_2
            return (
                _FRIENDLY.get(code) or getattr(country, "common_name", None) or country.name,
                code,
            )
    found = {(name, code) for name, code, _, _ in _scan(value, strict_case=False)}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1024)
def iso_country_name(value: str) -> bool:
    """Is `value` a name ISO 3166 gives a country ("Cabo Verde", "Türkiye"), not a capital
    or a demonym?"""
    try:
        pycountry.countries.lookup(value)
    except LookupError:
        return False
    return len(value) > 3  # not an alpha-2/3 code


def names_a_country(value: str) -> bool:
    """Is `value` a country or organization rather than a person who shares a word
    with one? "Montenegro", "the South Korean government" yes; "Luis Montenegro",
    "Jordan Bardella" no (a capitalized word besides the country: a person's name)."""
    if normalize_country(value) is None:
        return False
    rest = without_countries(value, strict_case=False)
    return not any(word[:1].isupper() for word in rest.split())


def is_organization(value: str) -> bool:
    """ "NATO", "G20", "the EU": a known body that is not a country (no ISO code)."""
    known = normalize_country(value)
    return known is not None and known[1] is None


def without_countries(text: str, *, strict_case: bool = True) -> str:
    """`text` with every country or organization mention blanked (offsets kept)."""
    for _name, _code, start, end in _scan(text, strict_case=strict_case):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def as_meant_in(text: str, country: Entity | None) -> Entity | None:
    """A demonym two countries share, as the article means it: "Dominican" is Dominica's
    in a story that names Dominica and never the Dominican Republic."""
    if (
        country is not None
        and country[1] == "DO"
        and _DOMINICA.search(text)
        and not _DOMINICAN_REPUBLIC.search(text)
    ):
        return normalize_country("Dominica")
    return country


_DOMINICA = re.compile(r"\bDominica\b(?!n)")
_DOMINICAN_REPUBLIC = re.compile(r"\bDominican[ \t]+Republic\b|\bSanto[ \t]+Domingo\b")


def find_countries(text: str) -> list[tuple[str, str | None, int, int]]:
    """Every country or organization mention in `text`: (name, code, start, end).

    Only capitalized mentions count ("Turkey", not "turkey"); short acronyms only in
    capitals ("US", not "us"). The longest name wins ("North Korean" over "Korean").
    """
    return _scan(text, strict_case=True)


def _scan(text: str, *, strict_case: bool) -> list[tuple[str, str | None, int, int]]:
    return list(_scan_cached(text, strict_case))


@lru_cache(maxsize=1024)
def _scan_cached(text: str, strict_case: bool) -> tuple[tuple[str, str | None, int, int], ...]:
    # The same article, passage and sentence are scanned by several rules.
    entities, _ = _table()
    folded = _fold(text)
    found: list[tuple[str, str | None, int, int]] = []
    for match in _pattern().finditer(folded):
        start, end = match.span()
        written = text[start:end]
        entity = entities.get(_key(written))
        if entity is None or not _case_ok(written, strict_case):
            continue
        if _CURRENCY_AFTER.match(text, end):
            continue  # "412 million US dollars", "Swiss francs": money, not a side
        found.append((entity[0], entity[1], start, end))
    return tuple(found)


_CURRENCY_AFTER = re.compile(
    r"[ \t]+(?:dollars?|cents|pounds|francs|rupees|yuan|yen|euros|pesos|rand|shillings)\b"
)


def _case_ok(written: str, strict_case: bool) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", _fold(written))
    if not letters:
        return False
    compact = " " not in written.strip() and len(letters) <= 4
    if compact and _key(written) in _short_acronyms():
        # "US", "UN", "EU", "AU": capitals only, or "us" would be the United States.
        return letters.isupper()
    return letters[0].isupper() or not strict_case


@lru_cache(maxsize=1)
def _short_acronyms() -> frozenset[str]:
    _, surfaces = _table()
    return frozenset(k for k, s in surfaces.items() if _is_acronym(s) and len(k) <= 3)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    entities, surfaces = _table()
    forms = {_fold(surfaces[k]) for k in entities}
    # Longest first, so "North Korean" wins over "Korean"; grouped by first letter,
    # since a flat alternation of ~1,000 names is tried in full at every position
    # (14x slower). Within a group the longest-first order is kept, and groups
    # cannot compete (their first letters differ), so the matches are the same.
    groups: dict[str, list[str]] = {}
    for form in sorted(forms, key=len, reverse=True):
        words = [w for w in re.split(r"[\s\-]+", form) if w]
        escaped = [re.escape(w).replace(r"\.", r"\.?").replace("'", "'?") for w in words]
        pattern = r"[\s\-]+".join(escaped)
        first = form[0].lower()
        if first.isalnum() and first.isascii() and pattern[:1].lower() == first:
            groups.setdefault(first, []).append(pattern[1:])
        else:
            groups.setdefault("", []).append(pattern)
    parts = [re.escape(first) + "(?:" + "|".join(rest) + ")" for first, rest in groups.items()]
    return re.compile(r"(?<![\w'])(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)
