"""Pictures for the demo, drawn with Pillow: the company's logo, round stamp and two
signatures (so an invoice printed on first start shows them), and a product photo per model.

Pillow rather than Qt (the demo never imports Qt, and it runs in the CLI without a display)
and rather than ReportLab's renderPM (an optional extra); ReportLab already depends on Pillow
to place PNGs in PDFs, so it adds nothing to install. Every picture is a PNG made from its
arguments and a seeded random stream only: the same demo gives the same bytes.
"""

from __future__ import annotations

import io
import math
import random
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from crm_desktop.resources import resource_path

INK_BLUE = (27, 54, 140)
STAMP_BLUE = (40, 70, 170, 210)


@lru_cache(maxsize=16)
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    path = resource_path("fonts", name)
    if not path.exists():
        path = resource_path("fonts", "DejaVuSans.ttf")
    return ImageFont.truetype(str(path), size)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def logo(name: str, initials: str) -> bytes:
    """A wide logo: a coloured badge with the initials and the name beside it."""
    image = Image.new("RGBA", (600, 300), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((10, 40, 230, 260), radius=40, fill=(0, 122, 94))
    draw.polygon([(40, 220), (120, 90), (200, 220)], fill=(240, 190, 40))
    draw.text((120, 150), initials, font=_font(72, bold=True), fill="white", anchor="mm")
    words = name.split()
    for index, word in enumerate(words[:2]):
        draw.text((250, 110 + index * 80), word, font=_font(64, bold=True),
                  fill=(0, 90, 70), anchor="lm")
    return _png(image)


def stamp(ring: str, centre: list[str]) -> bytes:
    """A round company stamp: text around the ring, the name and number in the centre."""
    size = 600
    image = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    c = size / 2
    for radius, width in ((290, 10), (272, 4), (196, 4)):
        draw.ellipse((c - radius, c - radius, c + radius, c + radius), outline=STAMP_BLUE,
                     width=width)
    font = _font(34, bold=True)
    text = f"{ring} • "
    step = 360 / len(text)
    for index, char in enumerate(text):
        angle = math.radians(-90 + index * step)
        glyph = Image.new("RGBA", (60, 60), (255, 255, 255, 0))
        ImageDraw.Draw(glyph).text((30, 30), char, font=font, fill=STAMP_BLUE, anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        x, y = c + 222 * math.cos(angle), c + 222 * math.sin(angle)
        image.alpha_composite(glyph, (int(x - 30), int(y - 30)))
    lines = centre[:4]
    for index, line in enumerate(lines):
        y = c + (index - (len(lines) - 1) / 2) * 52
        draw.text((c, y), line, font=_font(40 if index else 46, bold=not index),
                  fill=STAMP_BLUE, anchor="mm")
    return _png(image)


def signature(seed: int) -> bytes:
    """A handwritten-looking signature: a few connected loops and a flourish."""
    rng = random.Random(seed)
    image = Image.new("RGBA", (600, 220), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    points = []
    x = 40.0
    loops = rng.randint(5, 8)
    for n in range(loops * 12):
        t = n / 12
        x += rng.uniform(5.0, 7.5)
        y = 110 + 50 * math.sin(t * math.pi * 1.1) * (0.6 + 0.4 * math.cos(t * 0.7))
        points.append((x + 18 * math.cos(t * math.pi * 2), y))
    draw.line(points, fill=INK_BLUE, width=8, joint="curve")
    end = points[-1]
    draw.line([end, (end[0] + 60, end[1] - 40), (points[0][0] + 20, 180),
               (end[0] + 80, 170)], fill=INK_BLUE, width=6, joint="curve")
    return _png(image)


def product_photo(kind: str, title: str, brand: str, seed: int) -> bytes:
    """A product shot: the item drawn on a light background, the brand and model below."""
    rng = random.Random(seed)
    image = Image.new("RGB", (360, 360), (246, 247, 249))
    draw = ImageDraw.Draw(image)
    body = tuple(rng.randint(40, 90) for _ in range(3))
    accent = (rng.randint(0, 80), rng.randint(90, 170), rng.randint(160, 230))
    match kind:
        case "laptop":
            draw.rounded_rectangle((80, 60, 280, 190), radius=8, fill=body)
            draw.rectangle((92, 72, 268, 178), fill=accent)
            draw.polygon([(50, 200), (310, 200), (290, 230), (70, 230)], fill=body)
        case "monitor":
            draw.rounded_rectangle((50, 50, 310, 210), radius=6, fill=body)
            draw.rectangle((60, 60, 300, 196), fill=accent)
            draw.rectangle((170, 210, 190, 245), fill=body)
            draw.rounded_rectangle((120, 240, 240, 255), radius=5, fill=body)
        case "printer":
            draw.rounded_rectangle((60, 110, 300, 230), radius=12, fill=(220, 222, 226))
            draw.rectangle((100, 80, 260, 115), fill=(200, 202, 206))
            draw.rectangle((110, 200, 250, 245), fill="white")
            draw.rectangle((240, 125, 280, 140), fill=accent)
        case "ups" | "psu":
            draw.rounded_rectangle((110, 50, 250, 250), radius=10, fill=body)
            draw.ellipse((150, 90, 210, 150), outline=accent, width=6)
            draw.rectangle((140, 190, 220, 200), fill=accent)
        case "card":
            draw.rounded_rectangle((40, 100, 320, 220), radius=10, fill=body)
            for cx in (110, 250):
                draw.ellipse((cx - 45, 115, cx + 45, 205), fill=(30, 30, 34))
                draw.ellipse((cx - 12, 148, cx + 12, 172), fill=accent)
            draw.rectangle((60, 220, 220, 232), fill=(200, 160, 40))
        case "network":
            draw.rounded_rectangle((50, 140, 310, 210), radius=8, fill=body)
            for n in range(8):
                draw.rectangle((70 + n * 28, 170, 88 + n * 28, 188), fill=(20, 20, 20))
            draw.line((90, 140, 70, 70), fill=body, width=6)
            draw.line((270, 140, 290, 70), fill=body, width=6)
            draw.ellipse((286, 156, 298, 168), fill=accent)
        case "service":
            draw.ellipse((110, 60, 250, 200), outline=accent, width=14)
            draw.line((150, 130, 175, 160, 215, 100), fill=accent, width=14, joint="curve")
        case _:  # a component: a board with chips
            draw.rounded_rectangle((60, 90, 300, 220), radius=6, fill=(20, 110, 60))
            for n in range(4):
                draw.rectangle((80 + n * 55, 120, 120 + n * 55, 170), fill=(25, 25, 28))
            draw.rectangle((80, 200, 280, 212), fill=(210, 170, 50))
    draw.text((180, 285), brand, font=_font(26, bold=True), fill=(40, 40, 48), anchor="mm")
    draw.text((180, 322), title[:28], font=_font(18), fill=(90, 90, 100), anchor="mm")
    return _png(image)
