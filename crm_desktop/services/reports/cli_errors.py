"""The refusals of `crm-desktop report` that are about what was typed."""

from crm_desktop.services.core.errors import error_code

BAD_DATE = error_code("reports.bad_date", "{option} {value}: not a date; write it as YYYY-MM-DD")
UNKNOWN_LOGIN = error_code("reports.unknown_login", "No person with the login {login}")
