"""The keeping commands on the demo catalog, as a script would use them: --json on each, names for ids."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from socialekaart.catalog.models import Schedule, Service
from socialekaart.catalog.store import open_catalog
from socialekaart.cli.main import main


def sk(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> Any:
    capsys.readouterr()
    code = main(["--db", str(db), *args, "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def _a_service(db: Path) -> tuple[str, str]:
    catalog = open_catalog(db)
    try:
        with catalog.read() as session:
            svc = session.scalars(select(Service).where(Service.name.like("Schuldhulpmaatje%"))).one()
            return svc.id, svc.name
    finally:
        catalog.close()


@pytest.mark.parametrize("command", ["verify", "review", "report", "reports", "duplicates", "merge", "history"])
def test_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0 and "usage" in capsys.readouterr().out


def test_verify_review_report_history_restore(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sid, name = _a_service(demo_db)
    before = sk(capsys, demo_db, "review")
    assert before["total"] == len(before["items"]) > 0
    done = sk(capsys, demo_db, "verify", "service", name, "--actor", "Wendy")
    assert done["id"] == sid and done["by"] == "Wendy"
    assert sk(capsys, demo_db, "review")["total"] in (before["total"], before["total"] - 1)

    made = sk(capsys, demo_db, "report", "service", sid, "--field", "email", "--text", "Mail komt terug")
    assert [m["id"] for m in sk(capsys, demo_db, "reports")] == [made["id"]]
    sk(capsys, demo_db, "reports", "close", made["id"], "--done", "Adres aangepast", "--actor", "Wendy")
    assert sk(capsys, demo_db, "reports") == []
    assert sk(capsys, demo_db, "reports", "--all")[0]["done"] == "Adres aangepast"

    capsys.readouterr()
    assert main(["--db", str(demo_db), "report", "service", sid, "--text", "BSN 111222333"]) == 1
    assert "BSN" in capsys.readouterr().err

    sk(capsys, demo_db, "edit", "service", sid, "name=Schuldhulpmaatje Oost", "--actor", "Wendy")
    changes = sk(capsys, demo_db, "history", "service", sid)
    named = [c for c in changes if c["field"] == "name"]
    assert named[0]["old"] == name and named[0]["new"] == "Schuldhulpmaatje Oost" and named[0]["actor"] == "Wendy"
    sk(capsys, demo_db, "edit", "service", "Schuldhulpmaatje Oost", "name=Tweede naam")
    first = next(c for c in sk(capsys, demo_db, "history", "service", sid) if c["new"] == "Schuldhulpmaatje Oost")
    sk(capsys, demo_db, "restore", "service", sid, "--change", str(first["change_id"]))
    assert _a_service(demo_db)[1] == "Schuldhulpmaatje Oost"


def test_edit_takes_opening_hours_and_refuses_bad_ones(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    catalog = open_catalog(demo_db)
    with catalog.read() as session:
        schedule_id = session.scalars(select(Schedule.id)).first()
    catalog.close()
    assert schedule_id
    sk(capsys, demo_db, "edit", "schedule", schedule_id, "opens_at=09:30", "closes_at=12:00", "byday=MO,WE")
    capsys.readouterr()
    assert main(["--db", str(demo_db), "edit", "schedule", schedule_id, "byday=XX"]) == 1
    assert "byday" in capsys.readouterr().err


def test_duplicates_merge_and_import(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sid, name = _a_service(demo_db)
    sheet = tmp_path / "lijst.csv"
    sheet.write_text(f"Naam;Status\n{name}s;active\nKoffie in De Klip;active\n", encoding="utf-8")
    mapping = tmp_path / "koppeling.json"
    catalog = open_catalog(demo_db)
    with catalog.read() as session:
        org = session.scalar(select(Service.organization_id).where(Service.id == sid))
    catalog.close()
    mapping.write_text(
        json.dumps({"columns": {"Naam": "name", "Status": "status"}, "defaults": {"organization_id": org}}),
        encoding="utf-8",
    )
    dry = sk(capsys, demo_db, "import", str(sheet), "--mapping", str(mapping), "--dry-run")
    assert dry["dry_run"] and [o["name"] for o in dry["added"]] == ["Koffie in De Klip"]
    assert dry["duplicates"][0]["likely_duplicates"][0]["id"] == sid
    done = sk(capsys, demo_db, "import", str(sheet), "--mapping", str(mapping), "--add-duplicates")
    assert len(done["added"]) == 2
    twin = next(o["id"] for o in done["added"] if o["name"] == f"{name}s")

    pairs = sk(capsys, demo_db, "duplicates")
    assert any({p["first"]["id"], p["second"]["id"]} == {sid, twin} for p in pairs)
    merged = sk(capsys, demo_db, "merge", sid, twin)
    assert merged["kept"] == sid and merged["removed"] == twin
    assert sk(capsys, demo_db, "history", "service", twin)  # the removed id leads to the kept entry
