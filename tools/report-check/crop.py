#!/usr/bin/env python3
"""Crops a PNG into horizontal bands so each can be looked at in full (no Pillow needed: reads the
PNG with zlib, writes PNGs with zlib). Usage: crop.py PAGE.png BAND_HEIGHT OUT_PREFIX [WIDTH [FROM_Y]]"""
import struct, sys, zlib

def read_png(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and color in (2, 6), "8-bit RGB/RGBA only"
            channels = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw, stride, rows, prev = zlib.decompress(idat), width * channels, [], bytearray(width * channels)
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b, c = prev[i], (prev[i - channels] if i >= channels else 0)
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line)); prev = line
    return width, channels, rows

def write_png(path, width, channels, rows):
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xffffffff)
    raw = b"".join(b"\x00" + r for r in rows)
    ihdr = struct.pack(">IIBBBBB", width, len(rows), 8, 2 if channels == 3 else 6, 0, 0, 0)
    open(path, "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))

width, channels, rows = read_png(sys.argv[1])
band, prefix = int(sys.argv[2]), sys.argv[3]
keep = int(sys.argv[4]) if len(sys.argv) > 4 else width
start = int(sys.argv[5]) if len(sys.argv) > 5 else 0
rows = [r[:keep * channels] for r in rows[start:]]
width = min(width, keep)
for n, y in enumerate(range(0, len(rows), band)):
    part = rows[y:y + band]
    if any(any(v != 255 for v in r) for r in part):  # skip blank bands
        write_png(f"{prefix}-{n}.png", width, channels, part)
        print(f"{prefix}-{n}.png")
