"""Regenerate the scan feedback sounds in resources/sounds (run once; the WAVs are committed).

Three deliberately different sounds so a packer knows the result without looking:
good = one short high beep, bad = a loud low double buzz, done = a rising three-note chime.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
OUT = Path(__file__).resolve().parents[1] / "resources" / "sounds"


def tone(freq: float, ms: int, volume: float = 0.6, square: bool = False) -> list[float]:
    n = int(RATE * ms / 1000)
    fade = min(n // 2, int(RATE * 0.005))  # 5 ms ramps: no clicks
    out = []
    for i in range(n):
        s = math.sin(2 * math.pi * freq * i / RATE)
        if square:
            s = 1.0 if s >= 0 else -1.0
            s *= 0.5
        env = min(1.0, i / fade if fade else 1.0, (n - i) / fade if fade else 1.0)
        out.append(s * volume * env)
    return out


def silence(ms: int) -> list[float]:
    return [0.0] * int(RATE * ms / 1000)


def write(name: str, samples: list[float]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT / name), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(max(-1, min(1, s)) * 32767)) for s in samples))


def main() -> None:
    write("good.wav", tone(1760, 90, 0.5))
    write("bad.wav", tone(180, 220, 0.9, square=True) + silence(60) + tone(180, 320, 0.9, True))
    write("done.wav", tone(1046, 110) + tone(1318, 110) + tone(1568, 220))


if __name__ == "__main__":
    main()
