from django.core.management.base import BaseCommand

from protocols.services import protocol_clause_ids_repair


class Command(BaseCommand):
    help = ("Give new clause ids to protocols that share them with an older protocol (copies made "
            "before copies got clauses of their own) and rewrite the clause records of both. "
            "Lessons and questions keep quoting the older protocol. Safe to run again.")

    def handle(self, *args, **options):
        repaired = protocol_clause_ids_repair()
        for key, count in repaired.items():
            self.stdout.write(f"protocol {key}: {count} clauses given new ids")
        self.stdout.write(f"{len(repaired)} protocols repaired")
