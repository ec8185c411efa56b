"""A client library for accessing IMVO covenant progress tracker"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
