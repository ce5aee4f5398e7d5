from celery import shared_task
from django.core.management import call_command


@shared_task(name="protocols.scheduled_publish", ignore_result=True)
def scheduled_publish():
    """Publish pages whose go-live time has come (and unpublish expired ones).

    Wagtail's command is idempotent: a page already published is skipped.
    """
    call_command("publish_scheduled", verbosity=0)
