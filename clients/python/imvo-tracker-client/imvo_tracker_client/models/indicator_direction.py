from enum import StrEnum


class IndicatorDirection(StrEnum):
    HIGHERISBETTER = "higherIsBetter"
    LOWERISBETTER = "lowerIsBetter"

    def __str__(self) -> str:
        return str(self.value)
