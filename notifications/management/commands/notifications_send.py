from django.core.management.base import BaseCommand

from notifications.services import notifications_deliver
from notifications.sweeps import digests_send, reminders_sweep


class Command(BaseCommand):
    help = ("Write today's reminders, overdue notices and this week's digests, and mail what "
            "is waiting: what beat does on a schedule. Safe to run again: nothing is sent twice.")

    def handle(self, *args, **options):
        reminders, overdue = reminders_sweep()
        digests = digests_send()
        queued = 0
        while True:
            sent, left = notifications_deliver()
            queued += sent
            if not sent or not left:
                break
        self.stdout.write(f"notices: {reminders} reminders, {overdue} overdue, {digests} digests; "
                          f"{queued} mails queued")
