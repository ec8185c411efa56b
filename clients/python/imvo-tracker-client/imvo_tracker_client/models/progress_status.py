from enum import StrEnum


class ProgressStatus(StrEnum):
    ACHIEVED = "achieved"
    INSUFFICIENTDATA = "insufficientData"
    MISSED = "missed"
    OFFTRACK = "offTrack"
    ONTRACK = "onTrack"

    def __str__(self) -> str:
        return str(self.value)
