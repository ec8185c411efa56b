from enum import StrEnum


class CovenantStatus(StrEnum):
    DROPPED = "dropped"
    ENDED = "ended"
    EXPLORING = "exploring"
    NEGOTIATING = "negotiating"
    SIGNED = "signed"
    STALLED = "stalled"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
