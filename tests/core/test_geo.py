import json
import math
import random
from collections import defaultdict
from importlib import resources

import pytest

from desktop.core.geo import (
    CITIES,
    JAKARTA_BOXES,
    MAINLAND_BOX,
    SERIBU_BOX,
    Area,
    haversine_m,
    jitter_point,
    load_areas,
    location_problem,
    nearest_area,
)

AREAS = load_areas()
MONAS = (-6.1754, 106.8272)


def _linear_nearest(lat: float, lon: float) -> Area:
    scale = math.cos(math.radians(-6.0))
    return min(AREAS, key=lambda a: (a.lat - lat) ** 2 + ((a.lon - lon) * scale) ** 2)


# --- the data file -----------------------------------------------------------

def test_data_file_has_source_note_and_every_kelurahan():
    raw = json.loads(resources.files("desktop.core").joinpath("data/jakarta_areas.json").read_text(encoding="utf-8"))
    assert raw["source"].strip()
    assert len(raw["areas"]) == len(AREAS)
    assert len(AREAS) >= 260


def test_six_cities_all_present_and_known():
    assert len(CITIES) == 6
    assert {a.city for a in AREAS} == set(CITIES)


def test_codes_unique_and_kelurahan_unique_within_kecamatan():
    assert len({a.code for a in AREAS}) == len(AREAS)
    assert len({(a.kecamatan, a.kelurahan) for a in AREAS}) == len(AREAS)


def test_names_are_filled_in():
    for a in AREAS:
        assert a.code and a.kecamatan.strip() and a.kelurahan.strip(), a


def test_kepulauan_seribu_has_two_kecamatan_six_kelurahan():
    seribu = [a for a in AREAS if a.city == "Kepulauan Seribu"]
    assert len(seribu) == 6
    assert len({a.kecamatan for a in seribu}) == 2


@pytest.mark.parametrize("city, kelurahan, kecamatan", [
    ("Jakarta Pusat", "Gambir", "Gambir"),
    ("Jakarta Utara", "Penjaringan", "Penjaringan"),
    ("Jakarta Barat", "Kebon Jeruk", "Kebon Jeruk"),
    ("Jakarta Selatan", "Cilandak Barat", "Cilandak"),
    ("Jakarta Timur", "Pulo Gebang", "Cakung"),
])
def test_well_known_kelurahan_present(city, kelurahan, kecamatan):
    assert any(a.city == city and a.kelurahan == kelurahan and a.kecamatan == kecamatan for a in AREAS)


def test_every_centroid_is_a_valid_jakarta_location():
    for a in AREAS:
        assert location_problem(a.lat, a.lon) is None, a


def test_centroids_have_at_most_four_decimals():
    for a in AREAS:
        assert round(a.lat, 4) == a.lat and round(a.lon, 4) == a.lon, a


def test_kecamatan_centroids_are_sane():
    by_kecamatan: dict[tuple[str, str], list[Area]] = defaultdict(list)
    for a in AREAS:
        by_kecamatan[(a.city, a.kecamatan)].append(a)
    for (city, kecamatan), members in by_kecamatan.items():
        lat = sum(a.lat for a in members) / len(members)
        lon = sum(a.lon for a in members) / len(members)
        if city == "Kepulauan Seribu":
            assert -6.0 <= lat <= -5.2 and 106.3 <= lon <= 106.9, kecamatan
        else:
            assert -6.38 <= lat <= -6.08 and 106.68 <= lon <= 106.98, kecamatan


def test_load_areas_is_cached():
    assert load_areas() is AREAS


# --- location_problem ---------------------------------------------------------

@pytest.mark.parametrize("lat, lon, expected", [
    (*MONAS, None),
    (-5.9775, 106.7070, None),                    # Pulau Untung Jawa
    (None, 106.8272, "missing"),
    (-6.1754, None, "missing"),
    (None, None, "missing"),
    (math.nan, 106.8272, "missing"),
    (-6.1754, math.nan, "missing"),
    (0.0, 0.0, "zero"),
    (-0.0, 0.0, "zero"),
    (MONAS[1], MONAS[0], "swapped"),
    (106.7070, -5.9775, "swapped"),
    (-6.1754, 286.8272, "out_of_range"),
    (-96.1754, 106.8272, "out_of_range"),
    (math.inf, 106.8272, "out_of_range"),
    (-5.95, 106.85, "outside_area"),              # open sea north of Ancol
    (-6.05, 106.90, "outside_area"),              # Jakarta Bay, between the two boxes
    (-6.9175, 107.6191, "outside_area"),          # Bandung
    (6.1754, 106.8272, "outside_area"),           # sign of the latitude lost
    (0.0, 106.8272, "outside_area"),
])
def test_location_problem(lat, lon, expected):
    assert location_problem(lat, lon) == expected


def test_boxes_leave_a_strip_of_sea_between_them():
    mainland_north_edge = MAINLAND_BOX[1]
    islands_south_edge = SERIBU_BOX[0]
    assert mainland_north_edge < islands_south_edge
    gap_lat = (mainland_north_edge + islands_south_edge) / 2
    assert location_problem(gap_lat, 106.75) == "outside_area"
    assert JAKARTA_BOXES == (MAINLAND_BOX, SERIBU_BOX)


# --- nearest_area -------------------------------------------------------------

def test_nearest_area_of_monas_is_gambir():
    area = nearest_area(*MONAS)
    assert area.kecamatan == "Gambir"
    assert area.city == "Jakarta Pusat"


def test_nearest_area_of_a_centroid_is_that_area():
    for a in AREAS:
        assert nearest_area(a.lat, a.lon) == a


def test_nearest_area_matches_a_linear_scan():
    rng = random.Random(20240601)
    for _ in range(3000):
        box = rng.choice(JAKARTA_BOXES)
        lat = rng.uniform(box[0] - 0.2, box[1] + 0.2)
        lon = rng.uniform(box[2] - 0.2, box[3] + 0.2)
        assert nearest_area(lat, lon) == _linear_nearest(lat, lon)
    # Far from Jakarta the answer is still a plain nearest centroid.
    assert nearest_area(-6.9175, 107.6191) == _linear_nearest(-6.9175, 107.6191)
    assert nearest_area(51.5, -0.12) == _linear_nearest(51.5, -0.12)


@pytest.mark.parametrize("lat, lon", [(math.nan, 106.8), (-6.2, math.inf)])
def test_nearest_area_rejects_non_finite(lat, lon):
    with pytest.raises(ValueError):
        nearest_area(lat, lon)


# --- haversine_m --------------------------------------------------------------

def test_haversine_one_degree_of_meridian():
    assert haversine_m(0.0, 0.0, 1.0, 0.0) == pytest.approx(111_195.08, abs=0.5)


def test_haversine_quarter_of_the_equator():
    assert haversine_m(0.0, 0.0, 0.0, 90.0) == pytest.approx(10_007_557.2, abs=1.0)


def test_haversine_is_symmetric_and_zero_on_itself():
    a, b = MONAS, (-6.1950, 106.8230)
    assert haversine_m(*a, *a) == 0.0
    assert haversine_m(*a, *b) == pytest.approx(haversine_m(*b, *a))
    assert 2_100 < haversine_m(*a, *b) < 2_300


# --- jitter_point -------------------------------------------------------------

def test_jitter_is_deterministic_for_a_seed():
    area = AREAS[100]
    first = [jitter_point(area, random.Random(42), 700) for _ in range(3)]
    rng1, rng2 = random.Random(42), random.Random(42)
    assert [jitter_point(area, rng1, 700) for _ in range(50)] == [jitter_point(area, rng2, 700) for _ in range(50)]
    assert first[0] == first[1] == first[2]
    assert jitter_point(area, random.Random(43), 700) != first[0]


@pytest.mark.parametrize("radius_m", [0.0, 50.0, 700.0, 5_000.0])
def test_jitter_stays_within_radius_and_inside_jakarta(radius_m):
    rng = random.Random(1)
    for area in AREAS:
        for _ in range(20):
            lat, lon = jitter_point(area, rng, radius_m)
            assert location_problem(lat, lon) is None, (area, lat, lon)
            assert haversine_m(area.lat, area.lon, lat, lon) <= radius_m * 1.002 + 0.01


def test_jitter_near_the_coast_is_clamped_into_the_box():
    rng = random.Random(3)
    edge = Area("x", "Jakarta Utara", "Cilincing", "Marunda", MAINLAND_BOX[1], 106.96)
    points = [jitter_point(edge, rng, 3_000) for _ in range(500)]
    assert all(location_problem(lat, lon) is None for lat, lon in points)
    assert any(lat == MAINLAND_BOX[1] for lat, _ in points)


def test_jitter_spreads_over_the_disc():
    rng = random.Random(5)
    area = nearest_area(*MONAS)
    dists = [haversine_m(area.lat, area.lon, *jitter_point(area, rng, 1_000)) for _ in range(4000)]
    # Uniform over a disc: half the points lie beyond r / sqrt(2).
    beyond = sum(d > 1_000 / math.sqrt(2) for d in dists) / len(dists)
    assert 0.45 < beyond < 0.55


def test_jitter_rejects_bad_input():
    with pytest.raises(ValueError):
        jitter_point(AREAS[0], random.Random(0), -1.0)
    with pytest.raises(ValueError):
        jitter_point(Area("x", "Jakarta Pusat", "Gambir", "Nowhere", -6.9175, 107.6191), random.Random(0), 100.0)
