from django.core.management.base import BaseCommand

from academy.base.demo_content import DEMO_USERS


class Command(BaseCommand):
    help = "Print the demo sign-ins."

    def handle(self, *args, **options):
        self.stdout.write("")
        self.stdout.write("Protocol Academy is starting on http://127.0.0.1:8000/")
        self.stdout.write("Demo sign-ins (email / password):")
        for user in DEMO_USERS:
            self.stdout.write(f"  {user['email']} / {user['password']}   {user['role']}")
        self.stdout.write("")
