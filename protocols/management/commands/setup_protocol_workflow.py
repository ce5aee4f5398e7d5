from django.core.management.base import BaseCommand

from protocols.models import ProtocolIndexPage
from protocols.workflow import protocol_workflow_ensure


class Command(BaseCommand):
    help = ("Create the review groups and the 'Protocol review' workflow (civil-society review, "
            "then legal review) and attach it to every protocol index page. Safe to run again.")

    def handle(self, *args, **options):
        workflow = protocol_workflow_ensure(index_pages=ProtocolIndexPage.objects.all())
        self.stdout.write(f"workflow '{workflow.name}' attached to "
                          f"{ProtocolIndexPage.objects.count()} protocol index pages")
