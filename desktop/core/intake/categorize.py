"""Choosing one of our categories for a record from another system.

The source's service code may already be mapped (a saved service list); otherwise its
words are matched against keywords in English, Indonesian and a few other languages
other cities' lists use. What nothing matches is filed under a default the officer
re-categorises at triage.
"""

from __future__ import annotations

import re
from functools import cache

from desktop.core.catalog import CATEGORIES, CATEGORY_BY_CODE

DEFAULT_CATEGORY = "ketertiban"

# Longer phrases first within a category does not matter: every keyword is tried and the
# longest match across all categories wins, so "fallen tree" beats "tree".
KEYWORDS: dict[str, tuple[str, ...]] = {
    "kebakaran": ("fire", "kebakaran", "api", "feuer"),
    "banjir": ("flood", "flooding", "banjir", "hochwasser"),
    # A bare "tree" would turn every pruning request into an emergency.
    "pohon_tumbang": ("fallen tree", "tree down", "downed tree", "pohon tumbang", "pohon roboh"),
    "genangan": ("standing water", "puddle", "ponding", "genangan"),
    "sampah": ("garbage", "trash", "litter", "rubbish", "waste", "recycling", "sanitation", "dumping",
               "cans left out", "sampah", "müll", "abfall", "sperrmüll", "leaf collection"),
    "jalan_rusak": ("pothole", "pot hole", "street repair", "road", "sidewalk", "pavement", "curb",
                    "jalan rusak", "jalan berlubang", "aspal", "trotoar", "straßen", "gehweg", "construction plate"),
    "pju_mati": ("street light", "streetlight", "light out", "alley light", "lamp", "lampu jalan", "pju",
                 "laterne", "lighting"),
    "saluran_tersumbat": ("drain", "sewer", "gutter", "clogged", "saluran", "gorong", "abwasser"),
    "parkir_liar": ("illegal parking", "parking", "abandoned vehicle", "parkir", "schrottauto"),
    "pkl": ("street vendor", "vendor", "hawker", "pkl", "pedagang kaki lima"),
    "sarang_tawon": ("wasp", "hornet", "bee nest", "tawon", "lebah"),
    "gelandangan": ("homeless", "beggar", "gelandangan", "pengemis", "pmks"),
    "bangunan_liar": ("building violation", "illegal building", "bangunan liar", "imb", "pbg"),
    "kemacetan": ("traffic", "congestion", "traffic signal", "traffic light", "macet", "kemacetan",
                  "lampu lalu lintas", "ampel", "verkehr"),
    "jentik_dbd": ("mosquito", "dengue", "jentik", "dbd", "nyamuk"),
    "ketertiban": ("graffiti", "vandalism", "noise", "public order", "ketertiban", "vandalisme", "coretan"),
    "adminduk": ("civil registration", "ktp", "kartu keluarga", "akta", "adminduk", "dukcapil"),
}


@cache
def _patterns() -> tuple[tuple[re.Pattern, str, int], ...]:
    return tuple(
        # Plurals count too: "Street Lights" is a street light report.
        (re.compile(r"(?<!\w)" + re.escape(word) + r"(?:s|es)?(?!\w)"), code, len(word))
        for code, words in KEYWORDS.items() for word in words)


@cache
def _names() -> dict[str, str]:
    names = {}
    for category in CATEGORIES:
        for name in (category.code, category.name_id, category.name_en):
            names[name.casefold()] = category.code
    return names


def known_category(value: str | None) -> str | None:
    """Our category code when ``value`` is one of our codes or names, else None."""
    if not value:
        return None
    return _names().get(value.strip().casefold())


def guess_category(*texts: str | None) -> str | None:
    """The category whose keyword matches best in the first text that matches at all."""
    for text in texts:
        if not text:
            continue
        folded = text.casefold()
        best: tuple[int, str] | None = None
        for pattern, code, length in _patterns():
            if (best is None or length > best[0]) and pattern.search(folded):
                best = (length, code)
        if best is not None:
            return best[1]
    return None


def resolve_category(category: str | None, service_code: str | None, service_name: str | None,
                     description: str | None, service_map: dict[str, str],
                     default: str = DEFAULT_CATEGORY) -> tuple[str, bool]:
    """(category code, whether it fell back to ``default``)."""
    for candidate in (category, service_code, service_name):
        code = known_category(candidate)
        if code:
            return code, False
    if service_code and service_code in service_map and service_map[service_code] in CATEGORY_BY_CODE:
        return service_map[service_code], False
    guessed = guess_category(service_name, category, description)
    if guessed:
        return guessed, False
    return (default if default in CATEGORY_BY_CODE else DEFAULT_CATEGORY), True
