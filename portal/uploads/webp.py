"""A WebP file's canvas size and number of frames, read from its RIFF chunks without decoding anything.

Pillow decodes every WebP with libwebp's animation decoder, which holds two
canvases of width × height × 4 bytes besides the frame (about 200 MB for 12.5
megapixels): ``check_image`` reads the canvas here first, and WebPs have a
smaller pixel cap. Layout: ``RIFF`` size ``WEBP``, then
chunks (four-character code, little-endian size, payload padded to even);
``VP8X`` holds the canvas, each ``ANMF`` is one frame of an animation.
"""

import struct

MAX_CHUNKS = 10_000  # beyond that the file is refused (a frame cap of 30 needs far fewer)


def webp_canvas(file):
    """``(width, height, frames)`` of a WebP file, or None if it is not one or has no extended header.

    Raises ValueError on a malformed file. Leaves the file position wherever it ends.
    """
    header = file.read(12)
    if len(header) < 12 or header[:4] != b"RIFF" or header[8:12] != b"WEBP":
        return None
    canvas, frames = None, 0
    for _ in range(MAX_CHUNKS):
        chunk = file.read(8)
        if len(chunk) < 8:
            break
        fourcc, size = chunk[:4], struct.unpack("<I", chunk[4:])[0]
        if fourcc == b"VP8X":
            payload = file.read(10)
            if len(payload) < 10:
                raise ValueError("truncated VP8X chunk")
            width = 1 + int.from_bytes(payload[4:7], "little")
            height = 1 + int.from_bytes(payload[7:10], "little")
            canvas = (width, height)
            file.seek(size + (size & 1) - 10, 1)
        else:
            frames += fourcc == b"ANMF"
            file.seek(size + (size & 1), 1)
    else:
        raise ValueError("too many chunks")
    if canvas is None:
        return None
    return (*canvas, max(frames, 1))
