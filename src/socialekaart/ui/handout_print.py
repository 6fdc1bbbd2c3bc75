"""Lays the handout out on A4 with Qt (QTextDocument, QPrinter): entries never split over a page, PDF or print."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QTextDocument, QTextFrame
from PySide6.QtPrintSupport import QPrinter

from socialekaart.workspace.handout import Handout
from socialekaart.workspace.handout_format import handout_html

#: Page margins in millimetres.
MARGIN_MM = 15.0
_POINTS_PER_MM = 72 / 25.4
_PIXELS_PER_POINT = 96 / 72


def _image_name(service_id: str) -> str:
    return f"skmap-{service_id}.png"


def _page_size_points() -> QSizeF:
    """The A4 text area in the document's units (screen pixels at 96 dpi, as QTextDocument lays text out; printing
    scales the pages to the printer)."""
    a4 = QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Point)
    margin = 2 * MARGIN_MM * _POINTS_PER_MM
    return QSizeF((a4.width() - margin) * _PIXELS_PER_POINT, (a4.height() - margin) * _PIXELS_PER_POINT)


def _document(handout: Handout, maps: Mapping[str, bytes], breaks: set[int]) -> QTextDocument:
    doc = QTextDocument()
    for service_id, png in maps.items():
        doc.addResource(
            QTextDocument.ResourceType.ImageResource.value, QUrl(_image_name(service_id)), QImage.fromData(png)
        )
    doc.setHtml(handout_html(handout, {sid: _image_name(sid) for sid in maps}, breaks))
    doc.setPageSize(_page_size_points())
    return doc


def _entry_frames(doc: QTextDocument) -> list[QTextFrame]:
    return list(doc.rootFrame().childFrames())


def handout_document(handout: Handout, maps: Mapping[str, bytes] | None = None) -> QTextDocument:
    """The handout as a paginated document: an entry that would run over a page boundary starts on the next page
    (unless it is longer than a page itself). Entries keep their order."""
    maps = dict(maps or {})
    breaks: set[int] = set()
    page_height = _page_size_points().height()
    for _round in range(len(handout.entries) + 1):
        doc = _document(handout, maps, breaks)
        layout = doc.documentLayout()
        added = False
        for entry, frame in zip(handout.entries, _entry_frames(doc), strict=False):
            rect = layout.frameBoundingRect(frame)
            first, last = int(rect.top() // page_height), int((rect.bottom() - 1) // page_height)
            if first != last and entry.number not in breaks and entry.number > 1 and rect.top() % page_height > 1:
                breaks.add(entry.number)
                added = True
                break  # later entries move: measure again
        if not added:
            return doc
    return doc


def entry_pages(doc: QTextDocument) -> list[tuple[int, int]]:
    """(first page, last page), 0-based, of each entry's box in a laid-out document."""
    height = doc.pageSize().height()
    layout = doc.documentLayout()
    out = []
    for frame in _entry_frames(doc):
        rect = layout.frameBoundingRect(frame)
        out.append((int(rect.top() // height), int((rect.bottom() - 1) // height)))
    return out


def a4_printer(printer: QPrinter | None = None) -> QPrinter:
    """A printer (or the given one) set to A4 portrait with the handout's margins."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    return printer


def print_document(doc: QTextDocument, printer: QPrinter) -> None:
    """Print (or preview) the laid-out handout on `printer`."""
    doc.print_(printer)


def write_pdf(handout: Handout, out: Path, maps: Mapping[str, bytes] | None = None) -> Path:
    """Write the handout as an A4 PDF."""
    doc = handout_document(handout, maps)
    printer = a4_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setDocName(doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.print_(printer)
    return out


def render_maps(pages: Mapping[str, str], width: int, height: int) -> dict[str, bytes]:
    """Render each map page offscreen to PNG bytes (service id → PNG); a map that does not draw is left out.
    The images pass through a private temporary folder that is removed at once (they hold no resident data)."""
    import tempfile

    from socialekaart.ui.map.render import RenderError, render_png

    out: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory(prefix="sk-handout-") as folder:
        for n, (service_id, html) in enumerate(pages.items()):
            path = Path(folder) / f"{n}.png"
            try:
                render_png(html, path, width=width, height=height)
            except RenderError:
                continue
            out[service_id] = path.read_bytes()
    return out


def ensure_gui() -> None:
    """A QApplication for rendering from the command line (offscreen when there is no display)."""
    from socialekaart.ui.map.render import ensure_application

    ensure_application()
