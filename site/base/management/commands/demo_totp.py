import time

from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core.management.base import BaseCommand

from academy.base.demo_data import demo_data_read


class Command(BaseCommand):
    help = "Print the current two-factor code of the demo's privileged users."

    def handle(self, *args, **options):
        counter = int(time.time()) // 30
        secret = demo_data_read("site")["totp_secret"]
        self.stdout.write(format_hotp_value(hotp_value(secret, counter)))
