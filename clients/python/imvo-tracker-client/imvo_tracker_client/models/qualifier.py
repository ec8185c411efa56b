from enum import StrEnum


class Qualifier(StrEnum):
    APPROXIMATELY = "approximately"
    ATLEAST = "atLeast"
    ATMOST = "atMost"
    EXACT = "exact"
    LESSTHAN = "lessThan"
    MORETHAN = "moreThan"

    def __str__(self) -> str:
        return str(self.value)
