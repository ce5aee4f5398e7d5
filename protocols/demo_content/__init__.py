"""Demo protocols, drawn from the 2024 brief on violence against women and girls in
Kazakhstan (shared/seed) and the CEDAW recommendations it cites."""

from .forensic import PROTOCOL as FORENSIC
from .interviewing import PROTOCOL as INTERVIEWING
from .others import AUDIENCES, LEGAL_REFERENCES, TOPICS
from .others import PROTOCOLS as OTHERS

PROTOCOLS = [INTERVIEWING, FORENSIC, *OTHERS]

__all__ = ["AUDIENCES", "LEGAL_REFERENCES", "PROTOCOLS", "TOPICS"]
