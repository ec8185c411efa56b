from enum import StrEnum


class ProgressBasis(StrEnum):
    COMPUTED = "computed"
    MEASURED = "measured"

    def __str__(self) -> str:
        return str(self.value)
