"""Report photos: strip what identifies the reporter, blur what identifies bystanders.

Citizens' photos carry EXIF (GPS position, phone model, owner name) that would point
straight at the reporter, so nothing but re-encoded pixels leaves ``sanitize()``.
Photos arrive from the public, so every input is treated as hostile: size and pixel
caps are checked before decoding, and any decoder failure becomes a ``PhotoError``.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import io
import math
import random
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from PIL import ExifTags, Image, ImageChops, ImageCms, ImageDraw, ImageFilter, ImageOps, UnidentifiedImageError

from desktop.core.dispatching import RefusalError
from desktop.core.i18n import QT_TRANSLATE_NOOP

MAX_BYTES = 25 * 1024 * 1024
MAX_PIXELS = 40_000_000
JPEG_QUALITY = 85
MAX_SIDE = 1600

# Decoders for other formats (EPS, TIFF, PSD, ...) are attack surface no reporter needs.
_ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP", "GIF")

_GPS_IFD = ExifTags.IFD.GPSInfo
# Image.info entries that describe the encoding, not the scene or the person who took it.
_STRUCTURAL_INFO = frozenset({
    "jfif", "jfif_version", "jfif_unit", "jfif_density", "dpi", "progressive", "progression",
    "adobe", "adobe_transform", "gamma", "srgb", "chromaticity", "transparency", "aspect",
    "interlace", "version", "duration", "loop", "background", "timestamp", "compression",
})
_SRGB = ImageCms.createProfile("sRGB")

Rect = tuple[int, int, int, int]


CONTEXT = "photos"
DAMAGED = QT_TRANSLATE_NOOP("photos", "The photo is damaged or incomplete and cannot be opened.")
TOO_MANY_PIXELS = QT_TRANSLATE_NOOP(
    "photos", "The photo's dimensions are too large; the limit is {limit} megapixels. The file may be crafted to "
              "exhaust memory.")
TOO_MANY_PIXELS_SIZED = QT_TRANSLATE_NOOP(
    "photos", "The photo's dimensions are too large ({width} × {height} pixels); the limit is {limit} megapixels. "
              "The file may be crafted to exhaust memory.")
EMPTY = QT_TRANSLATE_NOOP("photos", "The photo file is empty.")
TOO_BIG = QT_TRANSLATE_NOOP("photos", "The photo file is {size} MB; the limit is {limit} MB.")
UNSUPPORTED = QT_TRANSLATE_NOOP("photos", "{format} photos are not supported; please send JPEG, PNG, WebP or GIF.")
NOT_A_PHOTO = QT_TRANSLATE_NOOP("photos", "The file is not a photo (expected JPEG, PNG, WebP or GIF).")


class PhotoError(RefusalError):
    """A photo that cannot be accepted; ``refusal`` says why, fit to show to an officer."""

    context = CONTEXT


@dataclass(frozen=True)
class SanitizedPhoto:
    data: bytes
    width: int
    height: int
    sha256: str
    content_type: str = "image/jpeg"


def sanitize(data: bytes, max_side: int = MAX_SIDE) -> SanitizedPhoto:
    """Upright, at most ``max_side`` pixels a side, RGB JPEG with no metadata at all."""
    if max_side < 1:
        raise ValueError("max_side must be positive")
    image = _decode(data, draft_side=max_side)
    image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    return _encode(image)


def blur_regions(data: bytes, rects: Iterable[Rect], radius: int = 18) -> bytes:
    """Make faces, plates and house numbers in ``rects`` (x, y, w, h) unreadable.

    Coordinates are in the upright image's pixels; the result is sanitized like ``sanitize()``.
    """
    if radius < 1:
        raise ValueError("radius must be positive")
    image = _decode(data, draft_side=None)
    width, height = image.size
    for x, y, w, h in rects:
        left, top = max(0, int(x)), max(0, int(y))
        right, bottom = min(width, int(x) + int(w)), min(height, int(y) + int(h))
        if right > left and bottom > top:
            box = (left, top, right, bottom)
            image.paste(_obscure(image.crop(box), radius), box)
    image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    return _encode(image).data


def _obscure(region: Image.Image, radius: int) -> Image.Image:
    # A blur alone can be partly undone by deconvolution; averaging into coarse blocks first
    # throws the detail away. Blocks grow with the region so a big face is no easier to read.
    w, h = region.size
    block = max(radius, min(w, h) // 5)
    coarse = region.resize((max(1, w // block), max(1, h // block)), Image.Resampling.BOX)
    return coarse.resize((w, h), Image.Resampling.NEAREST).filter(ImageFilter.GaussianBlur(radius))


def has_location_metadata(data: bytes) -> bool:
    """Whether the photo carries a GPS position (EXIF GPS IFD or XMP GPS fields)."""
    image = _open(data)
    with _reading():
        if _GPS_IFD in image.getexif():
            return True
        xmp = image.info.get("xmp", b"")
        return b"GPSLatitude" in (xmp.encode("utf-8", "replace") if isinstance(xmp, str) else xmp)


def metadata_keys(data: bytes) -> set[str]:
    """Names of the metadata in a photo: info keys, plus ``exif:Tag`` and ``gps:Tag`` entries."""
    image = _open(data)
    with _reading():
        image.load()  # PNG text chunks after the pixel data are only seen once it is read
        keys = {key for key in image.info if key not in _STRUCTURAL_INFO}
        exif = image.getexif()
        keys.update(f"exif:{ExifTags.TAGS.get(tag, hex(tag))}" for tag in exif)
        keys.update(f"gps:{ExifTags.GPSTAGS.get(tag, hex(tag))}" for tag in exif.get_ifd(_GPS_IFD))
    return keys


def suggest_regions(data: bytes) -> list[Rect]:
    """Faces to offer for blurring, when OpenCV is available; otherwise none."""
    try:
        import cv2
        import numpy
    except ImportError:
        return []
    gray = numpy.asarray(_decode(data, draft_side=None).convert("L"))
    faces = _face_cascade(cv2).detectMultiScale(gray, scaleFactor=1.1, minNeighbors=5, minSize=(24, 24))
    return [(int(x), int(y), int(w), int(h)) for x, y, w, h in faces]


@functools.cache
def _face_cascade(cv2):
    return cv2.CascadeClassifier(cv2.data.haarcascades + "haarcascade_frontalface_default.xml")


# --- decoding hostile input -------------------------------------------------------------

@contextlib.contextmanager
def _reading() -> Iterator[None]:
    """Turn any decoder failure into a PhotoError: Pillow raises many exception types on bad data."""
    try:
        yield
    except PhotoError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _too_many_pixels() from exc
    except Exception as exc:
        raise PhotoError.refuse(DAMAGED) from exc


def _too_many_pixels(width: int | None = None, height: int | None = None) -> PhotoError:
    limit = str(MAX_PIXELS // 1_000_000)
    if width:
        return PhotoError.refuse(TOO_MANY_PIXELS_SIZED, width=str(width), height=str(height), limit=limit)
    return PhotoError.refuse(TOO_MANY_PIXELS, limit=limit)


def _open(data: bytes) -> Image.Image:
    """Open lazily (header only) after the checks that must come before any decoding."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("photo data must be bytes")
    if len(data) == 0:
        raise PhotoError.refuse(EMPTY)
    if len(data) > MAX_BYTES:
        raise PhotoError.refuse(TOO_BIG, size=f"{len(data) / 1024 / 1024:.1f}", limit=str(MAX_BYTES // 1024 // 1024))
    with _reading():
        try:
            image = Image.open(io.BytesIO(data), formats=_ACCEPTED_FORMATS)
        except UnidentifiedImageError:
            raise _unrecognised(bytes(data[:16])) from None
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise _too_many_pixels(width, height)
    return image


def _unrecognised(head: bytes) -> PhotoError:
    sniffed = _sniff(head)
    if sniffed in _ACCEPTED_FORMATS:
        return PhotoError.refuse(DAMAGED)
    if sniffed:
        return PhotoError.refuse(UNSUPPORTED, format=sniffed)
    return PhotoError.refuse(NOT_A_PHOTO)


_SIGNATURES = (
    (b"\xff\xd8\xff", "JPEG"), (b"\x89PNG\r\n\x1a\n", "PNG"), (b"GIF8", "GIF"),
    (b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF"), (b"BM", "BMP"), (b"%PDF", "PDF"),
)


def _sniff(head: bytes) -> str | None:
    """Name the format from its signature, only to tell an officer what was sent."""
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"hevc", b"hevx", b"mif1", b"msf1"):
            return "HEIC"
        if brand in (b"avif", b"avis"):
            return "AVIF"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "WEBP"
    for magic, name in _SIGNATURES:
        if head.startswith(magic):
            return name
    return None


def _decode(data: bytes, draft_side: int | None) -> Image.Image:
    """Fully decoded, upright, sRGB ``RGB`` image (the first frame of an animation)."""
    image = _open(data)
    with _reading():
        if draft_side:
            # Lets libjpeg decode at 1/2..1/8 scale: a 40-megapixel photo costs a fraction of the memory.
            image.draft("RGB", (draft_side, draft_side))
        image.load()
        image = ImageOps.exif_transpose(image)
        return _to_srgb(image)


def _to_srgb(image: Image.Image) -> Image.Image:
    icc = image.info.get("icc_profile")
    if icc and image.mode in ("RGB", "RGBA", "CMYK", "L"):
        # Phones tag photos Display P3 or similar; the output carries no profile, so convert.
        try:
            image = ImageCms.profileToProfile(
                image, ImageCms.ImageCmsProfile(io.BytesIO(icc)), _SRGB,
                outputMode="RGBA" if image.mode == "RGBA" else "RGB",
            )
        except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
            pass  # a broken profile is no reason to refuse a photo; keep the colours as encoded
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        image = image.convert("RGBA")
        flat = Image.new("RGB", image.size, "white")
        flat.paste(image, mask=image.getchannel("A"))
        return flat
    return image.convert("RGB")


def _encode(image: Image.Image, quality: int = JPEG_QUALITY, smooth: int = 0) -> SanitizedPhoto:
    # A fresh image has empty info, so no comment, XMP, ICC or EXIF of the source can ride along.
    clean = Image.new("RGB", image.size)
    clean.paste(image)
    out = io.BytesIO()
    clean.save(out, "JPEG", quality=quality, optimize=True, smooth=smooth)
    data = out.getvalue()
    return SanitizedPhoto(data, clean.width, clean.height, hashlib.sha256(data).hexdigest())


# --- demo photos ------------------------------------------------------------------------

Colour = tuple[int, int, int]
_Scene = Callable[[ImageDraw.ImageDraw, random.Random, int, int], None]


def make_demo_photo(category_code: str, seed: int, size: tuple[int, int] = (320, 240)) -> bytes:
    """A drawn scene of the category's kind of problem, the same bytes for the same arguments.

    Demo data and tests need photos that look like reports without shipping real
    people's pictures; these carry no metadata either.
    """
    width, height = size
    if width < 32 or height < 24:
        raise ValueError("demo photos must be at least 32 × 24 pixels")
    # A str seed is hashed with SHA-512 by random, so it does not depend on PYTHONHASHSEED.
    rng = random.Random(f"{category_code}:{seed}")
    image = Image.new("RGB", size)
    _SCENES.get(category_code, _street_scene)(ImageDraw.Draw(image), rng, width, height)
    # libjpeg's smoothing softens the drawn edges far more cheaply than a blur filter.
    return _encode(_with_grain(image, rng), quality=75, smooth=40).data


def _with_grain(image: Image.Image, rng: random.Random) -> Image.Image:
    # Sensor-like grain: flat fills look like a diagram, not a photo.
    grain = Image.frombytes("L", image.size, rng.randbytes(image.width * image.height)).point(_GRAIN_LEVELS)
    return ImageChops.add(image, Image.merge("RGB", (grain, grain, grain)), offset=-_GRAIN // 2)


_GRAIN = 12
_GRAIN_LEVELS = [v * _GRAIN // 255 for v in range(256)]


def _vary(rng: random.Random, colour: Colour, amount: int = 16) -> Colour:
    # uniform() rather than randint(), which costs several times more: this runs for every leaf and window.
    return tuple(min(255, max(0, c + int(rng.uniform(-amount, amount)))) for c in colour)  # type: ignore[return-value]


def _shade(rng: random.Random, colour: Colour, amount: int = 10) -> Colour:
    """Lighter or darker without a colour cast, for greys such as asphalt and concrete."""
    delta = int(rng.uniform(-amount, amount))
    return tuple(min(255, max(0, c + delta)) for c in colour)  # type: ignore[return-value]


def _mix(a: Colour, b: Colour, t: float) -> Colour:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b))  # type: ignore[return-value]


def _gradient(d: ImageDraw.ImageDraw, box: tuple[float, float, float, float], top: Colour, bottom: Colour) -> None:
    x0, y0, x1, y1 = box
    bands = 16
    for i in range(bands):
        d.rectangle((x0, y0 + (y1 - y0) * i / bands, x1, y0 + (y1 - y0) * (i + 1) / bands),
                    fill=_mix(top, bottom, i / (bands - 1)))


def _sky(d: ImageDraw.ImageDraw, rng: random.Random, w: int, bottom: float, mood: str = "day") -> None:
    if mood == "night":
        _gradient(d, (0, 0, w, bottom), (6, 10, 30), _vary(rng, (35, 40, 70), 8))
        for _ in range(rng.randint(0, 12)):
            x, y = rng.uniform(0, w), rng.uniform(0, bottom * 0.7)
            d.point((x, y), fill=(200, 200, 180))
        return
    if mood == "smoke":
        _gradient(d, (0, 0, w, bottom), _vary(rng, (60, 55, 55)), _vary(rng, (170, 120, 80)))
        return
    if mood == "overcast":
        _gradient(d, (0, 0, w, bottom), _shade(rng, (130, 135, 140)), _shade(rng, (190, 190, 185)))
    else:
        _gradient(d, (0, 0, w, bottom), _vary(rng, (70, 130, 200)), _vary(rng, (195, 215, 232)))
    for _ in range(rng.randint(1, 4)):
        cx, cy, r = rng.uniform(0, w), rng.uniform(0, bottom * 0.6), rng.uniform(w * 0.04, w * 0.09)
        for k in range(4):
            ox = (k - 1.5) * r * 0.8
            d.ellipse((cx + ox - r, cy - r * 0.55, cx + ox + r, cy + r * 0.55), fill=_vary(rng, (238, 240, 242), 6))


_FACADES: tuple[Colour, ...] = (
    (200, 190, 170), (175, 180, 185), (210, 170, 130), (160, 150, 140), (220, 215, 200), (150, 170, 160),
)


def _buildings(d: ImageDraw.ImageDraw, rng: random.Random, w: int, horizon: float, night: bool = False) -> None:
    x = -rng.uniform(0, w * 0.05)
    while x < w:
        bw, bh = rng.uniform(w * 0.12, w * 0.28), rng.uniform(horizon * 0.25, horizon * 0.8)
        colour = _vary(rng, (35, 35, 45), 8) if night else _vary(rng, rng.choice(_FACADES), 12)
        top = horizon - bh
        d.rectangle((x, top, x + bw, horizon), fill=colour)
        step = max(8.0, bw / 4)
        glass = _vary(rng, (70, 90, 110), 10)
        for wx in range(int(x + step * 0.4), int(x + bw - step * 0.6), int(step)):
            for wy in range(int(top + step * 0.5), int(horizon - step * 0.6), int(step)):
                if night:
                    fill = (235, 200, 110) if rng.random() < 0.12 else (25, 25, 35)
                else:
                    fill = glass
                d.rectangle((wx, wy, wx + step * 0.45, wy + step * 0.55), fill=fill)
        x += bw + rng.uniform(0, w * 0.03)


def _trees(d: ImageDraw.ImageDraw, rng: random.Random, w: int, horizon: float, count: int) -> None:
    for _ in range(count):
        x, r = rng.uniform(0, w), rng.uniform(w * 0.04, w * 0.08)
        d.rectangle((x - r * 0.12, horizon - r * 1.2, x + r * 0.12, horizon), fill=(90, 65, 40))
        for _ in range(5):
            ox, oy = rng.uniform(-r * 0.6, r * 0.6), rng.uniform(-r * 0.5, r * 0.3)
            d.ellipse((x + ox - r * 0.7, horizon - r * 1.7 + oy - r * 0.7, x + ox + r * 0.7,
                       horizon - r * 1.7 + oy + r * 0.7), fill=_vary(rng, (55, 115, 50), 20))


@dataclass(frozen=True)
class _Road:
    """A road in perspective: ``at(t, u)`` with t from the horizon (0) to the bottom (1), u from -1 to 1."""

    vanish_x: float
    horizon: float
    w: int
    h: int

    def at(self, t: float, u: float) -> tuple[float, float]:
        centre = self.vanish_x + (self.w / 2 - self.vanish_x) * t
        return centre + u * self.half_width(t), self.horizon + (self.h - self.horizon) * t

    def half_width(self, t: float) -> float:
        return self.w * 0.05 + (self.w * 0.7 - self.w * 0.05) * t


def _road(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int, horizon: float,
          asphalt: Colour = (95, 95, 100), verge: Colour = (165, 160, 150), markings: bool = True) -> _Road:
    d.rectangle((0, horizon, w, h), fill=_shade(rng, verge))
    road = _Road(w / 2 + rng.uniform(-w * 0.15, w * 0.15), horizon, w, h)
    asphalt = _shade(rng, asphalt, 8)
    d.polygon([road.at(0, -1), road.at(0, 1), road.at(1, 1), road.at(1, -1)], fill=asphalt)
    for side in (-1.0, 1.0):
        d.line([road.at(0, side), road.at(1, side)], fill=_mix(asphalt, (230, 230, 225), 0.6), width=max(1, w // 160))
    if markings:
        for i in range(8):
            t0, t1 = ((i + 0.3) / 8) ** 1.6, ((i + 0.7) / 8) ** 1.6
            d.polygon([road.at(t0, -0.02), road.at(t0, 0.02), road.at(t1, 0.02), road.at(t1, -0.02)],
                      fill=(225, 222, 210))
    return road


def _side_street(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int, kerb: float) -> None:
    """A street seen from across the road: sky, buildings, pavement, kerb, carriageway."""
    horizon = kerb - h * rng.uniform(0.1, 0.16)
    _sky(d, rng, w, horizon, rng.choice(("day", "day", "overcast")))
    _buildings(d, rng, w, horizon)
    d.rectangle((0, horizon, w, kerb), fill=_shade(rng, (175, 168, 158)))
    d.rectangle((0, kerb, w, kerb + h * 0.02), fill=(205, 205, 200))
    d.rectangle((0, kerb + h * 0.02, w, h), fill=_shade(rng, (90, 90, 95), 8))


_CAR_COLOURS: tuple[Colour, ...] = ((200, 200, 205), (30, 30, 35), (150, 20, 25), (40, 70, 140), (230, 230, 225))


def _car_side(d: ImageDraw.ImageDraw, rng: random.Random, x: float, base: float, length: float) -> None:
    colour = _vary(rng, rng.choice(_CAR_COLOURS), 10)
    tall = length * 0.34
    d.rounded_rectangle((x, base - tall * 0.62, x + length, base - tall * 0.12), radius=tall * 0.15, fill=colour)
    d.polygon([(x + length * 0.2, base - tall * 0.6), (x + length * 0.32, base - tall),
               (x + length * 0.68, base - tall), (x + length * 0.84, base - tall * 0.6)], fill=colour)
    glass = (70, 90, 110)
    d.polygon([(x + length * 0.26, base - tall * 0.62), (x + length * 0.35, base - tall * 0.92),
               (x + length * 0.49, base - tall * 0.92), (x + length * 0.49, base - tall * 0.62)], fill=glass)
    d.polygon([(x + length * 0.52, base - tall * 0.62), (x + length * 0.52, base - tall * 0.92),
               (x + length * 0.66, base - tall * 0.92), (x + length * 0.78, base - tall * 0.62)], fill=glass)
    r = tall * 0.2
    for cx in (x + length * 0.2, x + length * 0.8):
        d.ellipse((cx - r, base - 2 * r, cx + r, base), fill=(20, 20, 20))
        d.ellipse((cx - r * 0.45, base - r * 1.45, cx + r * 0.45, base - r * 0.55), fill=(150, 150, 150))


def _car_rear(d: ImageDraw.ImageDraw, rng: random.Random, cx: float, base: float, width: float) -> None:
    colour = _vary(rng, rng.choice(_CAR_COLOURS), 10)
    tall = width * 0.75
    d.rectangle((cx - width * 0.42, base - tall * 0.15, cx - width * 0.28, base), fill=(20, 20, 20))
    d.rectangle((cx + width * 0.28, base - tall * 0.15, cx + width * 0.42, base), fill=(20, 20, 20))
    d.rounded_rectangle((cx - width / 2, base - tall * 0.6, cx + width / 2, base - tall * 0.1),
                        radius=width * 0.08, fill=colour)
    d.polygon([(cx - width * 0.42, base - tall * 0.6), (cx - width * 0.32, base - tall),
               (cx + width * 0.32, base - tall), (cx + width * 0.42, base - tall * 0.6)], fill=colour)
    d.polygon([(cx - width * 0.36, base - tall * 0.62), (cx - width * 0.29, base - tall * 0.92),
               (cx + width * 0.29, base - tall * 0.92), (cx + width * 0.36, base - tall * 0.62)], fill=(60, 75, 90))
    for side in (-1, 1):
        lx = cx + side * width * 0.4
        d.rectangle((lx - width * 0.07, base - tall * 0.52, lx + width * 0.07, base - tall * 0.4), fill=(210, 30, 30))
    d.rectangle((cx - width * 0.12, base - tall * 0.32, cx + width * 0.12, base - tall * 0.22), fill=(235, 235, 235))


def _blob(rng: random.Random, cx: float, cy: float, rx: float, ry: float,
          points: int = 10) -> list[tuple[float, float]]:
    """An irregular closed outline, for puddles, stains and debris."""
    return [
        (cx + math.cos(a) * rx * rng.uniform(0.7, 1.1), cy + math.sin(a) * ry * rng.uniform(0.7, 1.1))
        for a in (2 * math.pi * i / points for i in range(points))
    ]


def _street_scene(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    horizon = h * rng.uniform(0.38, 0.5)
    _sky(d, rng, w, horizon, rng.choice(("day", "overcast")))
    _buildings(d, rng, w, horizon)
    _trees(d, rng, w, horizon, rng.randint(0, 3))
    road = _road(d, rng, w, h, horizon)
    for _ in range(rng.randint(0, 2)):
        t = rng.uniform(0.2, 0.6)
        x, y = road.at(t, rng.choice((-0.5, 0.5)))
        _car_rear(d, rng, x, y, road.half_width(t) * 0.8)


_BAG_COLOURS: tuple[Colour, ...] = (
    (30, 30, 32), (30, 30, 32), (45, 85, 50), (40, 70, 150), (225, 225, 220), (170, 40, 40), (210, 180, 60),
)


def _rubbish_scene(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    horizon = h * rng.uniform(0.3, 0.42)
    _sky(d, rng, w, horizon)
    _buildings(d, rng, w, horizon)
    wall_top = horizon + h * 0.02
    d.rectangle((0, wall_top - h * 0.12, w, horizon + h * 0.2), fill=_shade(rng, (185, 180, 165), 12))
    for _ in range(6):
        x = rng.uniform(0, w)
        d.polygon(_blob(rng, x, horizon + h * 0.12, w * 0.06, h * 0.05), fill=_shade(rng, (150, 145, 130)))
    d.rectangle((0, horizon + h * 0.2, w, h), fill=_shade(rng, (140, 135, 125)))
    cx, base, radius = w * rng.uniform(0.35, 0.65), h * rng.uniform(0.84, 0.92), w * rng.uniform(0.25, 0.34)
    d.polygon(_blob(rng, cx, base, radius * 1.2, h * 0.08), fill=(95, 85, 70))
    bags = []
    for _ in range(rng.randint(16, 26)):
        u, v = rng.uniform(-1, 1), rng.random()
        bags.append((base - v * math.sqrt(1 - u * u) * radius * 0.75, cx + u * radius))
    for y, x in sorted(bags):
        r = w * rng.uniform(0.045, 0.075)
        colour = _vary(rng, rng.choice(_BAG_COLOURS), 12)
        d.polygon(_blob(rng, x, y - r * 0.8, r * 1.05, r * 0.85, 9), fill=colour)
        d.polygon([(x - r * 0.2, y - r * 1.5), (x + r * 0.2, y - r * 1.5), (x, y - r * 1.2)], fill=colour)
        d.ellipse((x - r * 0.55, y - r * 1.35, x - r * 0.1, y - r * 1.0), fill=_mix(colour, (255, 255, 255), 0.35))
    for _ in range(rng.randint(6, 14)):
        x, y = cx + rng.uniform(-1.5, 1.5) * radius, base + rng.uniform(-0.03, 0.08) * h
        s = w * rng.uniform(0.008, 0.02)
        litter = rng.choice(((230, 230, 220), (70, 140, 200), (200, 60, 40)))
        d.rectangle((x, y, x + s * 2, y + s), fill=_vary(rng, litter, 20))


def _pothole_scene(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    horizon = h * rng.uniform(0.32, 0.42)
    _sky(d, rng, w, horizon, rng.choice(("day", "overcast")))
    _buildings(d, rng, w, horizon)
    _trees(d, rng, w, horizon, rng.randint(1, 4))
    road = _road(d, rng, w, h, horizon, asphalt=(105, 103, 100), markings=rng.random() < 0.5)
    for _ in range(rng.randint(4, 9)):
        t0 = rng.uniform(0.2, 1)
        points = [road.at(t0, rng.uniform(-0.8, 0.8))]
        for _ in range(rng.randint(2, 4)):
            x, y = points[-1]
            points.append((x + rng.uniform(-w * 0.08, w * 0.08), y + rng.uniform(-h * 0.02, h * 0.04)))
        d.line(points, fill=(55, 52, 50), width=1)
    for _ in range(rng.randint(3, 6)):
        t = rng.uniform(0.3, 0.95)
        x, y = road.at(t, rng.uniform(-0.7, 0.7))
        rx = road.half_width(t) * rng.uniform(0.18, 0.35)
        ry = rx * rng.uniform(0.25, 0.4)
        d.polygon(_blob(rng, x, y, rx * 1.12, ry * 1.15, 12), fill=(150, 145, 135))
        d.polygon(_blob(rng, x, y, rx, ry, 12), fill=_vary(rng, (45, 42, 40), 6))
        if rng.random() < 0.5:
            d.polygon(_blob(rng, x, y + ry * 0.2, rx * 0.6, ry * 0.5), fill=(95, 85, 65))
    if rng.random() < 0.6:
        x, y = road.at(rng.uniform(0.5, 0.8), rng.uniform(-0.9, 0.9))
        s = w * 0.035
        d.polygon([(x - s, y), (x + s, y), (x, y - s * 2.6)], fill=(240, 110, 20))
        d.rectangle((x - s * 0.55, y - s * 1.2, x + s * 0.55, y - s * 0.9), fill=(240, 240, 240))


def _water(d: ImageDraw.ImageDraw, rng: random.Random, w: int, top: float, bottom: float) -> None:
    brown = _vary(rng, (125, 100, 65), 10)
    d.rectangle((0, top, w, bottom), fill=brown)
    for _ in range(int(w / 6)):
        x, y = rng.uniform(0, w), rng.uniform(top + 2, bottom)
        length = w * (0.02 + 0.06 * (y - top) / max(1.0, bottom - top))
        d.line([(x, y), (x + length, y)], fill=_mix(brown, (215, 200, 170), rng.uniform(0.2, 0.5)), width=1)


def _flood_scene(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    horizon = h * rng.uniform(0.5, 0.58)
    _sky(d, rng, w, horizon, "overcast")
    _buildings(d, rng, w, horizon)
    _trees(d, rng, w, horizon, rng.randint(0, 2))
    level = horizon - h * rng.uniform(0.02, 0.06)
    for _ in range(rng.randint(1, 3)):
        length = w * rng.uniform(0.28, 0.38)
        # Only the roof and windows stand above the water.
        _car_side(d, rng, rng.uniform(-w * 0.1, w * 0.8), level + length * 0.34 * rng.uniform(0.4, 0.55), length)
    _water(d, rng, w, level, h)
    for _ in range(rng.randint(0, 2)):
        x, y = rng.uniform(w * 0.1, w * 0.9), level + (h - level) * rng.uniform(0.2, 0.7)
        s = h * 0.04
        d.rectangle((x - s * 0.6, y - s * 2.2, x + s * 0.6, y), fill=_vary(rng, (60, 80, 140), 30))
        d.ellipse((x - s * 0.5, y - s * 3.2, x + s * 0.5, y - s * 2.2), fill=(150, 110, 80))


def _puddle_scene(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    horizon = h * rng.uniform(0.35, 0.45)
    mood = rng.choice(("day", "overcast"))
    _sky(d, rng, w, horizon, mood)
    _buildings(d, rng, w, horizon)
    road = _road(d, rng, w, h, horizon)
    reflection = (150, 175, 200) if mood == "day" else (160, 162, 165)
    for _ in range(rng.randint(2, 4)):
        t = rng.uniform(0.35, 0.9)
        x, y = road.at(t, rng.uniform(-0.6, 0.6))
        rx = road.half_width(t) * rng.uniform(0.3, 0.6)
        d.polygon(_blob(rng, x, y, rx, rx * 0.28, 14), fill=_mix(reflection, (110, 100, 80), rng.uniform(0.3, 0.6)))
        d.line([(x - rx * 0.4, y - rx * 0.05), (x + rx * 0.2, y - rx * 0.05)], fill=(210, 215, 220), width=1)


def _fallen_tree_scene(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    horizon = h * rng.uniform(0.35, 0.45)
    _sky(d, rng, w, horizon, rng.choice(("day", "overcast")))
    _buildings(d, rng, w, horizon)
    _trees(d, rng, w, horizon, rng.randint(2, 5))
    road = _road(d, rng, w, h, horizon)
    left = rng.random() < 0.5
    stump_x, stump_y = road.at(rng.uniform(0.55, 0.75), -1.15 if left else 1.15)
    stump = (min(max(stump_x, w * 0.08), w * 0.92), stump_y)
    tip = road.at(rng.uniform(0.45, 0.7), 0.75 if left else -0.75)
    thick = h * rng.uniform(0.035, 0.055)
    bark = _vary(rng, (105, 72, 42), 10)
    d.rectangle((stump[0] - thick, stump[1] - thick * 2.5, stump[0] + thick, stump[1]), fill=bark)
    d.ellipse((stump[0] - thick, stump[1] - thick * 2.9, stump[0] + thick, stump[1] - thick * 2.1),
              fill=(200, 170, 120))
    d.polygon([(stump[0], stump[1] - thick * 1.2), (stump[0], stump[1] + thick * 0.2),
               (tip[0], tip[1] + thick * 0.1), (tip[0], tip[1] - thick * 0.6)], fill=bark)
    for k in range(1, 6):
        x, y = _mix_point(stump, tip, k / 6)
        twig = (x + rng.uniform(-w * 0.05, w * 0.05), y - thick * 2.5)
        d.line([(x, y - thick * 0.5), twig], fill=bark, width=max(1, w // 120))
    radius = w * rng.uniform(0.12, 0.18)
    for _ in range(rng.randint(18, 28)):
        x, y = tip[0] + rng.uniform(-radius, radius), tip[1] + rng.uniform(-radius * 0.8, radius * 0.3)
        r = radius * rng.uniform(0.25, 0.45)
        d.ellipse((x - r, y - r * 0.8, x + r, y + r * 0.8), fill=_vary(rng, (50, 110, 45), 25))
    for _ in range(rng.randint(10, 20)):
        x, y = road.at(rng.uniform(0.5, 1), rng.uniform(-1, 1))
        d.ellipse((x - 2, y - 1, x + 2, y + 1), fill=(70, 120, 50))


def _mix_point(a: tuple[float, float], b: tuple[float, float], t: float) -> tuple[float, float]:
    return a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t


def _fire_scene(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    horizon = h * rng.uniform(0.6, 0.7)
    _sky(d, rng, w, horizon, "smoke")
    left, right = w * rng.uniform(0.15, 0.3), w * rng.uniform(0.6, 0.85)
    roof = horizon - h * rng.uniform(0.2, 0.3)
    for _ in range(rng.randint(6, 10)):
        x, y, r = rng.uniform(left, right), roof - rng.uniform(0, h * 0.5), w * rng.uniform(0.08, 0.16)
        d.ellipse((x - r, y - r * 0.7, x + r, y + r * 0.7), fill=(grey := rng.randint(65, 105), grey, grey))
    d.rectangle((left, roof, right, horizon), fill=(45, 38, 35))
    d.polygon([(left - w * 0.03, roof), ((left + right) / 2, roof - h * 0.1), (right + w * 0.03, roof)],
              fill=(55, 45, 40))
    for x in range(int(left + w * 0.04), int(right - w * 0.04), max(8, w // 18)):
        d.rectangle((x, roof + h * 0.08, x + w * 0.03, roof + h * 0.14), fill=(250, 150, 40))
    for colour, scale in (((200, 40, 20), 1.0), ((240, 120, 20), 0.7), ((255, 205, 70), 0.4)):
        for _ in range(rng.randint(8, 14)):
            x = rng.uniform(left, right)
            base = roof + h * rng.uniform(0.0, 0.05)
            fw, fh = w * rng.uniform(0.03, 0.07) * scale, h * rng.uniform(0.15, 0.3) * scale
            d.polygon([(x - fw, base), (x - fw * 0.4, base - fh * 0.55), (x + rng.uniform(-fw, fw), base - fh),
                       (x + fw * 0.5, base - fh * 0.5), (x + fw, base)], fill=_vary(rng, colour, 12))
    d.rectangle((0, horizon, w, h), fill=(60, 55, 50))
    for k, glow in enumerate(((80, 62, 48), (100, 72, 48), (125, 85, 50))):
        rx, ry = w * (0.45 - 0.1 * k), h * (0.1 - 0.025 * k)
        d.ellipse(((left + right) / 2 - rx, horizon - ry * 0.3, (left + right) / 2 + rx, horizon + ry), fill=glow)


def _parking_scene(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    kerb = h * rng.uniform(0.62, 0.7)
    _side_street(d, rng, w, h, kerb)
    pole = w * rng.uniform(0.05, 0.9)
    d.rectangle((pole - 1.5, kerb - h * 0.3, pole + 1.5, kerb), fill=(120, 120, 120))
    r, cy = h * 0.06, kerb - h * 0.3
    d.ellipse((pole - r, cy - r, pole + r, cy + r), fill=(200, 30, 30))
    d.ellipse((pole - r * 0.75, cy - r * 0.75, pole + r * 0.75, cy + r * 0.75), fill=(245, 245, 245))
    stroke = max(1, int(r * 0.2))
    d.line([(pole - r * 0.25, cy + r * 0.45), (pole - r * 0.25, cy - r * 0.45)], fill=(20, 20, 20), width=stroke)
    d.arc((pole - r * 0.45, cy - r * 0.45, pole + r * 0.25, cy + r * 0.05), -90, 90, fill=(20, 20, 20), width=stroke)
    d.line([(pole - r * 0.55, cy - r * 0.55), (pole + r * 0.55, cy + r * 0.55)], fill=(200, 30, 30), width=stroke)
    x = -rng.uniform(0, w * 0.15)
    while x < w:
        length = w * rng.uniform(0.28, 0.36)
        _car_side(d, rng, x, kerb + h * rng.uniform(0.1, 0.14), length)
        x += length + w * rng.uniform(0.01, 0.06)


_AWNINGS: tuple[tuple[Colour, Colour], ...] = (
    ((200, 40, 40), (240, 240, 235)), ((40, 90, 170), (240, 240, 235)), ((40, 140, 70), (240, 210, 60)),
    ((230, 120, 30), (250, 240, 200)),
)


def _vendor_scene(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    kerb = h * rng.uniform(0.78, 0.85)
    _side_street(d, rng, w, h, kerb)
    x = rng.uniform(0, w * 0.08)
    while x < w * 0.95:
        sw = w * rng.uniform(0.2, 0.3)
        counter, top = kerb - h * 0.14, kerb - h * rng.uniform(0.36, 0.44)
        d.rectangle((x + sw * 0.05, counter, x + sw * 0.95, kerb - h * 0.04), fill=_vary(rng, (150, 110, 70), 15))
        for wx in (x + sw * 0.2, x + sw * 0.8):
            d.ellipse((wx - h * 0.025, kerb - h * 0.05, wx + h * 0.025, kerb), fill=(25, 25, 25))
        for px in (x + sw * 0.08, x + sw * 0.92):
            d.line([(px, top), (px, counter)], fill=(90, 90, 90), width=max(1, w // 200))
        stripes = rng.choice(_AWNINGS)
        count = 6
        for i in range(count):
            x0, x1 = x + sw * i / count, x + sw * (i + 1) / count
            d.polygon([(x0, top), (x1, top), (x1 + sw * 0.04, top + h * 0.07), (x0 + sw * 0.04, top + h * 0.07)],
                      fill=stripes[i % 2])
        for _ in range(rng.randint(4, 9)):
            gx, r = rng.uniform(x + sw * 0.12, x + sw * 0.88), h * rng.uniform(0.012, 0.022)
            produce = rng.choice(((220, 60, 40), (250, 200, 40), (90, 160, 60), (240, 240, 230)))
            d.ellipse((gx - r, counter - 2 * r, gx + r, counter), fill=_vary(rng, produce, 20))
        x += sw + w * rng.uniform(0.02, 0.08)


def _lamp_post(d: ImageDraw.ImageDraw, x: float, base: float, height: float, lit: bool, reach: float) -> None:
    """A post at ``x`` whose arm reaches ``reach`` (negative: to the left) over the road."""
    head = (x + height * reach, base - height)
    d.line([(x, base), (x, base - height), head], fill=(95, 95, 100), width=max(1, int(height * 0.03)))
    size = height * 0.06
    if lit:
        for k, colour in enumerate(((40, 40, 45), (80, 70, 45), (150, 125, 60), (255, 230, 140))):
            g = size * (4 - k) * 1.4
            d.ellipse((head[0] - g, head[1] - g * 0.6 + size, head[0] + g, head[1] + g * 0.6 + size), fill=colour)
    d.rectangle((head[0] - size, head[1], head[0] + size, head[1] + size * 0.6),
                fill=(255, 240, 190) if lit else (70, 72, 75))


def _streetlight_scene(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    horizon = h * rng.uniform(0.4, 0.5)
    _sky(d, rng, w, horizon, "night")
    _buildings(d, rng, w, horizon, night=True)
    road = _road(d, rng, w, h, horizon, asphalt=(30, 30, 34), verge=(24, 24, 28))
    side = rng.choice((-1.05, 1.05))
    for t, lit in ((rng.uniform(0.08, 0.18), rng.random() < 0.8), (rng.uniform(0.25, 0.35), rng.random() < 0.6),
                   (rng.uniform(0.5, 0.6), False)):
        x, y = road.at(t, side)
        reach = -0.25 if side > 0 else 0.25
        _lamp_post(d, min(max(x, w * 0.05), w * 0.95), y, (h - horizon) * (0.3 + 1.1 * t), lit, reach)


_DEBRIS_COLOURS: tuple[Colour, ...] = (
    (230, 230, 225), (60, 90, 170), (200, 50, 40), (120, 90, 50), (80, 120, 50), (240, 200, 60),
)


def _drain_scene(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    horizon = h * rng.uniform(0.3, 0.4)
    _sky(d, rng, w, horizon, rng.choice(("day", "overcast")))
    _buildings(d, rng, w, horizon)
    channel = _road(d, rng, w, h, horizon, asphalt=(60, 62, 50), verge=(170, 165, 155), markings=False)
    for side in (-1.0, 1.0):
        d.polygon([channel.at(0, side), channel.at(0, side * 1.15), channel.at(1, side * 1.15), channel.at(1, side)],
                  fill=(195, 192, 185))
    grate_t = rng.uniform(0.45, 0.6)
    d.polygon([channel.at(grate_t, -1), channel.at(grate_t, 1), channel.at(grate_t + 0.08, 1),
               channel.at(grate_t + 0.08, -1)], fill=(40, 40, 40))
    for k in range(1, 8):
        d.line([channel.at(grate_t, -1 + k / 4), channel.at(grate_t + 0.08, -1 + k / 4)], fill=(110, 110, 105), width=1)
    for _ in range(rng.randint(25, 40)):
        t = min(1.0, grate_t + 0.08 + abs(rng.gauss(0, 0.15)))
        x, y = channel.at(t, rng.uniform(-0.9, 0.9))
        s = channel.half_width(t) * rng.uniform(0.04, 0.12)
        colour = rng.choice(_DEBRIS_COLOURS)
        d.polygon(_blob(rng, x, y, s, s * 0.5, 6), fill=_vary(rng, colour, 15))


def _wasp_scene(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    ground = h * rng.uniform(0.82, 0.9)
    _sky(d, rng, w, ground)
    eave = h * rng.uniform(0.25, 0.35)
    roof_end = w * rng.uniform(0.7, 0.9)
    d.polygon([(0, 0), (roof_end, 0), (roof_end + w * 0.05, eave), (0, eave)], fill=_vary(rng, (150, 70, 45), 12))
    d.rectangle((0, eave, roof_end, eave + h * 0.04), fill=(95, 65, 45))
    for x in range(0, int(roof_end), max(6, w // 20)):
        d.line([(x, eave), (x, eave + h * 0.04)], fill=(70, 45, 30), width=1)
    wall = _vary(rng, (225, 215, 185), 10)
    d.rectangle((0, eave + h * 0.04, roof_end - w * 0.02, ground), fill=wall)
    wx = rng.uniform(w * 0.05, roof_end * 0.4)
    d.rectangle((wx, eave + h * 0.2, wx + w * 0.18, eave + h * 0.45), fill=(80, 100, 120))
    d.rectangle((0, ground, w, h), fill=_vary(rng, (110, 140, 80), 12))
    cx = rng.uniform(roof_end * 0.5, roof_end * 0.85)
    top, rx, ry = eave + h * 0.04, w * rng.uniform(0.07, 0.1), h * rng.uniform(0.12, 0.17)
    d.line([(cx, top), (cx, top + ry * 0.3)], fill=(90, 70, 50), width=max(2, w // 100))
    hive = _vary(rng, (175, 145, 105), 10)
    cy = top + ry * 0.3 + ry
    d.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=hive)
    for k in range(1, 6):
        y = cy - ry + 2 * ry * k / 6
        d.arc((cx - rx, y - ry * 0.15, cx + rx, y + ry * 0.15), 20, 160, fill=_mix(hive, (60, 45, 30), 0.5), width=1)
    d.ellipse((cx - rx * 0.2, cy + ry * 0.65, cx + rx * 0.2, cy + ry * 0.85), fill=(40, 30, 20))
    for _ in range(rng.randint(5, 12)):
        x, y = cx + rng.uniform(-rx * 3, rx * 3), cy + rng.uniform(-ry * 1.5, ry * 1.5)
        d.ellipse((x - 2, y - 1, x + 2, y + 1), fill=(60, 45, 10))
        d.point((x, y), fill=(230, 190, 40))


def _traffic_scene(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    horizon = h * rng.uniform(0.38, 0.46)
    _sky(d, rng, w, horizon, rng.choice(("day", "overcast")))
    _buildings(d, rng, w, horizon)
    road = _road(d, rng, w, h, horizon)
    lanes = (-0.5, 0.5)
    cars = [(rng.uniform(0.15, 0.85), rng.choice(lanes) + rng.uniform(-0.1, 0.1)) for _ in range(rng.randint(6, 10))]
    for t, u in sorted(cars):
        x, y = road.at(t, u)
        _car_rear(d, rng, x, y, road.half_width(t) * 0.8)


_SCENES: dict[str, _Scene] = {
    "sampah": _rubbish_scene,
    "jalan_rusak": _pothole_scene,
    "banjir": _flood_scene,
    "genangan": _puddle_scene,
    "pohon_tumbang": _fallen_tree_scene,
    "kebakaran": _fire_scene,
    "parkir_liar": _parking_scene,
    "pkl": _vendor_scene,
    "pju_mati": _streetlight_scene,
    "saluran_tersumbat": _drain_scene,
    "sarang_tawon": _wasp_scene,
    "kemacetan": _traffic_scene,
}
