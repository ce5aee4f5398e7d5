import time

from django.core.management.base import BaseCommand

from reports.services import learner_stats_rebuild, question_stats_rebuild


class Command(BaseCommand):
    help = "Rebuild the report roll-ups (learner course and quiz rows, question counts) from the raw rows."

    def handle(self, *args, **options):
        started = time.perf_counter()

        def progress(done, total):
            if options["verbosity"] > 1 or done == total:
                self.stdout.write(f"  learners: {done}/{total}")

        learners = learner_stats_rebuild(progress=progress)
        question_stats_rebuild()
        self.stdout.write(self.style.SUCCESS(
            f"Rebuilt report rows of {learners} learners in {time.perf_counter() - started:.1f} s."))
