from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Instrument(models.TextChoices):
    CRIMINAL_CODE = "criminal_code", _("Criminal Code of the Republic of Kazakhstan")
    CRIMINAL_PROCEDURE_CODE = "criminal_procedure_code", _(
        "Code of Criminal Procedure of the Republic of Kazakhstan")
    CEDAW_GR35 = "cedaw_gr35", _("CEDAW General Recommendation No. 35 (CEDAW/C/GC/35)")
    CEDAW_CO5 = "cedaw_co5", _("CEDAW concluding observations on Kazakhstan (CEDAW/C/KAZ/CO/5)")
    CIVIL_CODE = "civil_code", _("Civil Code of the Republic of Kazakhstan")
    SUPREME_COURT_2007_4 = "supreme_court_2007_4", _(
        "Normative resolution of the Supreme Court No. 4 of 11 May 2007 on rape and other violent acts"
        " of a sexual nature")
    HRC_CO2 = "hrc_co2", _(
        "Human Rights Committee concluding observations on Kazakhstan's second periodic report")
    EQUALITY_NOW_2024 = "equality_now_2024", _(
        "Equality Now, information on violence against women and girls in Kazakhstan (9 April 2024)")
    OTHER = "other", _("Other")


class ClauseChange(models.TextChoices):
    ADDED = "added", _("Added")
    REMOVED = "removed", _("Removed")
    CHANGED = "changed", _("Changed")
    MOVED = "moved", _("Renumbered")


class ChangeKind(models.TextChoices):
    """What a publication changes, as the editor says: readers are asked to re-read a
    substantive change, never an editorial one."""

    AUTO = "auto", _("Decide from the clauses (changed, added or removed text is substantive)")
    SUBSTANTIVE = "substantive", _("Substantive: readers must read it again")
    EDITORIAL = "editorial", _("Editorial: wording or layout only, nothing for readers to redo")


class TranslationStatus(models.TextChoices):
    """Where a translation stands against the newest version in any language."""
    CURRENT = "current", pgettext_lazy("translation", "Current")
    BEHIND = "behind", pgettext_lazy("translation", "Behind")
    MISSING = "missing", pgettext_lazy("translation", "Missing")
