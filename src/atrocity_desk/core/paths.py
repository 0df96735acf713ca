"""The application's own folders, per platform, in one place (Qt-free: the command line uses it).

    data      imported risk tables, the example case
    settings  the settings file with the recent-file list
    cache     anything that can be rebuilt

Linux follows the XDG base directories, macOS ``~/Library``, Windows ``%APPDATA%`` and
``%LOCALAPPDATA%``. An environment variable overrides each (tests, the self-test). Every folder is
created private (0700): the recent-file list names the planner's cases, and the data folder may
hold a case.
"""

from __future__ import annotations

import os
import sys
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

ORGANIZATION = "AtrocityDesk"
APPLICATION = "Atrocity Desk"
DATA_DIR_ENV = "ATROCITY_DESK_DATA_DIR"
SETTINGS_DIR_ENV = "ATROCITY_DESK_SETTINGS_DIR"
CACHE_DIR_ENV = "ATROCITY_DESK_CACHE_DIR"
PRIVATE_FOLDER = 0o700


def data_dir() -> Path:
    return _private_folder(DATA_DIR_ENV, "data")


def settings_dir() -> Path:
    return _private_folder(SETTINGS_DIR_ENV, "settings")


def cache_dir() -> Path:
    return _private_folder(CACHE_DIR_ENV, "cache")


def platform_folder(kind: str, platform: str | None = None, env: dict[str, str] | None = None, home: Path | None = None) -> Path:
    """Where ``kind`` (data, settings, cache) lives on ``platform`` (sys.platform by default)."""
    platform = platform or sys.platform
    env = os.environ if env is None else env
    home = home or Path.home()
    if platform == "win32":
        roaming = Path(env.get("APPDATA") or home / "AppData" / "Roaming")
        local = Path(env.get("LOCALAPPDATA") or home / "AppData" / "Local")
        base = {"data": roaming, "settings": roaming, "cache": local}[kind]
        return base / ORGANIZATION / APPLICATION / ("cache" if kind == "cache" else "")
    if platform == "darwin":
        support = home / "Library" / "Application Support" / ORGANIZATION / APPLICATION
        return {"data": support, "settings": support / "settings", "cache": home / "Library" / "Caches" / ORGANIZATION / APPLICATION}[kind]
    xdg = {"data": ("XDG_DATA_HOME", ".local/share"), "settings": ("XDG_CONFIG_HOME", ".config"), "cache": ("XDG_CACHE_HOME", ".cache")}
    variable, default = xdg[kind]
    base = Path(env[variable]) if env.get(variable, "").startswith("/") else home / default
    return base / ORGANIZATION / APPLICATION


def _private_folder(variable: str, kind: str) -> Path:
    override = os.environ.get(variable)
    folder = Path(override) if override else platform_folder(kind)
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    try:
        os.chmod(folder, PRIVATE_FOLDER)  # an existing folder, or one the umask widened
    except OSError:
        pass
    return folder


def resource_root() -> Traversable:
    """The installed package's data (atrocity_desk/resources): icons, catalogues, data files."""
    return resources.files("atrocity_desk.resources")
