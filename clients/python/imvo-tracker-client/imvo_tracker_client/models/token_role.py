from enum import StrEnum


class TokenRole(StrEnum):
    ADMIN = "admin"
    READER = "reader"
    SECRETARIAT = "secretariat"

    def __str__(self) -> str:
        return str(self.value)
