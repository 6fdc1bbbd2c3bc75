"""Import problems that name the file, row and column, so a beheerder can find and fix them."""

from __future__ import annotations

from dataclasses import dataclass

from socialekaart.errors import UserFacingError


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the input. `row` is the line number in a CSV file or a JSON path."""

    file: str
    row: int | str | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", regel {self.row}" if isinstance(self.row, int) else f", {self.row}"
        if self.column:
            where += f", kolom '{self.column}'"
        return f"{where}: {self.message}"

    def as_dict(self) -> dict[str, object]:
        return {"file": self.file, "row": self.row, "column": self.column, "message": self.message}


class ImportFailed(UserFacingError):
    """The import was refused; the catalog is unchanged. Holds every problem found (up to a limit)."""

    def __init__(self, problems: list[Problem], truncated: bool = False) -> None:
        self.problems = problems
        self.truncated = truncated
        first = str(problems[0]) if problems else "onbekende fout"
        more = f" (en {len(problems) - 1} andere problemen)" if len(problems) > 1 else ""
        super().__init__(f"Import geweigerd, de catalogus is niet gewijzigd. {first}{more}")


class ProblemList:
    """Collects problems up to a limit, so one broken column does not produce a million messages."""

    def __init__(self, limit: int = 100) -> None:
        self.items: list[Problem] = []
        self.limit = limit
        self.truncated = False

    def add(self, file: str, row: int | str | None, column: str | None, message: str) -> None:
        if len(self.items) >= self.limit:
            self.truncated = True
            return
        self.items.append(Problem(file, row, column, message))

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise ImportFailed(self.items, self.truncated)
