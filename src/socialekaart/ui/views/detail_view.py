"""The detail pane: everything about one service, as plain-text labels with one-click copy of contact channels."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from socialekaart.ui.labels import (
    access_explanation,
    access_label,
    age_label,
    channel_kind_label,
    channel_text,
    cost_lines,
    entry_kind_label,
    free_label,
    mnemonic_safe,
    provider_kind_label,
    served_area_label,
    slots_label,
    verified_label,
    weekday_name,
)
from socialekaart.ui.theme import LINK_BUTTON_STYLE, NoticeKind, badge_style, highlight_style, notice_style
from socialekaart.ui.views.widgets import clear_layout, plain_label

if TYPE_CHECKING:
    from socialekaart.catalog.queries import ContactChannel, PlaceDetail, ServiceDetail, ServiceRef, WeekHours

#: Related services listed before a "Toon alle" button.
RELATED_SHOWN = 8


class DetailView(QScrollArea):
    """Layout only; the controller hands it a ServiceDetail. Signals: a related service asked for, a copy done."""

    open_service = Signal(str)
    copied = Signal(str, str)  # (what, value)
    close_requested = Signal()
    edit_requested = Signal(str)  # service id
    verify_requested = Signal(str)  # service id: "klopt nog"
    edit_location = Signal(str)  # location id: edit the place (an activiteitencentrum's hours, its address)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Text wraps to the pane's width; should a narrow pane still be too narrow (large scaling on a small
        # screen), a scroll bar appears instead of cutting off the Kopieer buttons.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._content = QWidget()
        self._content.setObjectName("detailContent")
        self._layout = QVBoxLayout(self._content)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setWidget(self._content)
        self._detail: ServiceDetail | None = None
        self._today = date.today()
        self.stale_months = 12  # the setting: an entry not checked for this long is marked
        self._message = ""
        self._focusables: list[QWidget] = []
        self._expanded: set[str] = set()
        self._reason: tuple[str, str] = ("", "")  # (service id, why it was found), shown under the badges
        self.copy_buttons: dict[str, QToolButton] = {}
        self.setAccessibleName(self.tr("Details"))
        self.show_message(self.tr("Kies een resultaat om de details te zien."))

    # --- public -----------------------------------------------------------------------------------------------

    @property
    def detail(self) -> ServiceDetail | None:
        return self._detail

    def show_message(self, text: str) -> None:
        self._detail = None
        self._message = text
        self._reset()
        label = plain_label(text, name="detailMessage")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setEnabled(False)
        self._layout.addStretch(1)
        self._layout.addWidget(label)
        self._layout.addStretch(2)

    def show_detail(self, detail: ServiceDetail, today: date | None = None) -> None:
        if self._detail is None or self._detail.id != detail.id:
            self._expanded = set()
        self._detail = detail
        self._today = today or date.today()
        self._render()
        self.verticalScrollBar().setValue(0)

    def set_reason(self, service_id: str, text: str) -> None:
        """Why the search found `service_id`, shown in full when its detail is shown ("" for none)."""
        if self._reason == (service_id, text):
            return
        self._reason = (service_id, text)
        if self._detail is not None and self._detail.id == service_id:
            self._render()

    def focus_first(self) -> None:
        """Give the keyboard to the first control (a Kopieer button), with its focus ring shown as after Tab."""
        target = self.first_focus_widget() or self
        window = self.window()
        # Qt draws the focus ring only once the keyboard moved focus in this window; Enter is the keyboard too.
        window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ensureWidgetVisible(target)

    def first_focus_widget(self) -> QWidget | None:
        """Where Enter on a result takes the keyboard: the first copy button, else the pane itself."""
        return self._focusables[0] if self._focusables else None

    def focusables(self) -> list[QWidget]:
        return list(self._focusables)

    def rerender(self) -> None:
        """Build the pane again (after a font or language change)."""
        if self._detail is not None:
            self._render()
        elif self._message:
            self.show_message(self._message)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Details"))
            if self._detail is not None:
                self._render()
        super().changeEvent(event)

    def keyPressEvent(self, event: object) -> None:
        from PySide6.QtGui import QKeyEvent

        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            self.close_requested.emit()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]

    # --- rendering ----------------------------------------------------------------------------------------------

    def _reset(self) -> None:
        clear_layout(self._layout)
        self._focusables = []
        self.copy_buttons = {}

    def _font(self, scale: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        return font

    def _styled(self, label: QLabel) -> QLabel:
        """A label with a style sheet does not follow its parent's font; give it the pane's (presentation mode)."""
        label.setFont(self._font(1.0))
        return label

    def _render(self) -> None:
        d = self._detail
        assert d is not None
        self._reset()
        add = self._layout.addWidget

        title = plain_label(d.name, name="detailTitle")
        title.setFont(self._font(1.5, bold=True))
        title.setAccessibleName(self.tr("Naam: %1").replace("%1", d.name))
        add(title)
        if d.alternate_name:
            add(plain_label(d.alternate_name))
        if d.organization_name:
            org = plain_label(d.organization_name, name="detailOrganization")
            org.setFont(self._font(1.1))
            add(org)

        badges = QHBoxLayout()
        badges.setSpacing(6)
        if d.access_type:
            access = access_label(d.access_type)
            badges.addWidget(self._styled(_badge(access, badge_style("access", d.access_type), "detailAccessBadge")))
        if d.entry_kind:
            badges.addWidget(
                self._styled(_badge(entry_kind_label(d.entry_kind), badge_style("plain"), "detailKindBadge"))
            )
        if d.free_of_charge:
            badges.addWidget(self._styled(_badge(free_label(), badge_style("free"), "detailFreeBadge")))
        badges.addStretch(1)
        self._layout.addLayout(badges)
        explanation = access_explanation(d.access_type)
        if d.access_type == "niet_vrij_toegankelijk" and d.access_granted_by:
            explanation = f"{explanation} " + self.tr("Toegang via: %1").replace("%1", d.access_granted_by)
        if explanation:
            add(plain_label(explanation, name="detailAccessText"))
        reason_id, reason = self._reason
        if reason and reason_id == d.id:
            why = plain_label(reason, name="detailReason")  # the result list's reason line, here in full
            font = self._font(0.95)
            font.setItalic(True)
            why.setFont(font)
            add(why)

        if d.status and d.status != "active":
            inactive = self.tr("Let op: deze dienst is niet actief (%1).").replace("%1", d.status)
            add(self._styled(_notice(inactive, "warn")))
        if d.alert:
            add(self._styled(_notice(d.alert, "warn", name="detailAlert")))
        if d.demo:
            demo = self.tr("Demogegevens: deze dienst is verzonnen en bestaat niet echt.")
            add(self._styled(_notice(demo, "info", name="detailDemo")))
        self._verified()

        if d.description:
            add(plain_label(d.description, name="detailDescription"))

        self._channels(d.channels)
        for person in d.contacts:
            parts = [person.name, person.title, person.department]
            text = " · ".join(p for p in dict.fromkeys(parts) if p)
            extra = ", ".join(p for p in (person.email, *person.phones) if p)
            line = self.tr("Contactpersoon: %1").replace("%1", text)
            add(plain_label(line + (f" ({extra})" if extra else "")))

        if not d.hours.empty:
            self._section(self.tr("Openingstijden"))
            self._week(d.hours, "")
        for place in d.places:
            self._place(place, several=len(d.places) > 1)

        self._who(d)
        self._how(d)
        self._cost(d)
        if d.languages:
            self._section(self.tr("Talen"))
            add(plain_label(", ".join(d.languages), name="detailLanguages"))
        if d.areas:
            self._section(self.tr("Werkgebied"))
            add(plain_label(", ".join(served_area_label(a) for a in d.areas), name="detailAreas"))
        if d.needs or d.other_terms:
            self._section(self.tr("Helpt bij"))
            add(plain_label(", ".join((*d.needs, *d.other_terms)), name="detailNeeds"))

        if d.other_services:
            self._section(self.tr("Meer van %1").replace("%1", d.organization_name or self.tr("deze organisatie")))
            self._links("other", d.other_services, with_org=False)
        if d.same_location:
            self._section(self.tr("Ook op deze locatie"))
            self._links("same", d.same_location, with_org=True)
        self._layout.addStretch(1)

    def _section(self, text: str) -> None:
        label = plain_label(text, selectable=False)
        label.setFont(self._font(1.15, bold=True))
        label.setContentsMargins(0, 10, 0, 2)
        label.setAccessibleName(text)
        self._layout.addWidget(label)

    def _verified(self) -> None:
        d = self._detail
        assert d is not None
        stale = d.is_stale(self._today, self.stale_months)
        text = verified_label(d.last_verified, stale, d.verified_by)
        label = self._styled(_notice(text, "warn" if stale else "plain", name="detailVerified"))
        label.setProperty("stale", stale)
        self._layout.addWidget(label)
        row = QHBoxLayout()
        edit = QPushButton(self.tr("Bewerken (Ctrl+E)"))
        edit.setObjectName("detailEdit")
        edit.clicked.connect(lambda _c=False, sid=d.id: self.edit_requested.emit(sid))
        verify = QPushButton(self.tr("Klopt nog (Ctrl+Shift+K)"))
        verify.setObjectName("detailVerify")
        verify.setToolTip(self.tr("Vastleggen dat u deze gegevens vandaag hebt gecontroleerd"))
        verify.clicked.connect(lambda _c=False, sid=d.id: self.verify_requested.emit(sid))
        row.addWidget(edit)
        row.addWidget(verify)
        row.addStretch(1)
        self._layout.addLayout(row)

    def _channels(self, channels: tuple[ContactChannel, ...]) -> None:
        if not channels:
            return
        self._section(self.tr("Contact"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setColumnStretch(1, 1)
        for i, channel in enumerate(channels):
            kind = channel_kind_label(channel.kind)
            text = channel_text(channel)
            head = plain_label(kind, wrap=False, selectable=False)
            value = plain_label(text, name=f"channel_{channel.kind}_{i}")
            value.setAccessibleName(f"{kind}: {text}")
            button = QToolButton()
            button.setObjectName(f"copy_{channel.kind}_{i}")
            button.setText(self.tr("Kopieer"))
            button.setAccessibleName(self.tr("Kopieer %1: %2").replace("%1", kind).replace("%2", text))
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _c=False, k=kind, v=text: self._copy(k, v))
            grid.addWidget(head, i, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(value, i, 1, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(button, i, 2, Qt.AlignmentFlag.AlignVCenter)
            self._focusables.append(button)
            self.copy_buttons.setdefault(channel.kind, button)
        self._layout.addLayout(grid)

    def _copy(self, what: str, value: str) -> None:
        QGuiApplication.clipboard().setText(value)
        self.copied.emit(what, value)

    def _week(self, hours: WeekHours, prefix: str) -> None:
        if not any(hours.days):
            # Only monthly or irregular rules: a week of "gesloten" would mislead.
            for text in hours.other:
                self._layout.addWidget(plain_label(text))
            return
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(1)
        grid.setColumnStretch(2, 1)
        today = self._today.weekday()
        all_notes = {slot.note for slots in hours.days for slot in slots}
        shared_note = next(iter(all_notes)) if len(all_notes) == 1 else ""  # said once, under the week
        for day in range(7):
            name = plain_label(weekday_name(day).capitalize(), wrap=False, selectable=False)
            slots = hours.days[day]
            text = slots_label(slots)
            notes = "" if shared_note else "; ".join(dict.fromkeys(s.note for s in slots if s.note))
            value = plain_label(text + (f"  ({notes})" if notes else ""))
            if day == today:
                for label in (name, value):
                    font = QFont(label.font())
                    font.setBold(True)
                    label.setFont(font)
                marker = plain_label(self.tr("vandaag"), wrap=False, selectable=False, name=f"{prefix}today")
                marker.setStyleSheet(highlight_style())
                marker.setFont(self._font(0.95))
                grid.addWidget(marker, day, 1)
                value.setObjectName(f"{prefix}todayHours")
                value.setAccessibleName(self.tr("Vandaag, %1: %2").replace("%1", weekday_name(day)).replace("%2", text))
            grid.addWidget(name, day, 0)
            grid.addWidget(value, day, 2)
        self._layout.addLayout(grid)
        if shared_note:
            self._layout.addWidget(plain_label(shared_note, name=f"{prefix}hoursNote"))
        for text in hours.other:
            self._layout.addWidget(plain_label(text))

    def _place(self, place: PlaceDetail, several: bool) -> None:
        add = self._layout.addWidget
        self._section(place.name or self.tr("Locatie"))
        if place.note:
            add(plain_label(place.note))
        address = place.address_line()
        if address:
            label = plain_label(address, name="detailAddress")
            label.setAccessibleName(self.tr("Adres: %1").replace("%1", address))
            add(label)
        area = place.area_line()
        if area:
            add(plain_label(self.tr("Gebied: %1").replace("%1", area), name="detailPlaceArea"))
        if place.transportation:
            add(plain_label(self.tr("Bereikbaarheid: %1").replace("%1", place.transportation)))
        if place.accessibility:
            add(plain_label(self.tr("Toegankelijkheid: %1").replace("%1", "; ".join(place.accessibility)),
                            name="detailAccessibility"))  # fmt: skip
        if not place.hours.empty:
            self._week(place.hours, "place_" if several else "")
        edit = QPushButton(self.tr("Locatie bewerken"))
        edit.setObjectName(f"editLocation_{place.location_id}")
        edit.clicked.connect(lambda _c=False, lid=place.location_id: self.edit_location.emit(lid))
        self._layout.addWidget(edit, 0, Qt.AlignmentFlag.AlignLeft)

    def _who(self, d: ServiceDetail) -> None:
        lines = []
        if d.target_groups:
            lines.append(", ".join(d.target_groups))
        age = age_label(d.minimum_age, d.maximum_age)
        if age:
            lines.append(self.tr("Leeftijd: %1").replace("%1", age))
        if d.eligibility:
            lines.append(d.eligibility)
        if d.provider_kind:
            lines.append(self.tr("Uitgevoerd door: %1").replace("%1", provider_kind_label(d.provider_kind).lower()))
        if lines:
            self._section(self.tr("Voor wie"))
            self._layout.addWidget(plain_label("\n".join(lines), name="detailTargetGroups"))

    def _how(self, d: ServiceDetail) -> None:
        lines = [d.application_process] if d.application_process else []
        if d.wait_time:
            lines.append(self.tr("Wachttijd: %1").replace("%1", d.wait_time))
        if d.required_documents:
            lines.append(self.tr("Meenemen: %1").replace("%1", ", ".join(d.required_documents)))
        if lines:
            self._section(self.tr("Aanmelden"))
            self._layout.addWidget(plain_label("\n".join(lines)))

    def _cost(self, d: ServiceDetail) -> None:
        self._section(self.tr("Kosten"))
        self._layout.addWidget(plain_label("\n".join(cost_lines(d)), name="detailCost"))

    def _links(self, group: str, refs: tuple[ServiceRef, ...], with_org: bool) -> None:
        shown = refs if group in self._expanded else refs[:RELATED_SHOWN]
        for ref in shown:
            text = ref.name
            extra = [p for p in ((ref.organization_name if with_org else ""), access_label(ref.access_type)) if p]
            if extra:
                text += f"  ({', '.join(extra)})"
            button = QPushButton(mnemonic_safe(text))
            button.setFlat(True)
            button.setObjectName(f"related_{ref.id}")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet(LINK_BUTTON_STYLE)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(self.tr("Open %1").replace("%1", text))
            button.clicked.connect(lambda _c=False, sid=ref.id: self.open_service.emit(sid))
            self._layout.addWidget(button)
            self._focusables.append(button)
        if len(shown) < len(refs):
            more = QPushButton(self.tr("Toon alle %1").replace("%1", str(len(refs))))
            more.setObjectName(f"more_{group}")
            more.setAccessibleName(more.text())
            next_id = refs[len(shown)].id
            more.clicked.connect(lambda _c=False: self._expand(group, next_id))
            self._layout.addWidget(more, 0, Qt.AlignmentFlag.AlignLeft)
            self._focusables.append(more)

    def _expand(self, group: str, focus_id: str) -> None:
        """Show all related services of a group; the keyboard lands on the first one that was hidden."""
        self._expanded.add(group)
        self._render()
        target = self._content.findChild(QPushButton, f"related_{focus_id}")
        if target is not None:
            # New widgets become visible on the next turn of the event loop; focus them then.
            def focus() -> None:
                target.setFocus()
                self.ensureWidgetVisible(target)

            QTimer.singleShot(0, focus)


def _badge(text: str, style: str, name: str) -> QLabel:
    label = plain_label(text, wrap=False, selectable=False, name=name)
    label.setStyleSheet(style)
    return label


def _notice(text: str, kind: NoticeKind, name: str = "") -> QLabel:
    label = plain_label(text, name=name)
    label.setStyleSheet(notice_style(kind))
    return label
