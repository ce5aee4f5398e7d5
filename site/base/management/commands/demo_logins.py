from django.core.management.base import BaseCommand

from academy.base.demo import demo_invite_path
from academy.base.demo_data import demo_data_read


class Command(BaseCommand):
    help = "Print the demo sign-ins."

    def handle(self, *args, **options):
        write = self.stdout.write
        demo = demo_data_read("site")
        write("")
        write("Protocol Academy is starting on http://127.0.0.1:8000/")
        write(f"Demo sign-ins (every password: {demo['password']}):")
        for user in demo["users"]:
            where = user.get("institution") or user.get("request") or ""
            note = f"  {where}" if where else ""
            if "request" in user:
                note += " (join request waiting for approval)"
            write(f"  {user['email']:<34} {user['role']}{note}")
        write("Administrators, editors and moderators use two-factor authentication:")
        write(f"  authenticator secret {demo['totp_secret']}; current code: "
              ".venv/bin/python manage.py demo_totp")
        invite = demo_invite_path()
        if invite:
            write(f"Invite link to Almaty police: http://127.0.0.1:8000{invite}")
        write("Mail (sign-up confirmations, password resets) is printed here, in this console.")
        write("")
