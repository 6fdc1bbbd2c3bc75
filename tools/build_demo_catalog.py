#!/usr/bin/env python3
"""Build the fictitious demo catalog of gemeente Oosterhout and the search golden set.

    python tools/build_demo_catalog.py            # writes data/demo/oosterhout/ and the golden set
    python tools/build_demo_catalog.py --check    # also fails if the files on disk differ from a fresh build
    python tools/build_demo_catalog.py --summary  # prints counts per kern, access type and need

The authoring data lives in tools/demo_catalog/. The output is deterministic (byte-identical on every run). The HSDS
3.0 field definitions are read from the shared HSDS material (../shared/hsds-3.0 from the project root, or
$SK_HSDS_DIR).
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from demo_catalog import generator, golden, validate  # noqa: E402

OUT_DIR = ROOT / "data" / "demo" / "oosterhout"
GOLDEN = ROOT / "benchmarks" / "data" / "golden_queries.jsonl"


def hsds_dir() -> Path:
    env = os.environ.get("SK_HSDS_DIR")
    candidates = [Path(env)] if env else []
    candidates += [ROOT.parent / "shared" / "hsds-3.0", ROOT / "shared" / "hsds-3.0"]
    for c in candidates:
        if (c / "datapackage.json").exists():
            return c
    raise SystemExit("HSDS 3.0 material not found; set SK_HSDS_DIR to the folder with datapackage.json")


def build_into(out_dir: Path, golden_path: Path) -> list[str]:
    hsds = hsds_dir()
    pkg = generator.build(ROOT)
    generator.write_package(pkg, ROOT, out_dir, hsds)
    errors = validate.check_package(out_dir, hsds, pkg, ROOT)
    errors += golden.write(golden_path, {r["id"] for r in pkg.tables["service"]})
    return errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if the committed files differ from a fresh build")
    parser.add_argument("--summary", action="store_true", help="print counts")
    args = parser.parse_args()

    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            # the boundary resources are referenced as ../../geo/GM0826/...: mirror that layout
            tmp_out = Path(tmp) / "data" / "demo" / "oosterhout"
            errors = build_into(tmp_out, Path(tmp) / "golden_queries.jsonl")
            diff = [
                p.name
                for p in sorted(tmp_out.iterdir())
                if not (OUT_DIR / p.name).exists() or not filecmp.cmp(p, OUT_DIR / p.name, shallow=False)
            ]
            if not filecmp.cmp(Path(tmp) / "golden_queries.jsonl", GOLDEN, shallow=False):
                diff.append(str(GOLDEN.relative_to(ROOT)))
            if diff:
                errors.append(f"files differ from a fresh build: {diff}")
    else:
        errors = build_into(OUT_DIR, GOLDEN)

    if args.summary:
        print(json.dumps(validate.summary(OUT_DIR), ensure_ascii=False, indent=2))
    if errors:
        for e in errors:
            print(f"ERROR: {e}", file=sys.stderr)
        print(f"{len(errors)} problem(s)", file=sys.stderr)
        return 1
    print(f"ok: {OUT_DIR.relative_to(ROOT)} and {GOLDEN.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
