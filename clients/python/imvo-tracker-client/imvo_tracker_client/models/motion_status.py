from enum import StrEnum


class MotionStatus(StrEnum):
    ADOPTED = "adopted"
    COMPLETED = "completed"
    REJECTED = "rejected"
    SUBMITTED = "submitted"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
