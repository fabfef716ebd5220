"""
Build the ``.jsonl`` evaluation sets from the marked-up posts beside this file.

Markup: ``[[CATEGORY|text]]`` marks an identifier (``CATEGORY`` a PHI category or one of the
abbreviations below); ``[[~|text]]`` is a deliberate look-alike, kept as plain text;
``\\uXXXX`` stands for a code point (to write combining characters). In the one-line sets,
each line is a post and lines starting with ``#`` and blank lines are skipped; in the sets of
long posts (``posts_long.txt``, ``posts_fresh.txt``, ``posts_fresh2.txt``,
``posts_fresh3.txt``, ``posts_fresh4.txt``, ``posts_fresh5.txt``, ``posts_fresh6.txt``,
``posts_fresh7.txt``, ``posts_fresh8.txt``, ``posts_fresh9.txt``, ``posts_fresh10.txt``,
``posts_fresh11.txt``, ``posts_fresh12.txt``, ``posts_fresh13.txt``, ``posts_fresh14.txt``,
``posts_fresh15.txt``, ``posts_fresh16.txt``, ``posts_fresh17.txt``, ``posts_fresh18.txt``,
``posts_fresh19.txt``, ``posts_fresh20.txt``, ``posts_fresh21.txt``, ``posts_fresh22.txt``,
``posts_fresh23.txt``, ``posts_fresh24.txt``, ``posts_fresh25.txt``, ``posts_fresh26.txt``,
``posts_fresh27.txt``, ``posts_fresh28.txt``, ``posts_fresh29.txt``, ``posts_fresh30.txt``,
``posts_fresh31.txt``, ``posts_fresh32.txt``, ``posts_fresh33.txt``, ``posts_fresh34.txt``,
``posts_fresh35.txt``, ``posts_fresh36.txt``, ``posts_fresh37.txt``, ``posts_fresh38.txt``,
``posts_fresh39.txt``, ``posts_fresh40.txt``, ``posts_fresh41.txt``, ``posts_fresh42.txt``,
``posts_fresh43.txt``, ``posts_fresh44.txt``, ``posts_fresh45.txt``, ``posts_fresh46.txt``,
``posts_fresh47.txt``, ``posts_fresh48.txt``, ``posts_fresh49.txt``, ``posts_fresh50.txt``,
``posts_fresh51.txt``, ``posts_fresh52.txt``, ``posts_fresh53.txt``, ``posts_fresh54.txt``,
``posts_fresh55.txt``, ``posts_fresh56.txt``, ``posts_fresh57.txt``, ``posts_fresh58.txt``,
``posts_fresh59.txt``, ``posts_fresh60.txt``, ``posts_fresh61.txt``, ``posts_fresh62.txt``,
``posts_fresh63.txt``, ``posts_fresh64.txt``, ``posts_fresh65.txt``, ``posts_fresh66.txt``,
``posts_fresh67.txt``, ``posts_fresh68.txt``, ``posts_fresh69.txt``, ``posts_fresh70.txt``,
``posts_fresh71.txt``, ``posts_fresh72.txt``, ``posts_fresh73.txt``, ``posts_fresh74.txt``,
``posts_fresh75.txt``, ``posts_fresh76.txt``, ``posts_fresh77.txt``, ``posts_fresh78.txt``,
``posts_fresh79.txt``, ``posts_fresh80.txt``, ``posts_fresh81.txt``, ``posts_fresh82.txt``,
``posts_fresh83.txt``, ``posts_fresh84.txt``, ``posts_fresh85.txt``, ``posts_fresh86.txt``,
``posts_fresh87.txt``, ``posts_fresh88.txt``, ``posts_fresh89.txt``, ``posts_fresh90.txt``,
``posts_fresh91.txt``, ``posts_fresh92.txt``, ``posts_fresh93.txt``, ``posts_fresh94.txt``,
``posts_fresh95.txt``, ``posts_fresh96.txt``, ``posts_fresh97.txt``, ``posts_fresh98.txt``,
``posts_fresh99.txt``, ``posts_fresh100.txt``, ``posts_fresh101.txt``, ``posts_fresh102.txt``,
``posts_fresh103.txt``, ``posts_fresh104.txt``, ``posts_fresh105.txt``,
``posts_fresh106.txt``, ``posts_fresh107.txt``, ``posts_fresh108.txt``,
``posts_fresh109.txt``, ``posts_fresh110.txt``, ``posts_fresh111.txt``,
``posts_fresh112.txt``, ``posts_fresh113.txt``, ``posts_fresh114.txt``,
``posts_fresh115.txt``, ``posts_fresh116.txt``, ``posts_fresh117.txt``,
``posts_fresh118.txt``, ``posts_fresh119.txt``, ``posts_fresh120.txt``,
``posts_fresh121.txt``, ``posts_fresh122.txt``, ``posts_fresh123.txt``,
``posts_fresh124.txt``, ``posts_fresh125.txt``, ``posts_fresh126.txt``,
``posts_fresh127.txt``, ``posts_fresh128.txt``, ``posts_fresh129.txt``,
``posts_fresh130.txt``, ``posts_fresh131.txt``, ``posts_fresh132.txt``,
``posts_fresh133.txt``, ``posts_fresh134.txt``, ``posts_fresh135.txt``,
``posts_fresh136.txt``, ``posts_fresh137.txt``, ``posts_fresh138.txt``,
``posts_fresh139.txt``, ``posts_fresh140.txt``, ``posts_fresh141.txt``,
``posts_fresh142.txt``, ``posts_fresh143.txt``, ``posts_fresh144.txt``,
``posts_fresh145.txt``, ``posts_fresh146.txt``, ``posts_fresh147.txt``,
``posts_fresh148.txt``, ``posts_fresh149.txt``, ``posts_fresh150.txt``, ``posts_fresh151.txt``,
``posts_fresh152.txt``, ``posts_fresh153.txt``, ``posts_fresh154.txt``, ``posts_fresh155.txt``,
``posts_fresh156.txt``, ``posts_fresh157.txt``, ``posts_fresh158.txt``, ``posts_fresh159.txt``,
``posts_fresh160.txt``, ``posts_fresh161.txt``, ``posts_fresh162.txt``, ``posts_fresh163.txt``,
``posts_fresh164.txt``, ``posts_fresh165.txt``, ``posts_fresh166.txt``, ``posts_fresh167.txt``,
``posts_fresh168.txt``, ``posts_fresh169.txt``, ``posts_fresh170.txt``, ``posts_fresh171.txt``,
``posts_fresh172.txt``, ``posts_fresh173.txt``, ``posts_fresh174.txt``, ``posts_fresh175.txt``,
``posts_fresh176.txt``, ``posts_fresh177.txt``, ``posts_fresh178.txt``, ``posts_fresh179.txt``,
``posts_fresh180.txt``, ``posts_fresh181.txt``, ``posts_fresh182.txt``, ``posts_fresh183.txt``,
``posts_fresh184.txt``, ``posts_fresh185.txt``, ``posts_fresh186.txt``, ``posts_fresh187.txt``,
``posts_fresh188.txt``, ``posts_fresh189.txt``, ``posts_fresh190.txt``, ``posts_fresh191.txt``,
``posts_fresh192.txt``, ``posts_fresh193.txt``),
posts are separated by a line ``---``, keep their blank lines, and only the ``#`` lines before
the first post are skipped. Run ``python tests/deid_eval/build.py`` after editing;
``test_deid_eval.py`` fails when a ``.jsonl`` file is stale.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ABBREVIATIONS = {
    "N": "NAME",
    "L": "LOCATION",
    "Z": "ZIP",
    "D": "DATE",
    "A": "AGE_OVER_89",
    "P": "PHONE",
    "F": "FAX",
    "E": "EMAIL",
    "S": "SSN",
    "M": "MRN",
    "H": "HEALTH_PLAN_ID",
    "AC": "ACCOUNT_NUMBER",
    "LI": "LICENSE_NUMBER",
    "V": "VEHICLE_ID",
    "DV": "DEVICE_ID",
    "U": "URL",
    "IP": "IP_ADDRESS",
    "O": "OTHER_ID",
    "UN": "USERNAME",
    "ORG": "ORGANIZATION",
}
_MARK = re.compile(r"\[\[([A-Z_~]+)\|(.+?)\]\]")


def parse(line: str) -> tuple[str, list[dict[str, object]]]:
    """Turn one marked-up line into its text and labelled spans."""
    line = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), line)
    text: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(line):
        plain = line[pos : m.start()]
        text.append(plain)
        length += len(plain)
        value = m.group(2)
        if m.group(1) == "~":  # a look-alike: plain text
            text.append(value)
            length += len(value)
            pos = m.end()
            continue
        category = ABBREVIATIONS.get(m.group(1), m.group(1))
        spans.append({"start": length, "end": length + len(value), "category": category})
        text.append(value)
        length += len(value)
        pos = m.end()
    text.append(line[pos:])
    return "".join(text), spans


SETS = {
    "posts.jsonl": (("posts_phi.txt", "phi"), ("posts_clean.txt", "clean")),
    "posts_heldout.jsonl": (
        ("posts_heldout.txt", "heldout"),
        ("posts_heldout_clean.txt", "heldout-clean"),
    ),
    "posts_heldout2.jsonl": (
        ("posts_heldout2.txt", "heldout2"),
        ("posts_heldout2_clean.txt", "heldout2-clean"),
    ),
    "posts_numbers.jsonl": (
        ("posts_numbers.txt", "numbers"),
        ("posts_numbers_clean.txt", "numbers-clean"),
    ),
}


# Sets of long posts: one post per block, blocks separated by a line "---".
LONG_SETS = {
    "posts_long.jsonl": ("posts_long.txt", "long"),
    "posts_fresh.jsonl": ("posts_fresh.txt", "fresh"),
    "posts_fresh2.jsonl": ("posts_fresh2.txt", "fresh2"),
    "posts_fresh3.jsonl": ("posts_fresh3.txt", "fresh3"),
    "posts_fresh4.jsonl": ("posts_fresh4.txt", "fresh4"),
    "posts_fresh5.jsonl": ("posts_fresh5.txt", "fresh5"),
    "posts_fresh6.jsonl": ("posts_fresh6.txt", "fresh6"),
    "posts_fresh7.jsonl": ("posts_fresh7.txt", "fresh7"),
    "posts_fresh8.jsonl": ("posts_fresh8.txt", "fresh8"),
    "posts_fresh9.jsonl": ("posts_fresh9.txt", "fresh9"),
    "posts_fresh10.jsonl": ("posts_fresh10.txt", "fresh10"),
    "posts_fresh11.jsonl": ("posts_fresh11.txt", "fresh11"),
    "posts_fresh12.jsonl": ("posts_fresh12.txt", "fresh12"),
    "posts_fresh13.jsonl": ("posts_fresh13.txt", "fresh13"),
    "posts_fresh14.jsonl": ("posts_fresh14.txt", "fresh14"),
    "posts_fresh15.jsonl": ("posts_fresh15.txt", "fresh15"),
    "posts_fresh16.jsonl": ("posts_fresh16.txt", "fresh16"),
    "posts_fresh17.jsonl": ("posts_fresh17.txt", "fresh17"),
    "posts_fresh18.jsonl": ("posts_fresh18.txt", "fresh18"),
    "posts_fresh19.jsonl": ("posts_fresh19.txt", "fresh19"),
    "posts_fresh20.jsonl": ("posts_fresh20.txt", "fresh20"),
    "posts_fresh21.jsonl": ("posts_fresh21.txt", "fresh21"),
    "posts_fresh22.jsonl": ("posts_fresh22.txt", "fresh22"),
    "posts_fresh23.jsonl": ("posts_fresh23.txt", "fresh23"),
    "posts_fresh24.jsonl": ("posts_fresh24.txt", "fresh24"),
    "posts_fresh25.jsonl": ("posts_fresh25.txt", "fresh25"),
    "posts_fresh26.jsonl": ("posts_fresh26.txt", "fresh26"),
    "posts_fresh27.jsonl": ("posts_fresh27.txt", "fresh27"),
    "posts_fresh28.jsonl": ("posts_fresh28.txt", "fresh28"),
    "posts_fresh29.jsonl": ("posts_fresh29.txt", "fresh29"),
    "posts_fresh30.jsonl": ("posts_fresh30.txt", "fresh30"),
    "posts_fresh31.jsonl": ("posts_fresh31.txt", "fresh31"),
    "posts_fresh32.jsonl": ("posts_fresh32.txt", "fresh32"),
    "posts_fresh33.jsonl": ("posts_fresh33.txt", "fresh33"),
    "posts_fresh34.jsonl": ("posts_fresh34.txt", "fresh34"),
    "posts_fresh35.jsonl": ("posts_fresh35.txt", "fresh35"),
    "posts_fresh36.jsonl": ("posts_fresh36.txt", "fresh36"),
    "posts_fresh37.jsonl": ("posts_fresh37.txt", "fresh37"),
    "posts_fresh38.jsonl": ("posts_fresh38.txt", "fresh38"),
    "posts_fresh39.jsonl": ("posts_fresh39.txt", "fresh39"),
    "posts_fresh40.jsonl": ("posts_fresh40.txt", "fresh40"),
    "posts_fresh41.jsonl": ("posts_fresh41.txt", "fresh41"),
    "posts_fresh42.jsonl": ("posts_fresh42.txt", "fresh42"),
    "posts_fresh43.jsonl": ("posts_fresh43.txt", "fresh43"),
    "posts_fresh44.jsonl": ("posts_fresh44.txt", "fresh44"),
    "posts_fresh45.jsonl": ("posts_fresh45.txt", "fresh45"),
    "posts_fresh46.jsonl": ("posts_fresh46.txt", "fresh46"),
    "posts_fresh47.jsonl": ("posts_fresh47.txt", "fresh47"),
    "posts_fresh48.jsonl": ("posts_fresh48.txt", "fresh48"),
    "posts_fresh49.jsonl": ("posts_fresh49.txt", "fresh49"),
    "posts_fresh50.jsonl": ("posts_fresh50.txt", "fresh50"),
    "posts_fresh51.jsonl": ("posts_fresh51.txt", "fresh51"),
    "posts_fresh52.jsonl": ("posts_fresh52.txt", "fresh52"),
    "posts_fresh53.jsonl": ("posts_fresh53.txt", "fresh53"),
    "posts_fresh54.jsonl": ("posts_fresh54.txt", "fresh54"),
    "posts_fresh55.jsonl": ("posts_fresh55.txt", "fresh55"),
    "posts_fresh56.jsonl": ("posts_fresh56.txt", "fresh56"),
    "posts_fresh57.jsonl": ("posts_fresh57.txt", "fresh57"),
    "posts_fresh58.jsonl": ("posts_fresh58.txt", "fresh58"),
    "posts_fresh59.jsonl": ("posts_fresh59.txt", "fresh59"),
    "posts_fresh60.jsonl": ("posts_fresh60.txt", "fresh60"),
    "posts_fresh61.jsonl": ("posts_fresh61.txt", "fresh61"),
    "posts_fresh62.jsonl": ("posts_fresh62.txt", "fresh62"),
    "posts_fresh63.jsonl": ("posts_fresh63.txt", "fresh63"),
    "posts_fresh64.jsonl": ("posts_fresh64.txt", "fresh64"),
    "posts_fresh65.jsonl": ("posts_fresh65.txt", "fresh65"),
    "posts_fresh66.jsonl": ("posts_fresh66.txt", "fresh66"),
    "posts_fresh67.jsonl": ("posts_fresh67.txt", "fresh67"),
    "posts_fresh68.jsonl": ("posts_fresh68.txt", "fresh68"),
    "posts_fresh69.jsonl": ("posts_fresh69.txt", "fresh69"),
    "posts_fresh70.jsonl": ("posts_fresh70.txt", "fresh70"),
    "posts_fresh71.jsonl": ("posts_fresh71.txt", "fresh71"),
    "posts_fresh72.jsonl": ("posts_fresh72.txt", "fresh72"),
    "posts_fresh73.jsonl": ("posts_fresh73.txt", "fresh73"),
    "posts_fresh74.jsonl": ("posts_fresh74.txt", "fresh74"),
    "posts_fresh75.jsonl": ("posts_fresh75.txt", "fresh75"),
    "posts_fresh76.jsonl": ("posts_fresh76.txt", "fresh76"),
    "posts_fresh77.jsonl": ("posts_fresh77.txt", "fresh77"),
    "posts_fresh78.jsonl": ("posts_fresh78.txt", "fresh78"),
    "posts_fresh79.jsonl": ("posts_fresh79.txt", "fresh79"),
    "posts_fresh80.jsonl": ("posts_fresh80.txt", "fresh80"),
    "posts_fresh81.jsonl": ("posts_fresh81.txt", "fresh81"),
    "posts_fresh82.jsonl": ("posts_fresh82.txt", "fresh82"),
    "posts_fresh83.jsonl": ("posts_fresh83.txt", "fresh83"),
    "posts_fresh84.jsonl": ("posts_fresh84.txt", "fresh84"),
    "posts_fresh85.jsonl": ("posts_fresh85.txt", "fresh85"),
    "posts_fresh86.jsonl": ("posts_fresh86.txt", "fresh86"),
    "posts_fresh87.jsonl": ("posts_fresh87.txt", "fresh87"),
    "posts_fresh88.jsonl": ("posts_fresh88.txt", "fresh88"),
    "posts_fresh89.jsonl": ("posts_fresh89.txt", "fresh89"),
    "posts_fresh90.jsonl": ("posts_fresh90.txt", "fresh90"),
    "posts_fresh91.jsonl": ("posts_fresh91.txt", "fresh91"),
    "posts_fresh92.jsonl": ("posts_fresh92.txt", "fresh92"),
    "posts_fresh93.jsonl": ("posts_fresh93.txt", "fresh93"),
    "posts_fresh94.jsonl": ("posts_fresh94.txt", "fresh94"),
    "posts_fresh95.jsonl": ("posts_fresh95.txt", "fresh95"),
    "posts_fresh96.jsonl": ("posts_fresh96.txt", "fresh96"),
    "posts_fresh97.jsonl": ("posts_fresh97.txt", "fresh97"),
    "posts_fresh98.jsonl": ("posts_fresh98.txt", "fresh98"),
    "posts_fresh99.jsonl": ("posts_fresh99.txt", "fresh99"),
    "posts_fresh100.jsonl": ("posts_fresh100.txt", "fresh100"),
    "posts_fresh101.jsonl": ("posts_fresh101.txt", "fresh101"),
    "posts_fresh102.jsonl": ("posts_fresh102.txt", "fresh102"),
    "posts_fresh103.jsonl": ("posts_fresh103.txt", "fresh103"),
    "posts_fresh104.jsonl": ("posts_fresh104.txt", "fresh104"),
    "posts_fresh105.jsonl": ("posts_fresh105.txt", "fresh105"),
    "posts_fresh106.jsonl": ("posts_fresh106.txt", "fresh106"),
    "posts_fresh107.jsonl": ("posts_fresh107.txt", "fresh107"),
    "posts_fresh108.jsonl": ("posts_fresh108.txt", "fresh108"),
    "posts_fresh109.jsonl": ("posts_fresh109.txt", "fresh109"),
    "posts_fresh110.jsonl": ("posts_fresh110.txt", "fresh110"),
    "posts_fresh111.jsonl": ("posts_fresh111.txt", "fresh111"),
    "posts_fresh112.jsonl": ("posts_fresh112.txt", "fresh112"),
    "posts_fresh113.jsonl": ("posts_fresh113.txt", "fresh113"),
    "posts_fresh114.jsonl": ("posts_fresh114.txt", "fresh114"),
    "posts_fresh115.jsonl": ("posts_fresh115.txt", "fresh115"),
    "posts_fresh116.jsonl": ("posts_fresh116.txt", "fresh116"),
    "posts_fresh117.jsonl": ("posts_fresh117.txt", "fresh117"),
    "posts_fresh118.jsonl": ("posts_fresh118.txt", "fresh118"),
    "posts_fresh119.jsonl": ("posts_fresh119.txt", "fresh119"),
    "posts_fresh120.jsonl": ("posts_fresh120.txt", "fresh120"),
    "posts_fresh121.jsonl": ("posts_fresh121.txt", "fresh121"),
    "posts_fresh122.jsonl": ("posts_fresh122.txt", "fresh122"),
    "posts_fresh123.jsonl": ("posts_fresh123.txt", "fresh123"),
    "posts_fresh124.jsonl": ("posts_fresh124.txt", "fresh124"),
    "posts_fresh125.jsonl": ("posts_fresh125.txt", "fresh125"),
    "posts_fresh126.jsonl": ("posts_fresh126.txt", "fresh126"),
    "posts_fresh127.jsonl": ("posts_fresh127.txt", "fresh127"),
    "posts_fresh128.jsonl": ("posts_fresh128.txt", "fresh128"),
    "posts_fresh129.jsonl": ("posts_fresh129.txt", "fresh129"),
    "posts_fresh130.jsonl": ("posts_fresh130.txt", "fresh130"),
    "posts_fresh131.jsonl": ("posts_fresh131.txt", "fresh131"),
    "posts_fresh132.jsonl": ("posts_fresh132.txt", "fresh132"),
    "posts_fresh133.jsonl": ("posts_fresh133.txt", "fresh133"),
    "posts_fresh134.jsonl": ("posts_fresh134.txt", "fresh134"),
    "posts_fresh135.jsonl": ("posts_fresh135.txt", "fresh135"),
    "posts_fresh136.jsonl": ("posts_fresh136.txt", "fresh136"),
    "posts_fresh137.jsonl": ("posts_fresh137.txt", "fresh137"),
    "posts_fresh138.jsonl": ("posts_fresh138.txt", "fresh138"),
    "posts_fresh139.jsonl": ("posts_fresh139.txt", "fresh139"),
    "posts_fresh140.jsonl": ("posts_fresh140.txt", "fresh140"),
    "posts_fresh141.jsonl": ("posts_fresh141.txt", "fresh141"),
    "posts_fresh142.jsonl": ("posts_fresh142.txt", "fresh142"),
    "posts_fresh143.jsonl": ("posts_fresh143.txt", "fresh143"),
    "posts_fresh144.jsonl": ("posts_fresh144.txt", "fresh144"),
    "posts_fresh145.jsonl": ("posts_fresh145.txt", "fresh145"),
    "posts_fresh146.jsonl": ("posts_fresh146.txt", "fresh146"),
    "posts_fresh147.jsonl": ("posts_fresh147.txt", "fresh147"),
    "posts_fresh148.jsonl": ("posts_fresh148.txt", "fresh148"),
    "posts_fresh149.jsonl": ("posts_fresh149.txt", "fresh149"),
    "posts_fresh150.jsonl": ("posts_fresh150.txt", "fresh150"),
    "posts_fresh151.jsonl": ("posts_fresh151.txt", "fresh151"),
    "posts_fresh152.jsonl": ("posts_fresh152.txt", "fresh152"),
    "posts_fresh153.jsonl": ("posts_fresh153.txt", "fresh153"),
    "posts_fresh154.jsonl": ("posts_fresh154.txt", "fresh154"),
    "posts_fresh155.jsonl": ("posts_fresh155.txt", "fresh155"),
    "posts_fresh156.jsonl": ("posts_fresh156.txt", "fresh156"),
    "posts_fresh157.jsonl": ("posts_fresh157.txt", "fresh157"),
    "posts_fresh158.jsonl": ("posts_fresh158.txt", "fresh158"),
    "posts_fresh159.jsonl": ("posts_fresh159.txt", "fresh159"),
    "posts_fresh160.jsonl": ("posts_fresh160.txt", "fresh160"),
    "posts_fresh161.jsonl": ("posts_fresh161.txt", "fresh161"),
    "posts_fresh162.jsonl": ("posts_fresh162.txt", "fresh162"),
    "posts_fresh163.jsonl": ("posts_fresh163.txt", "fresh163"),
    "posts_fresh164.jsonl": ("posts_fresh164.txt", "fresh164"),
    "posts_fresh165.jsonl": ("posts_fresh165.txt", "fresh165"),
    "posts_fresh166.jsonl": ("posts_fresh166.txt", "fresh166"),
    "posts_fresh167.jsonl": ("posts_fresh167.txt", "fresh167"),
    "posts_fresh168.jsonl": ("posts_fresh168.txt", "fresh168"),
    "posts_fresh169.jsonl": ("posts_fresh169.txt", "fresh169"),
    "posts_fresh170.jsonl": ("posts_fresh170.txt", "fresh170"),
    "posts_fresh171.jsonl": ("posts_fresh171.txt", "fresh171"),
    "posts_fresh172.jsonl": ("posts_fresh172.txt", "fresh172"),
    "posts_fresh173.jsonl": ("posts_fresh173.txt", "fresh173"),
    "posts_fresh174.jsonl": ("posts_fresh174.txt", "fresh174"),
    "posts_fresh175.jsonl": ("posts_fresh175.txt", "fresh175"),
    "posts_fresh176.jsonl": ("posts_fresh176.txt", "fresh176"),
    "posts_fresh177.jsonl": ("posts_fresh177.txt", "fresh177"),
    "posts_fresh178.jsonl": ("posts_fresh178.txt", "fresh178"),
    "posts_fresh179.jsonl": ("posts_fresh179.txt", "fresh179"),
    "posts_fresh180.jsonl": ("posts_fresh180.txt", "fresh180"),
    "posts_fresh181.jsonl": ("posts_fresh181.txt", "fresh181"),
    "posts_fresh182.jsonl": ("posts_fresh182.txt", "fresh182"),
    "posts_fresh183.jsonl": ("posts_fresh183.txt", "fresh183"),
    "posts_fresh184.jsonl": ("posts_fresh184.txt", "fresh184"),
    "posts_fresh185.jsonl": ("posts_fresh185.txt", "fresh185"),
    "posts_fresh186.jsonl": ("posts_fresh186.txt", "fresh186"),
    "posts_fresh187.jsonl": ("posts_fresh187.txt", "fresh187"),
    "posts_fresh188.jsonl": ("posts_fresh188.txt", "fresh188"),
    "posts_fresh189.jsonl": ("posts_fresh189.txt", "fresh189"),
    "posts_fresh190.jsonl": ("posts_fresh190.txt", "fresh190"),
    "posts_fresh191.jsonl": ("posts_fresh191.txt", "fresh191"),
    "posts_fresh192.jsonl": ("posts_fresh192.txt", "fresh192"),
    "posts_fresh193.jsonl": ("posts_fresh193.txt", "fresh193"),
}


def _blocks(source: str) -> list[str]:
    lines = source.splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    posts: list[list[str]] = [[]]
    for line in lines:
        if line == "---":
            posts.append([])
        else:
            posts[-1].append(line)
    return ["\n".join(p).strip("\n") for p in posts]


def build(target: str = "posts.jsonl") -> str:
    """Return the JSON Lines text of one set."""
    out: list[str] = []
    if target in LONG_SETS:
        name, prefix = LONG_SETS[target]
        for n, block in enumerate(_blocks((HERE / name).read_text(encoding="utf-8")), 1):
            text, spans = parse(block)
            record = {"id": f"{prefix}-{n:03d}", "text": text, "spans": spans}
            out.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
        return "\n".join(out) + "\n"
    for name, prefix in SETS[target]:
        lines = (HERE / name).read_text(encoding="utf-8").splitlines()
        n = 0
        for line in lines:
            if not line.strip() or line.startswith("#"):
                continue
            n += 1
            text, spans = parse(line)
            record = {"id": f"{prefix}-{n:03d}", "text": text, "spans": spans}
            out.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    for target in [*SETS, *LONG_SETS]:
        (HERE / target).write_text(build(target), encoding="utf-8")
        sys.stdout.write(f"wrote {target}\n")
