from enum import StrEnum


class CoverageNotComputedReason(StrEnum):
    NOMARKETSHARES = "noMarketShares"
    NOPARTICIPANTS = "noParticipants"

    def __str__(self) -> str:
        return str(self.value)
