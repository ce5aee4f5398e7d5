"""Two-factor authentication: encrypted secrets, and who must use it."""

import base64
import hashlib

from allauth.mfa.adapter import DefaultMFAAdapter
from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings


def _fernet():
    key = settings.MFA_ENCRYPTION_KEY or settings.SECRET_KEY
    digest = hashlib.sha256(f"academy-mfa:{key}".encode()).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


class MFAAdapter(DefaultMFAAdapter):
    """TOTP secrets and recovery-code seeds are stored encrypted, never in clear."""

    def encrypt(self, text):
        return _fernet().encrypt(text.encode()).decode()

    def decrypt(self, encrypted_text):
        try:
            return _fernet().decrypt(encrypted_text.encode()).decode()
        except InvalidToken as exc:
            raise ValueError("MFA secret cannot be decrypted with the configured key") from exc


# Further rules, registered by other apps (institutions: administrators of any institution).
_requirements = []


def mfa_requirement(function):
    """Also require two-factor authentication of users for whom `function(user)` is true."""
    if function not in _requirements:
        _requirements.append(function)
    return function


def mfa_required_for(user):
    """Editors, moderators, staff and administrators must use two-factor authentication."""
    if not user.is_authenticated:
        return False
    if user.is_staff or user.is_superuser:
        return True
    if user.groups.filter(name__in=settings.MFA_REQUIRED_GROUPS).exists():
        return True
    return any(requirement(user) for requirement in _requirements)


def mfa_enabled(user):
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
