from django.db import models
from django.utils.translation import gettext_lazy as _


class Profession(models.TextChoices):
    POLICE_INVESTIGATOR = "police_investigator", _("Police investigator")
    DISTRICT_POLICE = "district_police", _("District police officer")
    PATROL_POLICE = "patrol_police", _("Patrol police officer")
    JUVENILE_INSPECTOR = "juvenile_inspector", _("Juvenile inspector")
    PROSECUTOR = "prosecutor", _("Prosecutor")
    JUDGE = "judge", _("Judge")
    FORENSIC_EXPERT = "forensic_expert", _("Forensic medical expert")
    DOCTOR = "doctor", _("Doctor")
    NURSE = "nurse", _("Nurse")
    PSYCHOLOGIST = "psychologist", _("Psychologist")
    SOCIAL_WORKER = "social_worker", _("Social worker")
    CRISIS_CENTRE = "crisis_centre", _("Crisis-centre staff")
    OTHER = "other", _("Other")


class Sex(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    NOT_SAID = "not_said", _("Prefer not to say")


class AuditEvent(models.TextChoices):
    LOGIN = "login", _("Signed in")
    LOGIN_FAILED = "login_failed", _("Failed sign-in")
    LOGOUT = "logout", _("Signed out")
    SIGNUP = "signup", _("Signed up")
    PASSWORD_CHANGED = "password_changed", _("Password changed")
    PASSWORD_RESET = "password_reset", _("Password reset")
    EMAIL_CHANGED = "email_changed", _("Email changed")
    MFA_ADDED = "mfa_added", _("Two-factor authentication added")
    MFA_REMOVED = "mfa_removed", _("Two-factor authentication removed")
    MFA_CODES_REGENERATED = "mfa_codes_regenerated", _("Recovery codes regenerated")
    ROLE_GRANTED = "role_granted", _("Role granted")
    ROLE_REVOKED = "role_revoked", _("Role revoked")
    MEMBERSHIP_REQUESTED = "membership_requested", _("Asked to join an institution")
    MEMBERSHIP_APPROVED = "membership_approved", _("Join request approved")
    MEMBERSHIP_REJECTED = "membership_rejected", _("Join request rejected")
    MEMBERSHIP_JOINED = "membership_joined", _("Joined by invite")
    MEMBERSHIP_ENDED = "membership_ended", _("Membership ended")
    MEMBERSHIP_RESTORED = "membership_restored", _("Membership restored")
    INVITE_CREATED = "invite_created", _("Invite created")
    INVITE_REVOKED = "invite_revoked", _("Invite revoked")
    ACCESS_DENIED = "access_denied", _("Access denied")
    DATA_EXPORTED = "data_exported", _("Personal data downloaded")
    ACCOUNT_DELETED = "account_deleted", _("Account deleted")
    INSTITUTIONS_IMPORTED = "institutions_imported", _("Institutions imported")
    REPORT_EXPORTED = "report_exported", _("Report exported")
    STAFF_IMPORTED = "staff_imported", _("Staff imported")
    INVITATION_ACCEPTED = "invitation_accepted", _("Invitation accepted")
    PROTOCOL_PUBLISHED = "protocol_published", _("Protocol published")
    TRANSLATION_GATE_OVERRIDDEN = "translation_gate_overridden", _(
        "Protocol approved although translations are behind")
