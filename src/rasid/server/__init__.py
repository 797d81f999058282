"""The HTTP API (FastAPI): analysis, and read access to a store, with optional ingestion."""

from rasid.server.app import create_app

__all__ = ["create_app"]
