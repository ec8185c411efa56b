from enum import StrEnum


class RemedyMechanismStatus(StrEnum):
    ENDED = "ended"
    OPERATING = "operating"
    PLANNED = "planned"

    def __str__(self) -> str:
        return str(self.value)
