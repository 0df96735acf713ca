"""Atrocity Desk: plan international responses to mass atrocities against the research evidence."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("atrocity-desk")
except PackageNotFoundError:  # running from a frozen bundle without metadata
    __version__ = "0.1.0"
