from enum import StrEnum


class DateBasis(StrEnum):
    CHANGED = "changed"
    REPORTED = "reported"

    def __str__(self) -> str:
        return str(self.value)
