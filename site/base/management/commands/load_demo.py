from django.core.management.base import BaseCommand

from academy.base.demo import demo_load


class Command(BaseCommand):
    help = "Load the demo content and users. Safe to run again: it changes nothing that exists."

    def handle(self, *args, **options):
        created = demo_load()
        if created:
            for item in created:
                self.stdout.write(f"created {item}")
        else:
            self.stdout.write("demo content already loaded; nothing changed")
