"""Atrocity Desk: plan international responses to mass atrocities against the research evidence."""


def __getattr__(name: str) -> str:
    # The version is looked up only when asked for (the About box): importlib.metadata costs some
    # 30 ms at every start of the window and of every command otherwise.
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("atrocity-desk")
    except PackageNotFoundError:  # running from a frozen bundle without metadata
        return "0.1.0"
