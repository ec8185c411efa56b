from enum import StrEnum


class WebhookResourceType(StrEnum):
    ANNUALREPORT = "annualReport"
    COVENANT = "covenant"
    COVENANTSTATUSCHANGE = "covenantStatusChange"
    EVALUATION = "evaluation"
    GOVERNANCEBODY = "governanceBody"
    INDICATOR = "indicator"
    LETTER = "letter"
    MEASUREMENT = "measurement"
    MOTION = "motion"
    MOTIONRESPONSE = "motionResponse"
    NGOASSESSMENT = "ngoAssessment"
    OECDENDORSEMENT = "oecdEndorsement"
    ORGANISATION = "organisation"
    PARTICIPATION = "participation"
    PROGRAMME = "programme"
    PUBLISHEDFIGURE = "publishedFigure"
    REMEDYMECHANISM = "remedyMechanism"
    SECTOR = "sector"
    SIZEFACT = "sizeFact"
    TARGET = "target"
    WORKINGGROUP = "workingGroup"
    WORKINGGROUPOUTPUT = "workingGroupOutput"

    def __str__(self) -> str:
        return str(self.value)
