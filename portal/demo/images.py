"""Product pictures for the demo, drawn with Pillow: nothing is downloaded.

One motif per craft category (zellige stars, carpet lozenges, pot
silhouettes, jewellery circles, jars...), in warm craft palettes. The
product's code seeds the variation, so the same product always gets the
same picture and two products of a category look different.
"""

import hashlib
import io
import math
import random

from PIL import Image, ImageDraw

# Warm craft palettes: background, ground, accent, accent 2, line.
PALETTES = [
    ("#F3E6CF", "#B5542D", "#2B4C7E", "#E3A729", "#3A2418"),  # terracotta & indigo
    ("#EFE2C8", "#9E2A2B", "#1F6F6B", "#E9B949", "#2E2A27"),  # henna red & teal
    ("#F6EBDD", "#8C5A2B", "#6B7F3A", "#D98E32", "#3B2A1A"),  # cedar & olive
    ("#EADBC4", "#2B4C7E", "#C8553D", "#F2C14E", "#1E2A3A"),  # Fès blue
    ("#F4E3D3", "#A23E48", "#D9A441", "#3E7C59", "#2F1E1E"),  # rose & saffron
]

SUPERSAMPLE = 2


def _rng(seed):
    digest = hashlib.sha256(seed.encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))  # noqa: S311  (decoration, not security)


def _star_points(cx, cy, r_out, r_in, points=8, rotation=0.0):
    coords = []
    for i in range(points * 2):
        r = r_out if i % 2 == 0 else r_in
        a = rotation + math.pi * i / points
        coords.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return coords


def zellige(draw, s, pal, rng):
    """Tiled eight-pointed stars with small squares between them."""
    bg, ground, accent, accent2, line = pal
    draw.rectangle((0, 0, s, s), fill=accent)
    n = rng.choice([3, 4, 5])
    step = s / n
    for i in range(n + 1):
        for j in range(n + 1):
            cx, cy = i * step, j * step
            draw.polygon(_star_points(cx, cy, step * 0.48, step * 0.3), fill=line)
            draw.polygon(_star_points(cx, cy, step * 0.42, step * 0.26), fill=bg)
            draw.polygon(_star_points(cx, cy, step * 0.2, step * 0.12, rotation=math.pi / 8), fill=ground)
            mx, my, d = cx + step / 2, cy + step / 2, step * 0.12
            draw.polygon([(mx, my - d), (mx + d, my), (mx, my + d), (mx - d, my)], fill=accent2)


def carpet(draw, s, pal, rng):
    """Amazigh carpet: coloured bands, rows of lozenges, a zigzag border."""
    bg, ground, accent, accent2, line = pal
    draw.rectangle((0, 0, s, s), fill=ground)
    margin = s * 0.08
    draw.rectangle((margin, margin, s - margin, s - margin), fill=bg)
    bands = rng.choice([5, 6, 7])
    h = (s - 2 * margin) / bands
    colours = [ground, accent, accent2, line]
    for b in range(bands):
        y0 = margin + b * h
        if b % 2:
            draw.rectangle((margin, y0, s - margin, y0 + h), fill=colours[b % len(colours)])
            continue
        count = rng.choice([4, 5, 6])
        w = (s - 2 * margin) / count
        for k in range(count):
            cx, cy = margin + (k + 0.5) * w, y0 + h / 2
            draw.polygon(
                [(cx, y0 + 4), (cx + w / 2 - 4, cy), (cx, y0 + h - 4), (cx - w / 2 + 4, cy)],
                fill=colours[(b + k) % len(colours)],
            )
            draw.polygon([(cx, cy - h / 6), (cx + w / 8, cy), (cx, cy + h / 6), (cx - w / 8, cy)], fill=bg)
    teeth = 16
    for k in range(teeth):
        x0 = k * s / teeth
        draw.polygon([(x0, 0), (x0 + s / teeth / 2, margin), (x0 + s / teeth, 0)], fill=accent2)
        draw.polygon([(x0, s), (x0 + s / teeth / 2, s - margin), (x0 + s / teeth, s)], fill=accent2)


def pot(draw, s, pal, rng):
    """A jug or amphora silhouette with painted geometric bands."""
    bg, ground, accent, accent2, line = pal
    draw.rectangle((0, 0, s, s), fill=bg)
    draw.ellipse((s * 0.18, s * 0.86, s * 0.82, s * 0.94), fill="#00000022")
    belly = rng.uniform(0.28, 0.36) * s
    neck = rng.uniform(0.09, 0.14) * s
    cx = s / 2
    draw.ellipse((cx - belly, s * 0.38, cx + belly, s * 0.9), fill=ground)
    draw.rectangle((cx - neck, s * 0.16, cx + neck, s * 0.5), fill=ground)
    draw.ellipse((cx - neck * 1.5, s * 0.12, cx + neck * 1.5, s * 0.2), fill=ground)
    draw.ellipse((cx - neck, s * 0.135, cx + neck, s * 0.18), fill=line)
    if rng.random() < 0.6:  # handles
        for sign in (-1, 1):
            x = cx + sign * (neck + s * 0.02)
            box = (min(x, x + sign * belly * 0.7), s * 0.22, max(x, x + sign * belly * 0.7), s * 0.52)
            draw.arc(
                box,
                start=270 if sign > 0 else 90,
                end=90 if sign > 0 else 270,
                fill=ground,
                width=int(s / 40),
            )
    for y, colour in ((0.55, accent), (0.63, accent2), (0.71, line)):
        y0 = s * y
        half = belly * 0.92
        draw.rectangle((cx - half, y0, cx + half, y0 + s * 0.025), fill=colour)
    for k in range(7):
        x = cx - belly * 0.75 + k * belly * 0.25
        draw.polygon([(x, s * 0.585), (x + s * 0.025, s * 0.62), (x - s * 0.025, s * 0.62)], fill=line)


def jewellery(draw, s, pal, rng):
    """A round Kabyle fibula: silver rings, coral beads, enamel petals."""
    bg, ground, accent, accent2, line = pal
    draw.rectangle((0, 0, s, s), fill=line)
    cx = cy = s / 2
    silver, coral = "#C9CCD1", "#D9453D"
    r = s * rng.uniform(0.3, 0.36)
    draw.ellipse((cx - r * 1.05, cy - r * 1.05, cx + r * 1.05, cy + r * 1.05), fill="#8E939B")
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=silver)
    petals = rng.choice([6, 8, 10])
    for k in range(petals):
        a = 2 * math.pi * k / petals
        px, py = cx + r * 0.62 * math.cos(a), cy + r * 0.62 * math.sin(a)
        pr = r * 0.2
        draw.ellipse((px - pr, py - pr, px + pr, py + pr), fill=accent if k % 2 else accent2)
        bx, by = cx + r * 0.92 * math.cos(a), cy + r * 0.92 * math.sin(a)
        draw.ellipse((bx - r * 0.07, by - r * 0.07, bx + r * 0.07, by + r * 0.07), fill=coral)
    rc = r * 0.3
    draw.ellipse((cx - rc, cy - rc, cx + rc, cy + rc), fill=coral)
    draw.ellipse((cx - rc * 0.4, cy - rc * 0.6, cx, cy - rc * 0.2), fill="#F08A7E")
    for k in range(5):  # pendants
        x = cx - r * 0.6 + k * r * 0.3
        bead = s / 45
        draw.line((x, cy + r * 1.02, x, cy + r * 1.35), fill=silver, width=int(s / 120) + 1)
        draw.ellipse((x - bead, cy + r * 1.35 - bead, x + bead, cy + r * 1.35 + bead), fill=coral)


def woodwork(draw, s, pal, rng):
    """Thuya burl: concentric grain rings with an inlaid box lid."""
    bg, ground, accent, accent2, line = pal
    draw.rectangle((0, 0, s, s), fill="#8A4F2A")
    for _ in range(rng.randint(5, 8)):
        cx, cy = rng.uniform(0, s), rng.uniform(0, s)
        for k in range(12, 0, -1):
            r = k * s / 40
            shade = ("#6E3B1E", "#A0613A", "#7E4522")[k % 3]
            draw.ellipse(
                (cx - r, cy - r * 0.7, cx + r, cy + r * 0.7), outline=shade, width=max(2, int(s / 90))
            )
    m = s * 0.2
    draw.rectangle((m, m, s - m, s - m), outline="#F1E3C6", width=int(s * 10 / 1600) + 1)
    draw.polygon(_star_points(s / 2, s / 2, s * 0.16, s * 0.08), fill="#F1E3C6")
    draw.polygon(_star_points(s / 2, s / 2, s * 0.1, s * 0.05, rotation=math.pi / 8), fill="#5A2F17")


def sweets(draw, s, pal, rng):
    """A plate of pastries: lozenges (makrout), crescents and rounds."""
    bg, ground, accent, accent2, line = pal
    draw.rectangle((0, 0, s, s), fill=accent)
    zellige_ring = s * 0.46
    draw.ellipse(
        (s / 2 - zellige_ring, s / 2 - zellige_ring, s / 2 + zellige_ring, s / 2 + zellige_ring), fill=bg
    )
    draw.ellipse((s * 0.1, s * 0.1, s * 0.9, s * 0.9), outline=accent2, width=int(s * 10 / 1600) + 1)
    golden, honey = "#D9A441", "#B8742A"
    w = s * 0.065
    spots = [(0.0, 0.0)]
    for ring, count in ((0.17, 6), (0.31, 11)):
        offset = rng.uniform(0, math.pi)
        spots += [(ring * s, offset + 2 * math.pi * k / count) for k in range(count)]
    for d, a in spots:
        x, y = s / 2 + d * math.cos(a), s / 2 + d * math.sin(a)
        if rng.random() < 0.5:
            draw.polygon([(x, y - w), (x + w * 1.4, y), (x, y + w), (x - w * 1.4, y)], fill=honey)
            draw.line((x - w, y, x + w, y), fill=golden, width=int(s / 150) + 1)
        else:
            draw.ellipse((x - w, y - w, x + w, y + w), fill=golden)
            draw.ellipse((x - w * 0.3, y - w * 0.3, x + w * 0.3, y + w * 0.3), fill=ground)


def lantern(draw, s, pal, rng):
    """A brass lantern with star-shaped perforations glowing on dark ground."""
    bg, ground, accent, accent2, line = pal
    draw.rectangle((0, 0, s, s), fill="#241A14")
    brass, glow = "#C99A3B", "#FFD98A"
    cx = s / 2
    draw.ellipse((cx - s * 0.4, s * 0.2, cx + s * 0.4, s * 0.95), fill="#3A2A1C")
    draw.line((cx, 0, cx, s * 0.14), fill=brass, width=int(s * 8 / 1600) + 1)
    draw.polygon(
        [
            (cx - s * 0.06, s * 0.14),
            (cx + s * 0.06, s * 0.14),
            (cx + s * 0.16, s * 0.28),
            (cx - s * 0.16, s * 0.28),
        ],
        fill=brass,
    )
    body = (cx - s * 0.2, s * 0.28, cx + s * 0.2, s * 0.8)
    draw.rectangle(body, fill=brass)
    draw.polygon(
        [
            (cx - s * 0.2, s * 0.8),
            (cx + s * 0.2, s * 0.8),
            (cx + s * 0.08, s * 0.88),
            (cx - s * 0.08, s * 0.88),
        ],
        fill=brass,
    )
    for row in range(5):
        for col in range(3):
            x = cx - s * 0.13 + col * s * 0.13
            y = s * 0.34 + row * s * 0.1
            draw.polygon(_star_points(x, y, s * 0.035, s * 0.017, points=rng.choice([5, 8])), fill=glow)


def jar(draw, s, pal, rng):
    """Bottles, jars and soap bars on a zellige shelf."""
    bg, ground, accent, accent2, line = pal
    draw.rectangle((0, 0, s, s), fill=bg)
    draw.rectangle((0, s * 0.78, s, s), fill=ground)
    for k in range(12):
        x = k * s / 12
        draw.polygon(_star_points(x + s / 24, s * 0.89, s * 0.035, s * 0.018), fill=accent2)
    items = rng.choice([2, 3])
    for k in range(items):
        x = s * (0.5 if items == 1 else 0.22 + k * 0.56 / (items - 1))
        w = s * rng.uniform(0.09, 0.13)
        top = s * rng.uniform(0.3, 0.45)
        colour = [accent, "#C77D8F", "#D9A441", "#7E9A5A"][(k + rng.randint(0, 3)) % 4]
        draw.rounded_rectangle((x - w, top, x + w, s * 0.78), radius=int(w * 0.4), fill=colour)
        draw.rectangle((x - w * 0.45, top - s * 0.08, x + w * 0.45, top + 4), fill=colour)
        draw.rectangle((x - w * 0.55, top - s * 0.12, x + w * 0.55, top - s * 0.07), fill=line)
        draw.rectangle((x - w * 0.75, top + s * 0.12, x + w * 0.75, top + s * 0.24), fill="#F6EBDD")
        draw.polygon(_star_points(x, top + s * 0.18, s * 0.035, s * 0.018), fill=ground)


def spices(draw, s, pal, rng):
    """Souk spice cones in bowls: paprika, turmeric, cumin, ras el hanout."""
    bg, ground, accent, accent2, line = pal
    draw.rectangle((0, 0, s, s), fill=bg)
    colours = ["#C0392B", "#E1A321", "#8B5A2B", "#A0522D", "#6B8E23", "#D35400"]
    rng.shuffle(colours)
    for k, (x, y) in enumerate(((0.27, 0.42), (0.73, 0.42), (0.27, 0.82), (0.73, 0.82))):
        cx, base = s * x, s * y
        w = s * 0.19
        draw.pieslice((cx - w * 1.05, base - w * 0.5, cx + w * 1.05, base + w * 0.7), 0, 180, fill=line)
        draw.polygon([(cx - w, base), (cx + w, base), (cx, base - s * 0.26)], fill=colours[k])
        draw.ellipse((cx - w, base - w * 0.2, cx + w, base + w * 0.25), fill=colours[k])
        draw.ellipse(
            (cx - w * 1.05, base - w * 0.02, cx + w * 1.05, base + w * 0.2),
            outline=ground,
            width=int(s * 8 / 1600) + 1,
        )


def garment(draw, s, pal, rng):
    """A kaftan, burnous or dress silhouette with embroidered trim."""
    bg, ground, accent, accent2, line = pal
    draw.rectangle((0, 0, s, s), fill=bg)
    cx = s / 2
    body = [
        (cx - s * 0.12, s * 0.12),
        (cx + s * 0.12, s * 0.12),
        (cx + s * 0.4, s * 0.42),
        (cx + s * 0.32, s * 0.5),
        (cx + s * 0.2, s * 0.4),
        (cx + s * 0.27, s * 0.92),
        (cx - s * 0.27, s * 0.92),
        (cx - s * 0.2, s * 0.4),
        (cx - s * 0.32, s * 0.5),
        (cx - s * 0.4, s * 0.42),
    ]
    draw.polygon(body, fill=rng.choice([ground, accent]))
    draw.line((cx, s * 0.14, cx, s * 0.92), fill=accent2, width=int(s * 12 / 1600) + 1)
    for k in range(14):
        y = s * 0.18 + k * s * 0.052
        draw.ellipse((cx - s / 180, y - s / 180, cx + s / 180, y + s / 180), fill=line)
    draw.line((cx - s * 0.27, s * 0.9, cx + s * 0.27, s * 0.9), fill=accent2, width=int(s * 16 / 1600) + 1)
    for k in range(8):
        x = cx - s * 0.24 + k * s * 0.068
        draw.polygon([(x, s * 0.86), (x + s * 0.02, s * 0.83), (x + s * 0.04, s * 0.86)], fill=accent2)
    draw.ellipse((cx - s * 0.06, s * 0.1, cx + s * 0.06, s * 0.16), fill=bg)


MOTIFS = {
    "zellige": zellige,
    "carpet": carpet,
    "pot": pot,
    "jewellery": jewellery,
    "woodwork": woodwork,
    "sweets": sweets,
    "lantern": lantern,
    "jar": jar,
    "spices": spices,
    "garment": garment,
}


def draw_image(motif, seed, size=800, image_format="JPEG"):
    """Return the encoded bytes of a ``size``×``size`` picture for ``motif``."""
    rng = _rng(seed)
    palette = rng.choice(PALETTES)
    big = max(size * SUPERSAMPLE, 64)
    image = Image.new("RGB", (big, big), palette[0])
    MOTIFS[motif](ImageDraw.Draw(image, "RGBA"), big, palette, rng)
    image = image.resize((size, size), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, format=image_format, quality=82, optimize=True)
    return buffer.getvalue()
