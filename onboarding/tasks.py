from celery import shared_task


@shared_task(name="onboarding.run", acks_late=True, soft_time_limit=600, time_limit=660)
def onboarding_run_task(job_id):
    """Check and import an uploaded staff list (a large one: small ones run at upload)."""
    from celery.exceptions import SoftTimeLimitExceeded
    from django.utils import timezone

    from .models import JobStatus, OnboardingJob
    from .services import onboarding_run

    try:
        onboarding_run(job_id)
    except SoftTimeLimitExceeded:
        OnboardingJob.objects.filter(pk=job_id).update(status=JobStatus.FAILED,
                                                        finished_at=timezone.now())
        raise
