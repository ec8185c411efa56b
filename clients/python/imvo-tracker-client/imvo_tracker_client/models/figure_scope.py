from enum import StrEnum


class FigureScope(StrEnum):
    COVENANT = "covenant"
    NATIONAL = "national"

    def __str__(self) -> str:
        return str(self.value)
