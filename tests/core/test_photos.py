import hashlib
import io
import random
import struct
import sys
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import ExifTags, Image, ImageChops, ImageCms, ImageDraw, ImageStat
from PIL.PngImagePlugin import PngInfo

from desktop.core.catalog import CATEGORIES
from desktop.core.photos import (
    MAX_BYTES,
    PhotoError,
    SanitizedPhoto,
    blur_regions,
    has_location_metadata,
    make_demo_photo,
    metadata_keys,
    sanitize,
    suggest_regions,
)

RED, BLUE = (220, 20, 20), (20, 20, 220)
XMP_WITH_GPS = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    '<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="6,10.5S"'
    ' exif:GPSLongitude="106,49.0E"/></rdf:RDF></x:xmpmeta>'
)


def two_halves(size=(64, 32)) -> Image.Image:
    """Left half red, right half blue, so a rotation shows in the pixels."""
    image = Image.new("RGB", size, RED)
    ImageDraw.Draw(image).rectangle((size[0] // 2, 0, size[0], size[1]), fill=BLUE)
    return image


def phone_photo(orientation: int = 6) -> bytes:
    """A JPEG as a phone writes it: camera EXIF, GPS IFD, orientation, XMP, ICC and a comment."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Samsung"
    exif[ExifTags.Base.Model] = "Galaxy A54"
    exif[ExifTags.Base.Artist] = "Siti Rahma"
    exif[ExifTags.Base.Orientation] = orientation
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "S"
    gps[ExifTags.GPS.GPSLatitude] = (6.0, 10.0, 30.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (106.0, 49.0, 12.0)
    out = io.BytesIO()
    two_halves().save(
        out, "JPEG", exif=exif, xmp=XMP_WITH_GPS.encode(), comment=b"owner Siti Rahma",
        icc_profile=ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes(), quality=95,
    )
    return out.getvalue()


def jpeg_segments(data: bytes) -> list[int]:
    """Marker codes of the JPEG segments before the image data."""
    assert data[:2] == b"\xff\xd8"
    markers, pos = [], 2
    while True:
        marker = data[pos + 1]
        if marker == 0xDA:  # start of scan: metadata can only come before it
            return markers
        markers.append(marker)
        pos += 2 + struct.unpack(">H", data[pos + 2 : pos + 4])[0]


def assert_clean_jpeg(data: bytes) -> None:
    assert set(jpeg_segments(data)) <= {0xE0, 0xDB, 0xC0, 0xC4}, [hex(m) for m in jpeg_segments(data)]
    assert metadata_keys(data) == set()
    assert not has_location_metadata(data)
    for secret in (b"Exif", b"http://ns.adobe.com", b"Samsung", b"Siti", b"ICC_PROFILE"):
        assert secret not in data


def colour_at(data: bytes, xy) -> tuple[int, int, int]:
    return Image.open(io.BytesIO(data)).convert("RGB").getpixel(xy)


def near(actual, expected, tolerance=40) -> bool:
    return all(abs(a - e) <= tolerance for a, e in zip(actual, expected))


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims the given size, with (almost) no pixel data behind it."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr)
            + png_chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + png_chunk(b"IEND", b""))


# --- sanitize -----------------------------------------------------------------------------

def test_phone_photo_really_carries_location():
    data = phone_photo()
    assert has_location_metadata(data)
    keys = metadata_keys(data)
    assert {"exif:Make", "exif:Orientation", "gps:GPSLatitude", "gps:GPSLongitude", "xmp", "comment",
            "icc_profile"} <= keys


def test_sanitize_strips_exif_gps_xmp_and_comment():
    result = sanitize(phone_photo())
    assert isinstance(result, SanitizedPhoto)
    assert_clean_jpeg(result.data)


def test_sanitize_applies_orientation():
    # Orientation 6: the camera stored the picture turned; upright, the left edge is on top.
    result = sanitize(phone_photo(orientation=6))
    assert (result.width, result.height) == (32, 64)
    assert near(colour_at(result.data, (16, 8)), RED)
    assert near(colour_at(result.data, (16, 56)), BLUE)


def test_sanitize_describes_its_output():
    result = sanitize(phone_photo(orientation=1))
    image = Image.open(io.BytesIO(result.data))
    assert image.format == "JPEG" and image.mode == "RGB"
    assert (result.width, result.height) == image.size == (64, 32)
    assert result.content_type == "image/jpeg"
    assert result.sha256 == hashlib.sha256(result.data).hexdigest()


def test_sanitize_downsizes_keeping_the_aspect_ratio():
    out = io.BytesIO()
    two_halves((2000, 1000)).save(out, "JPEG")
    assert (sanitize(out.getvalue()).width, sanitize(out.getvalue()).height) == (1600, 800)
    small = sanitize(out.getvalue(), max_side=100)
    assert (small.width, small.height) == (100, 50)


def test_sanitize_does_not_enlarge_small_photos():
    out = io.BytesIO()
    two_halves((40, 20)).save(out, "PNG")
    result = sanitize(out.getvalue())
    assert (result.width, result.height) == (40, 20)


def test_png_text_chunks_and_xmp_are_stripped():
    info = PngInfo()
    info.add_text("Author", "Siti Rahma")
    info.add_text("Comment", "Rumah saya di Jl. Kenanga 12", zip=True)
    info.add_itxt("XML:com.adobe.xmp", XMP_WITH_GPS)
    out = io.BytesIO()
    two_halves().save(out, "PNG", pnginfo=info)
    assert has_location_metadata(out.getvalue())
    assert {"Author", "Comment"} <= metadata_keys(out.getvalue())

    result = sanitize(out.getvalue())
    assert_clean_jpeg(result.data)
    assert b"Kenanga" not in result.data


def test_webp_exif_is_stripped():
    exif = Image.Exif()
    exif.get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitudeRef] = "S"
    out = io.BytesIO()
    two_halves().save(out, "WEBP", exif=exif)
    assert has_location_metadata(out.getvalue())
    assert_clean_jpeg(sanitize(out.getvalue()).data)


def test_transparency_becomes_white_not_black():
    out = io.BytesIO()
    Image.new("RGBA", (20, 20), (0, 0, 0, 0)).save(out, "PNG")
    assert near(colour_at(sanitize(out.getvalue()).data, (10, 10)), (255, 255, 255), 3)


@pytest.mark.parametrize("mode", ["L", "P", "1", "LA", "I;16", "CMYK"])
def test_every_colour_mode_comes_out_rgb(mode):
    out = io.BytesIO()
    Image.new(mode, (24, 16)).save(out, "JPEG" if mode == "CMYK" else "PNG")
    assert Image.open(io.BytesIO(sanitize(out.getvalue()).data)).mode == "RGB"


def test_animated_gif_keeps_the_first_frame():
    frames = [Image.new("P", (16, 16), 1), Image.new("P", (16, 16), 2)]
    for frame in frames:
        frame.putpalette([0, 0, 0, *RED, *BLUE] + [0] * 759)
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], comment=b"Siti")
    result = sanitize(out.getvalue())
    assert near(colour_at(result.data, (8, 8)), RED)
    assert_clean_jpeg(result.data)


# --- hostile input ------------------------------------------------------------------------

def test_random_bytes_are_not_a_photo():
    with pytest.raises(PhotoError, match="not a photo"):
        sanitize(random.Random(1).randbytes(5000))


def test_empty_input():
    with pytest.raises(PhotoError, match="empty"):
        sanitize(b"")


def test_truncated_jpeg():
    out = io.BytesIO()
    Image.frombytes("RGB", (200, 200), random.Random(2).randbytes(120_000)).save(out, "JPEG")
    data = out.getvalue()
    for cut in (len(data) // 2, 300, 40, 4):
        with pytest.raises(PhotoError, match="damaged or incomplete"):
            sanitize(data[:cut])


def test_decompression_bomb_far_beyond_the_cap():
    with pytest.raises(PhotoError, match="too large") as caught:
        sanitize(png_header_only(100_000, 100_000))
    assert "megapixels" in str(caught.value)


def test_dimensions_just_beyond_the_cap():
    with pytest.raises(PhotoError, match="10000 × 5000"):
        sanitize(png_header_only(10_000, 5_000))


def test_bomb_is_refused_by_every_function():
    bomb = png_header_only(100_000, 100_000)
    for function in (has_location_metadata, metadata_keys, lambda d: blur_regions(d, [(0, 0, 5, 5)])):
        with pytest.raises(PhotoError, match="too large"):
            function(bomb)


def test_file_too_large_in_bytes():
    with pytest.raises(PhotoError, match="limit is 25 MB"):
        sanitize(b"\xff\xd8\xff" + bytes(MAX_BYTES))


@pytest.mark.parametrize(
    ("head", "name"),
    [
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic", "HEIC"),
        (b"II*\x00\x08\x00\x00\x00", "TIFF"),
        (b"%PDF-1.7\n", "PDF"),
    ],
)
def test_unsupported_formats_are_named(head, name):
    with pytest.raises(PhotoError, match=f"{name} photos are not supported"):
        sanitize(head + bytes(200))


def test_tiff_is_refused_even_when_valid():
    out = io.BytesIO()
    two_halves().save(out, "TIFF")
    with pytest.raises(PhotoError, match="TIFF"):
        sanitize(out.getvalue())


def test_data_must_be_bytes():
    with pytest.raises(TypeError):
        sanitize("not bytes")  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_random_bytes_only_ever_raise_photo_error(data):
    for function in (sanitize, has_location_metadata, metadata_keys):
        try:
            function(data)
        except PhotoError as exc:
            assert str(exc)


def _small_photo(kind: str) -> bytes:
    out = io.BytesIO()
    image = Image.frombytes("RGB", (24, 16), random.Random(3).randbytes(24 * 16 * 3))
    image.save(out, kind, **({"exif": Image.open(io.BytesIO(phone_photo())).getexif()} if kind == "JPEG" else {}))
    return out.getvalue()


SMALL_PHOTOS = {kind: _small_photo(kind) for kind in ("JPEG", "PNG", "GIF", "WEBP")}


@pytest.mark.filterwarnings("ignore::UserWarning:PIL.TiffImagePlugin")  # Pillow reports the EXIF it skips
@settings(max_examples=200, deadline=None)
@given(
    kind=st.sampled_from(sorted(SMALL_PHOTOS)),
    edits=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), max_size=8),
    cut=st.integers(min_value=0),
)
def test_corrupted_photos_only_ever_raise_photo_error(kind, edits, cut):
    data = bytearray(SMALL_PHOTOS[kind])
    for position, value in edits:
        data[position % len(data)] = value
    data = bytes(data[: len(data) - cut % len(data)])
    try:
        assert_clean_jpeg(sanitize(data).data)
    except PhotoError as exc:
        assert str(exc)


# --- blur ---------------------------------------------------------------------------------

def detailed_photo(size=(256, 192)) -> bytes:
    """Fine black-and-white detail everywhere, as text on a number plate would be."""
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    for x in range(0, size[0], 4):
        for y in range(0, size[1], 4):
            if (x // 4 + y // 4) % 2:
                draw.rectangle((x, y, x + 1, y + 1), fill=0)
    out = io.BytesIO()
    image.convert("RGB").save(out, "PNG")
    return out.getvalue()


def test_blur_destroys_detail_inside_the_rect():
    data = detailed_photo()
    rect = (64, 48, 96, 80)
    box = (rect[0], rect[1], rect[0] + rect[2], rect[1] + rect[3])
    before = Image.open(io.BytesIO(sanitize(data).data)).convert("L").crop(box)
    after = Image.open(io.BytesIO(blur_regions(data, [rect]))).convert("L").crop(box)
    assert ImageStat.Stat(before).stddev[0] > 60
    assert ImageStat.Stat(after).stddev[0] < 4


def test_blur_leaves_the_rest_of_the_photo_alone():
    data = detailed_photo()
    rect = (64, 48, 96, 80)
    before = Image.open(io.BytesIO(sanitize(data).data)).convert("L")
    after = Image.open(io.BytesIO(blur_regions(data, [rect]))).convert("L")
    # JPEG codes 16-pixel blocks independently, so blocks clear of the rect stay identical.
    for box in ((0, 0, 256, 32), (0, 144, 256, 192), (0, 0, 48, 192), (176, 0, 256, 192)):
        assert ImageChops.difference(before.crop(box), after.crop(box)).getextrema()[1] <= 2


def test_blur_clips_rects_to_the_photo():
    data = detailed_photo()
    blurred = blur_regions(data, [(-50, -50, 100, 100), (200, 150, 500, 500)])
    image = Image.open(io.BytesIO(blurred)).convert("L")
    assert image.size == (256, 192)
    assert ImageStat.Stat(image.crop((0, 0, 50, 50))).stddev[0] < 4
    assert ImageStat.Stat(image.crop((200, 150, 256, 192))).stddev[0] < 6


def test_rects_outside_the_photo_change_nothing():
    data = detailed_photo()
    assert blur_regions(data, [(1000, 1000, 10, 10), (10, 10, 0, 5)]) == sanitize(data).data


def test_blur_output_is_sanitized_and_upright():
    blurred = blur_regions(phone_photo(orientation=6), [(0, 0, 8, 8)])
    assert_clean_jpeg(blurred)
    assert Image.open(io.BytesIO(blurred)).size == (32, 64)


def test_blur_radius_must_be_positive():
    with pytest.raises(ValueError):
        blur_regions(detailed_photo(), [(0, 0, 10, 10)], radius=0)


def test_face_suggestions_are_empty_without_opencv(monkeypatch):
    monkeypatch.setitem(sys.modules, "cv2", None)  # makes `import cv2` raise ImportError
    assert suggest_regions(phone_photo()) == []


# --- demo photos --------------------------------------------------------------------------

ALL_CODES = [category.code for category in CATEGORIES] + ["unknown_code"]


@pytest.mark.parametrize("code", ALL_CODES)
def test_demo_photo_is_a_clean_jpeg_of_the_requested_size(code):
    data = make_demo_photo(code, seed=7)
    image = Image.open(io.BytesIO(data))
    assert image.format == "JPEG" and image.mode == "RGB" and image.size == (320, 240)
    assert 4_000 <= len(data) <= 18_000
    assert_clean_jpeg(data)


def test_demo_photo_is_deterministic():
    for code in ALL_CODES:
        assert make_demo_photo(code, 3) == make_demo_photo(code, 3)


def test_demo_photos_vary_by_seed_and_category():
    photos = {make_demo_photo(code, seed) for code in ALL_CODES for seed in range(3)}
    assert len(photos) == 3 * len(ALL_CODES)


def test_demo_photo_sizes():
    assert Image.open(io.BytesIO(make_demo_photo("sampah", 1, size=(640, 480)))).size == (640, 480)
    with pytest.raises(ValueError):
        make_demo_photo("sampah", 1, size=(8, 8))


def test_demo_photos_look_like_their_category():
    def mean(code: str, box) -> tuple[float, ...]:
        image = Image.open(io.BytesIO(make_demo_photo(code, 11))).crop(box)
        return tuple(ImageStat.Stat(image).mean)

    red, green, blue = mean("pju_mati", (0, 0, 320, 240))
    assert red + green + blue < 3 * 60, "a street at night is dark"
    red, green, blue = mean("kebakaran", (0, 0, 320, 240))
    assert red > blue + 30, "fire is red and orange"
    red, green, blue = mean("banjir", (0, 200, 320, 240))
    assert red > blue + 30 and green > blue, "flood water is brown"
