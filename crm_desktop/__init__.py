"""CRM Desktop: a desktop CRM workstation for salespeople."""

__version__ = "0.1.0"
APP_NAME = "crm-desktop"
