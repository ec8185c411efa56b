from enum import StrEnum


class CovenantStatus(StrEnum):
    ENDED = "ended"
    EXPLORING = "exploring"
    NEGOTIATING = "negotiating"
    SIGNED = "signed"

    def __str__(self) -> str:
        return str(self.value)
