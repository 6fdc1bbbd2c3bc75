"""Opening a catalog session: the catalog, its search index and the filter choices, made ready off the UI thread."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from socialekaart.progress import Work

if TYPE_CHECKING:
    from socialekaart.catalog.queries import CatalogSummary
    from socialekaart.catalog.store import Catalog
    from socialekaart.search.service import CatalogSearch

#: One entry of the area choice: (code, kind, name, depth in the tree).
AreaOption = tuple[str, str, str, int]


class OpenStep(StrEnum):
    """The steps of opening a session, as `Work.step` reports them; the app and the CLI word them."""

    OPEN_CATALOG = "open-catalog"
    BUILD_INDEX = "build-index"


@dataclass
class CatalogSession:
    """An open catalog with everything a window or command needs from it."""

    catalog: Catalog
    search: CatalogSearch
    summary: CatalogSummary
    areas: list[AreaOption] = field(default_factory=list)
    area_names: dict[str, str] = field(default_factory=dict)
    target_groups: list[tuple[str, str]] = field(default_factory=list)
    languages: list[tuple[str, str]] = field(default_factory=list)

    @property
    def path(self) -> Path | None:
        return self.catalog.path

    def close(self) -> None:
        self.catalog.close()


def area_options(tree: Any) -> list[AreaOption]:
    """The area tree as a list kern → its wijken → their buurten (each level by name); the gemeente is left out."""
    nodes = dict(tree.nodes)
    children: dict[str | None, list[Any]] = {}
    for node in nodes.values():
        children.setdefault(node.parent_code, []).append(node)
    for kids in children.values():
        kids.sort(key=lambda n: (n.name or n.code).lower())
    out: list[AreaOption] = []

    def walk(code: str, depth: int) -> None:
        for child in children.get(code, []):
            out.append((child.code, child.kind, child.name or child.code, depth))
            walk(child.code, depth + 1)

    roots = [n for n in nodes.values() if n.kind == "gemeente"]
    if roots:
        for root in roots:
            walk(root.code, 0)
    else:
        for node in children.get(None, []):
            out.append((node.code, node.kind, node.name or node.code, 0))
            walk(node.code, 1)
    return out


def load_session(path: Path | None, seed_if_empty: bool, work: Work) -> CatalogSession:
    """Open the catalog, seed the demo when asked and empty, build the search index (slow: run it on a worker)."""
    from socialekaart.catalog.store import open_catalog

    work.step(OpenStep.OPEN_CATALOG, 0, 0)
    catalog = open_catalog(path)
    try:
        if seed_if_empty:
            from socialekaart.workspace.demo import is_empty, seed_demo  # the importer: only when it may be needed

            if is_empty(catalog):
                seed_demo(catalog, work)
        return build_session(catalog, work)
    except BaseException:
        catalog.close()
        raise


def build_session(catalog: Catalog, work: Work) -> CatalogSession:
    """Build the search index and read the filter choices of an open catalog (slow: run it on a worker)."""
    from socialekaart.catalog.queries import catalog_summary, language_codes
    from socialekaart.search.service import CatalogSearch

    work.step(OpenStep.BUILD_INDEX, 0, 0)
    search = CatalogSearch(catalog)
    search.ensure_fresh()
    options = area_options(search.areas())
    return CatalogSession(
        catalog=catalog,
        search=search,
        summary=catalog_summary(catalog),
        areas=options,
        area_names={code: name for code, _k, name, _d in options},
        target_groups=list(search.target_groups()),
        languages=language_codes(catalog),
    )


def restore_demo(session: CatalogSession, work: Work) -> CatalogSession:
    """Import the demo catalog again into the session's catalog (demo entries get their original content)."""
    from socialekaart.workspace.demo import seed_demo

    seed_demo(session.catalog, work)
    return build_session(session.catalog, work)


def set_aside(path: Path) -> Path | None:
    """Rename an unusable catalog file to '<name>.onbruikbaar-<time>' (kept, never deleted); None if impossible."""
    if not path.exists() or path.is_dir():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.onbruikbaar-{stamp}")
    try:
        path.rename(target)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.rename(target.with_name(target.name + suffix))
    except OSError:
        return None
    return target


def start_again_path(bad: Path) -> tuple[Path, Path | None]:
    """Where to start again after an unusable catalog, and where the bad file was set aside (None: not moved).

    The bad file's own place after setting it aside, else that place if it is free, else the user's default
    catalog if it does not exist yet, else a new dated file in the user's folder.
    """
    from socialekaart.paths import default_catalog_path, user_data_dir

    if str(bad) != ":memory:":
        moved = set_aside(bad)
        if moved is not None:
            return bad, moved
        if not bad.exists() and bad.parent.exists():
            return bad, None
    default = default_catalog_path()
    if default != bad and not default.exists():
        return default, None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return user_data_dir() / f"catalog-{stamp}.sqlite", None
