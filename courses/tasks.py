from celery import shared_task
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation

from academy.base.services import absolute_url
from academy.events import CertificateIssued, event_send
from institutions.selectors import membership_current


def _expiry(course):
    from django.utils import timezone

    from .services import months_later

    months = course.certificate_valid_months
    return months_later(timezone.now(), months) if months else None


@shared_task(name="courses.certificate_issue", acks_late=True, max_retries=3,
             autoretry_for=(OSError,), retry_backoff=True)
def certificate_issue(user_id, course_key):
    """Make, store and email a learner's certificate once: a retried task makes no second one."""
    from django.contrib.auth import get_user_model

    from .certificates import certificate_render
    from .constants import CertificateStatus
    from .models import Certificate, CourseProgress
    from .selectors import course_in_language
    from .services import certificate_email

    user = get_user_model().objects.filter(pk=user_id).select_related("profile").first()
    if user is None:
        return None
    if not CourseProgress.objects.filter(user=user, course_key=course_key,
                                         completed_at__isnull=False).exists():
        return None
    existing = Certificate.objects.filter(user=user, course_key=course_key,
                                          status=CertificateStatus.VALID).first()
    if existing and existing.file:
        return existing.code
    profile = getattr(user, "profile", None)
    language = profile.preferred_language if profile else settings.LANGUAGE_CODE
    course = course_in_language(course_key=course_key, language=language)
    if course is None or not course.certificate_enabled:
        return None
    try:
        with transaction.atomic():
            certificate = existing or Certificate.objects.create(
                user=user, course_key=course_key, language=course.locale.language_code,
                learner_name=profile.full_name if profile else user.email,
                course_title=course.title, expires_at=_expiry(course),
            )
    except IntegrityError:  # a concurrent run made it first
        return Certificate.objects.get(user=user, course_key=course_key,
                                       status=CertificateStatus.VALID).code
    # Links (and the QR code) in the certificate's language, on the configured site.
    with translation.override(certificate.language):
        verify_url = absolute_url(reverse("certificate_verify", kwargs={"code": certificate.code}))
        download_url = absolute_url(reverse("certificate_download",
                                            kwargs={"code": certificate.code}))
    pdf = certificate_render(certificate=certificate, verify_url=verify_url)
    certificate.file.save(f"certificate-{certificate.code}.pdf", ContentFile(pdf), save=True)
    certificate_email(certificate=certificate, verify_url=verify_url, download_url=download_url)
    membership = membership_current(user=user)
    event_send(CertificateIssued(user_id=user.pk, course_key=certificate.course_key,
                                 certificate_id=certificate.pk, code=certificate.code,
                                 institution_id=membership.institution_id if membership else None))
    return certificate.code
