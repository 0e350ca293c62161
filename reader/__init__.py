"""reader: a desktop reader with annotation tools."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("reader")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"

APP_NAME = "reader"
