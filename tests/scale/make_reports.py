#!/usr/bin/env python3
"""Writes COUNT report files into DIR for the scale test (scripts/scale.sh), by varying the
numbers of the fixtures in tests/data: every fifth file is a report.json, the others are text
(.txt, .html) reports. Deterministic: file i is always the same bytes.

    python3 tests/scale/make_reports.py DIR COUNT

Text: every number of at most four digits that is not a year (19xx, 20xx) gets a small offset
that depends on the file and on the number's place, so that layouts stay as published while
totals no longer add up in most files (every checker path runs: findings, not just "ok").
JSON: every integer cell of the hand-checked JSON gets such an offset; amounts and nulls stay.
File names: NNNNN-<fixture>.<ext>, so that the first N files in name order are a fair sample.
"""
import json
import pathlib
import re
import sys

DATA = pathlib.Path(__file__).resolve().parent.parent / "data"
NUMBER = re.compile(rb"(?<![0-9])[0-9]{1,4}(?![0-9])")


def vary_text(data: bytes, seed: int) -> bytes:
    place = 0

    def bump(m):
        nonlocal place
        place += 1
        n = int(m.group(0))
        if len(m.group(0)) == 4 and 1900 <= n <= 2099:
            return m.group(0)
        return str(n + (seed * 31 + place * 7) % 5).encode()

    return NUMBER.sub(bump, data)


def vary_json(doc, seed: int):
    place = 0

    def walk(v, key=None):
        nonlocal place
        if isinstance(v, dict):
            return {k: (v[k] if k in ("year", "edition") else walk(v[k], k)) for k in v}
        if isinstance(v, list):
            return [walk(x) for x in v]
        if isinstance(v, int) and not isinstance(v, bool):
            place += 1
            return v + (seed * 31 + place * 7) % 5
        return v

    return walk(doc)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    out = pathlib.Path(sys.argv[1])
    count = int(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    texts = sorted(p for p in DATA.iterdir() if p.suffix in (".txt", ".html"))
    jsons = sorted(p for p in DATA.iterdir() if p.suffix == ".json")
    text_bytes = [p.read_bytes() for p in texts]
    json_docs = [json.loads(p.read_text(encoding="utf-8")) for p in jsons]
    total = 0
    for i in range(count):
        if i % 5 == 4:
            k = (i // 5) % len(jsons)
            body = json.dumps(vary_json(json_docs[k], i), ensure_ascii=False, indent=1).encode()
            name = f"{i:05d}-{jsons[k].name}"
        else:
            k = (i - i // 5) % len(texts)
            body = vary_text(text_bytes[k], i)
            name = f"{i:05d}-{texts[k].name}"
        (out / name).write_bytes(body)
        total += len(body)
    print(f"make_reports: {count} files, {total / 1e6:.1f} MB in {out}")


if __name__ == "__main__":
    main()
