from django.core.management.base import BaseCommand

from notifications.services import notifications_deliver
from notifications.sweeps import digests_send, reminders_sweep


class Command(BaseCommand):
    help = ("Write today's reminders, overdue notices and this week's digests, and mail what "
            "is waiting: what beat does on a schedule. Safe to run again: nothing is sent twice.")

    def handle(self, *args, **options):
        from notifications.constants import EmailState
        from notifications.models import Notification

        mailed = Notification.objects.filter(email_state=EmailState.QUEUED)
        before = mailed.count()
        reminders, overdue = reminders_sweep()
        digests = digests_send()
        while True:  # what the writes did not already hand over (tasks may run in-process)
            sent, left = notifications_deliver()
            if not sent or not left:
                break
        self.stdout.write(f"notices: {reminders} reminders, {overdue} overdue, {digests} digests; "
                          f"{mailed.count() - before} mails queued")
