"""The HTTP API (FastAPI). Importing `service` alone never imports this package."""

from service.api.app import create_app
from service.api.settings import ServeSettings

__all__ = ["ServeSettings", "create_app"]
