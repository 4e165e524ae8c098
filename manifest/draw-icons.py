#!/usr/bin/env python3
"""Draw MeetingBot's Teams icons: color.png (192x192) and outline.png (32x32, white on transparent).

The motif is a round table seen from above with the members' chairs around it; in the colour icon a calendar
with a tick lies on the table and one chair is lit (the member whose turn it is in the tour de table).

Only the Python 3 standard library is used: shapes are signed distance functions, anti-aliased by their
distance to the pixel centre, and the PNG is written with zlib and struct. The output is deterministic, so
re-running the script leaves the committed files unchanged.

    python3 manifest/draw-icons.py            # writes manifest/color.png and manifest/outline.png
    python3 manifest/draw-icons.py OUT_DIR    # writes them somewhere else
"""

import math
import os
import struct
import sys
import zlib

# Calm blue-green palette.
TEAL_TOP = (0x2B, 0x8C, 0x8A)
TEAL_BOTTOM = (0x1B, 0x5E, 0x6E)
TABLE = (0xFA, 0xF7, 0xF0)
TABLE_SHADOW = (0x12, 0x46, 0x52)
CHAIR_MINT = (0xA6, 0xE3, 0xD2)
CHAIR_SKY = (0x9E, 0xCD, 0xEE)
CHAIR_SPEAKER = (0xF4, 0xC2, 0x5B)
CALENDAR_HEAD = (0x1F, 0x6F, 0x78)
CALENDAR_BODY = (0xFF, 0xFF, 0xFF)
CALENDAR_LINE = (0xC9, 0xDD, 0xDC)
TICK = (0x2E, 0x9E, 0x6B)
WHITE = (0xFF, 0xFF, 0xFF)


# ---- signed distance functions (negative inside, in pixels) ----

def circle(cx, cy, r):
    return lambda x, y: math.hypot(x - cx, y - cy) - r


def rounded_box(x0, y0, x1, y1, radius):
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    hx, hy = (x1 - x0) / 2 - radius, (y1 - y0) / 2 - radius

    def sdf(x, y):
        qx, qy = abs(x - cx) - hx, abs(y - cy) - hy
        outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
        inside = min(max(qx, qy), 0.0)
        return outside + inside - radius
    return sdf


def segment(ax, ay, bx, by, half_width):
    def sdf(x, y):
        px, py, vx, vy = x - ax, y - ay, bx - ax, by - ay
        t = max(0.0, min(1.0, (px * vx + py * vy) / (vx * vx + vy * vy)))
        return math.hypot(px - vx * t, py - vy * t) - half_width
    return sdf


def union(*shapes):
    return lambda x, y: min(s(x, y) for s in shapes)


def ring(cx, cy, r, half_width):
    c = circle(cx, cy, r)
    return lambda x, y: abs(c(x, y)) - half_width


# ---- canvas ----

class Canvas:
    def __init__(self, size):
        self.size = size
        self.px = [[0.0, 0.0, 0.0, 0.0] for _ in range(size * size)]  # straight RGB 0..1, alpha 0..1

    def fill(self, sdf, colour, opacity=1.0, bounds=None):
        """Composite a shape over the canvas ("source over"), anti-aliased by distance."""
        x0, y0, x1, y1 = bounds or (0, 0, self.size, self.size)
        x0, y0 = max(0, int(x0)), max(0, int(y0))
        x1, y1 = min(self.size, int(math.ceil(x1))), min(self.size, int(math.ceil(y1)))
        r, g, b = (c / 255.0 for c in colour)
        for y in range(y0, y1):
            for x in range(x0, x1):
                coverage = max(0.0, min(1.0, 0.5 - sdf(x + 0.5, y + 0.5))) * opacity
                if coverage <= 0.0:
                    continue
                p = self.px[y * self.size + x]
                out_a = coverage + p[3] * (1.0 - coverage)
                for i, c in enumerate((r, g, b)):
                    p[i] = (c * coverage + p[i] * p[3] * (1.0 - coverage)) / out_a
                p[3] = out_a

    def vertical_gradient(self, top, bottom):
        for y in range(self.size):
            t = y / (self.size - 1)
            colour = [((1 - t) * a + t * b) / 255.0 for a, b in zip(top, bottom)]
            for x in range(self.size):
                self.px[y * self.size + x] = colour + [1.0]

    def png(self, force_white=False):
        rows = bytearray()
        for y in range(self.size):
            rows.append(0)  # filter type: none
            for x in range(self.size):
                r, g, b, a = self.px[y * self.size + x]
                if force_white:
                    r = g = b = 1.0
                rows += bytes(round(v * 255) for v in (r, g, b, a))

        def chunk(kind, data):
            body = kind + data
            return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

        header = struct.pack(">IIBBBBB", self.size, self.size, 8, 6, 0, 0, 0)  # 8-bit RGBA
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))


def chair_positions(cx, cy, distance, count, start_degrees):
    for i in range(count):
        angle = math.radians(start_degrees + i * 360.0 / count)
        yield i, cx + distance * math.cos(angle), cy + distance * math.sin(angle)


def draw_color():
    s = 192
    c = Canvas(s)
    c.vertical_gradient(TEAL_TOP, TEAL_BOTTOM)
    cx, cy = 96.0, 98.0

    # Chairs, drawn first so the table's shadow falls on them.
    for i, x, y in chair_positions(cx, cy, 64.0, 6, -90.0):
        colour = CHAIR_SPEAKER if i == 0 else (CHAIR_MINT if i % 2 else CHAIR_SKY)
        c.fill(circle(x, y + 2.0, 15.0), TABLE_SHADOW, 0.35, (x - 20, y - 18, x + 20, y + 22))
        c.fill(circle(x, y, 15.0), colour, 1.0, (x - 18, y - 18, x + 18, y + 18))

    # The table and its soft shadow.
    c.fill(circle(cx, cy + 4.0, 44.0), TABLE_SHADOW, 0.45, (cx - 50, cy - 46, cx + 50, cy + 52))
    c.fill(circle(cx, cy, 44.0), TABLE, 1.0, (cx - 46, cy - 46, cx + 46, cy + 46))

    # A calendar page with a tick, lying on the table.
    x0, y0, x1, y1 = cx - 22.0, cy - 19.0, cx + 22.0, cy + 22.0
    c.fill(rounded_box(x0, y0, x1, y1, 5.0), CALENDAR_LINE, 1.0, (x0 - 2, y0 - 2, x1 + 2, y1 + 2))
    c.fill(rounded_box(x0 + 1.5, y0 + 1.5, x1 - 1.5, y1 - 1.5, 4.0), CALENDAR_BODY, 1.0, (x0, y0, x1, y1))
    header = union(rounded_box(x0, y0, x1, y0 + 14.0, 5.0), rounded_box(x0, y0 + 6.0, x1, y0 + 12.0, 0.0))
    c.fill(header, CALENDAR_HEAD, 1.0, (x0 - 1, y0 - 1, x1 + 1, y0 + 15))
    for rx in (cx - 11.0, cx + 11.0):  # binder rings
        c.fill(rounded_box(rx - 2.5, y0 - 6.0, rx + 2.5, y0 + 5.0, 2.5), TABLE, 1.0, (rx - 4, y0 - 8, rx + 4, y0 + 7))
        c.fill(rounded_box(rx - 1.5, y0 - 5.0, rx + 1.5, y0 + 4.0, 1.5), CALENDAR_HEAD, 1.0,
               (rx - 3, y0 - 7, rx + 3, y0 + 6))
    tick = union(segment(cx - 10.0, cy + 7.0, cx - 3.0, cy + 14.0, 3.2),
                 segment(cx - 3.0, cy + 14.0, cx + 11.0, cy - 1.0, 3.2))
    c.fill(tick, TICK, 1.0, (cx - 15, cy - 6, cx + 16, cy + 19))
    return c


def draw_outline():
    s = 32
    c = Canvas(s)
    cx, cy = 16.0, 16.0
    c.fill(ring(cx, cy, 6.6, 1.25), WHITE)  # the table
    c.fill(segment(cx - 2.6, cy + 0.2, cx - 0.6, cy + 2.2, 0.95), WHITE)  # a tick on it
    c.fill(segment(cx - 0.6, cy + 2.2, cx + 3.0, cy - 1.8, 0.95), WHITE)
    for _, x, y in chair_positions(cx, cy, 12.4, 6, -90.0):  # the chairs
        c.fill(circle(x, y, 2.5), WHITE)
    return c


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "color.png"), "wb") as f:
        f.write(draw_color().png())
    with open(os.path.join(out_dir, "outline.png"), "wb") as f:
        f.write(draw_outline().png(force_white=True))  # Teams wants only white and transparency
    print(f"wrote {out_dir}/color.png (192x192) and {out_dir}/outline.png (32x32)")


if __name__ == "__main__":
    main()
