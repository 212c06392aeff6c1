"""Reference data the city runs on: agencies (OPD), categories, channels, priorities, privacy."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True)
class AgencyDef:
    code: str
    name: str
    short_name: str
    kind: str  # "dinas", "badan", "satpol" or "kecamatan"
    kecamatan: str | None = None
    city: str | None = None


# The provincial agencies citizens' reports are routed to in Jakarta.
CITY_AGENCIES: tuple[AgencyDef, ...] = (
    AgencyDef("SATPOLPP", "Satuan Polisi Pamong Praja", "Satpol PP", "satpol"),
    AgencyDef("DLH", "Dinas Lingkungan Hidup", "DLH", "dinas"),
    AgencyDef("BINAMARGA", "Dinas Bina Marga", "Bina Marga", "dinas"),
    AgencyDef("SDA", "Dinas Sumber Daya Air", "SDA", "dinas"),
    AgencyDef("DISHUB", "Dinas Perhubungan", "Dishub", "dinas"),
    AgencyDef("GULKARMAT", "Dinas Penanggulangan Kebakaran dan Penyelamatan", "Gulkarmat", "dinas"),
    AgencyDef("DISTAMHUT", "Dinas Pertamanan dan Hutan Kota", "Distamhut", "dinas"),
    AgencyDef("DINKES", "Dinas Kesehatan", "Dinkes", "dinas"),
    AgencyDef("DINSOS", "Dinas Sosial", "Dinsos", "dinas"),
    AgencyDef("BPBD", "Badan Penanggulangan Bencana Daerah", "BPBD", "badan"),
    AgencyDef("CKTRP", "Dinas Cipta Karya, Tata Ruang dan Pertanahan", "Citata", "dinas"),
    AgencyDef("PPKUKM", "Dinas Perindustrian, Perdagangan, Koperasi, UKM", "PPKUKM", "dinas"),
    AgencyDef("DUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "Dukcapil", "dinas"),
)


@dataclass(frozen=True)
class CategoryDef:
    code: str
    name_id: str
    name_en: str
    default_agency: str
    emergency: bool
    deadline_days: int  # working days to done
    dedup_radius_m: int
    # Local matters go to the kecamatan office of the report's area rather than a city agency.
    local: bool = False


CATEGORIES: tuple[CategoryDef, ...] = (
    CategoryDef("kebakaran", "Kebakaran", "Fire", "GULKARMAT", True, 1, 300),
    CategoryDef("banjir", "Banjir", "Flood", "SDA", True, 2, 500),
    CategoryDef("pohon_tumbang", "Pohon tumbang", "Fallen tree", "DISTAMHUT", True, 1, 100),
    CategoryDef("genangan", "Genangan air", "Standing water", "SDA", False, 2, 200),
    CategoryDef("sampah", "Sampah", "Rubbish", "DLH", False, 3, 100),
    CategoryDef("jalan_rusak", "Jalan rusak", "Damaged road", "BINAMARGA", False, 5, 80),
    CategoryDef("pju_mati", "PJU mati", "Street light out", "BINAMARGA", False, 3, 60),
    CategoryDef("saluran_tersumbat", "Saluran tersumbat", "Blocked drain", "SDA", False, 3, 100),
    CategoryDef("parkir_liar", "Parkir liar", "Illegal parking", "DISHUB", False, 1, 100),
    CategoryDef("pkl", "PKL liar", "Street vendors", "SATPOLPP", False, 3, 100, local=True),
    CategoryDef("sarang_tawon", "Sarang tawon", "Wasp nest", "GULKARMAT", False, 2, 50),
    CategoryDef("gelandangan", "Gelandangan dan PMKS", "Homeless and vulnerable people", "DINSOS", False, 2, 200),
    CategoryDef("bangunan_liar", "Pelanggaran bangunan", "Building violation", "CKTRP", False, 10, 50),
    CategoryDef("kemacetan", "Kemacetan", "Traffic jam", "DISHUB", False, 1, 300),
    CategoryDef("jentik_dbd", "Jentik nyamuk / DBD", "Mosquito larvae / dengue", "DINKES", False, 3, 200),
    CategoryDef("ketertiban", "Ketertiban umum", "Public order", "SATPOLPP", False, 2, 100, local=True),
    CategoryDef("adminduk", "Administrasi kependudukan", "Civil registration", "DUKCAPIL", False, 5, 0),
)

CATEGORY_BY_CODE = {c.code: c for c in CATEGORIES}


class Channel(StrEnum):
    JAKI = "jaki"
    SOCIAL_MEDIA = "social_media"
    SMS = "sms"
    EMAIL = "email"
    CALL_CENTRE = "call_centre"
    LAPOR = "lapor"
    WALK_IN = "walk_in"
    OPEN311 = "open311"


CHANNEL_NAMES: dict[Channel, tuple[str, str]] = {
    Channel.JAKI: ("JAKI", "JAKI"),
    Channel.SOCIAL_MEDIA: ("Media sosial", "Social media"),
    Channel.SMS: ("SMS", "SMS"),
    Channel.EMAIL: ("Surel", "E-mail"),
    Channel.CALL_CENTRE: ("Call center 112", "Call centre 112"),
    Channel.LAPOR: ("LAPOR!", "LAPOR!"),
    Channel.WALK_IN: ("Datang langsung", "Walk-in"),
    Channel.OPEN311: ("Open311", "Open311"),
}


class Privacy(StrEnum):
    PUBLIC = "public"
    CONFIDENTIAL = "confidential"
    ANONYMOUS = "anonymous"


PRIVACY_NAMES: dict[Privacy, tuple[str, str]] = {
    Privacy.PUBLIC: ("Publik", "Public"),
    Privacy.CONFIDENTIAL: ("Rahasia", "Confidential"),
    Privacy.ANONYMOUS: ("Anonim", "Anonymous"),
}


class Priority(StrEnum):
    EMERGENCY = "emergency"
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"


PRIORITY_NAMES: dict[Priority, tuple[str, str]] = {
    Priority.EMERGENCY: ("Darurat", "Emergency"),
    Priority.HIGH: ("Tinggi", "High"),
    Priority.NORMAL: ("Normal", "Normal"),
    Priority.LOW: ("Rendah", "Low"),
}


def localized(names: dict, key, lang: str) -> str:
    """Pick the Indonesian or English name of a catalogue entry."""
    indonesian, english = names[key]
    return english if lang == "en" else indonesian


def kecamatan_agency_code(kecamatan: str) -> str:
    return "KEC-" + re.sub(r"[^A-Z0-9]+", "-", kecamatan.upper()).strip("-")


def kecamatan_agencies(areas) -> tuple[AgencyDef, ...]:
    """One office per kecamatan, for the local matters a kecamatan handles itself."""
    seen: dict[str, AgencyDef] = {}
    for area in areas:
        code = kecamatan_agency_code(area.kecamatan)
        if code not in seen:
            seen[code] = AgencyDef(code, f"Kecamatan {area.kecamatan}", f"Kec. {area.kecamatan}",
                                   "kecamatan", area.kecamatan, area.city)
    return tuple(seen.values())


def suggested_agency(category: CategoryDef, kecamatan: str | None) -> str:
    """The agency a report of ``category`` in ``kecamatan`` should normally go to."""
    if category.local and kecamatan:
        return kecamatan_agency_code(kecamatan)
    return category.default_agency
