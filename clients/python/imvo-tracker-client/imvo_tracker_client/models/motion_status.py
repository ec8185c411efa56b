from enum import StrEnum


class MotionStatus(StrEnum):
    ADOPTED = "adopted"
    COMPLETED = "completed"
    INPROGRESS = "inProgress"
    REJECTED = "rejected"
    SUBMITTED = "submitted"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
