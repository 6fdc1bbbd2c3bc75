"""Paints one result as a small card: name, organisation, access badge, distance, open now, why it matched.

Everything is drawn with QPainter.drawText, which never interprets markup: catalog text stays plain text.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from socialekaart.catalog.queries.records import months_between
from socialekaart.ui.labels import (
    access_label,
    distance_label,
    free_label,
    open_now_label,
    reasons_label,
    stale_marker_label,
)
from socialekaart.ui.models.results_model import Role
from socialekaart.ui.theme import BADGE_EDGE, badge_qcolors, open_now_color, stale_marker_qcolors
from socialekaart.workspace.searching import ResultRow

if TYPE_CHECKING:  # the search package (numpy and all) loads only when the first search runs
    from socialekaart.search.explain import Reason


class ResultDelegate(QStyledItemDelegate):
    """Card layout; its height follows the view's font, so presentation mode and scaling just work."""

    #: A card not checked for this many months gets the "niet gecontroleerd" marker (the setting; 0 = none).
    stale_months = 12
    #: The day staleness is counted to (fixed in tests and screenshots; None = the real today).
    today: date | None = None

    def is_stale(self, row: ResultRow) -> bool:
        """Whether the card gets the marker: never checked, or not within `stale_months`."""
        if not self.stale_months:
            return False
        if row.last_verified is None:
            return True
        return months_between(row.last_verified, self.today or date.today()) >= self.stale_months

    def _fonts(self, base: QFont) -> tuple[QFont, QFont, QFont]:
        title = QFont(base)
        title.setBold(True)
        title.setPointSizeF(base.pointSizeF() * 1.12)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.9)
        return title, base, small

    def _pad(self, base: QFont) -> int:
        return max(4, QFontMetrics(base).height() // 3)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        title, body, small = self._fonts(option.font)  # type: ignore[attr-defined]
        pad = self._pad(body)
        row = index.data(Role.ROW)
        lines = QFontMetrics(title).height() + QFontMetrics(body).height() + self._badge_height(small) + 2 * pad
        if isinstance(row, ResultRow) and row.why:
            lines += QFontMetrics(small).height() + pad // 2
        return QSize(200, lines + pad)

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Hovering a card shows its reason line in full (the card elides it); the detail pane shows it too."""
        row = index.data(Role.ROW)
        if event.type() == QEvent.Type.ToolTip and isinstance(row, ResultRow) and row.why:
            QToolTip.showText(event.globalPos(), reason_line(row), view)
            return True
        return super().helpEvent(event, view, option, index)

    def _badge_height(self, small: QFont) -> int:
        return QFontMetrics(small).height() + 6

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        row = index.data(Role.ROW)
        if not isinstance(row, ResultRow):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # type: ignore[attr-defined]
        widget: QWidget | None = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = opt.palette  # type: ignore[attr-defined]
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = palette.color(text_role)
        muted = QColor(text_color)
        if not selected:
            muted = palette.color(QPalette.ColorRole.PlaceholderText)
            if muted.alpha() < 255 or _contrast(muted, palette.color(QPalette.ColorRole.Base)) < 4.5:
                muted = text_color

        title, body, small = self._fonts(opt.font)  # type: ignore[attr-defined]
        pad = self._pad(body)
        rect: QRect = opt.rect.adjusted(pad * 2, pad, -pad * 2, -pad)  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        y = rect.top()

        # Line 1: name, distance on the right.
        fm_title = QFontMetrics(title)
        distance = distance_label(row.distance_km)
        dist_w = QFontMetrics(body).horizontalAdvance(distance) + pad if distance else 0
        painter.setFont(title)
        painter.setPen(text_color)
        name = fm_title.elidedText(row.name, Qt.TextElideMode.ElideRight, rect.width() - dist_w)
        painter.drawText(QRect(rect.left(), y, rect.width() - dist_w, fm_title.height()), _PLAIN_LEFT, name)
        if distance:
            painter.setFont(body)
            painter.drawText(
                QRect(rect.right() - dist_w, y, dist_w, fm_title.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine),
                distance,
            )
        y += fm_title.height()

        # Line 2: organisation.
        fm_body = QFontMetrics(body)
        painter.setFont(body)
        painter.setPen(muted)
        org = fm_body.elidedText(row.organization, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), y, rect.width(), fm_body.height()), _PLAIN_LEFT, org)
        y += fm_body.height() + pad // 2

        # Line 3: badges.
        fm_small = QFontMetrics(small)
        painter.setFont(small)
        bh = self._badge_height(small)
        x = rect.left()
        label = access_label(row.access_type)
        if label:
            x = _badge(painter, x, y, bh, label, fm_small, badge_qcolors("access", row.access_type), pad)
        if row.free_of_charge:
            x = _badge(painter, x, y, bh, free_label(), fm_small, badge_qcolors("free"), pad)
        if self.is_stale(row):
            x = _badge(painter, x, y, bh, stale_marker_label(), fm_small, stale_marker_qcolors(), pad)
        state = open_now_label(row.open_now)
        if state:
            painter.setPen(text_color if selected else open_now_color(bool(row.open_now)))
            dot = "● " if row.open_now else "○ "
            painter.drawText(QRect(x, y, rect.right() - x, bh), _PLAIN_LEFT, dot + state)
        y += bh + pad // 2

        # Line 4: why it matched.
        if row.why:
            painter.setPen(muted)
            italic = QFont(small)
            italic.setItalic(True)
            painter.setFont(italic)
            why = QFontMetrics(italic).elidedText(_why_text(row.why), Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(QRect(rect.left(), y, rect.width(), fm_small.height()), _PLAIN_LEFT, why)
        painter.restore()


def reason_line(row: ResultRow) -> str:
    """The reason line of a row, whole: the tooltip of an elided line and the detail pane show it."""
    return _why_text(row.why) if row.why else ""


_PLAIN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine)


def _why_text(why: tuple[Reason, ...]) -> str:
    """The reasons line of a card, in the UI language."""
    return QCoreApplication.translate("ResultDelegate", "Gevonden op: %1").replace("%1", reasons_label(why))


def _badge(
    painter: QPainter,
    x: int,
    y: int,
    h: int,
    text: str,
    fm: QFontMetrics,
    colors: tuple[QColor, QColor, QColor],
    pad: int,
) -> int:
    """A rounded badge with a coloured edge on its left (as in the detail pane); returns where the next one starts."""
    edge, bg, fg = colors
    w = fm.horizontalAdvance(text) + 12 + BADGE_EDGE
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(edge)
    painter.drawRoundedRect(QRect(x, y, w, h), h / 3, h / 3)
    painter.setBrush(bg)
    painter.drawRoundedRect(QRect(x + BADGE_EDGE, y, w - BADGE_EDGE, h), h / 3, h / 3)
    painter.drawRect(QRect(x + BADGE_EDGE, y, h // 2, h))  # square where the edge meets the tint
    painter.setPen(fg)
    text_rect = QRect(x + BADGE_EDGE, y, w - BADGE_EDGE, h)
    painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine), text)
    return x + w + pad


def _luminance(c: QColor) -> float:
    def ch(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())


def _contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
