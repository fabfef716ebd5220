"""
Export the core codebook as a REFI-QDA ``.qdc`` file for NVivo, ATLAS.ti, MAXQDA or QualCoder.

Run: ``python examples/export_codebook.py [OUT.qdc]`` (by default into a temporary folder).
The codes' GUIDs are derived from the theme ids, so exporting again gives the same file.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import rewardkit as rk
from rewardkit.taxonomy import from_qdc, to_qdc


def main(out: Path) -> None:
    core = rk.core_taxonomy()
    xml = to_qdc(core)
    out.write_text(xml, encoding="utf-8")
    # Importing the file back gives the same themes.
    again = from_qdc(out.read_text(encoding="utf-8"))
    assert [t.id for t in again] == [t.id for t in core]
    print(f"wrote {len(core)} codes to {out}")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        main(Path(sys.argv[1]))
    else:
        with tempfile.TemporaryDirectory() as folder:
            main(Path(folder) / "rewardkit-core.qdc")
