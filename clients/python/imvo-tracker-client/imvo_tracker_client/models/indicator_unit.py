from enum import StrEnum


class IndicatorUnit(StrEnum):
    COUNT = "count"
    EUR = "eur"
    PERCENT = "percent"
    RATIO = "ratio"

    def __str__(self) -> str:
        return str(self.value)
